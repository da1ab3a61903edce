#include "store/Sqlite.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <limits>
#include <sqlite3.h>

namespace unblock::store {
namespace {

// Q_DECLARE_TR_FUNCTIONS names the context for lupdate and at run time alike.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Store)
};

ErrorCode codeFor(int rc) {
    switch (rc & 0xff) {
    case SQLITE_FULL:
        return ErrorCode::DiskFull;
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return ErrorCode::ReadOnly;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return ErrorCode::Corrupt;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return ErrorCode::Locked;
    case SQLITE_CONSTRAINT:
    case SQLITE_TOOBIG:
    case SQLITE_MISMATCH:
        return ErrorCode::InvalidInput;
    case SQLITE_CANTOPEN:
        return ErrorCode::NotFound;
    default:
        return ErrorCode::IoError;
    }
}

QString explanationFor(int rc) {
    switch (rc & 0xff) {
    case SQLITE_FULL:
        return Tr::tr("the disk is full");
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return Tr::tr("the file cannot be written");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Tr::tr("the file is damaged");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Tr::tr("another program is using the file");
    case SQLITE_IOERR:
        return Tr::tr("the system could not read or write the file");
    default:
        return {};
    }
}

// A statement that only reads, outside a transaction that writes, was
// reading. SQLite counts COMMIT and RELEASE as read-only: they write.
QString doingOf(sqlite3* db, sqlite3_stmt* statement) {
    const QByteArray sql = statement ? QByteArray(sqlite3_sql(statement)).trimmed().toUpper() : "";
    const bool ending =
        sql.startsWith("COMMIT") || sql.startsWith("END") || sql.startsWith("RELEASE");
    const bool reading = !ending && (!statement || sqlite3_stmt_readonly(statement)) &&
                         sqlite3_txn_state(db, nullptr) != SQLITE_TXN_WRITE;
    return reading ? Tr::tr("reading the session") : Tr::tr("writing the session");
}

} // namespace

void fail(ErrorCode code, const QString& message) {
    throw Failure{Error{code, message}};
}

Error sqliteError(sqlite3* db, int rc, const QString& doing) {
    const QString detail =
        db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
    QString because = explanationFor(rc);
    if (because.isEmpty())
        because = detail;
    return Error{codeFor(rc),
                 Tr::tr("Failed while %1: %2 (SQLite: %3).").arg(doing, because, detail)};
}

bool isReadFailureFinding(const QString& finding) {
    static const QRegularExpression code(QStringLiteral("error code=(\\d+)"));
    const QRegularExpressionMatch found = code.match(finding);
    return found.hasMatch() && (found.captured(1).toInt() & 0xff) == SQLITE_IOERR;
}

Statement::Statement(sqlite3* db, const char* sql)
    : m_db(db) {
    const int rc = sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        throw Failure{sqliteError(db, rc, Tr::tr("reading the session"))};
}

Statement::~Statement() {
    sqlite3_finalize(m_stmt);
}

namespace {
void check(sqlite3* db, int rc) {
    if (rc != SQLITE_OK)
        throw Failure{
            sqliteError(db, rc, QCoreApplication::translate("Store", "preparing a change"))};
}
} // namespace

Statement& Statement::bind(int index, qint64 value) {
    check(m_db, sqlite3_bind_int64(m_stmt, index, value));
    return *this;
}

Statement& Statement::bind(int index, int value) {
    check(m_db, sqlite3_bind_int(m_stmt, index, value));
    return *this;
}

Statement& Statement::bind(int index, const QString& value) {
    const QByteArray utf8 = value.toUtf8();
    check(m_db, sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()),
                                  SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bind(int index, const QByteArray& blob) {
    if (blob.isEmpty())
        return bindNull(index);
    check(m_db, sqlite3_bind_blob64(m_stmt, index, blob.constData(),
                                    static_cast<sqlite3_uint64>(blob.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bind(int index, const std::optional<qint64>& value) {
    return value ? bind(index, *value) : bindNull(index);
}

Statement& Statement::bind(int index, const std::optional<int>& value) {
    return value ? bind(index, *value) : bindNull(index);
}

Statement& Statement::bind(int index, const QDate& value) {
    return value.isValid() ? bind(index, value.toString(Qt::ISODate)) : bindNull(index);
}

Statement& Statement::bind(int index, const QDateTime& value) {
    return value.isValid() ? bind(index, value.toUTC().toString(Qt::ISODateWithMs))
                           : bindNull(index);
}

Statement& Statement::bindNull(int index) {
    check(m_db, sqlite3_bind_null(m_stmt, index));
    return *this;
}

bool Statement::next() {
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    throw Failure{sqliteError(m_db, rc, doingOf(m_db, m_stmt))};
}

void Statement::run() {
    while (next()) {
    }
    sqlite3_reset(m_stmt);
}

void Statement::reset() {
    sqlite3_reset(m_stmt);
}

bool Statement::isNull(int column) const {
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const {
    return sqlite3_column_int64(m_stmt, column);
}
// A file may hold any 64-bit number where Unblock keeps an int: one out of
// range is refused rather than cut to its low 32 bits (2^63 - 1 would be -1).
int Statement::integer(int column) const {
    const qint64 value = sqlite3_column_int64(m_stmt, column);
    if (value < std::numeric_limits<int>::min() || value > std::numeric_limits<int>::max()) {
        fail(ErrorCode::Tampered, Tr::tr("It holds a number too large for any session (%1 in %2).")
                                      .arg(value)
                                      .arg(QString::fromUtf8(sqlite3_column_name(m_stmt, column))));
    }
    return static_cast<int>(value);
}

std::optional<qint64> Statement::optionalInt64(int column) const {
    return isNull(column) ? std::nullopt : std::optional<qint64>(int64(column));
}

std::optional<int> Statement::optionalInt(int column) const {
    return isNull(column) ? std::nullopt : std::optional<int>(integer(column));
}

QString Statement::text(int column) const {
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const {
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

QDate Statement::date(int column) const {
    return isNull(column) ? QDate() : QDate::fromString(text(column), Qt::ISODate);
}

QDateTime Statement::dateTime(int column) const {
    return isNull(column) ? QDateTime() : QDateTime::fromString(text(column), Qt::ISODateWithMs);
}

// Statement by statement, so a failure says whether it was reading or
// writing: a damaged page met by a PRAGMA on open is not a failed write.
void Database::exec(const char* sql) {
    for (const char* rest = sql; rest && *rest;) {
        sqlite3_stmt* statement = nullptr;
        int rc = sqlite3_prepare_v2(m_db, rest, -1, &statement, &rest);
        if (rc == SQLITE_OK && statement) {
            while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
            }
        }
        if (rc != SQLITE_OK && rc != SQLITE_DONE) {
            const Error error = sqliteError(m_db, rc, doingOf(m_db, statement));
            sqlite3_finalize(statement);
            throw Failure{error};
        }
        sqlite3_finalize(statement);
    }
}

void Database::rollback() noexcept {
    if (!sqlite3_get_autocommit(m_db))
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
}

qint64 Database::lastInsertId() const {
    return sqlite3_last_insert_rowid(m_db);
}
int Database::changes() const {
    return sqlite3_changes(m_db);
}

int Database::pragmaInt(const char* pragma) const {
    Statement st(m_db, pragma);
    return st.next() ? st.integer(0) : 0;
}

} // namespace unblock::store
