#pragma once

#include "../model/checklistanswer.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace hostreview::core::detail {

/** The storage class a column must hold (SQLite's typeof()); also its declared type. */
enum class ColumnType {
    Integer, ///< "INTEGER"
    Real,    ///< "REAL" (an INTEGER value is accepted too: SQLite may store integral reals as integers)
    Text,    ///< "TEXT", UTF-8
    Blob,    ///< "BLOB"
};

/** Returns the declared SQL type of a column type ("INTEGER", "REAL", "TEXT", "BLOB"). */
QString columnTypeName(ColumnType type);

/** One expected column of a project table. */
struct ColumnSpec {
    QString name;
    ColumnType type = ColumnType::Text;
    bool nullable = false; ///< NULL allowed (optional model fields, invalid dates)
};

/** One expected table of a project file: its name and the columns the reader needs. */
struct TableSpec {
    QString name;
    std::vector<ColumnSpec> columns;

    /** Returns the column spec named `column`, or nullptr. */
    const ColumnSpec *column(const QString &column) const;
};

/** Returns the tables of the current schema (projectSchemaVersion()), in creation order. */
const std::vector<TableSpec> &projectTables();

/** Returns the spec of the table named `name` in the current schema; asserts it exists. */
const TableSpec &projectTable(const QString &name);

/** Returns the statements that create an empty database of the current schema (tables only, no pragmas). */
QStringList createSchemaStatements();

/** One step of the migration path: statements that turn a file of schema `fromVersion` into `fromVersion + 1`. */
struct MigrationStep {
    int fromVersion = 0;
    QString summary;         ///< what changed, for the log
    QStringList statements;  ///< run in one transaction; the caller sets user_version afterwards
};

/** Returns every migration step, in order (v0→v1, v1→v2, …); steps().back().fromVersion + 1 is the current version. */
const std::vector<MigrationStep> &migrationSteps();

/** PRAGMA application_id of every hostreview project file: 0x48525657, "HRVW". */
constexpr std::int32_t kProjectApplicationId = 0x48525657;

/** Limits a project file must respect, on save and on load. */
constexpr qint64 kMaxTextBytes = 1024 * 1024;           ///< any TEXT value (UTF-8 bytes), JSON included
constexpr qint64 kMaxEvidenceBytes = hostreview::core::kMaxEvidenceBytes;  ///< one evidence BLOB
constexpr qint64 kMaxRowsPerTable = 100000;             ///< rows in any one table

} // namespace hostreview::core::detail
