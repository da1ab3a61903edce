#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace unblock {

// What went wrong, in categories the app can act on (offer read-only, retry
// elsewhere...) and a message it can show a person as it is.
enum class ErrorCode {
    NotFound,      // the file or item does not exist
    NotSqlite,     // not an SQLite database at all
    Truncated,     // shorter than its own header says
    Corrupt,       // SQLite says the content is damaged
    ForeignFile,   // an SQLite database of another program
    Tampered,      // an Unblock file holding SQL objects Unblock never makes
    Locked,        // another process has the session open
    ReadOnly,      // the session is open read-only
    DiskFull,      // the disk (or the file's size limit) is full
    IoError,       // the operating system refused a read or write
    InvalidInput,  // text or data that breaks the model's rules
    RuleViolation, // a vote that breaks the round's rules
    UnsupportedVersion,
};

struct Error {
    ErrorCode code;
    QString message;
};

// A value or the Error that stopped it. Core returns these for every expected
// failure instead of throwing across its boundary.
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value) // NOLINT(google-explicit-constructor): a value is a success
        : m_state(std::move(value)) {}
    Result(Error error) // NOLINT(google-explicit-constructor): an error is a failure
        : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<T>(m_state); }
    const T& value() const& { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

    const Error& error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) // NOLINT(google-explicit-constructor)
        : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace unblock
