#pragma once

#include "core/result.h"

#include <QModelIndex>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace hostreview::models {

/** Data roles shared by the editable models, read by widgets' delegates. */
enum EditRole {
    ChoicesRole = Qt::UserRole + 100, ///< QStringList of the values a cell accepts (a combo box); absent → free text
    ChoiceLabelsRole,                 ///< QStringList of labels shown for ChoicesRole, same order
    InvalidRole,                      ///< bool: validation reports an error or warning on this cell
    ProblemsRole,                     ///< QStringList: the validation messages on this cell
};

/**
 * Implemented by item models whose cells can be checked before they are committed, so that an
 * editor can turn red and say why while the user is still typing ("validation as you type").
 */
class CandidateChecker {
public:
    virtual ~CandidateChecker() = default;
    /**
     * Returns what would be wrong with cell `index` if `value` were committed: a parse error
     * ("not a number"), or the validation problems on that cell of the review with the value
     * applied. Empty when the value is acceptable.
     */
    virtual QStringList candidateProblems(const QModelIndex &index, const QVariant &value) const = 0;
};

namespace detail {
/**
 * Parses a typed number: empty text → nullopt (the field is cleared) when `allowEmpty`, otherwise
 * an Error; text that is not a finite number → an Error naming `where`.
 */
core::Result<std::optional<double>> parseNumber(const QVariant &value, const QString &where, bool allowEmpty);
/** Like parseNumber, but the number must be whole. */
core::Result<std::optional<int>> parseInteger(const QVariant &value, const QString &where, bool allowEmpty);
/** Formats a number for display and editing: shortest round-tripping form, never NaN. */
QString numberText(double value);
} // namespace detail

} // namespace hostreview::models
