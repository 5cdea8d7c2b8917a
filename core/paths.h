#pragma once

#include <QString>

namespace hostreview::core {

/**
 * Returns the folder that holds templates/ (samples, checklists, report templates, rules):
 * $HOSTREVIEW_DATA_DIR when set, else the installed share/hostreview, else the source tree the
 * program was built from. Empty when none of them has a templates/ folder.
 */
QString dataDir();

/** Returns dataDir() + "/templates/" + relative, or an empty string when there is no data dir. */
QString templatePath(const QString &relative);

} // namespace hostreview::core
