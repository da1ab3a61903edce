#pragma once

// A library's folder as a shared drive may hold it: many workshops, and
// among them files a stranger's laptop, a broken copy or a mistake left
// there (damaged, look-alikes, not sessions at all, far too large). The
// library and `unblock-cli compare` read the workshops and list each of the
// others with why.
#include "support/HostileSessions.h"
#include "support/TestSupport.h"
#include "support/catch.h"

#include <QFile>
#include <QStringList>

#include <sqlite3.h>

namespace unblock::test {

// Runs `sql` on the session file at `path`, its checks off (as a stranger's
// tool would).
inline void changeWithSqlite(const QString& path, const QByteArray& sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
    const QByteArray all = "PRAGMA writable_schema = ON; PRAGMA ignore_check_constraints = ON; "
                           "PRAGMA foreign_keys = OFF; PRAGMA synchronous = OFF; " +
                           sql;
    const int rc = sqlite3_exec(db, all.constData(), nullptr, nullptr, nullptr);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

// The workshop each good copy is titled as: "Workshop 7".
inline QString libraryWorkshopTitle(int number) {
    return QStringLiteral("Workshop %1").arg(number);
}

// Writes `good` copies of the demo session into `folder`, each titled
// libraryWorkshopTitle(n) (good-NNN.unblock), and 20 hostile files between
// them by name. Returns the hostile files' names, in the order written.
inline QStringList writeHostileLibrary(const QString& folder, int good = 380) {
    const QString first = folder + QStringLiteral("/good-000.unblock");
    writeDemoSession(first);
    changeWithSqlite(first,
                     "UPDATE session SET title = '" + libraryWorkshopTitle(0).toUtf8() + "';");
    // Copied, not written: 380 sessions in a fraction of a second.
    for (int n = 1; n < good; ++n) {
        const QString path =
            folder + QStringLiteral("/good-%1.unblock").arg(n, 3, 10, QLatin1Char('0'));
        REQUIRE(QFile::copy(first, path));
        QFile(path).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        changeWithSqlite(path,
                         "UPDATE session SET title = '" + libraryWorkshopTitle(n).toUtf8() + "';");
    }
    QStringList names;
    const auto path = [&](const QString& name) -> QString {
        names << name;
        return folder + u'/' + name;
    };
    // Files that are not sessions, or not whole.
    const QByteArray demo = readAll(first);
    writeAll(path(QStringLiteral("empty.unblock")), {});
    writeAll(path(QStringLiteral("notes.unblock")), "Minutes of the March workshop\n");
    writeAll(path(QStringLiteral("truncated.unblock")), demo.left(demo.size() / 2));
    writeAll(path(QStringLiteral("garbage.unblock")),
             "SQLite format 3" + QByteArray(1, '\0') + QByteArray(8192, '\x5a'));
    {
        // Far too large to be a workshop: sparse, so it costs no disk.
        QFile huge(path(QStringLiteral("huge.unblock")));
        REQUIRE(huge.open(QIODevice::WriteOnly));
        REQUIRE(huge.resize(qint64{300} * 1024 * 1024));
    }
    // Look-alikes: another program's database, and Unblock's with a table
    // or a trigger Unblock never makes.
    {
        const QString other = path(QStringLiteral("other-program.unblock"));
        writeAll(other, {});
        changeWithSqlite(other, "CREATE TABLE contacts(name TEXT);");
    }
    const QString extra = path(QStringLiteral("extra-table.unblock"));
    QFile::copy(first, extra);
    changeWithSqlite(extra, "CREATE TABLE extra(x);");
    const QString trigger = path(QStringLiteral("trigger.unblock"));
    QFile::copy(first, trigger);
    changeWithSqlite(trigger, "CREATE TRIGGER spy AFTER INSERT ON blockers BEGIN SELECT 1; END;");
    // Values no session holds (the same list every way in is tested with).
    const std::vector<HostileSession> hostile = hostileSessions();
    REQUIRE(hostile.size() >= 12);
    for (std::size_t i = 0; names.size() < 20; ++i)
        writeHostileSession(path(QStringLiteral("hostile-%1.unblock").arg(i)), hostile[i]);
    return names;
}

} // namespace unblock::test
