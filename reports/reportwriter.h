#pragma once

#include "core/model/review.h"
#include "core/result.h"

#include <QImage>
#include <QPageSize>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace hostreview::reports {

/** How a report is produced. */
struct ReportOptions {
    QString language = QStringLiteral("en");       ///< a language of the template ("en", "de")
    QString templateName = QStringLiteral("default"); ///< templates/report/NAME.json, or a path to a .json
    QPageSize::PageSizeId pageSize = QPageSize::A4; ///< A4 or Letter
    double knee = 0.8;                             ///< utilisation from which a station is at risk
};

/** Parses "a4" or "letter" (case-insensitive); nullopt for anything else. */
std::optional<QPageSize::PageSizeId> pageSizeFromName(const QString &name);

/**
 * Builds the executive recommendation report of a review and writes it as PDF, or renders its first
 * pages to images for a preview. Needs a QGuiApplication (fonts and painting); the offscreen
 * platform is enough. Typical use:
 * @code
 * ReportWriter writer(review, options);
 * if (auto ok = writer.writePdf(path, [](int done, int total) { return !cancelled; }); !ok) …
 * @endcode
 * All generated text goes through Qt's translation system (context "hostreview::reports::Report");
 * titles and boilerplate come from the template's language section.
 */
class ReportWriter {
public:
    /** Called after each page: return false to cancel (the result is then an error "cancelled"). */
    using Progress = std::function<bool(int done, int total)>;

    ReportWriter(core::Review review, ReportOptions options = {});
    ~ReportWriter();
    ReportWriter(const ReportWriter &) = delete;
    ReportWriter &operator=(const ReportWriter &) = delete;

    /**
     * Loads the template, solves the model, scores the checklist and lays the pages out. Called by
     * writePdf and renderPages when needed; call it first to learn pageCount() or to report errors early.
     */
    core::Result<void> prepare();

    /** Writes the PDF to `path` (replacing it). Reports progress per page. */
    core::Result<void> writePdf(const QString &path, const Progress &progress = {});

    /** Renders the first `count` pages (all when count ≤ 0) at `dpi` to images, for a preview. */
    core::Result<std::vector<QImage>> renderPages(int count, double dpi = 60.0, const Progress &progress = {});

    /** Returns the number of pages; 0 before prepare(). */
    int pageCount() const;

    /** Returns the section titles printed, in order, with their 1-based page numbers. */
    std::vector<std::pair<QString, int>> tableOfContents() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace hostreview::reports
