#include "platform/FileSystem.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <system_error>

#ifdef Q_OS_WIN
#include <cstdio>
#include <fcntl.h>
#include <io.h>
#include <windows.h>
#else
#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace unblock::platform {

#ifdef Q_OS_WIN

// MOVEFILE_WRITE_THROUGH returns only when the move is on disk; Windows keeps
// no separate directory entry to sync.
QString replaceFile(const QString& from, const QString& to) {
    const QString source = QDir::toNativeSeparators(from);
    const QString target = QDir::toNativeSeparators(to);
    if (MoveFileExW(reinterpret_cast<LPCWSTR>(source.utf16()),
                    reinterpret_cast<LPCWSTR>(target.utf16()),
                    MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
        return {};
    const auto code = static_cast<int>(GetLastError());
    return QString::fromStdString(std::error_code(code, std::system_category()).message());
}

void writeStandardStreamsAsGiven() {
    _setmode(_fileno(stdout), _O_BINARY);
    _setmode(_fileno(stderr), _O_BINARY);
}

#else

namespace {

QString systemReason(int code) {
    return QString::fromStdString(std::error_code(code, std::generic_category()).message());
}

// On POSIX a rename is durable only once the directory holding it is synced.
// Some file systems (network shares, FUSE) cannot sync a directory at all:
// there the rename is as durable as they make it, which is not a failure.
QString syncDirectory(const QString& dirPath) {
    const int fd = ::open(QFile::encodeName(dirPath).constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return systemReason(errno);
    const int synced = ::fsync(fd);
    const int reason = errno;
    ::close(fd);
    const bool unsupported = reason == EINVAL || reason == ENOTSUP || reason == EBADF;
    return synced == 0 || unsupported ? QString() : systemReason(reason);
}

} // namespace

void writeStandardStreamsAsGiven() {}

QString replaceFile(const QString& from, const QString& to) {
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        return systemReason(errno);
    return syncDirectory(QFileInfo(to).absolutePath());
}

#endif

} // namespace unblock::platform
