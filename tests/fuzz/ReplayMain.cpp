// Outside the fuzz build, each fuzz target is linked with this main: it runs
// the inputs in the folders (or files) it is given once each, so ctest checks
// the seed corpus and every input that ever crashed on every build, with or
// without the sanitizers. It fails when it finds no input at all, so that a
// moved folder cannot make the test pass by running nothing.
#include "FuzzSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace {

QStringList inputFiles(const QString& path) {
    const QFileInfo info(path);
    if (info.isFile())
        return {path};
    QStringList files;
    const QDir dir(path);
    for (const QString& name : dir.entryList(QDir::Files | QDir::Hidden, QDir::Name))
        files << dir.filePath(name);
    return files;
}

} // namespace

int main(int argc, char** argv) {
    int run = 0;
    for (int i = 1; i < argc; ++i) {
        for (const QString& path : inputFiles(QString::fromLocal8Bit(argv[i]))) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "replay: cannot read %s\n", qPrintable(path));
                return 1;
            }
            const QByteArray input = file.readAll();
            LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(input.constData()),
                                   static_cast<std::size_t>(input.size()));
            ++run;
        }
    }
    if (run == 0) {
        std::fprintf(stderr, "replay: no inputs found in the folders given\n");
        return 1;
    }
    std::printf("replay: %d inputs ran without a crash\n", run);
    return 0;
}
