#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace envlens {

// A problem found while reading or writing, as data: the core never throws across its API.
// line and column are 1-based; 0 means "not known" (a finding about a whole file).
struct Error
{
    QString message;
    QString file;
    int line = 0;
    int column = 0;

    // "file:line:column: message", omitting the parts that are unknown.
    QString toString() const
    {
        QString where = file;
        if (line > 0)
            where += QLatin1Char(':') + QString::number(line);
        if (line > 0 && column > 0)
            where += QLatin1Char(':') + QString::number(column);
        return where.isEmpty() ? message : where + QLatin1String(": ") + message;
    }
};

// Either a value or the Error that prevented it.
template<typename T>
class Result
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

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

} // namespace envlens
