#include "FuzzSupport.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <memory>

namespace unblock::fuzz {

void startQt() {
    if (QCoreApplication::instance())
        return;
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "unblock-fuzz";
    static char* argv[] = {name, nullptr};
    static QGuiApplication app(argc, argv);
}

QString scratchDir() {
    // Session files are written with synchronous=FULL: on a memory file
    // system each input costs microseconds, not a disk's sync.
    static const std::unique_ptr<QTemporaryDir> dir = [] {
        const QString shm = QStringLiteral("/dev/shm");
        const QString base = QDir(shm).exists() ? shm : QDir::tempPath();
        auto made = std::make_unique<QTemporaryDir>(base + QStringLiteral("/unblock-fuzz-XXXXXX"));
        if (!made->isValid())
            qFatal("fuzz: cannot make a scratch folder in %s", qPrintable(base));
        return made;
    }();
    return dir->path();
}

QString freshSessionPath() {
    const QString path = scratchDir() + QStringLiteral("/input.unblock");
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-journal"));
    return path;
}

QByteArray bytes(const std::uint8_t* data, std::size_t size) {
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

} // namespace unblock::fuzz
