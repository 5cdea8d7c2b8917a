#include "projectschema.h"

#include "../log.h"

namespace hostreview::core::detail {

namespace {

// Tables that schema v1 added over v0: shared by the fresh schema and the v0→v1 migration so that
// a migrated file and a new one are the same database.
const QString kCreateEvidence = QStringLiteral(
    "CREATE TABLE evidence ("
    " ord INTEGER PRIMARY KEY,"
    " id TEXT NOT NULL UNIQUE,"
    " file_name TEXT NOT NULL,"
    " mime_type TEXT NOT NULL,"
    " data BLOB NOT NULL,"
    " added_at TEXT,"
    " added_by TEXT NOT NULL,"
    " extra TEXT NOT NULL)");

const QString kCreateAnswerEvidence = QStringLiteral(
    "CREATE TABLE answer_evidence ("
    " answer_ord INTEGER NOT NULL REFERENCES checklist_answer(ord),"
    " ord INTEGER NOT NULL,"
    " evidence TEXT NOT NULL,"
    " PRIMARY KEY (answer_ord, ord))");

const QString kCreateHostingAnswer = QStringLiteral(
    "CREATE TABLE hosting_answer ("
    " ord INTEGER PRIMARY KEY,"
    " question TEXT NOT NULL UNIQUE,"
    " answer TEXT NOT NULL)");

// Tables that schema v2 added over v1 (issue 7: comments, audit log, revisions), likewise shared.
const QString kCreateComment = QStringLiteral(
    "CREATE TABLE comment ("
    " ord INTEGER PRIMARY KEY,"
    " id TEXT NOT NULL UNIQUE,"
    " parent TEXT NOT NULL,"
    " target_kind TEXT NOT NULL,"
    " target TEXT NOT NULL,"
    " author TEXT NOT NULL,"
    " created TEXT,"
    " body TEXT NOT NULL,"
    " resolved INTEGER NOT NULL)");

const QString kCreateAudit = QStringLiteral(
    "CREATE TABLE audit ("
    " ord INTEGER PRIMARY KEY,"
    " at TEXT,"
    " who TEXT NOT NULL,"
    " host TEXT NOT NULL,"
    " \"action\" TEXT NOT NULL,"
    " target TEXT NOT NULL)");

const QString kCreateRevision = QStringLiteral(
    "CREATE TABLE revision ("
    " ord INTEGER PRIMARY KEY,"
    " id TEXT NOT NULL UNIQUE,"
    " parent TEXT NOT NULL,"
    " second_parent TEXT NOT NULL,"
    " at TEXT,"
    " who TEXT NOT NULL,"
    " snapshot BLOB NOT NULL)");

const QString kCreateRevisionHead = QStringLiteral(
    "CREATE TABLE revision_head (id INTEGER PRIMARY KEY CHECK (id = 1), revision TEXT NOT NULL)");

ColumnSpec integer(const char *name, bool nullable = false) { return {QString::fromLatin1(name), ColumnType::Integer, nullable}; }
ColumnSpec real(const char *name, bool nullable = false) { return {QString::fromLatin1(name), ColumnType::Real, nullable}; }
ColumnSpec text(const char *name, bool nullable = false) { return {QString::fromLatin1(name), ColumnType::Text, nullable}; }
ColumnSpec blob(const char *name) { return {QString::fromLatin1(name), ColumnType::Blob, false}; }

} // namespace

QString columnTypeName(ColumnType type)
{
    switch (type) {
    case ColumnType::Integer: return QStringLiteral("INTEGER");
    case ColumnType::Real: return QStringLiteral("REAL");
    case ColumnType::Blob: return QStringLiteral("BLOB");
    case ColumnType::Text: break;
    }
    return QStringLiteral("TEXT");
}

const ColumnSpec *TableSpec::column(const QString &name) const
{
    for (const ColumnSpec &c : columns)
        if (c.name == name)
            return &c;
    return nullptr;
}

const std::vector<TableSpec> &projectTables()
{
    static const std::vector<TableSpec> tables = {
        {QStringLiteral("review"),
         {integer("id"), text("name"), text("checklist"), text("client"), text("start_date", true),
          text("end_date", true), text("version"), text("notes"), text("review_extra"), text("extra")}},
        {QStringLiteral("reviewer"), {integer("ord"), text("name")}},
        {QStringLiteral("station"),
         {integer("ord"), text("id"), text("name"), text("kind"), text("discipline"), integer("servers"),
          text("zone"), text("tenant"), real("x"), real("y"), text("properties"), text("notes"), text("extra")}},
        {QStringLiteral("link"), {integer("ord"), text("from_station"), text("to_station"), text("extra")}},
        {QStringLiteral("link_call"), {integer("link_ord"), text("class"), real("calls")}},
        {QStringLiteral("workload_class"),
         {integer("ord"), text("id"), text("name"), text("type"), real("arrival_rate", true),
          integer("population", true), real("think_time", true), text("entry"), real("target_response_time", true),
          text("provenance"), text("source"), text("extra")}},
        {QStringLiteral("demand"),
         {integer("class_ord"), integer("ord"), text("station"), real("visits", true), real("service_time"),
          text("extra")}},
        {QStringLiteral("profile"),
         {integer("ord"), text("class"), integer("bucket_minutes"), text("provenance"), text("source"),
          text("extra")}},
        {QStringLiteral("profile_multiplier"), {integer("profile_ord"), integer("ord"), real("multiplier")}},
        {QStringLiteral("scenario"),
         {integer("ord"), text("id"), text("name"), text("description"), integer("target"), text("provenance"),
          text("extra")}},
        {QStringLiteral("scenario_class_scale"), {integer("scenario_ord"), text("class"), real("scale")}},
        {QStringLiteral("scenario_station_override"), {integer("scenario_ord"), text("station"), text("fields")}},
        {QStringLiteral("checklist_answer"),
         {integer("ord"), text("item"), text("status"), text("notes"), text("reviewer"), text("answered_at", true),
          text("extra")}},
        {QStringLiteral("answer_evidence"), {integer("answer_ord"), integer("ord"), text("evidence")}},
        {QStringLiteral("evidence"),
         {integer("ord"), text("id"), text("file_name"), text("mime_type"), blob("data"), text("added_at", true),
          text("added_by"), text("extra")}},
        {QStringLiteral("hosting_answer"), {integer("ord"), text("question"), text("answer")}},
        {QStringLiteral("comment"),
         {integer("ord"), text("id"), text("parent"), text("target_kind"), text("target"), text("author"),
          text("created", true), text("body"), integer("resolved")}},
        {QStringLiteral("audit"), {integer("ord"), text("at", true), text("who"), text("host"), text("action"), text("target")}},
        {QStringLiteral("revision"),
         {integer("ord"), text("id"), text("parent"), text("second_parent"), text("at", true), text("who"),
          blob("snapshot")}},
        {QStringLiteral("revision_head"), {integer("id"), text("revision")}},
    };
    return tables;
}

const TableSpec &projectTable(const QString &name)
{
    for (const TableSpec &t : projectTables())
        if (t.name == name)
            return t;
    HR_ASSERT(false, return projectTables().front());
    return projectTables().front();
}

QStringList createSchemaStatements()
{
    return {
        QStringLiteral("CREATE TABLE review ("
                       " id INTEGER PRIMARY KEY CHECK (id = 1),"
                       " name TEXT NOT NULL,"
                       " checklist TEXT NOT NULL,"
                       " client TEXT NOT NULL,"
                       " start_date TEXT,"
                       " end_date TEXT,"
                       " version TEXT NOT NULL,"
                       " notes TEXT NOT NULL,"
                       " review_extra TEXT NOT NULL,"
                       " extra TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE reviewer (ord INTEGER PRIMARY KEY, name TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE station ("
                       " ord INTEGER PRIMARY KEY,"
                       " id TEXT NOT NULL UNIQUE,"
                       " name TEXT NOT NULL,"
                       " kind TEXT NOT NULL,"
                       " discipline TEXT NOT NULL,"
                       " servers INTEGER NOT NULL,"
                       " zone TEXT NOT NULL,"
                       " tenant TEXT NOT NULL,"
                       " x REAL NOT NULL,"
                       " y REAL NOT NULL,"
                       " properties TEXT NOT NULL,"
                       " notes TEXT NOT NULL,"
                       " extra TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE link ("
                       " ord INTEGER PRIMARY KEY,"
                       " from_station TEXT NOT NULL,"
                       " to_station TEXT NOT NULL,"
                       " extra TEXT NOT NULL,"
                       " UNIQUE (from_station, to_station))"),
        QStringLiteral("CREATE TABLE link_call ("
                       " link_ord INTEGER NOT NULL REFERENCES link(ord),"
                       " class TEXT NOT NULL,"
                       " calls REAL NOT NULL,"
                       " PRIMARY KEY (link_ord, class))"),
        QStringLiteral("CREATE TABLE workload_class ("
                       " ord INTEGER PRIMARY KEY,"
                       " id TEXT NOT NULL UNIQUE,"
                       " name TEXT NOT NULL,"
                       " type TEXT NOT NULL,"
                       " arrival_rate REAL,"
                       " population INTEGER,"
                       " think_time REAL,"
                       " entry TEXT NOT NULL,"
                       " target_response_time REAL,"
                       " provenance TEXT NOT NULL,"
                       " source TEXT NOT NULL,"
                       " extra TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE demand ("
                       " class_ord INTEGER NOT NULL REFERENCES workload_class(ord),"
                       " ord INTEGER NOT NULL,"
                       " station TEXT NOT NULL,"
                       " visits REAL,"
                       " service_time REAL NOT NULL,"
                       " extra TEXT NOT NULL,"
                       " PRIMARY KEY (class_ord, ord))"),
        QStringLiteral("CREATE TABLE profile ("
                       " ord INTEGER PRIMARY KEY,"
                       " class TEXT NOT NULL UNIQUE,"
                       " bucket_minutes INTEGER NOT NULL,"
                       " provenance TEXT NOT NULL,"
                       " source TEXT NOT NULL,"
                       " extra TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE profile_multiplier ("
                       " profile_ord INTEGER NOT NULL REFERENCES profile(ord),"
                       " ord INTEGER NOT NULL,"
                       " multiplier REAL NOT NULL,"
                       " PRIMARY KEY (profile_ord, ord))"),
        QStringLiteral("CREATE TABLE scenario ("
                       " ord INTEGER PRIMARY KEY,"
                       " id TEXT NOT NULL UNIQUE,"
                       " name TEXT NOT NULL,"
                       " description TEXT NOT NULL,"
                       " target INTEGER NOT NULL,"
                       " provenance TEXT NOT NULL,"
                       " extra TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE scenario_class_scale ("
                       " scenario_ord INTEGER NOT NULL REFERENCES scenario(ord),"
                       " class TEXT NOT NULL,"
                       " scale REAL NOT NULL,"
                       " PRIMARY KEY (scenario_ord, class))"),
        QStringLiteral("CREATE TABLE scenario_station_override ("
                       " scenario_ord INTEGER NOT NULL REFERENCES scenario(ord),"
                       " station TEXT NOT NULL,"
                       " fields TEXT NOT NULL,"
                       " PRIMARY KEY (scenario_ord, station))"),
        QStringLiteral("CREATE TABLE checklist_answer ("
                       " ord INTEGER PRIMARY KEY,"
                       " item TEXT NOT NULL UNIQUE,"
                       " status TEXT NOT NULL,"
                       " notes TEXT NOT NULL,"
                       " reviewer TEXT NOT NULL,"
                       " answered_at TEXT,"
                       " extra TEXT NOT NULL)"),
        kCreateAnswerEvidence,
        kCreateEvidence,
        kCreateHostingAnswer,
        kCreateComment,
        kCreateAudit,
        kCreateRevision,
        kCreateRevisionHead,
    };
}

const std::vector<MigrationStep> &migrationSteps()
{
    static const std::vector<MigrationStep> steps = {
        {0,
         QStringLiteral("v0 → v1: provenance of classes, profiles and scenarios; evidence attachments; "
                        "hosting questionnaire"),
         {
             // v0 had no notion of measured figures: everything it held was an estimate.
             QStringLiteral("ALTER TABLE workload_class ADD COLUMN provenance TEXT NOT NULL DEFAULT 'estimated'"),
             QStringLiteral("ALTER TABLE profile ADD COLUMN provenance TEXT NOT NULL DEFAULT 'estimated'"),
             QStringLiteral("ALTER TABLE scenario ADD COLUMN provenance TEXT NOT NULL DEFAULT 'estimated'"),
             kCreateAnswerEvidence,
             kCreateEvidence,
             kCreateHostingAnswer,
         }},
        {1,
         QStringLiteral("v1 → v2: comments, audit log and revisions (with snapshots for merging)"),
         {
             // A v1 file has no comments, no log and no recorded revision: the new tables start empty.
             kCreateComment,
             kCreateAudit,
             kCreateRevision,
             kCreateRevisionHead,
         }},
    };
    return steps;
}

} // namespace hostreview::core::detail
