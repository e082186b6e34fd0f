// Errors as values: every fallible operation in Sarraf returns a Result that carries either its
// value or an Error with a sentence for people and detail for the log.
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace sarraf {

struct Error
{
    QString code;    // stable, machine-readable: "money.syntax", "store.newer-schema"
    QString message; // translated sentence a support person understands
    QString detail;  // technical detail for the log; never shown alone, never a secret

    QString logLine() const { return detail.isEmpty() ? message : message + QStringLiteral(" (") + detail + QLatin1Char(')'); }
};

template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }
    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

// Success with nothing to return.
struct Done
{
};
using Outcome = Result<Done>;

inline Error makeError(QString code, QString message, QString detail = {})
{
    return Error{std::move(code), std::move(message), std::move(detail)};
}

} // namespace sarraf
