#pragma once

#include "model/Result.h"
#include "store/Sqlite.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <type_traits>

class QLockFile;

namespace unblock {
struct SessionData;
}

namespace unblock::store {

enum class OpenMode { ReadWrite, ReadOnly };
using CaptureColumns = std::map<QByteArray, int>;

// One open session file: SQLite as an application file format.
//
// Every change runs through write(), one transaction per user action,
// committed before it returns (rollback journal, synchronous=FULL): there is
// no unsaved state. A file that is not an Unblock session, or is damaged, is
// refused with a specific error and never written to. A session from a newer
// Unblock, or in a read-only location, opens read-only and says why.
class SessionFile {
public:
    // Creates a new, empty session. Refuses to replace an existing file.
    static Result<std::unique_ptr<SessionFile>> create(const QString& path);
    static Result<std::unique_ptr<SessionFile>> open(const QString& path,
                                                     OpenMode mode = OpenMode::ReadWrite);
    ~SessionFile();
    SessionFile(const SessionFile&) = delete;
    SessionFile& operator=(const SessionFile&) = delete;

    QString path() const { return m_path; }
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    // Why changes are refused, in words; empty when the session is writable.
    QString readOnlyReason() const { return m_readOnlyReason; }
    // Things the user should know: a network folder, a migration's backup.
    QStringList notices() const { return m_notices; }

    // Writes a complete copy to `target` and leaves this session open as it is.
    Status saveCopy(const QString& target) const;
    // Writes a complete copy to `target`, then goes on with the copy.
    Status saveAs(const QString& target);

    // Runs `body` in one transaction and commits it; any Failure rolls it all
    // back and comes out as the Result's error.
    template <typename Fn> auto write(Fn&& body) -> Result<std::invoke_result_t<Fn, Database&>> {
        return transact<std::invoke_result_t<Fn, Database&>>(Access::Write, body);
    }
    // Runs `steps` (calls into the store, each of which writes) as one
    // transaction: all of them are committed, or, when one fails, none. A
    // composite action (accept and merge, a set of status changes) is one
    // of these, so a failure part-way leaves neither half in the file.
    Status transaction(const std::function<Status()>& steps);
    // Runs `body` in a read transaction: it sees one consistent state.
    template <typename Fn>
    auto read(Fn&& body) const -> Result<std::invoke_result_t<Fn, Database&>> {
        return const_cast<SessionFile*>(this)->transact<std::invoke_result_t<Fn, Database&>>(
            Access::Read, body);
    }

    // What the writes since the last call changed (and committed), row by row.
    SessionChange takeChanges();
    // What open read to check the file (journeys' photos left in it), once,
    // while nothing has been written since: the first read need not read it
    // all again.
    std::optional<SessionData> takeCheckedData() const;
    // Whether a change to `table`'s rows is reported by its kind and ids.
    // Every table a session file holds is: one that is not would be read
    // whole after each change (tests/core/store refuses such a table).
    static bool capturesChangesOf(const QString& table);

    // A second connection to this session, to write from another thread
    // (phones' ballots, store/BackgroundWriter.h) while this one goes on
    // reading and writing: SQLite's locks keep the two apart. It holds no
    // lock of its own, so it must be closed before this file is. Refused for
    // a read-only session.
    Result<std::unique_ptr<SessionFile>> secondConnection() const;

    // Test hook: caps the file's size in pages, so a test can fill the "disk".
    void setPageLimitForTesting(int pages);

private:
    enum class Access { Read, Write };
    SessionFile() = default;

    Status run(Access access, const std::function<void(Database&)>& body);
    Status runInside(bool writing, const std::function<void(Database&)>& body);

    template <typename T, typename Fn> Result<T> transact(Access access, Fn& body) {
        if constexpr (std::is_void_v<T>) {
            return run(access, [&](Database& db) { body(db); });
        } else {
            std::optional<T> value;
            Status status = run(access, [&](Database& db) { value.emplace(body(db)); });
            if (!status)
                return status.error();
            return std::move(*value);
        }
    }

    static Result<std::unique_ptr<SessionFile>> openChecked(const QString& path, OpenMode mode,
                                                            std::unique_ptr<QLockFile> lock);
    void openConnection(const QString& path, int flags);
    QString verify(int fileVersion);
    QString quickCheck();
    void moveIntoMemory();
    void checkContent(const QString& valueFinding, int fileVersion);
    void configureConnection();
    void bringUpToDate(int fileVersion);
    void prepareCapture();
    void close();

    QString m_path;
    ::sqlite3* m_db = nullptr;
    std::unique_ptr<QLockFile> m_lock;
    QString m_readOnlyReason;
    QStringList m_notices;
    SessionChange m_changes; // committed, not yet taken
    // The transaction under way on this connection, which a write or read
    // called inside it (a part of a composite) joins, as a savepoint.
    struct Touched* m_open = nullptr;
    CaptureColumns m_captureColumns;                // each keyed table's naming column
    mutable std::unique_ptr<SessionData> m_checked; // read by open, until the first read
};

} // namespace unblock::store
