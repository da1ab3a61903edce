#include "io/CsvReader.h"
#include "io/JsonFormat.h"
#include "support/GeneratedText.h"
#include "support/HostileSessions.h"
#include "support/NamedSession.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace unblock;
using namespace unblock::test;
using namespace Qt::StringLiterals;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList& arguments) {
    QProcess process;
    process.start(QStringLiteral(UNBLOCK_CLI), arguments);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// A failure is one clear line on stderr and a non-zero exit.
QString failure(const Run& run, int expectedCode) {
    CHECK(run.exitCode == expectedCode);
    CHECK(run.err.startsWith(u"unblock-cli: "));
    CHECK(run.err.count(u'\n') == 1);
    return run.err.trimmed();
}

QString demoFile(const TempDir& dir) {
    const QString path = dir.path(u"demo.unblock"_s);
    REQUIRE(cli({u"import"_s, path, demoJsonPath()}).exitCode == 0);
    return path;
}

} // namespace

TEST_CASE("unblock-cli explains itself") {
    const Run help = cli({u"--help"_s});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(u"rank FILE"));
    for (const QString& command : {u"new"_s, u"import"_s, u"export"_s, u"rank"_s, u"summary"_s}) {
        const Run run = cli({command, u"--help"_s});
        INFO(command.toStdString());
        CHECK(run.exitCode == 0);
        CHECK(run.out.contains(u"unblock-cli " + command));
    }
    const QStringList version = cli({u"--version"_s}).out.split(u'\n');
    CHECK(version[0] == u"unblock-cli " UNBLOCK_VERSION ""_s);
    CHECK(version[2].contains(u"(GPL-3.0-or-later)")); // as LICENSE and the Debian copyright say
    CHECK(version[3].startsWith(u"Built with Qt " QT_VERSION_STR));
    CHECK(failure(cli({u"frobnicate"_s}), 2).contains(u"unknown command"));
    CHECK(
        failure(cli({u"rank"_s}), 2).contains(u"wrong number of arguments (0 given, 1 expected)"));
    CHECK(failure(cli({u"rank"_s, u"x"_s, u"--bogus"_s}), 2).contains(u"bogus"));
}

TEST_CASE("The demo ranks as the seed did: its top 3 in order") {
    TempDir dir;
    const QString demo = demoFile(dir);
    const Run table = cli({u"rank"_s, demo, u"--top"_s, u"3"_s});
    CHECK(table.exitCode == 0);
    const qsizetype first = table.out.indexOf(u"Obstructive staff, members and management team");
    const qsizetype second = table.out.indexOf(u"Weak or negative leadership");
    const qsizetype third = table.out.indexOf(u"Budgets / finite resources");
    CHECK(first > 0);
    CHECK(second > first);
    CHECK(third > second);
    CHECK_FALSE(table.out.contains(u"Lack of customer knowledge"));

    const Run json = cli({u"rank"_s, demo, u"--format"_s, u"json"_s});
    CHECK(json.exitCode == 0);
    const QJsonObject result = QJsonDocument::fromJson(json.out.toUtf8()).object();
    const QJsonArray rows = result[u"rows"_s].toArray();
    CHECK(rows.size() == 14);
    CHECK(rows[0].toObject()[u"score"_s].toInt() == 14);
    CHECK(result[u"paper_voters"_s].toInt() == 24);
}

TEST_CASE("new, export, import and summary work on files") {
    TempDir dir;
    const QString demo = demoFile(dir);
    const Run exported = cli({u"export"_s, demo});
    CHECK(exported.exitCode == 0);
    CHECK(exported.out.toUtf8() == readAll(demoJsonPath()));

    const QString out = dir.path(u"summary.md"_s);
    CHECK(cli({u"summary"_s, demo, u"-o"_s, out}).exitCode == 0);
    CHECK(QString::fromUtf8(readAll(out)).contains(u"### 3. Budgets / finite resources (9 dots)"));
    for (const QString& format : {u"pdf"_s, u"odt"_s, u"html"_s, u"csv"_s}) {
        const QString written = dir.path(u"summary."_s + format);
        INFO(format.toStdString());
        CHECK(cli({u"summary"_s, demo, u"-o"_s, written}).exitCode == 0);
        CHECK(QFileInfo(written).size() > 1000);
    }
    CHECK(readAll(dir.path(u"summary.pdf"_s)).startsWith("%PDF-"));
    CHECK(readAll(dir.path(u"summary.odt"_s)).startsWith("PK"));
    CHECK(failure(cli({u"summary"_s, demo, u"--format"_s, u"pdf"_s}), 2).contains(u"add -o OUT"));
    CHECK(failure(cli({u"summary"_s, demo, u"-o"_s, dir.path(u"x.docx"_s)}), 2)
              .contains(u"cannot write “docx”"));

    const QString fresh = dir.path(u"fresh.unblock"_s);
    CHECK(cli({u"new"_s, fresh, u"--title"_s, u"Pilot"_s}).exitCode == 0);
    const QByteArray before = sha256Of(fresh);
    CHECK(failure(cli({u"new"_s, fresh}), 1).contains(u"already exists"));
    CHECK(sha256Of(fresh) == before);
    CHECK(failure(cli({u"import"_s, demo, demoJsonPath()}), 1).contains(u"already exists"));
}

TEST_CASE("Bad input fails with one line and leaves files as they were") {
    TempDir dir;
    const QString demo = demoFile(dir);
    const QByteArray before = sha256Of(demo);

    const QString csv = dir.path(u"board.csv"_s);
    writeAll(csv, "group,blocker,dots\nRed,Budgets,lots\n");
    CHECK(failure(cli({u"import"_s, demo, csv}), 1).contains(u"Line 2, column 3 (dots)"));
    CHECK(sha256Of(demo) == before);
    const QString notCreated = dir.path(u"new-from-bad.unblock"_s);
    failure(cli({u"import"_s, notCreated, csv}), 1);
    CHECK_FALSE(QFile::exists(notCreated));

    const QString text = dir.path(u"notes.unblock"_s);
    writeAll(text, "not a session");
    CHECK(failure(cli({u"rank"_s, text}), 1).contains(u"not an Unblock session"));
    CHECK(readAll(text) == "not a session");

    CHECK(failure(cli({u"rank"_s, demo, u"--method"_s, u"borda"_s}), 2)
              .contains(u"cannot be counted"));
    CHECK(failure(cli({u"rank"_s, demo, u"--top"_s, u"0"_s}), 2).contains(u"--top"));
    CHECK(failure(cli({u"rank"_s, demo, u"--round"_s, u"9"_s}), 1).contains(u"no voting round 9"));
    CHECK(sha256Of(demo) == before);
}

TEST_CASE("Output that cannot be written is a failure, not a quiet success") {
    TempDir dir;
    const QString demo = demoFile(dir);
    QProcess process;
    process.setStandardOutputFile(u"/dev/full"_s);
    process.start(QStringLiteral(UNBLOCK_CLI), {u"export"_s, demo});
    REQUIRE(process.waitForFinished(60000));
    CHECK(process.exitCode() == 1);
    CHECK(QString::fromUtf8(process.readAllStandardError())
              .startsWith(u"unblock-cli: Could not write to standard output: No space left"));
}

TEST_CASE("A spreadsheet imports into a new session and ranks") {
    TempDir dir;
    const QString csv = dir.path(u"day.csv"_s);
    writeAll(csv, "group,blocker,category,solution,dots\n"
                  "Red,Weak leadership,,Get a leader onside,5\n"
                  "Blue,Budgets,,Invest to save,7\n");
    const QString path = dir.path(u"day.unblock"_s);
    const Run run = cli({u"import"_s, path, csv});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(u"Added 2 blockers and 2 solutions"));
    const Run ranked = cli({u"rank"_s, path, u"--top"_s, u"1"_s});
    CHECK(ranked.out.contains(u"Budgets"));
    CHECK_FALSE(ranked.out.contains(u"Weak leadership"));
}

TEST_CASE("compare reports what recurs across session files and changes none of them") {
    TempDir dir;
    const QString a = demoFile(dir);
    const QString b = dir.path(u"copy.unblock"_s);
    QFile::copy(a, b);
    const QByteArray before = sha256Of(a) + sha256Of(b);
    const Run md = cli({u"compare"_s, a, b});
    CHECK(md.exitCode == 0);
    CHECK(md.out.contains(u"| Weak or negative leadership |"));
    const QString html = dir.path(u"across.html"_s);
    CHECK(cli({u"compare"_s, a, b, u"-o"_s, html}).exitCode == 0);
    CHECK(readAll(html).contains("<svg"));
    // The names the window's Save Comparison As accepts, the command line does too.
    const QString htm = dir.path(u"across.HTM"_s);
    CHECK(cli({u"compare"_s, a, b, u"-o"_s, htm}).exitCode == 0);
    CHECK(readAll(htm) == readAll(html));
    CHECK(sha256Of(a) + sha256Of(b) == before);

    CHECK(failure(cli({u"compare"_s, a}), 2).contains(u"wrong number of arguments"));
    CHECK(failure(cli({u"compare"_s, a, b, u"-o"_s, dir.path(u"x.pdf"_s)}), 2)
              .contains(u"use .html, .md or .csv"));
    const QString notes = dir.path(u"notes.unblock"_s);
    writeAll(notes, "not a session");
    CHECK(failure(cli({u"compare"_s, a, notes}), 1).contains(u"notes.unblock: "));
}

TEST_CASE("unblock-cli writes the summary and the comparison as Markdown from generated text, "
          "leading spaces and indented lines included") {
    TempDir dir;
    QStringList sessions;
    for (quint32 seed = 1; seed <= 12; ++seed) {
        TextGenerator generate(seed);
        const QString json = dir.path(u"generated-%1.json"_s.arg(seed));
        writeAll(json, exportJson(generatedSession(generate, /*untidy=*/seed % 2 == 0)));
        const QString session = dir.path(u"generated-%1.unblock"_s.arg(seed));
        INFO("seed " << seed);
        const Run imported = cli({u"import"_s, session, json});
        REQUIRE(imported.exitCode == 0);
        const QString markdown = dir.path(u"generated-%1.md"_s.arg(seed));
        const Run summary = cli({u"summary"_s, session, u"-o"_s, markdown});
        CHECK(summary.exitCode == 0);
        CHECK(summary.err.isEmpty());
        CHECK(QFileInfo(markdown).size() > 1000);
        sessions << session;
    }
    const QString compared = dir.path(u"compared.md"_s);
    const Run compare = cli(QStringList{u"compare"_s} + sessions + QStringList{u"-o"_s, compared});
    CHECK(compare.exitCode == 0);
    CHECK(QFileInfo(compared).size() > 100);
}

TEST_CASE("unblock-cli rank leaves out a blocker added after the round opened") {
    TempDir dir;
    QJsonObject root = QJsonDocument::fromJson(readAll(demoJsonPath())).object();
    QJsonArray rounds = root[u"rounds"_s].toArray();
    QJsonObject round = rounds[0].toObject();
    QJsonArray items;
    for (int id = 1; id <= 13; ++id) // blocker 14 was added after the round opened
        items.append(id);
    round[u"items"_s] = items;
    QJsonArray tallies;
    for (const QJsonValue& t : round[u"tallies"_s].toArray()) {
        if (t.toObject()[u"item"_s].toInt() != 14)
            tallies.append(t);
    }
    round[u"tallies"_s] = tallies;
    rounds[0] = round;
    root[u"rounds"_s] = rounds;
    const QString json = dir.path(u"later.json"_s);
    writeAll(json, QJsonDocument(root).toJson());
    const QString session = dir.path(u"later.unblock"_s);
    REQUIRE(cli({u"import"_s, session, json}).exitCode == 0);
    const Run ranked = cli({u"rank"_s, session, u"--format"_s, u"json"_s});
    REQUIRE(ranked.exitCode == 0);
    const QJsonArray rows =
        QJsonDocument::fromJson(ranked.out.toUtf8()).object()[u"rows"_s].toArray();
    CHECK(rows.size() == 13);
    for (const QJsonValue& row : rows)
        CHECK(row.toObject()[u"id"_s].toInt() != 14);
}

namespace {

// The demo session with three actions: open (due 31 March 2027), done, and
// in progress without a date; its JSON as imported, and the session file.
struct WithActions {
    QJsonObject json;
    QString jsonPath;
    QString path;
};

WithActions sessionWithActions(const TempDir& dir) {
    QJsonObject session = QJsonDocument::fromJson(readAll(demoJsonPath())).object();
    QJsonArray solutions = session[u"solutions"_s].toArray();
    REQUIRE(solutions.size() >= 3);
    const std::pair<const char*, const char*> statuses[] = {
        {"open", "2027-03-31"}, {"done", "2027-01-31"}, {"in progress", nullptr}};
    for (qsizetype i = 0; i < 3; ++i) {
        QJsonObject s = solutions[i].toObject();
        s[u"owner"_s] = u"Siân"_s;
        s[u"status"_s] = QString::fromLatin1(statuses[i].first);
        s[u"due"_s] =
            statuses[i].second ? QJsonValue(QString::fromLatin1(statuses[i].second)) : QJsonValue();
        solutions[i] = s;
    }
    session[u"solutions"_s] = solutions;
    WithActions made{session, dir.path(u"earlier.json"_s), dir.path(u"earlier.unblock"_s)};
    writeAll(made.jsonPath, QJsonDocument(session).toJson());
    REQUIRE(cli({u"import"_s, made.path, made.jsonPath}).exitCode == 0);
    return made;
}

} // namespace

TEST_CASE("unblock-cli new --from starts the next workshop with the open actions of an earlier "
          "one, and leaves that one as it was") {
    TempDir dir;
    const WithActions made = sessionWithActions(dir);
    const QJsonObject& session = made.json;
    const QJsonArray solutions = session[u"solutions"_s].toArray();
    const QString json = made.jsonPath;
    const QString earlier = made.path;
    const QByteArray before = sha256Of(earlier);

    const QString next = dir.path(u"next.unblock"_s);
    const Run created = cli({u"new"_s, next, u"--from"_s, earlier, u"--title"_s, u"Next"_s});
    CHECK(created.exitCode == 0);
    CHECK(created.out.contains(u"Carried 2 open actions from the earlier workshop."));
    CHECK(sha256Of(earlier) == before);

    const Run exported = cli({u"export"_s, next});
    REQUIRE(exported.exitCode == 0);
    const QJsonObject written = QJsonDocument::fromJson(exported.out.toUtf8()).object();
    CHECK(written[u"session"_s][u"title"_s].toString() == u"Next");
    CHECK(written[u"blockers"_s].toArray().isEmpty());
    CHECK(written[u"groups"_s].toArray().size() == session[u"groups"_s].toArray().size());
    const QJsonArray carried = written[u"carried_actions"_s].toArray();
    REQUIRE(carried.size() == 2);
    CHECK(carried[0][u"text"_s] == solutions[0][u"text"_s]);
    CHECK(carried[0][u"due"_s].toString() == u"2027-03-31");
    CHECK(carried[0][u"from_workshop"_s] == session[u"session"_s][u"title"_s]);
    CHECK(carried[0][u"from_solution"_s] == solutions[0][u"id"_s]);
    CHECK(carried[1][u"status"_s].toString() == u"in progress");

    CHECK(failure(cli({u"new"_s, dir.path(u"x.unblock"_s), u"--from"_s, json}), 1)
              .contains(u"earlier.json"));
    CHECK_FALSE(QFileInfo::exists(dir.path(u"x.unblock"_s)));
    CHECK(failure(cli({u"new"_s, dir.path(u"y.unblock"_s), u"--from"_s, earlier, u"--blank"_s}), 2)
              .contains(u"--blank and --from"));
}

TEST_CASE("unblock-cli actions writes the actions still to do for a calendar, which another "
          "parser reads back, and for Jira and Azure DevOps",
          "[icalendar]") {
    TempDir dir;
    const WithActions made = sessionWithActions(dir);
    const QJsonArray solutions = made.json[u"solutions"_s].toArray();
    const QString ics = dir.path(u"actions.ics"_s);
    REQUIRE(cli({u"actions"_s, made.path, u"-o"_s, ics}).exitCode == 0);

    QProcess reader;
    reader.start(QStringLiteral(ICALENDAR_PYTHON), {QStringLiteral(READ_CALENDAR), ics});
    REQUIRE(reader.waitForFinished(60000));
    INFO(reader.readAllStandardError().toStdString());
    REQUIRE(reader.exitCode() == 0);
    const QJsonObject calendar = QJsonDocument::fromJson(reader.readAllStandardOutput()).object();
    CHECK(calendar[u"version"_s].toString() == u"2.0");
    const QJsonArray events = calendar[u"events"_s].toArray();
    REQUIRE(events.size() == 1); // done and undated are not in a calendar
    const QJsonObject event = events[0].toObject();
    CHECK(event[u"summary"_s] == solutions[0][u"text"_s]);
    CHECK(event[u"start"_s].toString() == u"2027-03-31");
    CHECK(event[u"end"_s].toString() == u"2027-04-01"); // all day
    CHECK(event[u"description"_s].toString().contains(u"Owner: Siân\nDue: 2027-03-31"));
    // Exported again, the event keeps its UID: a calendar updates it.
    const QString again = dir.path(u"again.ics"_s);
    REQUIRE(cli({u"actions"_s, made.path, u"-o"_s, again}).exitCode == 0);
    reader.start(QStringLiteral(ICALENDAR_PYTHON), {QStringLiteral(READ_CALENDAR), again});
    REQUIRE(reader.waitForFinished(60000));
    const QJsonObject second = QJsonDocument::fromJson(reader.readAllStandardOutput()).object();
    CHECK(second[u"events"_s][0][u"uid"_s] == event[u"uid"_s]);

    const QString jira = dir.path(u"jira.csv"_s);
    const Run forJira = cli({u"actions"_s, made.path, u"-o"_s, jira, u"--for"_s, u"jira"_s});
    REQUIRE(forJira.exitCode == 0);
    // Jira's importer asks for the date format: the output and the help say which.
    CHECK(forJira.out.contains(u"date format of the Due Date column, give it “yyyy-MM-dd”"));
    CHECK(cli({u"actions"_s, u"--help"_s}).out.contains(u"yyyy-MM-dd"));
    const std::vector<CsvRecord> jiraRows = expectOk(readCsv(readAll(jira)));
    REQUIRE(jiraRows.size() == 3); // the headings, open and in progress
    CHECK(jiraRows[0].cells ==
          QStringList{u"Summary"_s, u"Issue Type"_s, u"Description"_s, u"Due Date"_s, u"Labels"_s});
    CHECK(jiraRows[1].cells[3] == u"2027-03-31");
    const QString azure = dir.path(u"azure.csv"_s);
    const Run forAzure =
        cli({u"actions"_s, made.path, u"-o"_s, azure, u"--for"_s, u"azure-devops"_s});
    REQUIRE(forAzure.exitCode == 0);
    CHECK(forAzure.out.isEmpty());
    const std::vector<CsvRecord> azureRows = expectOk(readCsv(readAll(azure)));
    REQUIRE(azureRows.size() == 3);
    CHECK(azureRows[0].cells ==
          QStringList{u"Work Item Type"_s, u"Title"_s, u"Description"_s, u"Tags"_s});
    CHECK(azureRows[2].cells[2].contains(u"Status: In progress"));

    CHECK(failure(cli({u"actions"_s, made.path, u"-o"_s, dir.path(u"x.csv"_s)}), 2)
              .contains(u"--for jira or --for azure-devops"));
    CHECK(failure(cli({u"actions"_s, made.path, u"-o"_s, dir.path(u"x.txt"_s)}), 2)
              .contains(u"use .ics or .csv"));
    CHECK(failure(cli({u"actions"_s, made.path}), 2).contains(u"-o OUT.ics"));
    const QString none = dir.path(u"none.unblock"_s);
    REQUIRE(cli({u"new"_s, none}).exitCode == 0);
    CHECK(failure(cli({u"actions"_s, none, u"-o"_s, dir.path(u"none.ics"_s)}), 1)
              .contains(u"nothing to put in a calendar"));
    CHECK_FALSE(QFileInfo::exists(dir.path(u"none.ics"_s)));
}

namespace {

// The calendar `session`'s actions make, as another parser reads it: each
// event's UID by its summary.
QMap<QString, QString> calendarUids(const TempDir& dir, const QString& session) {
    const QString ics = dir.path(QFileInfo(session).completeBaseName() + u".ics"_s);
    REQUIRE(cli({u"actions"_s, session, u"-o"_s, ics}).exitCode == 0);
    QProcess reader;
    reader.start(QStringLiteral(ICALENDAR_PYTHON), {QStringLiteral(READ_CALENDAR), ics});
    REQUIRE(reader.waitForFinished(60000));
    INFO(reader.readAllStandardError().toStdString());
    REQUIRE(reader.exitCode() == 0);
    QMap<QString, QString> uids;
    const QJsonObject calendar = QJsonDocument::fromJson(reader.readAllStandardOutput()).object();
    for (const QJsonValue event : calendar[u"events"_s].toArray())
        uids.insert(event[u"summary"_s].toString(), event[u"uid"_s].toString());
    return uids;
}

// `session` renamed and moved a week on, as a new file beside it.
QString renamedCopy(const TempDir& dir, const QString& session, const QString& title) {
    const Run exported = cli({u"export"_s, session});
    REQUIRE(exported.exitCode == 0);
    QJsonObject json = QJsonDocument::fromJson(exported.out.toUtf8()).object();
    QJsonObject details = json[u"session"_s].toObject();
    details[u"title"_s] = title;
    details[u"date"_s] = u"2031-05-06"_s;
    json[u"session"_s] = details;
    const QString renamedJson = dir.path(title + u".json"_s);
    writeAll(renamedJson, QJsonDocument(json).toJson());
    const QString renamed = dir.path(title + u".unblock"_s);
    REQUIRE(cli({u"import"_s, renamed, renamedJson}).exitCode == 0);
    return renamed;
}

} // namespace

TEST_CASE("A carried action has the same UID in the earlier and the next workshop's calendars, "
          "also once either is renamed",
          "[icalendar]") {
    TempDir dir;
    const WithActions made = sessionWithActions(dir);
    const QMap<QString, QString> earlier = calendarUids(dir, made.path);
    REQUIRE(earlier.size() == 1);

    const QString next = dir.path(u"next.unblock"_s);
    REQUIRE(cli({u"new"_s, next, u"--from"_s, made.path, u"--title"_s, u"Next"_s}).exitCode == 0);
    CHECK(calendarUids(dir, next) == earlier);

    // Each renamed (the same session under another title and day: its id is
    // kept through JSON), the earlier one where its own action was agreed.
    CHECK(calendarUids(dir, renamedCopy(dir, next, u"Next, renamed"_s)) == earlier);
    CHECK(calendarUids(dir, renamedCopy(dir, made.path, u"Earlier, renamed"_s)) == earlier);
}

TEST_CASE("summary --without leaves parts out, the impact and effort matrix among them") {
    TempDir dir;
    const QString json = dir.path(u"scored.json"_s);
    writeAll(json, exportJson(scoredDemo(randomScores(12, 5))));
    const QString session = dir.path(u"scored.unblock"_s);
    REQUIRE(cli({u"import"_s, session, json}).exitCode == 0);
    const QString with = dir.path(u"with.md"_s);
    CHECK(cli({u"summary"_s, session, u"-o"_s, with}).exitCode == 0);
    CHECK(readAll(with).contains("## Impact and effort"));
    const QString without = dir.path(u"without.md"_s);
    CHECK(cli({u"summary"_s, session, u"--without"_s, u"matrix,rounds"_s, u"-o"_s, without})
              .exitCode == 0);
    CHECK_FALSE(readAll(without).contains("Impact and effort"));
    CHECK_FALSE(readAll(without).contains("Appendix: voting rounds"));
    CHECK(readAll(without).contains("## Action plan"));
    CHECK(failure(cli({u"summary"_s, session, u"--without"_s, u"chart"_s}), 2)
              .contains(u"journeys, matrix, actions"));
}

TEST_CASE("unblock-cli copy --for-sharing writes a copy without people's names, and a plain copy "
          "keeps everything") {
    NamedWorkshop workshop;
    workshop.requireInOriginal();
    const QByteArray original = sha256Of(workshop.path);
    const QString shared = workshop.dir.path(u"shared.unblock"_s);
    const Run run = cli({u"copy"_s, u"--for-sharing"_s, workshop.path, shared});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    const QByteArray copy = readAll(shared);
    INFO(workshop.mustBeGone(false).size() << " strings searched for");
    CHECK(workshop.foundIn(copy, false).join(u"\n").toStdString() == "");
    CHECK(workshop.missingFrom(copy).isEmpty());
    // The copy is a session unblock-cli reads: it ranks as the original does.
    const Run ranked = cli({u"rank"_s, shared, u"--format"_s, u"json"_s});
    CHECK(ranked.exitCode == 0);
    CHECK(ranked.out == cli({u"rank"_s, workshop.path, u"--format"_s, u"json"_s}).out);

    // Owners kept when asked, and no other name.
    const QString withOwners = workshop.dir.path(u"with owners.unblock"_s);
    CHECK(cli({u"copy"_s, u"--for-sharing"_s, u"--keep-owners"_s, workshop.path, withOwners})
              .exitCode == 0);
    const QByteArray kept = readAll(withOwners);
    CHECK(workshop.foundIn(kept, true).join(u"\n").toStdString() == "");
    for (const QString& owner : workshop.owners)
        CHECK(kept.contains(owner.toUtf8()));

    // A plain copy is the whole session, as Save a Copy writes it.
    const QString plain = workshop.dir.path(u"plain.unblock"_s);
    CHECK(cli({u"copy"_s, workshop.path, plain}).exitCode == 0);
    const QByteArray whole = readAll(plain);
    for (const QString& name : workshop.names + workshop.owners)
        CHECK(whole.contains(name.toUtf8()));
    CHECK(sha256Of(workshop.path) == original);
}

TEST_CASE("unblock-cli copy refuses the session itself and a lone --keep-owners, changing "
          "nothing") {
    NamedWorkshop workshop;
    const QByteArray original = sha256Of(workshop.path);
    const Run help = cli({u"copy"_s, u"--help"_s});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(u"--for-sharing"));
    CHECK(help.out.contains(u"--keep-owners"));
    CHECK(cli({u"--help"_s}).out.contains(u"copy FILE TARGET"));
    CHECK(failure(cli({u"copy"_s, u"--for-sharing"_s, workshop.path, workshop.path}), 1)
              .contains(u"is the session itself"));
    CHECK(failure(cli({u"copy"_s, workshop.path, workshop.path}), 1)
              .contains(u"is the session itself"));
    const QString target = workshop.dir.path(u"shared.unblock"_s);
    CHECK(failure(cli({u"copy"_s, u"--keep-owners"_s, workshop.path, target}), 2)
              .contains(u"--for-sharing"));
    CHECK(failure(cli({u"copy"_s, u"--for-sharing"_s, workshop.path}), 2)
              .contains(u"wrong number of arguments"));
    CHECK_FALSE(QFile::exists(target));
    CHECK(sha256Of(workshop.path) == original);
}

TEST_CASE("Every command refuses each hostile session file with one line saying what is wrong, "
          "never a crash") {
    TempDir dir;
    const QString demo = demoFile(dir);
    int n = 0;
    for (const HostileSession& hostile : hostileSessions()) {
        INFO(hostile.name.toStdString());
        const QString path = dir.path(u"hostile-%1.unblock"_s.arg(++n));
        writeHostileSession(path, hostile);
        const QString out = dir.path(u"out-%1"_s.arg(n));
        for (const QStringList& command :
             {QStringList{u"summary"_s, path, u"-o"_s, out + u".md"_s},
              QStringList{u"rank"_s, path},
              QStringList{u"export"_s, path, u"-o"_s, out + u".json"_s},
              QStringList{u"compare"_s, demo, path}}) {
            INFO(command.join(u' ').toStdString());
            const QString said = failure(cli(command), 1);
            CHECK(said.contains(hostile.refusal));
        }
        CHECK_FALSE(QFile::exists(out + u".md"_s));
        CHECK_FALSE(QFile::exists(out + u".json"_s));
    }
}

TEST_CASE("compare compares the files it can read and names each it cannot, with why") {
    TempDir dir;
    const QString a = demoFile(dir);
    const QString b = dir.path(u"copy.unblock"_s);
    QFile::copy(a, b);
    const QString notes = dir.path(u"notes.unblock"_s);
    writeAll(notes, "not a session");
    const QString merged = dir.path(u"merged.unblock"_s);
    const std::vector<HostileSession> hostile = hostileSessions();
    REQUIRE_FALSE(hostile.empty());
    writeHostileSession(merged, hostile.front());

    const QString out = dir.path(u"across.md"_s);
    const Run run = cli({u"compare"_s, a, notes, b, merged, u"-o"_s, out});
    CHECK(run.exitCode == 1); // not every file was compared
    CHECK(readAll(out).contains("| Weak or negative leadership |"));
    const QStringList said = run.err.split(u'\n').filter(u"unblock-cli: "_s);
    REQUIRE(said.size() == 2);
    CHECK(said[0].startsWith(u"unblock-cli: notes.unblock: “notes.unblock” is not an Unblock "
                             u"session"_s));
    CHECK(said[1].startsWith(u"unblock-cli: merged.unblock: "_s));
    CHECK(said[1].contains(hostile.front().refusal));
    for (const QString& line : said)
        CHECK(line.endsWith(u" It is left out of the comparison."_s));

    // With one file left, there is nothing to compare: every reason, and no file.
    const QString none = dir.path(u"none.md"_s);
    const QString alone = failure(cli({u"compare"_s, a, notes, merged, u"-o"_s, none}), 1);
    CHECK(alone.contains(u"notes.unblock: "_s));
    CHECK(alone.contains(hostile.front().refusal));
    CHECK(alone.endsWith(u"Comparing needs two session files or more that can be read."_s));
    CHECK_FALSE(QFile::exists(none));
}
