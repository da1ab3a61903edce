#include "report/Comparison.h"

#include "report/Programme.h"
#include "store/Snapshot.h"
#include "support/GeneratedProgramme.h"
#include "support/TestSupport.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

#include <numeric>

using namespace unblock;
using namespace unblock::test;
using namespace Qt::StringLiterals;

namespace {

Blocker blocker(Id id, const QString& title, std::optional<Id> category) {
    Blocker b;
    b.id = id;
    b.title = title;
    b.categoryId = category;
    b.groupId = 1;
    b.created = QDateTime(QDate(2026, 5, 1), QTime(10, 0), Qt::UTC);
    return b;
}

// A second workshop that writes two of the demo's blockers its own way: one
// with other case, spacing and a full stop; one only through a duplicate it
// merged ("Ageing software" into "Legacy systems").
SessionData secondWorkshop() {
    SessionData data;
    data.details.title = u"Really Useful Day: Caerdydd"_s;
    data.categories = {{1, u"culture & resistance to change"_s, 1}, {2, u"Legacy IT"_s, 2}};
    data.groups = {{1, u"Bwrdd 1"_s, 1}};
    Blocker ageing = blocker(3, u"Ageing software"_s, std::nullopt);
    ageing.mergedInto = 2;
    data.blockers = {blocker(1, u"weak or negative  Leadership."_s, 1),
                     blocker(2, u"Legacy systems"_s, 2), ageing,
                     blocker(4, u"<b>Only</b> here =1+1"_s, 1)};
    Round round;
    round.id = 1;
    round.title = u"Dots"_s;
    round.budget = 3;
    round.state = RoundState::Closed;
    round.paperVoters = 10;
    round.created = QDateTime(QDate(2026, 5, 1), QTime(15, 0), Qt::UTC);
    round.items = {1, 2, 3, 4};
    round.tallies = {{1, 5}, {2, 4}, {4, 1}};
    data.rounds = {round};
    return data;
}

} // namespace

TEST_CASE("Blockers recur across workshops by title and by merged duplicates, votes per voter") {
    const Comparison c =
        compareWorkshops({{u"Demo"_s, demoData()}, {u"Caerdydd"_s, secondWorkshop()}});
    REQUIRE(c.workshops.size() == 2);
    CHECK(c.workshops[0].voters == 24);
    CHECK(c.workshops[1].voters == 10);

    REQUIRE(c.recurring.size() == 2);
    const ComparedBlocker& leadership = c.recurring[0];
    CHECK(leadership.title == u"Weak or negative leadership");
    CHECK(leadership.otherTitles == QStringList{u"weak or negative  Leadership."_s});
    CHECK(leadership.workshops == std::vector<int>{0, 1});
    CHECK(leadership.combined() == Approx(11.0 / 24 + 5.0 / 10));

    const ComparedBlocker& ageing = c.recurring[1];
    CHECK(ageing.title == u"Ageing software");
    CHECK(ageing.otherTitles == QStringList{u"Legacy systems"_s});
    CHECK(ageing.combined() == Approx(2.0 / 24 + 4.0 / 10));

    // Categories match whatever their case; the first is in both workshops.
    REQUIRE_FALSE(c.categories.empty());
    CHECK(c.categories[0].name == u"Culture & resistance to change");
    CHECK(c.categories[0].workshops == std::vector<int>{0, 1});
    // The demo's "Obstructive staff…" and "Culture", and the second's two.
    CHECK(c.categories[0].blockers == 4);
}

TEST_CASE("The comparison prints hostile text as text in HTML, Markdown and CSV") {
    const Comparison c =
        compareWorkshops({{u"<script>x</script>"_s, demoData()}, {u"B"_s, secondWorkshop()}});
    const QString html = comparisonHtml(c);
    QXmlStreamReader xml(html);
    QStringList elements;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement)
            elements << xml.name().toString();
    }
    CHECK_FALSE(xml.hasError());
    CHECK_FALSE(elements.contains(u"script"));
    CHECK(elements.contains(u"svg"));
    CHECK(html.contains(u"&lt;script&gt;x&lt;/script&gt;"));
    CHECK(comparisonMarkdown(c).contains(u"\\<script\\>x\\</script\\>"));
    CHECK(comparisonMarkdown(c).contains(u"| Weak or negative leadership |"));
    CHECK(comparisonCsv(c).startsWith("\xEF\xBB\xBF"));
}

TEST_CASE("Comparing reads the files without changing them, and names a bad one") {
    TempDir dir;
    const QString a = dir.path(u"a.unblock"_s);
    const QString b = dir.path(u"b.unblock"_s);
    writeDemoSession(a);
    {
        auto file = createSession(b);
        expectOk(store::writeSession(*file, secondWorkshop()));
    }
    const QByteArray before = sha256Of(a) + sha256Of(b);
    const auto sessions = expectOk(loadWorkshops({a, b}));
    CHECK(sessions[1].name == u"Really Useful Day: Caerdydd");
    CHECK(compareWorkshops(sessions).recurring.size() == 2);
    CHECK(sha256Of(a) + sha256Of(b) == before);

    const QString notes = dir.path(u"notes.unblock"_s);
    writeAll(notes, "not a session");
    const Error error = expectError(loadWorkshops({a, notes}));
    CHECK(error.message.startsWith(u"notes.unblock: "));
    CHECK(expectError(loadWorkshops({a})).message.contains(u"two session files"));
}

TEST_CASE("A programme's quarters, shares and trend are counted from the workshops' dates") {
    CHECK(quarterOf(QDate(2026, 3, 31)) == Quarter{2026, 1});
    CHECK(quarterOf(QDate(2026, 4, 1)) == Quarter{2026, 2});
    CHECK(Quarter{2026, 4}.name() == u"Oct–Dec 2026");

    // Four workshops, one a quarter but none in 2025 Q3; the last two raised it.
    const std::vector<ComparedWorkshop> workshops = {{u"A"_s, QDate(2025, 2, 1), 10},
                                                     {u"B"_s, QDate(2025, 5, 1), 10},
                                                     {u"C"_s, QDate(2025, 11, 1), 10},
                                                     {u"D"_s, QDate(2026, 1, 9), 10}};
    const Programme programme(workshops);
    REQUIRE(programme.quarters().size() == 5);
    CHECK(programme.heldByQuarter() == std::vector<int>{1, 1, 0, 1, 1});
    CHECK(programme.share({2, 3}) == u"2 of 4 (50%)");
    CHECK(programme.first({2, 3}) == QDate(2025, 11, 1));
    CHECK(programme.last({2, 3}) == QDate(2026, 1, 9));
    CHECK(programme.trend({2, 3}) == u"▁▁·██ rising");
    CHECK(programme.trend({0, 1}) == u"██·▁▁ falling");
    CHECK(programme.trend({0, 3}) == u"█▁·▁█ steady");
    CHECK(
        programme.trendInWords({2, 3}) ==
        u"Jan–Mar 2025: 0 of 1; Apr–Jun 2025: 0 of 1; Oct–Dec 2025: 1 of 1; Jan–Mar 2026: 1 of 1");
    CHECK(programme.share({}) == u"0 of 4 (0%)");
    CHECK(programme.shareIn(2, {2, 3}) == u"–");
    CHECK(programme.shareIn(3, {2, 3}) == u"100%");

    // Without dates there are no quarters, and the tables say so.
    const std::vector<ComparedWorkshop> undated = {{u"A"_s, {}, 1}, {u"B"_s, {}, 1}};
    const Programme none(undated);
    CHECK(none.quarters().empty());
    CHECK(none.trend({0, 1}).isEmpty());
    CHECK(none.first({0, 1}).isNull());
}

namespace {

// Every cell of every table in the Markdown (rows that start with "|").
QStringList markdownCells(const QString& markdown) {
    static const QRegularExpression unescapedBar(u"(?<!\\\\)\\|"_s);
    QStringList cells;
    for (const QString& line : markdown.split(u'\n')) {
        if (line.startsWith(u'|'))
            cells << line.split(unescapedBar, Qt::SkipEmptyParts);
    }
    return cells;
}

// The text of every <td> and <th> in the HTML.
QStringList htmlCells(const QString& html) {
    QXmlStreamReader xml(html);
    QStringList cells;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement &&
            (xml.name() == u"td" || xml.name() == u"th"))
            cells << xml.readElementText(QXmlStreamReader::IncludeChildElements);
    }
    REQUIRE_FALSE(xml.hasError());
    return cells;
}

} // namespace

TEST_CASE("400 workshops are counted, not listed: N of M, first and last, a trend by quarter, "
          "no cell over 200 characters") {
    const Comparison c = compareWorkshops(generatedProgramme(400));
    REQUIRE(c.workshops.size() == 400);
    REQUIRE_FALSE(c.recurring.empty());
    const ComparisonTables t = comparisonTables(c);

    const auto rowOf = [&t](const QString& title) {
        for (const QStringList& row : t.blockers) {
            if (row[0] == title)
                return row;
        }
        FAIL("no row for " << title.toStdString());
        return QStringList();
    };
    // Blocker 0 grows more common over the three years and blocker 1 less.
    const QStringList growing = rowOf(programmeBlockerTitle(0));
    const QStringList fading = rowOf(programmeBlockerTitle(1));
    CHECK(growing[2].contains(u" of 400 ("));
    CHECK(growing[6].endsWith(u" rising"));
    CHECK(fading[6].endsWith(u" falling"));
    CHECK(growing[6].size() == 12 + 7); // twelve quarters' marks, a space, "rising"
    // First and last: the earliest and latest of the workshops that raised it.
    for (std::size_t i = 0; i < c.recurring.size(); ++i) {
        QDate first = QDate(9999, 1, 1), last;
        for (const int w : c.recurring[i].workshops) {
            first = std::min(first, c.workshops[static_cast<std::size_t>(w)].date);
            last = std::max(last, c.workshops[static_cast<std::size_t>(w)].date);
        }
        CHECK(t.blockers[i][4] == first.toString(Qt::ISODate));
        CHECK(t.blockers[i][5] == last.toString(Qt::ISODate));
    }

    // The quarter table: 2024 Q1 to 2026 Q4, every workshop counted once.
    REQUIRE(t.quarters.size() == 12);
    CHECK(t.quarters.front()[0] == u"Jan–Mar 2024");
    CHECK(t.quarters.back()[0] == u"Oct–Dec 2026");
    int held = 0;
    for (const QStringList& row : t.quarters)
        held += row[1].toInt();
    CHECK(held == 400);
    CHECK(t.quarterHeadings.size() == 2 + 5);
    CHECK(t.workshops.size() == 400);
    CHECK(comparisonOverview(c) ==
          u"400 workshops, held from 2024-01-08 to 2026-12-28, with %1 voters."_s.arg(
              std::accumulate(c.workshops.begin(), c.workshops.end(), 0,
                              [](int sum, const ComparedWorkshop& w) { return sum + w.voters; })));

    for (const QString& cell : markdownCells(comparisonMarkdown(c)))
        CHECK(cell.size() <= 200);
    for (const QString& cell : htmlCells(comparisonHtml(c)))
        CHECK(cell.size() <= 200);

    // The names are in the CSV, a column of their own.
    const QStringList csv = QString::fromUtf8(comparisonCsv(c)).split(u"\r\n"_s);
    CHECK(csv[0].endsWith(u",Also written as,Workshop names"));
    CHECK(csv[1].contains(u"Really Useful Day: council number "));
}

TEST_CASE("The top categories' chart counts the share of workshops that raised each") {
    const Comparison c =
        compareWorkshops({{u"Demo"_s, demoData()}, {u"Caerdydd"_s, secondWorkshop()}});
    const std::vector<ChartBar> bars = topCategoryBars(c);
    REQUIRE_FALSE(bars.empty());
    CHECK(bars.size() <= 8);
    CHECK(bars[0].label == u"Culture & resistance to change");
    CHECK(bars[0].value == Approx(100.0));
    CHECK(bars[0].shown == u"100%");
    CHECK(bars.back().value == Approx(50.0));
}

TEST_CASE("A programme's tables stay readable whatever was typed: long titles cut, a year typed "
          "wrong does not stretch the trend, a rare blocker is under 1%") {
    std::vector<WorkshopSession> programme = generatedProgramme(300);
    const QString longTitle = QString(u"Residents cannot find the form "_s).repeated(16).left(500);
    const QString longCategory = u"*"_s.repeated(80);
    for (const std::size_t i : {0u, 1u}) {
        WorkshopSession& w = programme[i];
        w.data.blockers[0].title = longTitle;
        w.data.categories[0].name = longCategory;
        w.name = u"_"_s.repeated(300);
    }
    programme[2].data.details.date = QDate(1926, 1, 8); // a century out
    const Comparison c = compareWorkshops(programme);
    const ComparisonTables t = comparisonTables(c);
    CHECK(t.quarters.size() == Programme::kMostQuarters);
    for (const QStringList& row : t.blockers)
        CHECK(row[6].size() <= static_cast<qsizetype>(Programme::kMostQuarters) + 8);
    for (const QString& cell : markdownCells(comparisonMarkdown(c)))
        CHECK(cell.size() <= 200);
    for (const QString& cell : htmlCells(comparisonHtml(c)))
        CHECK(cell.size() <= 200);
    CHECK(comparisonOverview(c).contains(u"held from 1926-01-08"));
    // The CSV keeps the long title whole.
    CHECK(QString::fromUtf8(comparisonCsv(c)).contains(longTitle));
    CHECK(Programme(c.workshops).share({0}) == u"1 of 300 (<1%)");
}
