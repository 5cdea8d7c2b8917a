#pragma once

#include "importresult.h"

#include "../model/review.h"

#include <QStringList>

namespace hostreview::core::import {

/**
 * Returns `review` with the measurements of `result` applied (a pure function: the GUI wraps it in
 * one undo command, the CLI saves its result). For every measured class:
 * - an open class gets `arrival_rate` = the measured mean rate (closed classes keep their
 *   population and think time);
 * - its demand at the Odoo worker station (kinds odoo-http, odoo-longpolling, odoo-cron,
 *   odoo-integration) gets the measured application time, at PostgreSQL (postgresql-primary, else
 *   postgresql-replica) the SQL time, at the Traefik station the Traefik overhead — each divided
 *   by the demand's visits (its own, or the ones its links give) so that visits × service time
 *   equals the measured time per request;
 * - its profile gets the measured multipliers and bucket length (only when every slot of the day
 *   was observed);
 * - each changed class and profile is marked Provenance::Measured with `source` = result.source.
 * A class the review does not have is added as an open class named after its id, with demands at
 * the stations above that exist. The rules used are stored as extra["classification_rules"].
 * What was changed or skipped is appended to `notes` when given.
 */
Review applyImport(const Review &review, const ImportResult &result, QStringList *notes = nullptr);

} // namespace hostreview::core::import
