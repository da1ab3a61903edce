#include "store/SessionFile.h"

#include "io/SessionValidation.h"
#include "store/ChangeCapture.h"
#include "store/FileHeader.h"
#include "store/Migrations.h"
#include "store/SafeCopy.h"
#include "store/Schema.h"
#include "store/SessionLock.h"
#include "store/Snapshot.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRegularExpression>
#include <QStorageInfo>

#include <sqlite3.h>
#include <utility>

using namespace Qt::StringLiterals;

namespace unblock::store {
namespace {

// Q_DECLARE_TR_FUNCTIONS names the context for lupdate and at run time alike.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Store)
};

QString displayName(const QString& path) {
    return QFileInfo(path).fileName();
}

bool isWritableLocation(const QString& path) {
    const QFileInfo file(path);
    return file.isWritable() && QFileInfo(file.absolutePath()).isWritable();
}

// Network and cloud-synced folders break SQLite's locking or copy a file
// half-written: worth a warning, not a refusal.
QStringList locationNotices(const QString& path) {
    static const QStringList networkTypes{u"nfs"_s,  u"nfs4"_s,  u"cifs"_s,
                                          u"smb3"_s, u"smbfs"_s, u"fuse.sshfs"_s,
                                          u"9p"_s,   u"davfs"_s, u"fuse.rclone"_s};
    static const QStringList syncedFolders{u"OneDrive"_s, u"Dropbox"_s, u"Google Drive"_s,
                                           u"iCloud"_s, u"Box Sync"_s};
    const QString type =
        QString::fromLatin1(QStorageInfo(QFileInfo(path).absolutePath()).fileSystemType());
    bool risky = networkTypes.contains(type);
    for (const QString& folder : syncedFolders)
        risky =
            risky || QDir::fromNativeSeparators(path).contains(u'/' + folder, Qt::CaseInsensitive);
    if (!risky)
        return {};
    return {Tr::tr("“%1” is in a network or cloud-synced folder. Work on a copy on this computer "
                   "and save it back afterwards: syncing can copy the file half-written.")
                .arg(displayName(path))};
}

} // namespace

SessionFile::~SessionFile() {
    close();
}

void SessionFile::close() {
    if (m_db) {
        sqlite3_close(m_db);
        m_db = nullptr;
    }
    m_lock.reset();
}

void SessionFile::openConnection(const QString& path, int flags) {
    const QByteArray name = path.toUtf8(); // SQLite's file names are UTF-8 everywhere
    const int rc = sqlite3_open_v2(name.constData(), &m_db, flags | SQLITE_OPEN_EXRESCODE, nullptr);
    if (rc != SQLITE_OK)
        throw Failure{sqliteError(m_db, rc, Tr::tr("opening the file"))};
}

// Files come from other people: nothing in them runs.
void SessionFile::configureConnection() {
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_busy_timeout(m_db, 2000);
    Database db(m_db);
    db.exec("PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL;");
    if (!isReadOnly())
        db.exec("PRAGMA journal_mode = DELETE");
}

namespace {

// A value that breaks a CHECK or NOT NULL of the schema, as quick_check
// words it; not damage: the file was written so.
bool isValueFinding(const QString& finding) {
    static const QRegularExpression value(u"^(CHECK constraint failed in|NULL value in) "_s);
    return value.match(finding).hasMatch();
}

// A value of another type than its STRICT column's: read as that type, it
// would be another value (text as 0), so it is refused at once.
bool isTypeFinding(const QString& finding) {
    static const QRegularExpression type(u"^non-[A-Z]+ value in "_s);
    return type.match(finding).hasMatch();
}

// What a file changed by another program is told by, with what to do: the
// problem is named (for whoever changed it), the way on is for the organiser.
QString changedOutside(QString problem) {
    if (problem.endsWith(u'.'))
        problem.chop(1);
    return Tr::tr("It was changed outside Unblock and breaks its rules (%1). Ask whoever sent it "
                  "for the file as Unblock saved it, or open an earlier copy.")
        .arg(problem);
}

} // namespace

// Reading every page once finds damage before the user works on the file.
// A value against the schema's rules is kept until the rows are read, so the
// row can be named; it is returned. SQLite checks values only on a
// connection that may write: a read-only file is checked again in memory.
QString SessionFile::verify(int fileVersion) {
    QString valueFinding = quickCheck();
    if (fileVersion <= kCurrentVersion) {
        Database db(m_db);
        checkSchema(db, fileVersion);
    }
    if (isReadOnly()) {
        moveIntoMemory();
        valueFinding = quickCheck();
    }
    return valueFinding;
}

QString SessionFile::quickCheck() {
    Database db(m_db);
    Statement check = db.prepare("PRAGMA quick_check");
    QString valueFinding;
    while (check.next()) {
        const QString finding = check.text(0);
        if (isReadFailureFinding(finding)) {
            fail(ErrorCode::IoError,
                 Tr::tr("The disk could not read it (%1). Check the disk or the folder it is in, "
                        "then open it again.")
                     .arg(finding));
        }
        if (isTypeFinding(finding))
            fail(ErrorCode::Tampered, changedOutside(finding));
        if (isValueFinding(finding)) {
            valueFinding = valueFinding.isEmpty() ? finding : valueFinding;
        } else if (finding != u"ok") {
            fail(ErrorCode::Corrupt,
                 Tr::tr("It is damaged (%1). Try an earlier copy of it.").arg(finding));
        }
    }
    return valueFinding;
}

// A file comes from anywhere: what it holds is checked with the rules a JSON
// import is checked with before anyone reads it, so nothing reads half of a
// bad file. What was read is kept for the first read (the window's).
void SessionFile::checkContent(const QString& valueFinding, int fileVersion) {
    Result<SessionData> data = loadSession(*this, Photos::Leave);
    if (!data)
        throw Failure{data.error()};
    if (Status valid = validateSession(data.value()); !valid)
        fail(ErrorCode::Tampered, changedOutside(valid.error().message));
    Database db(m_db);
    if (fileVersion <= kCurrentVersion) // a newer format may keep its days otherwise
        checkStoredValues(db);
    checkReferences(db);
    if (!valueFinding.isEmpty())
        fail(ErrorCode::Tampered, changedOutside(valueFinding));
    m_checked = std::make_unique<SessionData>(std::move(data.value()));
}

std::optional<SessionData> SessionFile::takeCheckedData() const {
    if (!m_checked)
        return std::nullopt;
    std::optional<SessionData> data(std::move(*m_checked));
    m_checked.reset();
    return data;
}

void SessionFile::bringUpToDate(int fileVersion) {
    if (fileVersion >= kCurrentVersion)
        return;
    if (!isReadOnly()) { // a read-only file is migrated in memory: the file must not change
        const QString backupPath = migrationBackupPath(m_path, fileVersion);
        if (Status copied = copyDatabase(m_db, backupPath); !copied)
            throw Failure{copied.error()};
        m_notices << Tr::tr("“%1” was made by an older Unblock and has been updated. The original "
                            "is kept as “%2”.")
                         .arg(displayName(m_path), displayName(backupPath));
    }
    Database db(m_db);
    migrate(db, fileVersion);
    m_captureColumns.clear(); // the schema may be another now
}

// Reads a read-only file whole into memory and works there from now on.
void SessionFile::moveIntoMemory() {
    ::sqlite3* memory = nullptr;
    if (const int rc = sqlite3_open(":memory:", &memory); rc != SQLITE_OK) {
        const Error error = sqliteError(memory, rc, Tr::tr("reading the session"));
        sqlite3_close(memory);
        throw Failure{error};
    }
    sqlite3_backup* backup = sqlite3_backup_init(memory, "main", m_db, "main");
    if (!backup) {
        // The reason is on the destination's connection.
        const Error error =
            sqliteError(memory, sqlite3_errcode(memory), Tr::tr("reading the session"));
        sqlite3_close(memory);
        throw Failure{error};
    }
    sqlite3_backup_step(backup, -1);
    const int rc = sqlite3_backup_finish(backup);
    sqlite3_close(m_db);
    m_db = memory;
    if (rc != SQLITE_OK)
        throw Failure{sqliteError(m_db, rc, Tr::tr("reading the session"))};
    configureConnection();
}

Result<std::unique_ptr<SessionFile>> SessionFile::create(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (QFileInfo::exists(absolute)) {
        return Error{ErrorCode::InvalidInput,
                     Tr::tr("“%1” already exists. Open it, or choose another name for the new "
                            "session.")
                         .arg(displayName(absolute))};
    }
    Result<std::unique_ptr<QLockFile>> lock = lockSession(absolute);
    if (!lock)
        return lock.error();

    std::unique_ptr<SessionFile> file(new SessionFile);
    file->m_path = absolute;
    file->m_lock = std::move(lock.value());
    try {
        file->openConnection(absolute, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        file->configureConnection();
        Database db(file->m_db);
        db.exec("BEGIN IMMEDIATE");
        createSchema(db);
        db.exec(QByteArray("PRAGMA application_id = " + QByteArray::number(kApplicationId) +
                           "; PRAGMA user_version = " + QByteArray::number(kCurrentVersion))
                    .constData());
        Statement meta = db.prepare("INSERT INTO meta(key, value) VALUES (?, ?)");
        meta.bind(1, u"app_version"_s).bind(2, QStringLiteral(UNBLOCK_VERSION)).run();
        meta.bind(1, u"created"_s)
            .bind(2, QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
            .run();
        db.exec("COMMIT");
    } catch (const Failure& failure) {
        file->close();
        QFile::remove(absolute);
        QFile::remove(absolute + u"-journal");
        return Error{failure.error.code, Tr::tr("“%1” could not be created. %2")
                                             .arg(displayName(absolute), failure.error.message)};
    }
    file->m_notices = locationNotices(absolute);
    return file;
}

Result<std::unique_ptr<SessionFile>> SessionFile::open(const QString& path, OpenMode mode) {
    return openChecked(QFileInfo(path).absoluteFilePath(), mode, nullptr);
}

Result<std::unique_ptr<SessionFile>> SessionFile::openChecked(const QString& path, OpenMode mode,
                                                              std::unique_ptr<QLockFile> lock) {
    Result<FileHeader> header = readSessionHeader(path);
    if (!header)
        return header.error();
    const int version = header->userVersion;

    std::unique_ptr<SessionFile> file(new SessionFile);
    file->m_path = path;
    if (version > kCurrentVersion) {
        file->m_readOnlyReason =
            Tr::tr("It was saved by a newer version of Unblock (file format %1; "
                   "this version knows up to %2), so it is open read-only and "
                   "nothing in it can be lost.")
                .arg(version)
                .arg(kCurrentVersion);
    } else if (mode == OpenMode::ReadOnly) {
        file->m_readOnlyReason = Tr::tr("It was opened read-only.");
    } else if (!isWritableLocation(path)) {
        file->m_readOnlyReason = Tr::tr("The file or its folder cannot be written, so it is open "
                                        "read-only. Save a copy somewhere else to make changes.");
    }

    if (!file->isReadOnly()) {
        if (!lock) {
            Result<std::unique_ptr<QLockFile>> claimed = lockSession(path);
            if (!claimed)
                return claimed.error();
            lock = std::move(claimed.value());
        }
        file->m_lock = std::move(lock);
    }

    try {
        file->openConnection(path,
                             file->isReadOnly() ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE);
        file->configureConnection();
        const QString valueFinding = file->verify(version);
        file->bringUpToDate(version);
        file->checkContent(valueFinding, version);
    } catch (const Failure& failure) {
        return Error{
            failure.error.code,
            Tr::tr("“%1” could not be opened. %2").arg(displayName(path), failure.error.message)};
    }
    file->m_notices << locationNotices(path);
    return file;
}

Result<std::unique_ptr<SessionFile>> SessionFile::secondConnection() const {
    if (isReadOnly())
        return Error{ErrorCode::ReadOnly, m_readOnlyReason};
    std::unique_ptr<SessionFile> second(new SessionFile);
    second->m_path = m_path;
    try {
        second->openConnection(m_path, SQLITE_OPEN_READWRITE);
        second->configureConnection();
    } catch (const Failure& failure) {
        return Error{
            failure.error.code,
            Tr::tr("“%1” could not be opened. %2").arg(displayName(m_path), failure.error.message)};
    }
    return second;
}

bool SessionFile::capturesChangesOf(const QString& table) {
    return capturesChangesOfTable(table.toUtf8());
}

// Where each table's naming column is, read from the file's own schema
// before the first write (the hook may not ask the file while it runs).
void SessionFile::prepareCapture() {
    Database db(m_db);
    m_captureColumns = captureColumnsOf(db); // only once all were read
}

Status SessionFile::run(Access access, const std::function<void(Database&)>& body) {
    if (access == Access::Write && isReadOnly()) {
        return Error{
            ErrorCode::ReadOnly,
            Tr::tr("“%1” cannot be changed. %2").arg(displayName(m_path), m_readOnlyReason)};
    }
    const bool writing = access == Access::Write;
    if (writing)
        m_checked.reset(); // what open read is no longer what the file holds
    if (m_open)
        return runInside(writing, body);
    Touched touched;
    touched.writing = writing;
    touched.columns = &m_captureColumns;
    m_open = &touched;
    // Whatever ends the transaction, the next one starts afresh.
    const std::unique_ptr<Touched*, void (*)(Touched**)> closed(
        &m_open, [](Touched** open) { *open = nullptr; });
    Database db(m_db);
    if (writing)
        sqlite3_preupdate_hook(m_db, &recordRow, &touched);
    Status status;
    try {
        db.exec(writing ? "BEGIN IMMEDIATE" : "BEGIN");
        if (writing && m_captureColumns.empty())
            prepareCapture();
        body(db);
        db.exec("COMMIT");
    } catch (const Failure& failure) {
        db.rollback();
        status = failure.error;
    }
    if (writing) {
        sqlite3_preupdate_hook(m_db, nullptr, nullptr);
        if (status)
            m_changes.add(touched.change);
    }
    return status;
}

// A part of the transaction under way: a savepoint, so a part that fails
// takes back only its own writes and says why; the composite then decides
// (and, as every composite does, fails whole).
Status SessionFile::runInside(bool writing, const std::function<void(Database&)>& body) {
    if (writing && !m_open->writing) {
        return Error{ErrorCode::InvalidInput,
                     Tr::tr("A change was asked for while the session was being read.")};
    }
    Database db(m_db);
    try {
        db.exec("SAVEPOINT part");
        body(db);
        db.exec("RELEASE part");
    } catch (const Failure& failure) {
        sqlite3_exec(m_db, "ROLLBACK TO part; RELEASE part", nullptr, nullptr, nullptr);
        return failure.error;
    }
    return {};
}

Status SessionFile::transaction(const std::function<Status()>& steps) {
    return run(Access::Write, [&](Database&) {
        if (Status done = steps(); !done)
            throw Failure{done.error()};
    });
}

SessionChange SessionFile::takeChanges() {
    return std::exchange(m_changes, SessionChange{});
}

Status SessionFile::saveCopy(const QString& target) const {
    const QString absolute = QFileInfo(target).absoluteFilePath();
    if (absolute == m_path) {
        return Error{ErrorCode::InvalidInput,
                     Tr::tr("“%1” is the session itself; choose another file for the copy.")
                         .arg(displayName(absolute))};
    }
    Result<std::unique_ptr<QLockFile>> lock = lockSession(absolute);
    if (!lock)
        return lock.error();
    return copyDatabase(m_db, absolute);
}

Status SessionFile::saveAs(const QString& target) {
    const QString absolute = QFileInfo(target).absoluteFilePath();
    if (absolute == m_path)
        return {};
    Result<std::unique_ptr<QLockFile>> lock = lockSession(absolute);
    if (!lock)
        return lock.error();
    if (Status copied = copyDatabase(m_db, absolute); !copied)
        return copied;
    Result<std::unique_ptr<SessionFile>> reopened =
        openChecked(absolute, OpenMode::ReadWrite, std::move(lock.value()));
    if (!reopened)
        return reopened.error();
    close();
    SessionFile& other = *reopened.value();
    std::swap(m_path, other.m_path);
    std::swap(m_db, other.m_db);
    std::swap(m_lock, other.m_lock);
    std::swap(m_readOnlyReason, other.m_readOnlyReason);
    std::swap(m_notices, other.m_notices);
    m_checked.reset();
    return {};
}

void SessionFile::setPageLimitForTesting(int pages) {
    Database(m_db).exec(
        QByteArray("PRAGMA max_page_count = " + QByteArray::number(pages)).constData());
}

} // namespace unblock::store
