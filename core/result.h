#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <variant>
#include <vector>

namespace hostreview::core {

/**
 * Describes why something failed. `where` names the object and field in the words of the
 * interchange format ("classes[order-entry].arrival_rate"), `message` says what is wrong.
 */
struct Error {
    QString where;   ///< object and field, empty when the error concerns the whole input
    QString message; ///< human-readable reason

    /** Returns "where: message", or the message alone when no field is named. */
    QString toString() const { return where.isEmpty() ? message : where + QStringLiteral(": ") + message; }
};

/** Severity of a validation problem. */
enum class Severity {
    Error,   ///< the model cannot be solved or saved as it is
    Warning, ///< the model is usable but probably not what the reviewer meant
};

/** One problem found by validation; validation returns all of them, never only the first. */
struct Problem {
    Severity severity = Severity::Error;
    QString where;
    QString message;

    QString toString() const
    {
        const QString level = severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
        return level + QStringLiteral(": ") + (where.isEmpty() ? message : where + QStringLiteral(": ") + message);
    }
};

/** Returns true when any problem in the list is an error (warnings do not block). */
inline bool hasErrors(const std::vector<Problem> &problems)
{
    for (const Problem &p : problems)
        if (p.severity == Severity::Error)
            return true;
    return false;
}

/**
 * Holds either a value or an Error, like C++23's std::expected (Qt Creator's utils/result.h).
 * Nothing that can fail throws across a room's door: it returns a Result.
 */
template<typename T>
class [[nodiscard]] Result {
public:
    Result(const T &value) : m_state(value) {}
    Result(T &&value) : m_state(std::move(value)) {}
    Result(const Error &error) : m_state(error) {}
    Result(Error &&error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

/** Result of an operation that yields nothing but may fail. */
template<>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(const Error &error) : m_error(error) {}
    Result(Error &&error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

/** Shorthand for building an Error result: `return fail("stations[pg].servers", tr("must be ≥ 1"));` */
inline Error fail(QString where, QString message) { return Error{std::move(where), std::move(message)}; }

} // namespace hostreview::core
