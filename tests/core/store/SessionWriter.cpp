// A second process for the store tests.
//   session-writer hold FILE   open FILE for editing, print "ready", wait for stdin to close
//   session-writer write FILE  commit one blocker with 50 solutions per transaction, forever,
//                              printing "committed ID" after each commit
#include "store/SessionFile.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cstdio>

using namespace unblock;

namespace {

int hold(store::SessionFile&) {
    std::printf("ready\n");
    std::fflush(stdout);
    while (std::fgetc(stdin) != EOF) {
    }
    return 0;
}

int writeForever(store::SessionFile& file) {
    for (int i = 1;; ++i) {
        Result<qint64> id = file.write([i](store::Database& db) {
            store::Statement blocker =
                db.prepare("INSERT INTO blockers(title, created, position) VALUES (?, ?, ?)");
            blocker.bind(1, QStringLiteral("Blocker %1").arg(i))
                .bind(2, QDateTime::currentDateTimeUtc())
                .bind(3, i)
                .run();
            const qint64 blockerId = db.lastInsertId();
            store::Statement solution =
                db.prepare("INSERT INTO solutions(blocker_id, text, position) VALUES (?, ?, ?)");
            for (int s = 0; s < 50; ++s)
                solution.bind(1, blockerId)
                    .bind(2, QStringLiteral("Solution %1").arg(s))
                    .bind(3, s)
                    .run();
            return blockerId;
        });
        if (!id) {
            std::fprintf(stderr, "%s\n", id.error().message.toUtf8().constData());
            return 1;
        }
        std::printf("committed %lld\n", static_cast<long long>(id.value()));
        std::fflush(stdout);
    }
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    if (argc != 3)
        return 2;
    auto file = store::SessionFile::open(QString::fromLocal8Bit(argv[2]));
    if (!file) {
        std::fprintf(stderr, "%s\n", file.error().message.toUtf8().constData());
        return 1;
    }
    const QByteArray mode(argv[1]);
    return mode == "hold" ? hold(*file.value()) : writeForever(*file.value());
}
