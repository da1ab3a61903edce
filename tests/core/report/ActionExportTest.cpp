// The actions still to do, out into calendars and trackers: the iCalendar
// file's lines, escapes and folding, and the CSV columns each importer reads.
#include "report/ActionExport.h"

#include "io/CsvReader.h"
#include "model/ActionPlan.h"
#include "support/GeneratedText.h"
#include "support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace unblock;
using namespace unblock::test;
using namespace Qt::StringLiterals;

namespace {

// A blocker with four actions (one each open with a long hostile text, in
// progress, done, dropped), a solution that is no action, and one carried.
SessionData sessionWithActions() {
    SessionData data;
    data.uid = u"8d6b8a5e-2f6c-4c1e-9d35-0b7f3f2e4a11"_s;
    data.details.title = u"Spring, 2027"_s;
    data.blockers = {{1, u"Paper; forms"_s, {}, {}, {}, {}, {}, 0, {}}};
    const QString longText = u"=cmd|' /C calc'!A0 <script> \\ ; , "_s + QString(300, u'ŵ');
    data.solutions = {
        {1, 1, longText, {}, {}, u"Siân"_s, QDate(2027, 3, 31), 0, ActionStatus::Open, {}, {}, {}},
        {2,
         1,
         u"Line one\nline two"_s,
         {},
         {},
         u"Dai"_s,
         QDate(2027, 2, 1),
         1,
         ActionStatus::InProgress,
         {},
         {},
         {}},
        {3,
         1,
         u"Finished"_s,
         {},
         {},
         u"Dai"_s,
         QDate(2027, 1, 1),
         2,
         ActionStatus::Done,
         {},
         {},
         {}},
        {4,
         1,
         u"Given up"_s,
         {},
         {},
         u"Dai"_s,
         QDate(2027, 1, 1),
         3,
         ActionStatus::Dropped,
         {},
         {},
         {}},
        {5, 1, u"Only an idea"_s, {}, {}, {}, {}, 4, ActionStatus::Open, {}, {}, {}}};
    data.carried = {{1,
                     u"<b>Chase</b>"_s,
                     u"Money"_s,
                     u"Gwen"_s,
                     {},
                     ActionStatus::Open,
                     {},
                     u"Winter"_s,
                     QDate(2026, 12, 1),
                     9,
                     {}}}; // carried before workshops had ids
    return data;
}

QStringList unfolded(const QByteArray& ics) {
    QString text = QString::fromUtf8(ics);
    text.replace(u"\r\n "_s, QString());
    QStringList lines = text.split(u"\r\n"_s);
    if (lines.back().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

TEST_CASE("The calendar has an all-day event on each due date of an action still to do, its "
          "lines folded at 75 octets and its text escaped") {
    const SessionData data = sessionWithActions();
    const QDateTime stamp(QDate(2027, 1, 2), QTime(3, 4, 5), Qt::UTC);
    const QByteArray ics = actionsCalendar(data, stamp);
    CHECK(actionsToExport(data, ActionExport::Calendar) == 2);

    for (const QByteArray& line : ics.split('\n')) {
        CHECK(line.size() <= 76);                        // 75 octets and the CR
        CHECK(QString::fromUtf8(line).toUtf8() == line); // never split inside a character
    }
    CHECK_FALSE(ics.contains("\n\n"));
    CHECK(ics.count("\r\n") == ics.count('\n'));

    const QStringList lines = unfolded(ics);
    CHECK(lines.front() == u"BEGIN:VCALENDAR");
    CHECK(lines.back() == u"END:VCALENDAR");
    CHECK(lines.count(u"BEGIN:VEVENT"_s) == 2);
    CHECK(lines.contains(u"DTSTAMP:20270102T030405Z"));
    // Soonest first: the one under way, due 1 February.
    const qsizetype first = lines.indexOf(u"DTSTART;VALUE=DATE:20270201"_s);
    REQUIRE(first > 0);
    CHECK(lines[first + 1] == u"DTEND;VALUE=DATE:20270202");
    CHECK(lines[first + 2] == u"SUMMARY:Line one\\nline two");
    CHECK(lines.contains(u"SUMMARY:=cmd|' /C calc'!A0 <script> \\\\ \\; \\, "_s +
                         QString(300, u'ŵ')));
    CHECK(lines.contains(u"DESCRIPTION:For the blocker: Paper\\; forms\\nOwner: Siân\\nDue: "
                         "2027-03-31\\nStatus: Open\\nFrom the workshop: Spring\\, 2027"_s));
    CHECK_FALSE(ics.contains("Finished"));
    CHECK_FALSE(ics.contains("Given up"));
    CHECK_FALSE(ics.contains("Chase")); // carried, but with no date

    // Each event keeps its UID from one export to the next, and no two share one.
    const QStringList uids = lines.filter(u"UID:"_s);
    CHECK(uids.size() == 2);
    CHECK(uids[0] != uids[1]);
    CHECK(unfolded(actionsCalendar(data, stamp.addDays(3))).filter(u"UID:"_s) == uids);
}

TEST_CASE("A published calendar names its organizer in every event: the facilitator, else the "
          "workshop, at an address that is no one's mailbox") {
    SessionData data = sessionWithActions();
    data.details.facilitator = u"Siân \"Sid\" Jones; ^Facilitator^, Cardiff: Wales"_s;
    const QDateTime stamp(QDate(2027, 1, 2), QTime(3, 4, 5), Qt::UTC);
    const QStringList lines = unfolded(actionsCalendar(data, stamp));
    CHECK(lines.count(u"METHOD:PUBLISH"_s) == 1);
    const QString organizer =
        u"ORGANIZER;CN=\"Siân ^'Sid^' Jones; ^^Facilitator^^, Cardiff: Wales\":"_s
        u"urn:uuid:22868191-ae93-4d4d-9d45-19e9c0dab7c8"_s;
    // One in each event (RFC 5546, PUBLISH), inside it.
    CHECK(lines.count(organizer) == lines.count(u"BEGIN:VEVENT"_s));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines[i] != u"BEGIN:VEVENT")
            continue;
        const qsizetype end = lines.indexOf(u"END:VEVENT"_s, i);
        CHECK(lines.mid(i, end - i).count(organizer) == 1);
    }
    // No facilitator: the workshop; no title either: Unblock.
    data.details.facilitator.clear();
    CHECK(unfolded(actionsCalendar(data, stamp)).filter(u"ORGANIZER"_s).value(0) ==
          u"ORGANIZER;CN=\"Spring, 2027\":urn:uuid:22868191-ae93-4d4d-9d45-19e9c0dab7c8"_s);
    data.details.title.clear();
    CHECK(unfolded(actionsCalendar(data, stamp)).filter(u"ORGANIZER"_s).value(0) ==
          u"ORGANIZER;CN=\"Unblock\":urn:uuid:22868191-ae93-4d4d-9d45-19e9c0dab7c8"_s);
}

TEST_CASE("Jira's and Azure DevOps' CSV have the columns their importers read, titles of at "
          "most 255 characters, no formula and no markup") {
    const SessionData data = sessionWithActions();
    CHECK(actionsToExport(data, ActionExport::Jira) == 3);

    const std::vector<CsvRecord> jira = expectOk(readCsv(actionsCsv(data, ActionExport::Jira)));
    REQUIRE(jira.size() == 4);
    CHECK(jira[0].cells ==
          QStringList{u"Summary"_s, u"Issue Type"_s, u"Description"_s, u"Due Date"_s, u"Labels"_s});
    // Soonest first, then the undated carried one.
    CHECK(jira[1].cells[0] == u"Line one line two");
    CHECK(jira[1].cells[3] == u"2027-02-01");
    const CsvRecord& hostile = jira[2];
    CHECK(hostile.cells[0].startsWith(u"'=cmd"));         // neutralised
    CHECK(hostile.cells[0].size() == kTrackerTitleLimit); // the quote among the 255
    CHECK(hostile.cells[0].endsWith(u'…'));
    CHECK(hostile.cells[2].contains(QString(300, u'ŵ'))); // the whole text in the description
    CHECK(jira[3].cells[0] == u"<b>Chase</b>");
    CHECK(jira[3].cells[2].contains(u"From the workshop: Winter, 2026-12-01"));
    for (const CsvRecord& row : jira)
        CHECK(row.cells.size() == 5);

    const std::vector<CsvRecord> azure =
        expectOk(readCsv(actionsCsv(data, ActionExport::AzureDevOps)));
    REQUIRE(azure.size() == 4);
    CHECK(azure[0].cells ==
          QStringList{u"Work Item Type"_s, u"Title"_s, u"Description"_s, u"Tags"_s});
    CHECK(azure[3].cells[1] == u"<b>Chase</b>");
    // The description is HTML there: the text stays text, a line each.
    CHECK(azure[3].cells[2].startsWith(u"For the blocker: Money<br>Owner: Gwen"));
    CHECK(azure[2].cells[2].contains(u"&lt;script&gt;"));
    CHECK_FALSE(azure[2].cells[2].contains(u"<script>"));
}

namespace {

// No half of a character beyond the first 65,536 left alone.
bool wholeCharacters(const QString& text) {
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate()) {
            if (i + 1 >= text.size() || !text[i + 1].isLowSurrogate())
                return false;
            ++i;
        } else if (text[i].isLowSurrogate()) {
            return false;
        }
    }
    return true;
}

SessionData oneAction(const QString& text) {
    SessionData data;
    data.details.title = u"Titles"_s;
    data.blockers = {{1, u"Forms"_s, {}, {}, {}, {}, {}, 0, {}}};
    data.solutions = {
        {1, 1, text, {}, {}, u"Siân"_s, QDate(2027, 3, 31), 0, ActionStatus::Open, {}, {}, {}}};
    return data;
}

} // namespace

TEST_CASE("A tracker's title holds 255 characters with the quote that neutralises a formula, "
          "and never half an emoji") {
    const QString emoji = u"\U0001F600"_s; // two UTF-16 units
    // Every start a spreadsheet reads as a formula, and one it does not; the
    // emoji at each place around the cut; texts just under, at and over the limit.
    for (const QChar start : {u'=', u'+', u'-', u'@', u'x'}) {
        for (qsizetype length = 250; length <= 262; ++length) {
            for (qsizetype at = 245; at <= 258; ++at) {
                QString text = QString(start) + QString(length - 1, u'a');
                if (at < text.size())
                    text.insert(at, emoji);
                const SessionData data = oneAction(text);
                for (const ActionExport tracker : {ActionExport::Jira, ActionExport::AzureDevOps}) {
                    const std::vector<CsvRecord> rows =
                        expectOk(readCsv(actionsCsv(data, tracker)));
                    REQUIRE(rows.size() == 2);
                    const QString title = rows[1].cells[tracker == ActionExport::Jira ? 0 : 1];
                    INFO(title.toStdString()
                         << " (" << text.size() << " long, emoji at " << at << ")");
                    CHECK(title.size() <= kTrackerTitleLimit);
                    CHECK(wholeCharacters(title));
                    const bool formula = start != u'x';
                    CHECK(title.startsWith(u'\'') == formula);
                    const QString shown = formula ? title.mid(1) : title;
                    if (shown.endsWith(u'…'))
                        CHECK(text.startsWith(shown.chopped(1)));
                    else
                        CHECK(shown == text);
                    // Nothing is lost: a shortened title's whole text is in the description.
                    if (shown != text)
                        CHECK(rows[1].cells[2].contains(text));
                }
            }
        }
    }
}

TEST_CASE("Azure DevOps' description is HTML: the whole text of a shortened title keeps its "
          "line breaks as <br>, and its markup as text") {
    const QString text =
        u"First line & more\nsecond <b>line</b>\r\nthird\rfourth "_s + QString(300, u'w');
    const std::vector<CsvRecord> rows =
        expectOk(readCsv(actionsCsv(oneAction(text), ActionExport::AzureDevOps)));
    REQUIRE(rows.size() == 2);
    const QString description = rows[1].cells[2];
    CHECK_FALSE(description.contains(u'\n'));
    CHECK_FALSE(description.contains(u'\r'));
    CHECK(description.startsWith(u"First line &amp; more<br>second &lt;b&gt;line&lt;/b&gt;<br>"
                                 "third<br>fourth "_s +
                                 QString(300, u'w') + u"<br>For the blocker: Forms<br>"_s));
    // Jira's description is plain text: its line breaks are line breaks.
    const std::vector<CsvRecord> jira =
        expectOk(readCsv(actionsCsv(oneAction(text), ActionExport::Jira)));
    CHECK(jira[1].cells[2].startsWith(text + u"\nFor the blocker: Forms"_s));
}

namespace {

// Each event's UID by its summary.
QMap<QString, QString> uidsBySummary(const QByteArray& ics) {
    QMap<QString, QString> uids;
    QString uid;
    for (const QString& line : unfolded(ics)) {
        if (line.startsWith(u"UID:"))
            uid = line.mid(4);
        else if (line.startsWith(u"SUMMARY:"))
            uids.insert(line.mid(8), uid);
    }
    return uids;
}

// The next workshop as File ▸ New Session from… starts it.
SessionData nextWorkshop(const SessionData& previous, const QString& uid, const QString& title,
                         const QDate& date) {
    SessionData next;
    next.uid = uid;
    next.details.title = title;
    next.details.date = date;
    next.carried = actionsToCarry(previous, {});
    Id id = 0;
    for (CarriedAction& a : next.carried)
        a.id = ++id;
    return next;
}

} // namespace

TEST_CASE("An action keeps its calendar UID when its workshop is renamed and in each later "
          "workshop's calendar, whatever the later workshops are called") {
    const QDateTime stamp(QDate(2027, 1, 2), QTime(3, 4, 5), Qt::UTC);
    SessionData spring = sessionWithActions(); // with one carried from Winter
    spring.details.date = QDate(2027, 1, 10);
    spring.carried[0].due = QDate(2027, 4, 1); // so that it is in the calendar
    const QMap<QString, QString> first = uidsBySummary(actionsCalendar(spring, stamp));
    REQUIRE(first.size() == 3);
    CHECK(QSet<QString>(first.begin(), first.end()).size() == 3);
    // Renamed, moved to another day, and untitled.
    spring.details.title = u"Spring, renamed"_s;
    spring.details.date = QDate(2027, 1, 17);
    CHECK(uidsBySummary(actionsCalendar(spring, stamp)) == first);
    spring.details.title.clear();
    CHECK(uidsBySummary(actionsCalendar(spring, stamp)) == first);

    SessionData summer =
        nextWorkshop(spring, u"0b0c5d1e-7a9f-4e55-8a43-1d2c3b4a5f66"_s, u"Summer"_s, {});
    REQUIRE(summer.carried.size() == 3);
    CHECK(summer.carried[1].fromSession == spring.uid);
    CHECK(uidsBySummary(actionsCalendar(summer, stamp.addDays(1))) == first);
    summer.details.title = u"Summer, renamed"_s;
    CHECK(uidsBySummary(actionsCalendar(summer, stamp.addDays(2))) == first);
    // Carried on again.
    const SessionData autumn =
        nextWorkshop(summer, u"5e2d1c0b-3a4f-4b6e-9c8d-7f6a5b4c3d2e"_s, u"Autumn"_s, {});
    CHECK(uidsBySummary(actionsCalendar(autumn, stamp.addDays(3))) == first);

    // Another workshop's solutions of the same ids are other actions.
    SessionData other = sessionWithActions();
    other.uid = u"f00dfeed-0000-4000-8000-000000000001"_s;
    other.carried.clear();
    for (const auto& [summary, uid] :
         uidsBySummary(actionsCalendar(other, stamp)).asKeyValueRange())
        CHECK(uid != first.value(summary));
}

TEST_CASE("An action carried before workshops had ids keeps the UID its workshop, made then, "
          "gives it once brought up to date") {
    const QDateTime stamp(QDate(2027, 1, 2), QTime(3, 4, 5), Qt::UTC);
    SessionData winter;
    winter.uid = workshopIdBeforeIds(u"Winter"_s, QDate(2026, 12, 1)); // as format 10 made it
    winter.details = {u"Winter"_s, QDate(2026, 12, 1), {}, {}, 0};
    winter.blockers = {{1, u"Money"_s, {}, {}, {}, {}, {}, 0, {}}};
    winter.solutions = {{9,
                         1,
                         u"<b>Chase</b>"_s,
                         {},
                         {},
                         u"Gwen"_s,
                         QDate(2027, 4, 1),
                         0,
                         ActionStatus::Open,
                         {},
                         {},
                         {}}};
    SessionData spring = sessionWithActions(); // carried "Chase" before ids
    spring.carried[0].due = QDate(2027, 4, 1);
    REQUIRE(spring.carried[0].fromSession.isEmpty());
    CHECK(uidsBySummary(actionsCalendar(spring, stamp)).value(u"<b>Chase</b>"_s) ==
          uidsBySummary(actionsCalendar(winter, stamp)).value(u"<b>Chase</b>"_s));
}

TEST_CASE("Azure DevOps' CSV has the byte-order mark Excel saves, so its accents read as "
          "UTF-8, and Jira's has none, which would cling to its Summary heading") {
    const SessionData data = sessionWithActions();
    const QByteArray azure = actionsCsv(data, ActionExport::AzureDevOps);
    CHECK(azure.startsWith("\xEF\xBB\xBFWork Item Type,Title,"));
    CHECK(azure.count("\xEF\xBB\xBF") == 1);
    CHECK(azure.contains("Siân"));
    const QByteArray jira = actionsCsv(data, ActionExport::Jira);
    CHECK(jira.startsWith("Summary,Issue Type,"));
    CHECK_FALSE(jira.contains("\xEF\xBB\xBF"));
    CHECK(jira.contains("Siân"));
}

TEST_CASE("Jira's importer is told the date format its Due Date column is written in") {
    CHECK(importerAdvice(ActionExport::Jira).contains(u"yyyy-MM-dd"));
    CHECK(importerAdvice(ActionExport::Jira).contains(u"Due Date"));
    CHECK(importerAdvice(ActionExport::AzureDevOps).isEmpty());
    CHECK(importerAdvice(ActionExport::Calendar).isEmpty());
    const std::vector<CsvRecord> jira =
        expectOk(readCsv(actionsCsv(sessionWithActions(), ActionExport::Jira)));
    CHECK(jira[0].cells[3] == u"Due Date");
    CHECK(jira[1].cells[3] == QDate(2027, 2, 1).toString(kJiraDateFormat));
    CHECK(jira[1].cells[3] == u"2027-02-01");
}

namespace {

// Generated text long enough to be cut: words of every class, lines that
// start with spaces, tabs, markup or a formula, joined until past `length`.
QString longText(TextGenerator& generate, qsizetype length) {
    QString text = generate.paragraph();
    while (text.size() < length)
        text += u' ' + generate.paragraph();
    return text;
}

// Every solution of a generated session an action, most still to do, with
// texts of every kind: short, cut (hundreds of characters, some thousands),
// formula-like, with an emoji at the cut; and actions carried in the same way.
SessionData generatedActions(quint32 seed) {
    TextGenerator generate(seed);
    SessionData data = generatedSession(generate, seed % 2 == 0);
    const QString emoji = u"\U0001F44D\U0001F3FD"_s; // a thumb and its skin tone: four units
    const QString formulaStarts = u"=+-@"_s;
    const auto textFor = [&](int i) -> QString {
        switch (i % 6) {
        case 0:
            return longText(generate, i % 12 == 0 ? 3000 : 300);
        case 1:
            return formulaStarts[i % 4] + longText(generate, 260 + i % 10);
        case 2: {
            // The emoji at each place around the cut, the quote's place too.
            QString text = longText(generate, 300);
            qsizetype at = 251 + i % 6;
            if (text.at(at - 1).isHighSurrogate())
                ++at;
            return (i % 4 == 2 ? u"="_s : QString()) + text.insert(at, emoji);
        }
        case 3:
            return formulaStarts[i % 4] + generate.line();
        default:
            return generate.paragraph();
        }
    };
    int i = 0;
    for (Solution& s : data.solutions) {
        ++i;
        s.text = textFor(i);
        s.due = i % 4 == 0 ? QDate() : QDate(2027, 1, 1).addDays(i * 3);
        s.status = i % 7 == 0   ? ActionStatus::Done
                   : i % 2 == 0 ? ActionStatus::InProgress
                                : ActionStatus::Open;
    }
    for (Id id = 1; id <= 8; ++id) {
        data.carried.push_back({id,
                                textFor(static_cast<int>(id) + 1),
                                generate.line(),
                                generate.line(),
                                id % 3 == 0 ? QDate() : QDate(2026, 12, 1).addDays(id),
                                id % 5 == 0 ? ActionStatus::Dropped : ActionStatus::Open,
                                {},
                                generate.line(),
                                QDate(2026, 11, 1),
                                id * 7,
                                {}});
    }
    return data;
}

// What went in, for the Python reader to hold the exports to.
QByteArray expectedExports(const SessionData& data) {
    QJsonArray actions;
    const auto add = [&actions](const QString& text, const QDate& due, ActionStatus status) {
        if (status == ActionStatus::Open || status == ActionStatus::InProgress) {
            actions.append(
                QJsonObject{{u"text"_s, text},
                            {u"due"_s, due.isValid() ? due.toString(Qt::ISODate) : QString()}});
        }
    };
    for (const Solution& s : data.solutions) {
        if (s.isAction())
            add(s.text, s.due, s.status);
    }
    for (const CarriedAction& a : data.carried)
        add(a.text, a.due, a.status);
    return QJsonDocument(QJsonObject{{u"organizer"_s, tidyText(data.details.facilitator)},
                                     {u"actions"_s, actions}})
        .toJson();
}

} // namespace

TEST_CASE("Other readers take each export as its importer documents it: icalendar and a strict "
          "RFC 5545 check, Python's csv against Jira's and Azure DevOps' columns and limits",
          "[icalendar]") {
    TempDir dir;
    for (quint32 seed = 1; seed <= 8; ++seed) {
        INFO("seed " << seed);
        const SessionData data = generatedActions(seed);
        const QString expected = dir.path(u"expected-%1.json"_s.arg(seed));
        const QString ics = dir.path(u"actions-%1.ics"_s.arg(seed));
        const QString jira = dir.path(u"jira-%1.csv"_s.arg(seed));
        const QString azure = dir.path(u"azure-%1.csv"_s.arg(seed));
        writeAll(expected, expectedExports(data));
        writeAll(ics, actionsCalendar(data, QDateTime(QDate(2027, 1, 2), QTime(3, 4, 5), Qt::UTC)));
        writeAll(jira, actionsCsv(data, ActionExport::Jira));
        writeAll(azure, actionsCsv(data, ActionExport::AzureDevOps));

        QProcess reader;
        reader.start(QStringLiteral(ICALENDAR_PYTHON),
                     {QStringLiteral(CHECK_ACTION_EXPORTS), expected, ics, jira, azure});
        REQUIRE(reader.waitForFinished(60000));
        const QString problems = QString::fromUtf8(reader.readAllStandardError());
        CHECK(problems.toStdString() == "");
        CHECK(reader.exitCode() == 0);
        const QJsonObject read = QJsonDocument::fromJson(reader.readAllStandardOutput()).object();
        CHECK(read[u"actions"_s].toInt() > 20);
    }
}

TEST_CASE("Nothing to export is said, not written") {
    SessionData data;
    CHECK(actionsToExport(data, ActionExport::Calendar) == 0);
    CHECK(actionsToExport(data, ActionExport::AzureDevOps) == 0);
    CHECK(nothingToExport(ActionExport::Calendar).contains(u"due date"));
    CHECK(actionExportNamed(u"Jira"_s) == ActionExport::Jira);
    CHECK(actionExportNamed(u"azure-devops"_s) == ActionExport::AzureDevOps);
    CHECK_FALSE(actionExportNamed(u"trello"_s));
}
