#include "compiledmodel.h"

#include "../log.h"

#include "erlang.h"
#include "mva.h"
#include "visits.h"

#include <QJsonValue>

#include <algorithm>
#include <cmath>

namespace hostreview::core::solver {

namespace {

QString num(double v) { return QString::number(v, 'g', 17); }

QString stationWhere(const QString &id) { return QStringLiteral("stations[%1]").arg(id); }
QString classWhere(const QString &id) { return QStringLiteral("classes[%1]").arg(id); }

} // namespace

Result<CompiledModel> compileModel(const Review &review)
{
    CompiledModel m;
    const int kk = int(review.stations.size());
    const int cc = int(review.classes.size());
    m.stationCount = kk;
    m.classCount = cc;
    m.servers.resize(size_t(kk));
    m.delay.resize(size_t(kk));
    for (int k = 0; k < kk; ++k) {
        const Station &s = review.stations[size_t(k)];
        m.stationIds << s.id;
        m.delay[size_t(k)] = s.discipline == Discipline::Delay;
        m.servers[size_t(k)] = s.servers;
        if (s.discipline == Discipline::Queue && s.servers < 1)
            return fail(stationWhere(s.id) + QStringLiteral(".servers"),
                        QStringLiteral("must be an integer ≥ 1, got %1").arg(s.servers));
    }
    const QHash<QString, int> index = indexStations(review);
    m.closed.resize(size_t(cc));
    m.arrivalRate.assign(size_t(cc), 0.0);
    m.population.assign(size_t(cc), 0);
    m.thinkTime.assign(size_t(cc), 0.0);
    m.visits.assign(size_t(cc * kk), 0.0);
    m.serviceTime.assign(size_t(cc * kk), 0.0);
    m.demand.assign(size_t(cc * kk), 0.0);
    m.visitedStations.resize(size_t(cc));
    m.visitingClasses.resize(size_t(kk));
    m.multipliers.resize(size_t(cc));
    for (int c = 0; c < cc; ++c) {
        const WorkloadClass &w = review.classes[size_t(c)];
        const QString where = classWhere(w.id);
        m.classIds << w.id;
        m.closed[size_t(c)] = w.type == ClassType::Closed;
        if (w.type == ClassType::Open) {
            if (!w.arrivalRate)
                return fail(where + QStringLiteral(".arrival_rate"), QStringLiteral("required for an open class"));
            if (!std::isfinite(*w.arrivalRate) || *w.arrivalRate <= 0.0)
                return fail(where + QStringLiteral(".arrival_rate"), QStringLiteral("must be > 0, got %1").arg(num(*w.arrivalRate)));
            m.arrivalRate[size_t(c)] = *w.arrivalRate;
        } else {
            if (!w.population)
                return fail(where + QStringLiteral(".population"), QStringLiteral("required for a closed class"));
            if (*w.population < 1)
                return fail(where + QStringLiteral(".population"), QStringLiteral("must be an integer ≥ 1, got %1").arg(*w.population));
            m.population[size_t(c)] = *w.population;
            const double z = w.thinkTime.value_or(0.0);
            if (!std::isfinite(z) || z < 0.0)
                return fail(where + QStringLiteral(".think_time"), QStringLiteral("must be ≥ 0, got %1").arg(num(z)));
            m.thinkTime[size_t(c)] = z;
        }
        std::vector<char> seen(static_cast<size_t>(kk), 0);
        for (size_t i = 0; i < w.demands.size(); ++i) {
            const Demand &d = w.demands[i];
            const QString dw = where + QStringLiteral(".demands[%1]").arg(i);
            const int k = index.value(d.station, -1);
            if (k < 0)
                return fail(dw + QStringLiteral(".station"), QStringLiteral("unknown station '%1'").arg(d.station));
            if (seen[size_t(k)])
                return fail(dw + QStringLiteral(".station"), QStringLiteral("station '%1' has two demands of this class").arg(d.station));
            seen[size_t(k)] = 1;
            if (!std::isfinite(d.serviceTime) || d.serviceTime <= 0.0)
                return fail(dw + QStringLiteral(".service_time"), QStringLiteral("must be > 0, got %1").arg(num(d.serviceTime)));
            if (d.visits && (!std::isfinite(*d.visits) || *d.visits < 0.0))
                return fail(dw + QStringLiteral(".visits"), QStringLiteral("must be ≥ 0, got %1").arg(num(*d.visits)));
            m.serviceTime[size_t(c * kk + k)] = d.serviceTime;
        }
        Result<std::vector<double>> v = classVisits(review, c, index);
        if (!v)
            return v.error();
        for (int k = 0; k < kk; ++k) {
            const double vis = (*v)[size_t(k)];
            if (!std::isfinite(vis))
                return fail(where, QStringLiteral("visits at station '%1' are not finite").arg(m.stationIds[k]));
            if (vis > 0.0 && seen[size_t(k)]) {
                m.visits[size_t(c * kk + k)] = vis;
                m.demand[size_t(c * kk + k)] = vis * m.serviceTime[size_t(c * kk + k)];
                m.visitedStations[size_t(c)].push_back(k);
                m.visitingClasses[size_t(k)].push_back(c);
            }
        }
    }
    for (int c = 0; c < cc; ++c) {
        if (!m.closed[size_t(c)])
            continue;
        double total = m.thinkTime[size_t(c)];
        for (int k : m.visitedStations[size_t(c)])
            total += m.demand[size_t(c * kk + k)];
        if (!(total > 0.0))
            return fail(classWhere(m.classIds[c]) + QStringLiteral(".demands"),
                        QStringLiteral("a closed class needs a demand with visits > 0 or a think time > 0"));
    }
    int profileBuckets = -1;
    QString firstProfile;
    for (size_t i = 0; i < review.profiles.size(); ++i) {
        const Profile &p = review.profiles[i];
        const QString where = QStringLiteral("profiles[%1]").arg(p.classId);
        const int c = review.classIndex(p.classId);
        if (c < 0)
            return fail(where + QStringLiteral(".class"), QStringLiteral("unknown class '%1'").arg(p.classId));
        if (p.multipliers.empty())
            return fail(where + QStringLiteral(".multipliers"), QStringLiteral("must not be empty"));
        for (size_t b = 0; b < p.multipliers.size(); ++b)
            if (!std::isfinite(p.multipliers[b]) || p.multipliers[b] < 0.0)
                return fail(where + QStringLiteral(".multipliers[%1]").arg(b),
                            QStringLiteral("must be ≥ 0, got %1").arg(num(p.multipliers[b])));
        if (profileBuckets >= 0 && int(p.multipliers.size()) != profileBuckets)
            return fail(where + QStringLiteral(".multipliers"),
                        QStringLiteral("has %1 buckets, profiles[%2] has %3: all profiles share the number of buckets")
                            .arg(p.multipliers.size()).arg(firstProfile).arg(profileBuckets));
        if (profileBuckets < 0) {
            profileBuckets = int(p.multipliers.size());
            firstProfile = p.classId;
        }
        m.multipliers[size_t(c)] = p.multipliers;
    }
    m.bucketCount = std::max(0, profileBuckets);
    return m;
}

Result<CompiledScenario> compileScenario(const CompiledModel &model, const Review &review, const QString &id)
{
    CompiledScenario s;
    s.id = id;
    s.classScale.assign(size_t(model.classCount), 1.0);
    s.servers = model.servers;
    s.delay = model.delay;
    const Scenario *sc = review.scenario(id);
    if (!sc) {
        if (id == baselineScenarioId())
            return s;
        return fail(QStringLiteral("scenario"), QStringLiteral("unknown scenario '%1'").arg(id));
    }
    const QString where = QStringLiteral("scenarios[%1]").arg(id);
    for (auto it = sc->classScale.constBegin(); it != sc->classScale.constEnd(); ++it) {
        const int c = model.classIds.indexOf(it.key());
        if (c < 0)
            return fail(where + QStringLiteral(".class_scale[%1]").arg(it.key()), QStringLiteral("unknown class"));
        if (!std::isfinite(it.value()) || it.value() < 0.0)
            return fail(where + QStringLiteral(".class_scale[%1]").arg(it.key()),
                        QStringLiteral("must be ≥ 0, got %1").arg(num(it.value())));
        s.classScale[size_t(c)] = it.value();
    }
    for (auto it = sc->stationOverrides.constBegin(); it != sc->stationOverrides.constEnd(); ++it) {
        const QString ow = where + QStringLiteral(".station_overrides[%1]").arg(it.key());
        const int k = model.stationIds.indexOf(it.key());
        if (k < 0)
            return fail(ow, QStringLiteral("unknown station"));
        const QJsonObject &o = it.value();
        if (o.contains(QStringLiteral("discipline"))) {
            const QString d = o.value(QStringLiteral("discipline")).toString();
            if (d == QStringLiteral("queue"))
                s.delay[size_t(k)] = 0;
            else if (d == QStringLiteral("delay"))
                s.delay[size_t(k)] = 1;
            else
                return fail(ow + QStringLiteral(".discipline"), QStringLiteral("must be \"queue\" or \"delay\""));
        }
        if (o.contains(QStringLiteral("servers"))) {
            const QJsonValue v = o.value(QStringLiteral("servers"));
            const double d = v.toDouble(-1.0);
            if (!v.isDouble() || d < 1.0 || d != std::floor(d) || d > 1e9)
                return fail(ow + QStringLiteral(".servers"), QStringLiteral("must be an integer ≥ 1"));
            s.servers[size_t(k)] = int(d);
        }
        if (!s.delay[size_t(k)] && s.servers[size_t(k)] < 1)
            return fail(ow + QStringLiteral(".servers"), QStringLiteral("must be an integer ≥ 1"));
    }
    return s;
}

Load makeLoad(const CompiledModel &model, const CompiledScenario &scenario, std::optional<int> bucket)
{
    Load l;
    l.scenario = scenario.id;
    l.bucket = bucket;
    l.servers = &scenario.servers;
    l.delay = &scenario.delay;
    l.arrivalRate.assign(size_t(model.classCount), 0.0);
    l.population.assign(size_t(model.classCount), 0);
    for (int c = 0; c < model.classCount; ++c) {
        double mult = scenario.classScale[size_t(c)];
        const std::vector<double> &p = model.multipliers[size_t(c)];
        if (bucket && !p.empty())
            mult = p[size_t(*bucket)] * mult;
        if (model.closed[size_t(c)])
            // population × multiplier × scale, rounded half away from zero (std::round).
            l.population[size_t(c)] = int(std::round(double(model.population[size_t(c)]) * mult));
        else
            l.arrivalRate[size_t(c)] = model.arrivalRate[size_t(c)] * mult;
    }
    return l;
}

Result<SolveResult> solveLoad(const CompiledModel &model, const Load &load, Method method, double knee, Detail detail)
{
    const int kk = model.stationCount;
    const int cc = model.classCount;
    const std::vector<int> &servers = *load.servers;
    const std::vector<char> &delay = *load.delay;
    SolveResult res;
    res.scenario = load.scenario;
    res.bucket = load.bucket;

    // 1. Open classes alone (Lazowska et al. 1984, ch. 7, open classes): U_k = Σ_c λ_c D_ck / m_k.
    std::vector<double> uOpen(static_cast<size_t>(kk), 0.0);
    bool anyOpen = false;
    for (int c = 0; c < cc; ++c) {
        if (model.closed[size_t(c)])
            continue;
        anyOpen = true;
        const double lambda = load.arrivalRate[size_t(c)];
        for (int k : model.visitedStations[size_t(c)])
            uOpen[size_t(k)] += lambda * model.demand[size_t(c * kk + k)];
    }
    std::vector<char> saturated(static_cast<size_t>(kk), 0);
    for (int k = 0; k < kk; ++k) {
        if (delay[size_t(k)])
            continue;
        uOpen[size_t(k)] /= servers[size_t(k)];
        saturated[size_t(k)] = uOpen[size_t(k)] >= 1.0;
    }

    // 2. Closed classes on demands inflated by 1/(1 − U_open) at queue stations (ch. 7, mixed models).
    std::vector<int> active;       // closed classes with users, not stuck at a saturated station
    std::vector<char> stuck(static_cast<size_t>(cc), 0);
    for (int c = 0; c < cc; ++c) {
        if (!model.closed[size_t(c)] || load.population[size_t(c)] <= 0)
            continue;
        bool blocked = false;
        for (int k : model.visitedStations[size_t(c)])
            blocked = blocked || saturated[size_t(k)];
        if (blocked)
            stuck[size_t(c)] = 1;
        else
            active.push_back(c);
    }
    std::vector<double> closedX(static_cast<size_t>(cc), 0.0);
    std::vector<double> closedR(size_t(cc * kk), 0.0), closedQ(size_t(cc * kk), 0.0);
    std::vector<double> closedQk(static_cast<size_t>(kk), 0.0);
    bool mixedMultiServer = false;
    if (!active.empty()) {
        // Only the stations some active closed class visits enter the closed network.
        std::vector<int> local(static_cast<size_t>(kk), -1);
        std::vector<int> used;
        for (int c : active)
            for (int k : model.visitedStations[size_t(c)])
                if (local[size_t(k)] < 0) {
                    local[size_t(k)] = 0;
                    used.push_back(k);
                }
        std::sort(used.begin(), used.end());
        const int kc = int(used.size());
        for (int i = 0; i < kc; ++i)
            local[size_t(used[size_t(i)])] = i;
        ClosedNetwork net;
        const int na = int(active.size());
        net.stations = kc;
        net.classes = na;
        net.servers.resize(size_t(kc));
        for (int i = 0; i < kc; ++i) {
            const int k = used[size_t(i)];
            if (active.size() > 1)
                net.stationIds << model.stationIds[k]; // named in the multi-class methods' notes
            net.servers[size_t(i)] = delay[size_t(k)] ? 0 : servers[size_t(k)];
        }
        net.demand.assign(size_t(na * kc), 0.0);
        net.serviceTime.assign(size_t(na * kc), 0.0);
        for (int a = 0; a < na; ++a) {
            const int c = active[size_t(a)];
            net.population.push_back(load.population[size_t(c)]);
            net.thinkTime.push_back(model.thinkTime[size_t(c)]);
            for (int k : model.visitedStations[size_t(c)]) {
                double inflate = 1.0;
                if (!delay[size_t(k)] && uOpen[size_t(k)] > 0.0) {
                    inflate = 1.0 / (1.0 - uOpen[size_t(k)]);
                    if (servers[size_t(k)] > 1)
                        mixedMultiServer = true;
                }
                const int i = local[size_t(k)];
                net.demand[size_t(a * kc + i)] = model.demand[size_t(c * kk + k)] * inflate;
                net.serviceTime[size_t(a * kc + i)] = model.serviceTime[size_t(c * kk + k)] * inflate;
            }
        }
        const ClosedDetail closedDetail = detail == Detail::Full ? ClosedDetail::Full : ClosedDetail::Throughput;
        ClosedSolution sol;
        if (method == Method::Approximate) {
            sol = solveSchweitzer(net);
        } else if (na == 1) {
            sol = solveSingleClassExact(net, closedDetail);
        } else {
            Result<ClosedSolution> exact = solveMultiClassExact(net);
            if (exact) {
                sol = std::move(*exact);
            } else if (method == Method::Exact) {
                return fail(QStringLiteral("--method exact"), exact.error().message);
            } else {
                logger("core.solver")->debug("exact MVA refused ({}); Bard–Schweitzer instead",
                                             exact.error().message.toStdString());
                sol = solveSchweitzer(net);
                sol.notes.prepend(QStringLiteral("closed classes: %1; approximate MVA instead").arg(exact.error().message));
            }
        }
        res.approximate = res.approximate || sol.approximate;
        res.notes << sol.notes;
        for (int a = 0; a < na; ++a) {
            const int c = active[size_t(a)];
            closedX[size_t(c)] = sol.throughput[size_t(a)];
            if (sol.queue.empty())
                continue; // throughput only (timelines)
            for (int i = 0; i < kc; ++i) {
                const int k = used[size_t(i)];
                closedR[size_t(c * kk + k)] = sol.residence[size_t(a * kc + i)];
                closedQ[size_t(c * kk + k)] = sol.queue[size_t(a * kc + i)];
                closedQk[size_t(k)] += sol.queue[size_t(a * kc + i)];
            }
        }
    }
    if (mixedMultiServer) {
        res.approximate = true;
        res.notes << QStringLiteral("mixed open and closed load on multi-server stations: closed demands inflated by "
                                    "1/(1 − U_open), open time per visit by Seidmann's approximation");
    }

    if (detail == Detail::Utilization) {
        // Timelines: utilisation only. U_k = U_open + Σ_closed X_c D_ck / m_k.
        std::vector<double> u(uOpen);
        for (int c : active)
            for (int k : model.visitedStations[size_t(c)])
                u[size_t(k)] += closedX[size_t(c)] * model.demand[size_t(c * kk + k)]
                                / (delay[size_t(k)] ? 1 : servers[size_t(k)]);
        res.stations.resize(size_t(kk));
        double bestU = -1.0, bestOpen = -1.0;
        int bottleneck = -1, headroomStation = -1;
        for (int k = 0; k < kk; ++k) {
            StationResult &st = res.stations[size_t(k)];
            st.id = model.stationIds[k];
            st.delay = delay[size_t(k)];
            st.saturated = saturated[size_t(k)];
            st.openUtilization = uOpen[size_t(k)];
            st.utilization = u[size_t(k)];
            if (st.delay)
                continue;
            st.atRisk = st.saturated || st.utilization >= knee;
            if (st.utilization > bestU) {
                bestU = st.utilization;
                bottleneck = k;
            }
            if (uOpen[size_t(k)] > bestOpen) {
                bestOpen = uOpen[size_t(k)];
                headroomStation = k;
            }
        }
        if (bottleneck >= 0)
            res.bottleneck = model.stationIds[bottleneck];
        if (anyOpen && headroomStation >= 0 && bestOpen > 0.0) {
            res.headroom = 1.0 / bestOpen;
            res.headroomStation = model.stationIds[headroomStation];
        }
        return res;
    }

    // 3. Every class at every station.
    res.stations.resize(size_t(kk));
    res.classes.resize(size_t(cc));
    std::vector<double> responseTime(static_cast<size_t>(cc), 0.0);
    std::vector<char> responseNull(static_cast<size_t>(cc), 0);
    for (int c = 0; c < cc; ++c)
        responseNull[size_t(c)] = stuck[size_t(c)];
    bool anyQueue = false;
    double bestU = -1.0, bestOpen = -1.0;
    int bottleneck = -1, headroomStation = -1;
    for (int k = 0; k < kk; ++k) {
        StationResult &st = res.stations[size_t(k)];
        st.id = model.stationIds[k];
        st.delay = delay[size_t(k)];
        st.saturated = saturated[size_t(k)];
        st.openUtilization = uOpen[size_t(k)];
        const int m = servers[size_t(k)];
        const double uo = uOpen[size_t(k)];
        const double qc = closedQk[size_t(k)];
        // Open time-per-visit factor at this station (multiplies the demand).
        double openFactor = 1.0;
        bool openApprox = false;
        if (!st.delay && !st.saturated) {
            if (qc > 0.0) {
                // Mixed: R = D (1 + Q_closed) / (1 − U_open) for one server (ch. 7, mixed models);
                // m servers: Seidmann's split into D/m on one server plus a delay D(m−1)/m.
                if (m == 1) {
                    openFactor = (1.0 + qc) / (1.0 - uo);
                } else {
                    openFactor = (1.0 + qc) / (1.0 - uo) / m + double(m - 1) / m;
                    openApprox = true;
                }
            } else {
                openFactor = mmmTimePerVisit(1.0, m, uo);
            }
        }
        double util = 0.0, queue = 0.0;
        st.perClass.reserve(model.visitingClasses[size_t(k)].size());
        for (int c : model.visitingClasses[size_t(k)]) {
            ClassAtStation pc;
            pc.classId = model.classIds[c];
            const double d = model.demand[size_t(c * kk + k)];
            const double v = model.visits[size_t(c * kk + k)];
            const bool isClosed = model.closed[size_t(c)];
            const bool isActive = isClosed && load.population[size_t(c)] > 0 && !stuck[size_t(c)];
            const double x = isClosed ? closedX[size_t(c)] : load.arrivalRate[size_t(c)];
            pc.throughput = x * v;
            pc.utilization = st.delay ? x * d : x * d / m;
            if (st.saturated) {
                responseNull[size_t(c)] = 1;
            } else if (isActive) {
                pc.residenceTime = closedR[size_t(c * kk + k)];
                pc.queueLength = closedQ[size_t(c * kk + k)];
            } else if (stuck[size_t(c)]) {
                pc.queueLength = 0.0; // all its users wait at the saturated station
            } else {
                // Open class, or an idle closed class (what one arriving request would see).
                const double r = d * openFactor;
                pc.residenceTime = r;
                pc.queueLength = isClosed ? 0.0 : x * r;
                if (openApprox && !isClosed && x > 0.0) {
                    res.approximate = true;
                }
            }
            if (pc.residenceTime)
                responseTime[size_t(c)] += *pc.residenceTime;
            util += pc.utilization;
            if (pc.queueLength)
                queue += *pc.queueLength;
            st.perClass.push_back(std::move(pc));
        }
        st.utilization = util;
        if (!st.saturated)
            st.queueLength = queue;
        if (!st.delay) {
            st.atRisk = st.saturated || util >= knee;
            anyQueue = true;
            if (util > bestU) {
                bestU = util;
                bottleneck = k;
            }
            if (uo > bestOpen) {
                bestOpen = uo;
                headroomStation = k;
            }
        }
    }
    if (anyQueue && bottleneck >= 0)
        res.bottleneck = model.stationIds[bottleneck];
    if (anyOpen && headroomStation >= 0 && bestOpen > 0.0) {
        res.headroom = 1.0 / bestOpen;
        res.headroomStation = model.stationIds[headroomStation];
    }

    // 4. Classes, with asymptotic bounds (Lazowska et al. 1984, ch. 5).
    for (int c = 0; c < cc; ++c) {
        ClassResult &cr = res.classes[size_t(c)];
        cr.id = model.classIds[c];
        cr.throughput = model.closed[size_t(c)] ? closedX[size_t(c)] : load.arrivalRate[size_t(c)];
        if (!responseNull[size_t(c)])
            cr.responseTime = responseTime[size_t(c)];
        double total = 0.0, dmax = 0.0;
        int kmax = -1;
        for (int k : model.visitedStations[size_t(c)]) {
            const double d = model.demand[size_t(c * kk + k)];
            total += d;
            if (!delay[size_t(k)] && d / servers[size_t(k)] > dmax) {
                dmax = d / servers[size_t(k)];
                kmax = k;
            }
        }
        cr.bounds.minResponseTime = total;
        if (kmax >= 0) {
            cr.bounds.maxThroughput = 1.0 / dmax;
            cr.bounds.bottleneckStation = model.stationIds[kmax];
            if (model.closed[size_t(c)])
                cr.bounds.nStar = (total + model.thinkTime[size_t(c)]) / dmax;
        }
    }
    return res;
}

} // namespace hostreview::core::solver
