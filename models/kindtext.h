#pragma once

#include "core/model/stationkinds.h"

#include <QString>

namespace hostreview::models {

/**
 * The station-kind catalogue (core/model/stationkinds.cpp) is written in English. These return its
 * texts in the program's language (context "hostreview::core::StationKinds"); kindtext.cpp lists
 * every catalogue text for lupdate, and tests/i18n checks that the list covers the catalogue.
 */
QString kindLabel(const core::StationKind &kind);
/** Returns the kind's palette group ("Database") in the program's language. */
QString kindCategory(const core::StationKind &kind);
/** Returns the kind's one-sentence description in the program's language. */
QString kindDescription(const core::StationKind &kind);
/** Returns a typed property's label ("CPU cores") in the program's language. */
QString propertyLabel(const core::PropertySpec &spec);
/** Returns a typed property's unit ("MiB", "connections") in the program's language. */
QString propertyUnit(const core::PropertySpec &spec);

/** Returns the catalogue's texts as listed for lupdate, in English (for the completeness test). */
QStringList kindTextSources();

} // namespace hostreview::models
