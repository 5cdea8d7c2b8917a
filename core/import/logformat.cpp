#include "logformat.h"

#include <cctype>

namespace hostreview::core::import {

namespace {
struct Named {
    LogFormat format;
    const char *name;
};
constexpr Named kNames[] = {
    {LogFormat::Auto, "auto"},
    {LogFormat::TraefikJson, "traefik-json"},
    {LogFormat::TraefikClf, "traefik-clf"},
    {LogFormat::Odoo, "odoo"},
    {LogFormat::PgStatStatements, "pgss"},
    {LogFormat::Csv, "csv"},
};

bool isDigit(char c) { return c >= '0' && c <= '9'; }

/** A header row: at least two fields separated by ',' ';' or tab, each a name like "elapsed_ms". */
bool looksLikeCsvHeader(std::string_view line)
{
    char delimiter = 0;
    for (char d : {',', ';', '\t'})
        if (line.find(d) != std::string_view::npos) {
            delimiter = d;
            break;
        }
    if (!delimiter)
        return false;
    std::size_t start = 0;
    int fields = 0;
    while (start <= line.size()) {
        std::size_t end = line.find(delimiter, start);
        if (end == std::string_view::npos)
            end = line.size();
        std::string_view field = line.substr(start, end - start);
        if (field.size() >= 2 && field.front() == '"' && field.back() == '"')
            field = field.substr(1, field.size() - 2);
        if (field.empty() || field.size() > 64 || !(std::isalpha(static_cast<unsigned char>(field[0])) || field[0] == '_'))
            return false;
        for (char c : field)
            if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.' || c == ' '))
                return false;
        ++fields;
        start = end + 1;
    }
    return fields >= 2;
}
} // namespace

QString logFormatName(LogFormat format)
{
    for (const Named &n : kNames)
        if (n.format == format)
            return QString::fromLatin1(n.name);
    return QStringLiteral("auto");
}

std::optional<LogFormat> logFormatFromName(const QString &name)
{
    for (const Named &n : kNames)
        if (name == QLatin1String(n.name))
            return n.format;
    return std::nullopt;
}

QStringList logFormatNames()
{
    QStringList names;
    for (const Named &n : kNames)
        names << QString::fromLatin1(n.name);
    return names;
}

std::optional<LogFormat> detectLogFormat(std::string_view line)
{
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t'))
        line.remove_prefix(1);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' '))
        line.remove_suffix(1);
    if (line.empty())
        return std::nullopt;
    if (line.front() == '{')
        return LogFormat::TraefikJson;
    // "2024-05-03 10:15:22,123 4242 INFO ..." (Python logging's default asctime)
    if (line.size() > 24 && isDigit(line[0]) && line[4] == '-' && line[7] == '-' && line[10] == ' '
        && line[13] == ':' && line[19] == ',' && line[23] == ' ')
        return LogFormat::Odoo;
    if (line.find("[") != std::string_view::npos && line.size() > 4 && line.substr(line.size() - 2) == "ms"
        && isDigit(line[line.size() - 3]))
        return LogFormat::TraefikClf;
    std::string lower(line);
    for (char &c : lower)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    if (lower.find("calls") != std::string::npos
        && (lower.find("total_exec_time") != std::string::npos || lower.find("total_time") != std::string::npos))
        return LogFormat::PgStatStatements;
    if (looksLikeCsvHeader(line))
        return LogFormat::Csv;
    return std::nullopt;
}

} // namespace hostreview::core::import
