#include "store/SafeCopy.h"

#include "platform/FileSystem.h"
#include "store/Sqlite.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <sqlite3.h>

namespace unblock::store {
namespace {

// Q_DECLARE_TR_FUNCTIONS names the context for lupdate and at run time alike.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Store)
};

// A temporary file beside `target`, so the final rename stays on one disk.
Result<QString> reserveTemporary(const QString& target) {
    const QFileInfo info(target);
    QTemporaryFile temp(info.dir().filePath(u'.' + info.fileName() + u".XXXXXX.tmp"));
    temp.setAutoRemove(false);
    if (!temp.open()) {
        return Error{ErrorCode::IoError,
                     Tr::tr("Could not write in “%1”: %2.")
                         .arg(QDir::toNativeSeparators(info.absolutePath()), temp.errorString())};
    }
    return temp.fileName();
}

Status backupInto(sqlite3* source, sqlite3* dest) {
    // The copy is synced to the disk before it replaces anything.
    if (const int rc = sqlite3_exec(dest, "PRAGMA synchronous = FULL", nullptr, nullptr, nullptr);
        rc != SQLITE_OK)
        return sqliteError(dest, rc, Tr::tr("copying the session"));
    sqlite3_backup* backup = sqlite3_backup_init(dest, "main", source, "main");
    if (!backup)
        return sqliteError(dest, sqlite3_errcode(dest), Tr::tr("copying the session"));
    const int stepRc = sqlite3_backup_step(backup, -1);
    const int finishRc = sqlite3_backup_finish(backup);
    if (stepRc != SQLITE_DONE)
        return sqliteError(dest, stepRc, Tr::tr("copying the session"));
    if (finishRc != SQLITE_OK)
        return sqliteError(dest, finishRc, Tr::tr("copying the session"));
    return {};
}

Status checkIntegrity(sqlite3* db) {
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &st, nullptr) != SQLITE_OK)
        return sqliteError(db, sqlite3_errcode(db), Tr::tr("checking the copy"));
    const int rc = sqlite3_step(st);
    const QString finding =
        rc == SQLITE_ROW
            ? QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)))
            : QString();
    sqlite3_finalize(st);
    if (rc != SQLITE_ROW)
        return sqliteError(db, rc, Tr::tr("checking the copy"));
    if (isReadFailureFinding(finding))
        return Error{ErrorCode::IoError,
                     Tr::tr("The disk could not read the copy back (%1).").arg(finding)};
    if (finding != u"ok")
        return Error{ErrorCode::Corrupt, Tr::tr("The copy did not pass its integrity check.")};
    return {};
}

Status writeAndCheck(sqlite3* source, const QString& tempPath) {
    sqlite3* dest = nullptr;
    const QByteArray path = tempPath.toUtf8(); // SQLite's file names are UTF-8 everywhere
    int rc = sqlite3_open_v2(path.constData(), &dest, SQLITE_OPEN_READWRITE, nullptr);
    Status status = rc == SQLITE_OK ? backupInto(source, dest)
                                    : Status(sqliteError(dest, rc, Tr::tr("creating the copy")));
    if (status)
        status = checkIntegrity(dest);
    rc = sqlite3_close(dest);
    if (status && rc != SQLITE_OK)
        status = sqliteError(nullptr, rc, Tr::tr("closing the copy"));
    return status;
}

} // namespace

Status copyDatabase(sqlite3* source, const QString& target) {
    Result<QString> temp = reserveTemporary(target);
    if (!temp)
        return temp.error();
    Status written = writeAndCheck(source, temp.value());
    if (!written) {
        QFile::remove(temp.value());
        return written;
    }
    if (const QString reason = platform::replaceFile(temp.value(), target); !reason.isEmpty()) {
        QFile::remove(temp.value());
        return Error{ErrorCode::IoError, Tr::tr("Could not put the copy in place as “%1”: %2.")
                                             .arg(QDir::toNativeSeparators(target), reason)};
    }
    return {};
}

} // namespace unblock::store
