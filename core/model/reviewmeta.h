#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace hostreview::core {

/** Who the review is for, who does it and when (the report's cover). */
struct ReviewMeta {
    QString client;
    QStringList reviewers;
    QDate startDate;
    QDate endDate;
    QString version;     ///< the report version the reviewers hand out ("1.0", "draft 2")
    QString notes;
    QJsonObject extra;

    bool operator==(const ReviewMeta &) const = default;
};

} // namespace hostreview::core
