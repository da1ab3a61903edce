#include "store/SessionLock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>

namespace unblock::store {

namespace {
QString lockPathFor(const QString& sessionPath) {
    const QFileInfo info(sessionPath);
    return info.dir().filePath(u'.' + info.fileName() + u".lock");
}

// A holder killed between making its lock and writing who it is leaves the
// lock empty: no process to ask whether it still runs, so Qt would keep it
// for ever. One that has stayed empty past a moment (the time another
// program takes to write its own) was left by a holder that died.
constexpr qint64 kUnfinishedLockMs = 500;

bool isUnfinishedLock(const QLockFile& lock, const QString& path) {
    qint64 pid = 0;
    QString host;
    QString app;
    if (lock.getLockInfo(&pid, &host, &app))
        return false;
    const QDateTime modified = QFileInfo(path).lastModified();
    return modified.isValid() && modified.msecsTo(QDateTime::currentDateTime()) > kUnfinishedLockMs;
}
} // namespace

Result<std::unique_ptr<QLockFile>> lockSession(const QString& sessionPath) {
    const QString lockPath = lockPathFor(sessionPath);
    auto lock = std::make_unique<QLockFile>(lockPath);
    lock->setStaleLockTime(0); // a session stays open all day: only a dead holder is stale
    if (lock->tryLock(0))
        return lock;
    if (lock->error() == QLockFile::LockFailedError && isUnfinishedLock(*lock, lockPath) &&
        lock->removeStaleLockFile() && lock->tryLock(0))
        return lock;

    const QFileInfo info(sessionPath);
    const QString name = info.fileName();
    if (!QFileInfo(info.absolutePath()).isDir()) {
        return Error{ErrorCode::NotFound,
                     QCoreApplication::translate("Store", "The folder “%1” does not exist.")
                         .arg(QDir::toNativeSeparators(info.absolutePath()))};
    }
    if (lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString app;
        lock->getLockInfo(&pid, &host, &app);
        return Error{ErrorCode::Locked,
                     QCoreApplication::translate(
                         "Store", "“%1” is already open in %2 (process %3 on %4). You can open "
                                  "it read-only, or close it there first.")
                         .arg(name, app.isEmpty()
                                        ? QCoreApplication::translate("Store", "another program")
                                        : app)
                         .arg(pid)
                         .arg(host)};
    }
    return Error{ErrorCode::ReadOnly, QCoreApplication::translate(
                                          "Store", "“%1” cannot be locked for editing because its "
                                                   "folder cannot be written.")
                                          .arg(name)};
}

} // namespace unblock::store
