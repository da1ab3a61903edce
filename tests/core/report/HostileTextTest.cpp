// Hostile text everywhere (issue 17): every string of
// tests/data/hostile-strings.json goes in where attendees type — a blocker's
// title, a solution — and out through every summary format, the comparison
// and both imports. Nothing crashes, nothing becomes markup or a formula, and
// the text comes back as typed (or is refused, saying why).
#include "io/CsvImport.h"
#include "io/CsvReader.h"
#include "io/JourneyCsv.h"
#include "io/JsonFormat.h"
#include "model/TextRules.h"
#include "report/ActionExport.h"
#include "report/Comparison.h"
#include "report/Summary.h"
#include "report/SummaryFormats.h"
#include "report/SummaryTextDocument.h"
#include "store/Blockers.h"
#include "store/Snapshot.h"
#include "support/TestSupport.h"

#include <QRegularExpression>
#include <QSet>
#include <QTextDocument>

#include <algorithm>

using namespace unblock;
using namespace unblock::test;
using namespace Qt::StringLiterals;

namespace {

// A session holding every hostile string the text rules allow: each as a
// blocker's title and as a solution (the text rules for a paragraph).
struct HostileSession {
    SessionData data;
    QStringList titles;    // as stored
    QStringList solutions; // as stored
};

HostileSession hostileSession() {
    TempDir dir;
    auto file = createSession(dir.path(u"hostile.unblock"_s));
    const Id holder = expectOk(store::addBlocker(*file, {u"Solutions below"_s, {}, {}, {}, {}}));
    HostileSession session;
    for (const HostileText& hostile : hostileStrings()) {
        INFO(hostile.kind.toStdString() << ": " << hostile.text.left(80).toStdString());
        const Result<Id> blocker = store::addBlocker(*file, {hostile.text, {}, {}, {}, {}});
        const Status lineRules = checkText(hostile.text, TextKind::Line, u"title"_s, true);
        // Refused exactly when the rules refuse it, saying why.
        REQUIRE(blocker.ok() == lineRules.ok());
        if (!blocker) {
            CHECK(blocker.error().code == ErrorCode::InvalidInput);
            CHECK(blocker.error().message.startsWith(u"The blocker title "_s));
        }
        const Result<Id> solution =
            store::addSolution(*file, holder, {hostile.text, {}, {}, {}, {}});
        REQUIRE(solution.ok() ==
                checkText(hostile.text, TextKind::Paragraph, u"solution"_s, true).ok());
    }
    session.data = expectOk(store::loadSession(*file));
    for (const Blocker& b : session.data.blockers) {
        if (b.id != holder)
            session.titles << b.title;
    }
    for (const Solution& s : session.data.solutions)
        session.solutions << s.text;
    return session;
}

const HostileSession& theSession() {
    static const HostileSession session = hostileSession();
    return session;
}

// Markup that would act in a browser: every tag in `html` is one the
// summary itself writes (those of the demo's), with no script in it.
void checkNoActiveMarkup(const QString& html, const QString& benign) {
    static const QRegularExpression tag(u"<\\s*([A-Za-z][A-Za-z0-9-]*)([^>]*)>"_s);
    static const QRegularExpression script(u"\\son[a-z]+\\s*=|javascript:"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    QSet<QString> ours{u"br"_s}; // a line break in a solution, as the writer puts it
    for (const QRegularExpressionMatch& m : tag.globalMatch(benign))
        ours.insert(m.captured(1).toLower());
    for (const QRegularExpressionMatch& m : tag.globalMatch(html)) {
        INFO(m.captured(0).left(120).toStdString());
        CHECK(ours.contains(m.captured(1).toLower()));
        CHECK_FALSE(script.match(m.captured(2)).hasMatch());
    }
}

// No cell a spreadsheet would run: none starts with = + - @ tab or CR.
void checkNoFormulaCells(const QByteArray& csv) {
    const std::vector<CsvRecord> records = expectOk(readCsv(csv));
    for (const CsvRecord& record : records) {
        for (const QString& cell : record.cells) {
            INFO("line " << record.line << ": " << cell.left(60).toStdString());
            CHECK_FALSE((!cell.isEmpty() && QStringView(u"=+-@\t\r").contains(cell.front())));
        }
    }
}

// Every title read back from the CSV as typed (a formula with its neutralising quote).
void checkCellsAsTyped(const QByteArray& csv, const QStringList& texts) {
    QSet<QString> cells;
    for (const CsvRecord& record : expectOk(readCsv(csv))) {
        for (const QString& cell : record.cells)
            cells.insert(cell);
    }
    for (const QString& text : texts) {
        const bool formula = !text.isEmpty() && QStringView(u"=+-@\t\r").contains(text.front());
        INFO(text.left(80).toStdString());
        CHECK(cells.contains(formula ? u'\'' + text : text));
    }
}

// Characters a viewer drops whatever the file says (U+FDD0…U+FDEF, U+FFFE,
// U+FFFF: "noncharacters").
bool hasNoncharacters(const QString& text) {
    return std::any_of(text.begin(), text.end(),
                       [](QChar c) { return QChar::isNonCharacter(c.unicode()); });
}

QString rendered(const QString& markdown) {
    QTextDocument document;
    document.setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
    return document.toPlainText().simplified();
}

} // namespace

TEST_CASE("Hostile text is kept as typed, or refused with the text rules' reason") {
    const HostileSession& session = theSession();
    CHECK(session.titles.size() > 150);
    CHECK(session.solutions.size() > session.titles.size());
    for (const HostileText& hostile : hostileStrings()) {
        if (checkText(hostile.text, TextKind::Line, u"title"_s, true))
            CHECK(session.titles.contains(tidyText(hostile.text)));
    }
}

TEST_CASE("Hostile text goes through every summary format: no markup, no formula, text as typed") {
    const HostileSession& session = theSession();
    const SummaryDocument summary = expectOk(buildSummary(session.data));

    const QString html = QString::fromUtf8(expectOk(writeSummary(summary, SummaryFormat::Html)));
    checkNoActiveMarkup(html, QString::fromUtf8(expectOk(writeSummary(
                                  expectOk(buildSummary(demoData())), SummaryFormat::Html))));
    for (const QString& title : session.titles)
        CHECK(html.contains(title.toHtmlEscaped()));

    const QByteArray csv = expectOk(writeSummary(summary, SummaryFormat::Csv));
    checkNoFormulaCells(csv);
    checkCellsAsTyped(csv, session.titles);

    // Markdown as a viewer renders it: the text, not the markup it holds.
    const QString markdown =
        rendered(QString::fromUtf8(expectOk(writeSummary(summary, SummaryFormat::Markdown))));
    for (const QString& title : session.titles) {
        INFO(title.left(80).toStdString());
        if (!hasNoncharacters(title))
            CHECK(markdown.contains(title.simplified()));
    }

    // The printed summary and the ODT are laid out from one text document.
    const QString printed = summaryTextDocument(summary, SummaryMedium::Print)->toPlainText();
    // A text document keeps a no-break space as a space, and a carriage
    // return as a paragraph's end.
    const auto asPrinted = [](QString text) {
        return text.replace(QChar::Nbsp, u' ');
    };
    for (const QString& title : session.titles) {
        INFO(title.left(80).toStdString());
        if (!hasNoncharacters(title))
            CHECK(printed.contains(asPrinted(title)));
    }
    static const QRegularExpression lineEnd(u"[\\r\\n]"_s);
    for (const QString& solution : session.solutions) {
        for (const QString& line : solution.split(lineEnd)) {
            INFO(line.left(80).toStdString());
            if (!hasNoncharacters(line))
                CHECK(printed.contains(asPrinted(line.trimmed())));
        }
    }
    CHECK(expectOk(writeSummary(summary, SummaryFormat::Pdf)).startsWith("%PDF"));
    CHECK(expectOk(writeSummary(summary, SummaryFormat::Odt)).startsWith("PK"));
}

TEST_CASE("Hostile text goes through the comparison: no markup, no formula, text as typed") {
    const HostileSession& session = theSession();
    const Comparison comparison =
        compareWorkshops({{u"<b>One</b>"_s, session.data}, {u"=Two"_s, session.data}});
    CHECK(comparison.recurring.size() >= static_cast<std::size_t>(session.titles.size()) / 2);
    const Comparison benign = compareWorkshops({{u"One"_s, demoData()}, {u"Two"_s, demoData()}});
    checkNoActiveMarkup(QString::fromUtf8(writeComparison(comparison, ComparisonFormat::Html)),
                        QString::fromUtf8(writeComparison(benign, ComparisonFormat::Html)));
    const QByteArray csv = writeComparison(comparison, ComparisonFormat::Csv);
    checkNoFormulaCells(csv);
    QStringList recurring;
    for (const ComparedBlocker& b : comparison.recurring)
        recurring << b.title;
    checkCellsAsTyped(csv, recurring);
    const QString markdown =
        rendered(QString::fromUtf8(writeComparison(comparison, ComparisonFormat::Markdown)));
    // Whole if it fits a table's cell; a long one's start (the CSV has it all).
    for (const QString& title : recurring) {
        const QString typed = title.simplified();
        if (!hasNoncharacters(title))
            CHECK(markdown.contains(typed.size() > 90 ? typed.left(60) : typed));
    }
}

TEST_CASE("Hostile text comes back as typed through the session JSON and both spreadsheets") {
    const HostileSession& session = theSession();
    CHECK(expectOk(importJson(exportJson(session.data))) == session.data);

    // A spreadsheet of blockers, written as a spreadsheet program would.
    QString board = u"blocker,solution\r\n"_s;
    QString steps = u"step\r\n"_s;
    for (const QString& title : session.titles) {
        const QString cell = u'"' + QString(title).replace(u'"', u"\"\""_s) + u'"';
        board += cell + u',' + cell + u"\r\n";
        steps += cell + u"\r\n";
    }
    // A row whose blocker reads as one above (sameTitle) adds its solution there.
    std::vector<std::pair<QString, QStringList>> expected;
    for (const QString& title : session.titles) {
        auto same = std::find_if(expected.begin(), expected.end(),
                                 [&](const auto& e) { return sameTitle(e.first, title); });
        if (same == expected.end())
            expected.push_back({title, {title}});
        else
            same->second << title;
    }
    const store::BoardSheet sheet = expectOk(parseBoardCsv(board.toUtf8()));
    REQUIRE(sheet.blockers.size() == expected.size());
    for (std::size_t i = 0; i < sheet.blockers.size(); ++i) {
        INFO(expected[i].first.left(80).toStdString());
        CHECK(sheet.blockers[i].title == expected[i].first);
        CHECK(sheet.blockers[i].solutions == expected[i].second);
    }
    const std::vector<JourneyStep> read =
        expectOk(parseJourneyStepsCsv(steps.toUtf8(), session.data.channels));
    REQUIRE(read.size() == static_cast<std::size_t>(session.titles.size()));
    for (std::size_t i = 0; i < read.size(); ++i)
        CHECK(read[i].description == session.titles[static_cast<qsizetype>(i)]);
}

TEST_CASE("Hostile text in carried actions goes through Since last time and out to calendars "
          "and trackers: no markup, no formula, text as typed") {
    const HostileSession& session = theSession();
    SessionData data;
    data.details.title = u"<i>Autumn</i>, =1+1"_s;
    Id id = 0;
    for (const QString& title : session.titles) {
        ++id;
        data.carried.push_back({id,
                                title,
                                title,
                                u"Siân"_s,
                                QDate(2027, 1, 1).addDays(id),
                                ActionStatus::Open,
                                {},
                                title,
                                QDate(2026, 12, 1),
                                id,
                                u"7c9e6679-7425-40de-944b-e07fc1f90ae7"_s});
    }
    CHECK(expectOk(importJson(exportJson(data))) == data);

    const SummaryDocument summary = expectOk(buildSummary(data));
    REQUIRE(summary.sinceLastTime.rows.size() == data.carried.size());
    const QString html = QString::fromUtf8(expectOk(writeSummary(summary, SummaryFormat::Html)));
    checkNoActiveMarkup(html, QString::fromUtf8(expectOk(writeSummary(
                                  expectOk(buildSummary(demoData())), SummaryFormat::Html))));
    const QByteArray csv = expectOk(writeSummary(summary, SummaryFormat::Csv));
    checkNoFormulaCells(csv);
    checkCellsAsTyped(csv, session.titles);
    const QString markdown =
        rendered(QString::fromUtf8(expectOk(writeSummary(summary, SummaryFormat::Markdown))));
    for (const QString& title : session.titles) {
        INFO(title.left(80).toStdString());
        CHECK(html.contains(title.toHtmlEscaped()));
        if (!hasNoncharacters(title))
            CHECK(markdown.contains(title.simplified()));
    }

    for (const ActionExport tracker : {ActionExport::Jira, ActionExport::AzureDevOps})
        checkNoFormulaCells(actionsCsv(data, tracker));
    // Azure DevOps reads the description as HTML: only the line breaks are ours.
    for (const CsvRecord& row : expectOk(readCsv(actionsCsv(data, ActionExport::AzureDevOps))))
        checkNoActiveMarkup(row.cells.value(2), u"<br>"_s);

    // The calendar: lines of 75 octets at most, each summary back as typed.
    const QByteArray ics = actionsCalendar(data, QDateTime::currentDateTimeUtc());
    for (const QByteArray& line : ics.split('\n'))
        CHECK(line.size() <= 76);
    QString unfolded = QString::fromUtf8(ics).replace(u"\r\n "_s, QString());
    QStringList summaries;
    for (const QString& line : unfolded.split(u"\r\n"_s)) {
        if (!line.startsWith(u"SUMMARY:"))
            continue;
        QString text;
        for (qsizetype i = 8; i < line.size(); ++i) {
            if (line[i] == u'\\' && i + 1 < line.size()) {
                ++i;
                text += line[i] == u'n' ? u'\n' : line[i];
            } else {
                text += line[i];
            }
        }
        summaries << text;
    }
    for (const QString& title : session.titles)
        CHECK(summaries.contains(title));
}
