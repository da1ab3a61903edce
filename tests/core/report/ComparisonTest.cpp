#include "report/Comparison.h"

#include "store/Snapshot.h"
#include "support/TestSupport.h"

#include <QXmlStreamReader>

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
