// The session file between processes: one writer at a time, and a writer
// killed mid-transaction leaves every committed action behind.
#include "store/SessionFile.h"
#include "store/Snapshot.h"
#include "support/TestSupport.h"

#include <QProcess>

#include <map>

using namespace unblock;
using namespace unblock::test;
using namespace Qt::StringLiterals;

namespace {

void startWriter(QProcess& process, const QString& mode, const QString& path) {
    process.start(QStringLiteral(SESSION_WRITER), {mode, path});
    REQUIRE(process.waitForStarted(10000));
}

QByteArray nextLine(QProcess& process) {
    while (!process.canReadLine()) {
        if (!process.waitForReadyRead(10000)) {
            FAIL("session-writer said nothing: " << process.readAllStandardError().toStdString());
        }
    }
    return process.readLine().trimmed();
}

} // namespace

TEST_CASE("A session open in another process is refused, naming it, with read-only offered") {
    TempDir dir;
    const QString path = dir.path(u"held.unblock"_s);
    writeDemoSession(path);
    QProcess holder;
    startWriter(holder, u"hold"_s, path);
    REQUIRE(nextLine(holder) == "ready");
    const QByteArray before = sha256Of(path);

    const Error error = expectError(store::SessionFile::open(path));
    CHECK(error.code == ErrorCode::Locked);
    CHECK(error.message.contains(u"“held.unblock” is already open"));
    CHECK(error.message.contains(QString::number(holder.processId())));
    CHECK(error.message.contains(u"read-only"));

    auto readOnly = openSession(path, store::OpenMode::ReadOnly);
    CHECK(expectOk(store::loadSession(*readOnly)) == demoData());
    readOnly.reset();
    CHECK(sha256Of(path) == before);

    holder.closeWriteChannel();
    REQUIRE(holder.waitForFinished(10000));
    CHECK(store::SessionFile::open(path).ok());
}

TEST_CASE("A second window of this process is refused too") {
    TempDir dir;
    const QString path = dir.path(u"twice.unblock"_s);
    auto first = createSession(path);
    CHECK(expectError(store::SessionFile::open(path)).code == ErrorCode::Locked);
}

TEST_CASE("A writer killed mid-transaction leaves an openable file with every commit") {
    TempDir dir;
    const QString path = dir.path(u"killed.unblock"_s);
    createSession(path).reset();

    QProcess writer;
    startWriter(writer, u"write"_s, path);
    std::vector<qint64> committed;
    while (committed.size() < 40) {
        const QByteArray line = nextLine(writer);
        REQUIRE(line.startsWith("committed "));
        committed.push_back(line.mid(10).toLongLong());
    }
    writer.kill(); // SIGKILL, while it is busy in its next transaction
    REQUIRE(writer.waitForFinished(10000));
    CHECK(writer.exitStatus() == QProcess::CrashExit);

    // The dead writer's lock is stale and taken over; its hot journal is rolled back.
    auto file = openSession(path);
    const SessionData data = expectOk(store::loadSession(*file));
    std::map<qint64, int> solutionsOf;
    for (const Solution& s : data.solutions)
        ++solutionsOf[s.blockerId];
    for (qint64 id : committed) {
        INFO("blocker " << id);
        CHECK(data.blocker(id) != nullptr);
    }
    // No half transaction survives: every blocker has all of its 50 solutions.
    CHECK(data.blockers.size() >= committed.size());
    for (const Blocker& b : data.blockers)
        CHECK(solutionsOf[b.id] == 50);
}

TEST_CASE("A lock left empty by a program killed while making it is taken over after a moment") {
    TempDir dir;
    const QString path = dir.path(u"crashed.unblock"_s);
    createSession(path).reset();
    // Found by the kill campaign: killed between creating its lock and
    // writing its process id there, a writer left a lock no one could clear.
    const QString lock = dir.path(u".crashed.unblock.lock"_s);
    writeAll(lock, "");

    // Just made, it may be another program's being written now: refused.
    const Error fresh = expectError(store::SessionFile::open(path));
    CHECK(fresh.code == ErrorCode::Locked);

    QFile file(lock);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.setFileTime(QDateTime::currentDateTime().addSecs(-10),
                             QFileDevice::FileModificationTime));
    file.close();
    auto opened = openSession(path);
    CHECK_FALSE(opened->isReadOnly());
}
