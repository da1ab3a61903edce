// Every file that is not a healthy, current Unblock session gets a specific
// error (or opens read-only, saying why) and stays byte for byte as it was.
#include "store/Blockers.h"
#include "store/SessionFile.h"
#include "store/Snapshot.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QtEndian>

#include <sqlite3.h>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

using namespace unblock;
using namespace unblock::test;
using namespace Qt::StringLiterals;

namespace {

// Opens `path` for editing, expecting a refusal with `code`, and checks the
// file did not change.
Error refusal(const QString& path, ErrorCode code) {
    const QByteArray before = sha256Of(path);
    const Error error = expectError(store::SessionFile::open(path));
    CHECK(error.code == code);
    CHECK(sha256Of(path) == before);
    CHECK_FALSE(QFile::exists(path + u"-journal"));
    return error;
}

void runSql(const QString& path, const char* sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
    char* message = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
    INFO((message ? message : ""));
    sqlite3_free(message);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

void patchWord(const QString& path, int offset, quint32 value) {
    QByteArray bytes = readAll(path);
    qToBigEndian(value, bytes.data() + offset);
    writeAll(path, bytes);
}

} // namespace

TEST_CASE("A missing file is reported as missing") {
    TempDir dir;
    const Error error = expectError(store::SessionFile::open(dir.path(u"gone.unblock"_s)));
    CHECK(error.code == ErrorCode::NotFound);
    CHECK(error.message.contains(u"gone.unblock"));
}

TEST_CASE("A file that is not SQLite is refused and left alone") {
    TempDir dir;
    const QString text = dir.path(u"notes.unblock"_s);
    writeAll(text, "Blockers: leadership, budgets, culture\n");
    CHECK(refusal(text, ErrorCode::NotSqlite).message ==
          u"“notes.unblock” is not an Unblock session: it is not a database file at all.");

    const QString empty = dir.path(u"empty.unblock"_s);
    writeAll(empty, QByteArray());
    refusal(empty, ErrorCode::NotSqlite);

    const QString png = dir.path(u"photo.unblock"_s);
    writeAll(png, QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(500, '\0'));
    refusal(png, ErrorCode::NotSqlite);
}

TEST_CASE("A truncated session is refused and left alone") {
    TempDir dir;
    const QString path = dir.path(u"cut.unblock"_s);
    writeDemoSession(path);
    const QByteArray whole = readAll(path);
    SECTION("cut at a page boundary") {
        writeAll(path, whole.left(whole.size() / 2 / 4096 * 4096));
        CHECK(refusal(path, ErrorCode::Truncated).message.contains(u"cut short"));
    }
    SECTION("cut mid-page, as a failed download leaves it") {
        writeAll(path, whole.left(whole.size() - 1000));
        refusal(path, ErrorCode::Truncated);
    }
    SECTION("cut inside the header") {
        writeAll(path, whole.left(60));
        refusal(path, ErrorCode::NotSqlite);
    }
}

TEST_CASE("A corrupt session is refused and left alone") {
    TempDir dir;
    const QString path = dir.path(u"corrupt.unblock"_s);
    writeDemoSession(path);
    QByteArray bytes = readAll(path);
    REQUIRE(bytes.size() > 3 * 4096);
    for (int i = 4096 + 8; i < 3 * 4096; ++i)
        bytes[i] = static_cast<char>(0xA5);
    writeAll(path, bytes);
    CHECK(refusal(path, ErrorCode::Corrupt).message.contains(u"corrupt.unblock"));
}

TEST_CASE("An SQLite database of another program is refused and left alone") {
    TempDir dir;
    const QString path = dir.path(u"other.db"_s);
    runSql(path, "CREATE TABLE accounts(id INTEGER PRIMARY KEY, name TEXT); INSERT INTO accounts "
                 "VALUES (1, 'x');");
    CHECK(refusal(path, ErrorCode::ForeignFile).message ==
          u"“other.db” is a database of another program, not an Unblock session.");

    const QString fossil = dir.path(u"repo.fossil"_s);
    runSql(fossil,
           "PRAGMA application_id = 252006673; CREATE TABLE blob(rid INTEGER PRIMARY KEY);");
    refusal(fossil, ErrorCode::ForeignFile);
}

TEST_CASE("An Unblock file holding SQL that Unblock never writes is refused") {
    TempDir dir;
    const QString path = dir.path(u"tampered.unblock"_s);
    writeDemoSession(path);
    runSql(path, "CREATE TRIGGER wipe AFTER INSERT ON blockers BEGIN DELETE FROM solutions; END;");
    const Error error = refusal(path, ErrorCode::Tampered);
    CHECK(error.message.contains(u"trigger:wipe"));
}

TEST_CASE("A session from a newer Unblock opens read-only and says so") {
    TempDir dir;
    const QString path = dir.path(u"future.unblock"_s);
    writeDemoSession(path);
    patchWord(path, 60, 99); // user_version
    const QByteArray before = sha256Of(path);

    auto file = openSession(path);
    CHECK(file->isReadOnly());
    CHECK(file->readOnlyReason().contains(u"newer version of Unblock (file format 99"));
    CHECK(expectOk(store::loadSession(*file)).blockers.size() == demoData().blockers.size());
    CHECK(expectError(store::addBlocker(*file, {u"x"_s, {}, {}, {}, {}})).code ==
          ErrorCode::ReadOnly);
    file.reset();
    CHECK(sha256Of(path) == before);
}

#ifdef Q_OS_UNIX
TEST_CASE("A session in a read-only location opens read-only") {
    TempDir dir;
    const QString folder = dir.path(u"shared"_s);
    REQUIRE(QDir().mkpath(folder));
    const QString path = folder + u"/readonly.unblock"_s;
    writeDemoSession(path);
    const QByteArray before = sha256Of(path);
    // The test folder is private to its owner; "nobody" must be able to reach it.
    ::chmod(QFile::encodeName(dir.path(QString())).constData(), 0755);
    ::chmod(QFile::encodeName(path).constData(), 0444);
    ::chmod(QFile::encodeName(folder).constData(), 0555);

    // Root may write anywhere, so a child process drops to "nobody" first.
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        if (::geteuid() == 0 && ::setuid(65534) != 0)
            ::_exit(10);
        auto file = store::SessionFile::open(path);
        if (!file)
            ::_exit(11);
        if (!file.value()->isReadOnly())
            ::_exit(12);
        if (!file.value()->readOnlyReason().contains(u"cannot be written"))
            ::_exit(13);
        if (store::addBlocker(*file.value(), {u"x"_s, {}, {}, {}, {}}).ok())
            ::_exit(14);
        if (!store::loadSession(*file.value()).ok())
            ::_exit(15);
        ::_exit(0);
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    ::chmod(QFile::encodeName(folder).constData(), 0755);
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    CHECK(sha256Of(path) == before);
}
#endif

TEST_CASE("A session file whose merges loop is refused on open, naming a blocker on the loop") {
    TempDir dir;
    const QString path = dir.path(u"looped.unblock"_s);
    writeDemoSession(path);
    runSql(path, "UPDATE blockers SET merged_into = 2 WHERE id = 1;"
                 "UPDATE blockers SET merged_into = 1 WHERE id = 2;");
    CHECK(refusal(path, ErrorCode::Tampered).message ==
          u"“looped.unblock” could not be opened. It was changed outside Unblock and breaks its "
          u"rules (blocker 1: its merges go round in a loop). Ask whoever sent it for the file "
          u"as Unblock saved it, or open an earlier copy.");
}

TEST_CASE("A merge on a file whose merges loop (changed by another program) is refused") {
    TempDir dir;
    const QString path = dir.path(u"looped.unblock"_s);
    writeDemoSession(path);
    auto file = openSession(path);
    runSql(path, "UPDATE blockers SET merged_into = 2 WHERE id = 1;"
                 "UPDATE blockers SET merged_into = 1 WHERE id = 2;");
    const QByteArray before = sha256Of(path);
    // Merging 5 into 1 walks up from 1: 1, 2, 1, … Found by reading the code.
    const Error error = expectError(store::mergeBlockers(*file, 5, 1));
    CHECK(error.code == ErrorCode::Corrupt);
    CHECK(error.message.contains(u"merged into itself through others"));
    CHECK(sha256Of(path) == before);
}

TEST_CASE("A page that cannot be parsed is reported as damage found while reading, not writing") {
    TempDir dir;
    const QString path = dir.path(u"garbled.unblock"_s);
    writeDemoSession(path);
    QByteArray bytes = readAll(path);
    // The schema's b-tree page header, on page 1 after the 100-byte file header.
    for (int i = 100; i < 112; ++i)
        bytes[i] = char(0xee);
    writeAll(path, bytes);
    const Error error = refusal(path, ErrorCode::Corrupt);
    INFO(error.message.toStdString());
    CHECK(error.message.contains(u"the file is damaged"));
    CHECK(error.message.contains(u"reading the session"));
    CHECK_FALSE(error.message.contains(u"writing"));
}
