// The prioritised roadmap: findings grouped into the seeds' four phases with 30/60/90-day windows.
#include "findings.h"

namespace hostreview::core::findings {

namespace {

struct PhaseInfo {
    RoadmapPhase phase;
    int window;
    const char *description;
    QStringList sources;
};

const std::vector<PhaseInfo> &phaseInfo()
{
    static const std::vector<PhaseInfo> info{
        {RoadmapPhase::Baseline, 30,
         "Profile the workload, map dependencies, measure what is observable today and review recovery objectives "
         "and cost; fix what is already failing.",
         {QStringLiteral("000_23d2cd0e78e4bc62.txt:43"), QStringLiteral("001_493bb7fd27525f38.txt:39"),
          QStringLiteral("002_a220ec9aadd018d6.txt:47")}},
        {RoadmapPhase::PlatformControls, 60,
         "Standard images, separated workloads, PostgreSQL and Redis architecture, ingress policy, central logging "
         "and alerts that mean something.",
         {QStringLiteral("000_23d2cd0e78e4bc62.txt:43"), QStringLiteral("001_493bb7fd27525f38.txt:39")}},
        {RoadmapPhase::Resilience, 90,
         "Declarative, version-controlled platform state (GitOps, Infrastructure as Code), then backup validation, "
         "failover tests and continuity exercises.",
         {QStringLiteral("000_23d2cd0e78e4bc62.txt:43"), QStringLiteral("003_68cb35385a991d6f.txt:41")}},
        {RoadmapPhase::Optimisation, 90,
         "Autoscaling refinement, query remediation, decoupled integrations and readiness for analytics and AI, once "
         "the foundations hold.",
         {QStringLiteral("000_23d2cd0e78e4bc62.txt:43"), QStringLiteral("001_493bb7fd27525f38.txt:39")}},
    };
    return info;
}

} // namespace

Roadmap buildRoadmap(const std::vector<Finding> &findings)
{
    std::vector<Finding> sorted = findings;
    prioritise(sorted);
    Roadmap roadmap;
    for (const PhaseInfo &info : phaseInfo()) {
        RoadmapPhaseGroup group;
        group.phase = info.phase;
        group.title = phaseTitle(info.phase);
        group.description = QString::fromUtf8(info.description);
        group.sources = info.sources;
        for (const Finding &f : sorted) {
            if (f.phase != info.phase)
                continue;
            int window = info.window;
            // Critical findings cannot wait for their phase's window; high ones get at most 60 days.
            if (f.severity == FindingSeverity::Critical)
                window = 30;
            else if (f.severity == FindingSeverity::High)
                window = std::min(window, 60);
            group.entries.push_back(RoadmapEntry{f, window});
        }
        roadmap.phases.push_back(group);
    }
    return roadmap;
}

} // namespace hostreview::core::findings
