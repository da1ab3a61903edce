#pragma once

#include "model/Result.h"
#include "model/SessionChange.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace unblock::store {

// Thrown only inside the store, and turned into a Result at its boundary
// (SessionFile::read/write): the operations stay short and linear.
struct Failure {
    Error error;
};

[[noreturn]] void fail(ErrorCode code, const QString& message);

// An SQLite result code as an Error a person can read; `doing` says what
// Unblock was doing ("saving a copy").
Error sqliteError(sqlite3* db, int rc, const QString& doing);

// quick_check and integrity_check report a page they could not read among
// their findings ("Page 11: unable to get the page. error code=266"): that
// is the disk failing, not damage in the file, and the advice differs.
bool isReadFailureFinding(const QString& finding);

class Statement {
public:
    Statement(sqlite3* db, const char* sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value);
    Statement& bind(int index, const QString& value);
    Statement& bind(int index, const std::optional<qint64>& value);
    Statement& bind(int index, const std::optional<int>& value);
    Statement& bind(int index, const QDate& value);     // ISO date, or NULL if invalid
    Statement& bind(int index, const QDateTime& value); // ISO UTC with milliseconds
    Statement& bind(int index, const QByteArray& blob); // NULL if empty
    Statement& bindNull(int index);

    bool next();  // steps; true while there is a row
    void run();   // steps once, expecting no rows, and resets for reuse
    void reset(); // ready to run again, bindings kept

    bool isNull(int column) const;
    qint64 int64(int column) const;
    int integer(int column) const;
    std::optional<qint64> optionalInt64(int column) const;
    std::optional<int> optionalInt(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const; // empty for NULL
    QDate date(int column) const;
    QDateTime dateTime(int column) const;

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

// A borrowed connection: the SessionFile owns it. What a write changes is
// reported row by row by SessionFile's pre-update hook, for every table:
// nothing here needs to note it.
class Database {
public:
    explicit Database(sqlite3* db)
        : m_db(db) {}
    sqlite3* handle() const { return m_db; }
    void exec(const char* sql);
    // Ends a failed transaction; never throws, since it runs while handling a failure.
    void rollback() noexcept;
    Statement prepare(const char* sql) const { return Statement(m_db, sql); }
    qint64 lastInsertId() const;
    int changes() const;
    int pragmaInt(const char* pragma) const; // PRAGMA name; read as an integer

private:
    sqlite3* m_db;
};

} // namespace unblock::store
