// One truth: the same facts reach the facilitator's window, the projector,
// the summary in every format and `unblock-cli`. On generated workshops with
// ties at every boundary a front cuts at (tests/support/AgreementSessions.h),
// each front is read as a person or a program reads it (the reveal's spoken
// description, the Voting tab's table and chart, the summary's text, the
// command line's JSON) and must name the same items at the same ranks, group
// the board the same way under the same names, draw the same lanes, and
// accept the same channel tables.
#include "app/FakePrompts.h"
#include "app/PhoneClient.h"
#include "board/BoardModel.h"
#include "board/BoardPage.h"
#include "document/Edits.h"
#include "document/PhoneRoom.h"
#include "document/SessionDocument.h"
#include "io/SessionValidation.h"
#include "journey/JourneyRules.h"
#include "journeys/JourneyCanvas.h"
#include "journeys/JourneysPage.h"
#include "model/BoardGroups.h"
#include "presenter/BoardScene.h"
#include "presenter/PresenterWindow.h"
#include "presenter/RevealChart.h"
#include "ranking/RoundStates.h"
#include "report/Summary.h"
#include "report/SummaryFormats.h"
#include "store/Snapshot.h"
#include "support/AgreementSessions.h"
#include "support/TestSupport.h"
#include "voting/PhonesPanel.h"
#include "voting/ResultsView.h"
#include "voting/VotingPage.h"
#include "window/MainWindow.h"
#include "window/Preferences.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QXmlStreamReader>

using namespace unblock;
using namespace unblock::test;
using namespace Qt::StringLiterals;

namespace {

constexpr quint32 kSeeds = 6;

// An item as a front names it: its place ("3", "3=") and its title.
struct Placed {
    QString rank;
    QString title;
    bool operator==(const Placed&) const = default;
};
using Placing = std::vector<Placed>;

std::ostream& operator<<(std::ostream& out, const Placing& placing) {
    for (const Placed& p : placing)
        out << p.rank.toStdString() << ' ' << p.title.toStdString() << "; ";
    return out;
}

Placing placingOf(const std::vector<RankedRow>& rows) {
    Placing placing;
    for (const RankedRow& row : rows)
        placing.push_back({rankText(row), row.title});
    return placing;
}

// The same, the rank as a number only (the summary's headings say "3.",
// tied or not: its note says which are tied).
QByteArray run(const QString& program, const QStringList& arguments, int* exitCode = nullptr) {
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60'000));
    if (exitCode)
        *exitCode = process.exitCode();
    else
        REQUIRE(process.exitCode() == 0);
    return process.readAllStandardOutput();
}

// A generated workshop, in a file, open in the real window (offscreen) with
// the presenter shown at a projector's size.
struct Room {
    explicit Room(quint32 seed)
        : made(agreementSession(seed)) {
        expectOk(validateSession(made.data));
        auto file = createSession(path);
        expectOk(store::writeSession(*file, made.data));
        file.reset();
        REQUIRE(window.openSession(path));
        window.resize(1280, 800);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        presenter()->resize(1280, 800);
        presenter()->show();
        REQUIRE(QTest::qWaitForWindowExposed(presenter()));
    }
    app::PresenterWindow* presenter() const { return window.presenter(); }
    const SessionData& data() const { return window.document()->data(); }
    RankingResult ranked(Id round) const { return rank(expectOk(roundInput(data(), round))); }

    AgreementSession made;
    TempDir dir;
    QString path = dir.path(u"agreement.unblock"_s);
    FakePrompts prompts;
    app::MainWindow window{prompts};
};

// What the reveal shows, as its description speaks it: "8=: Title, 5 dots".
Placing revealed(Room& room, Id round) {
    room.presenter()->showRound(round);
    app::RevealChart* reveal = room.presenter()->revealChart();
    reveal->finish();
    static const QRegularExpression row(u"^(\\d+=?): (.+), [^,]+$"_s);
    Placing placing;
    for (const QString& part : reveal->accessibleDescription().split(u"; "_s)) {
        const QRegularExpressionMatch m = row.match(part);
        if (m.hasMatch())
            placing.push_back({m.captured(1), m.captured(2)});
    }
    return placing;
}

// The Voting tab's results table, row by row: rank first, the item last.
Placing votingTable(Room& room, Id round) {
    app::VotingPage* voting = room.window.votingPage();
    voting->selectRound(round);
    const QAbstractItemModel* table = voting->results()->table()->model();
    Placing placing;
    for (int r = 0; r < table->rowCount(); ++r) {
        placing.push_back({table->index(r, 0).data().toString(),
                           table->index(r, table->columnCount() - 1).data().toString()});
    }
    return placing;
}

// Whether `shown` names `expected`'s items at its ranks, a title cut short
// to fit (ending "…") naming the title it begins.
bool sameCutShort(const Placing& shown, const Placing& expected) {
    if (shown.size() != expected.size())
        return false;
    for (std::size_t i = 0; i < shown.size(); ++i) {
        const QString& title = shown[i].title;
        const bool same = title == expected[i].title ||
                          (title.endsWith(u'…') && expected[i].title.startsWith(title.chopped(1)));
        if (shown[i].rank != expected[i].rank || !same)
            return false;
    }
    return true;
}

// The Voting tab's chart, top to bottom: "2= Title" or "2. Title".
Placing votingChart(Room& room, Id round) {
    room.window.votingPage()->selectRound(round);
    auto* view = room.window.votingPage()->results()->findChild<QChartView*>();
    REQUIRE(view);
    QStringList labels;
    for (QAbstractAxis* axis : view->chart()->axes()) {
        if (auto* categories = qobject_cast<QBarCategoryAxis*>(axis))
            labels = categories->categories();
    }
    std::reverse(labels.begin(), labels.end()); // the axis lists them bottom up
    static const QRegularExpression label(u"^(\\d+)(=|\\.) (.+)$"_s);
    Placing placing;
    for (const QString& text : labels) {
        const QRegularExpressionMatch m = label.match(text);
        REQUIRE(m.hasMatch());
        placing.push_back(
            {m.captured(1) + (m.captured(2) == u"=" ? u"="_s : QString()), m.captured(3)});
    }
    return placing;
}

// `unblock-cli rank FILE --round ID --format json [more]`.
Placing cliRank(Room& room, Id round, const QStringList& more = {}) {
    const QByteArray json = run(QStringLiteral(UNBLOCK_CLI),
                                QStringList{u"rank"_s, room.path, u"--round"_s,
                                            QString::number(round), u"--format"_s, u"json"_s} +
                                    more);
    Placing placing;
    for (const QJsonValue& row : QJsonDocument::fromJson(json).object()[u"rows"_s].toArray()) {
        const QJsonObject r = row.toObject();
        placing.push_back(
            {QString::number(r[u"rank"_s].toInt()) + (r[u"tied"_s].toBool() ? u"="_s : QString()),
             r[u"title"_s].toString()});
    }
    return placing;
}

// The summary as unblock-cli writes it, in one format.
QByteArray cliSummary(Room& room, const QString& suffix, const QStringList& more = {}) {
    const QString out = room.dir.path(u"summary."_s + suffix);
    run(QStringLiteral(UNBLOCK_CLI), QStringList{u"summary"_s, room.path, u"-o"_s, out, u"--top"_s,
                                                 QString::number(kDefaultTopCount)} +
                                         more);
    return readAll(out);
}

// Each round's table in the Markdown appendix, under its "### title".
std::map<QString, Placing> appendixTables(const QString& markdown) {
    std::map<QString, Placing> tables;
    const qsizetype appendix = markdown.indexOf(u"## Appendix: voting rounds"_s);
    REQUIRE(appendix >= 0);
    QString round;
    for (const QString& line : markdown.mid(appendix).split(u'\n')) {
        if (line.startsWith(u"### "_s)) {
            round = line.mid(4);
            tables[round];
            continue;
        }
        if (!line.startsWith(u'|') || line.startsWith(u"| Rank"_s) || line.startsWith(u"|--"_s) ||
            line.startsWith(u"| -"_s))
            continue;
        QStringList cells = line.split(u'|');
        cells.removeFirst();
        cells.removeLast();
        for (QString& cell : cells)
            cell = cell.trimmed();
        if (!cells.isEmpty() && !cells.front().isEmpty() && cells.front().front().isDigit())
            tables[round].push_back({cells.front(), cells.last()});
    }
    return tables;
}

// The top's headings in a text, "3. Title (20 dots)", in the order they
// stand: each title's, wherever the text around it runs on.
Placing topHeadings(const QString& text, const QStringList& titles) {
    std::vector<std::pair<qsizetype, Placed>> found;
    for (const QString& title : titles) {
        // "2. Title (5 dots)", or "2= Title (5 dots)" when tied.
        const QRegularExpression heading(u"(\\d+)([.=]) "_s + QRegularExpression::escape(title) +
                                         u" \\(\\d+ [a-z ]+\\)"_s);
        for (auto m = heading.globalMatch(text); m.hasNext();) {
            const QRegularExpressionMatch at = m.next();
            const QString rank = at.captured(1) + (at.captured(2) == u"=" ? u"="_s : QString());
            found.push_back({at.capturedStart(), {rank, title}});
        }
    }
    std::sort(found.begin(), found.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    Placing placing;
    for (const auto& [at, placed] : found)
        placing.push_back(placed);
    return placing;
}

QString odtText(const QByteArray& odt, const TempDir& dir) {
    const QString path = dir.path(u"read.odt"_s);
    writeAll(path, odt);
    QXmlStreamReader xml(run(QStringLiteral(UNZIP), {u"-p"_s, path, u"content.xml"_s}));
    QStringList paragraphs;
    QString text;
    while (!xml.atEnd()) {
        xml.readNext();
        const bool paragraph = xml.name() == u"p" || xml.name() == u"h";
        if (xml.isStartElement() && paragraph)
            text.clear();
        else if (xml.isCharacters())
            text += xml.text();
        else if (xml.isEndElement() && paragraph)
            paragraphs << text.simplified();
    }
    return paragraphs.join(u'\n');
}

QString pdfText(const QByteArray& pdf, const TempDir& dir) {
    const QString path = dir.path(u"read.pdf"_s);
    writeAll(path, pdf);
    return QString::fromUtf8(run(QStringLiteral(PDFTOTEXT), {path, u"-"_s})).simplified();
}

// The summary's top in CSV: the rows of its "Top" section, each blocker once.
Placing csvTop(const QByteArray& csv) {
    Placing placing;
    for (const QString& line : QString::fromUtf8(csv).split(u"\r\n"_s)) {
        const QStringList cells = line.split(u',');
        if (cells.size() > 5 && cells[0] == u"Top" &&
            (placing.empty() || placing.back().title != cells[5]))
            placing.push_back({cells[1], cells[5]});
    }
    return placing;
}

} // namespace

TEST_CASE("agreement: the reveal, the Voting tab's table and chart, and unblock-cli rank name "
          "the same items at the same ranks, ties shown at every boundary, for every method") {
    for (quint32 seed = 1; seed <= kSeeds; ++seed) {
        INFO("seed " << seed);
        Room room(seed);
        for (const Id round : room.made.revealedRounds) {
            INFO("round " << round);
            const RankingResult result = room.ranked(round);
            const Placing all = placingOf(result.rows);
            const Placing onScreen = placingOf(topOnScreen(result).rows);
            CHECK(revealed(room, round) == onScreen);
            CHECK(votingTable(room, round) == all);
            const Placing chart = votingChart(room, round);
            INFO("chart: " << chart << " on screen: " << onScreen);
            CHECK(sameCutShort(chart, onScreen));
            CHECK(cliRank(room, round) == all);
            CHECK(cliRank(room, round, {u"--top"_s, u"3"_s}) == placingOf(top(result, 3).rows));
        }
        // The designed ties: every tied item reaches the projector.
        const Placing screen = revealed(room, room.made.rankingRound);
        REQUIRE(screen.size() == 10);
        CHECK(screen[7].rank == u"8=");
        CHECK(screen[9].rank == u"8=");
        CHECK(screen[0].rank == u"1=");
    }
}

TEST_CASE("agreement: the summary's top and its appendix, in Markdown, HTML, CSV, PDF and ODT, "
          "say what the window says",
          "[pdftotext][unzip]") {
    for (quint32 seed = 1; seed <= kSeeds; ++seed) {
        INFO("seed " << seed);
        Room room(seed);
        const RankingResult ranking = room.ranked(room.made.rankingRound);
        const Placing topN = placingOf(top(ranking, kDefaultTopCount).rows);
        REQUIRE(topN.size() == 4); // tied at 3rd: the top 3 has 4
        const QStringList titles = agreementTitles();

        const QString markdown = QString::fromUtf8(cliSummary(room, u"md"_s));
        CHECK(topHeadings(markdown, titles) == topN);
        CHECK(markdown.contains(u"The top 3 has 4 items because 2 are tied at rank 3."_s));
        CHECK(topHeadings(pdfText(cliSummary(room, u"pdf"_s), room.dir), titles) == topN);
        CHECK(topHeadings(odtText(cliSummary(room, u"odt"_s), room.dir), titles) == topN);
        CHECK(csvTop(cliSummary(room, u"csv"_s)) == topN);
        // HTML names them in order in its headings (its note says which tie).
        const QString html = QString::fromUtf8(cliSummary(room, u"html"_s));
        qsizetype at = html.indexOf(u"<section id=\"top\">"_s);
        for (const Placed& p : topN) {
            at = html.indexOf(u"<h3>"_s + p.title + u" ("_s, at);
            CHECK(at >= 0);
        }

        // The appendix: every revealed round's full table, as the window's.
        const std::map<QString, Placing> tables = appendixTables(markdown);
        for (const Id round : room.made.revealedRounds) {
            const QString title = room.data().round(round)->title;
            REQUIRE(tables.count(title) == 1);
            CHECK(tables.at(title) == votingTable(room, round));
        }
    }
}

TEST_CASE("agreement: a round not yet revealed is shown by no front: not the projector, not the "
          "Voting tab, not the summary, not unblock-cli") {
    for (quint32 seed = 1; seed <= kSeeds; ++seed) {
        INFO("seed " << seed);
        Room room(seed);
        const Id hidden = room.made.unrevealedRound;
        const Round& round = *room.data().round(hidden);
        CHECK_FALSE(resultsMayBeShown(round));
        room.presenter()->showRound(hidden);
        CHECK(room.presenter()->sceneText().contains(u"The results are coming."_s));
        CHECK(revealed(room, hidden).empty());
        room.window.votingPage()->selectRound(hidden);
        CHECK_FALSE(room.window.votingPage()->resultsVisible());
        int exitCode = 0;
        run(QStringLiteral(UNBLOCK_CLI),
            {u"rank"_s, room.path, u"--round"_s, QString::number(hidden)}, &exitCode);
        CHECK(exitCode == 1);
        const QString markdown = QString::fromUtf8(cliSummary(room, u"md"_s));
        const std::map<QString, Placing> tables = appendixTables(markdown);
        CHECK(tables.at(round.title).empty());
        CHECK(markdown.contains(u"have not been revealed yet, so they are not printed"_s));
        // After the day, asked for, it is the same ranking everywhere.
        const Placing all = placingOf(room.ranked(hidden).rows);
        CHECK(cliRank(room, hidden, {u"--include-unrevealed"_s}) == all);
        const QString after =
            QString::fromUtf8(cliSummary(room, u"md"_s, {u"--include-unrevealed"_s}));
        CHECK(appendixTables(after).at(round.title) == all);
    }
}

TEST_CASE("agreement: the projector's board, the window's board and the summary group the "
          "blockers by table the same way, under the same names") {
    for (quint32 seed = 1; seed <= kSeeds; ++seed) {
        INFO("seed " << seed);
        Room room(seed);
        // As core groups it: the tables that raised something, then none.
        QStringList expected;
        for (const BoardGroup& group : boardGroups(room.data())) {
            if (group.blockers.empty())
                continue;
            expected << group.name;
            for (const Id id : group.blockers)
                expected << u"• "_s + room.data().blocker(id)->title;
        }
        room.presenter()->showBoard();
        const QStringList projected = room.presenter()->sceneText().split(u'\n').mid(1);
        CHECK(projected == expected);

        // The window's board: its tables (an empty one too) and their blockers.
        QStringList board;
        app::BoardModel* model = room.window.boardPage()->model();
        for (int g = 0; g < model->rowCount(); ++g) {
            const QModelIndex group = model->index(g, 0);
            if (model->rowCount(group) == 0)
                continue;
            board << group.data().toString();
            for (int b = 0; b < model->rowCount(group); ++b)
                board << u"• "_s + model->index(b, 0, group).data().toString();
        }
        CHECK(board == expected);

        // The summary, when it has no top (nothing revealed to rank by), lists
        // every blocker under its table, as the board does.
        SummaryOptions options;
        options.roundId = room.made.unrevealedRound;
        const SummaryDocument doc = expectOk(buildSummary(room.data(), options));
        QStringList summary;
        for (const SummaryGroup& group : doc.others) {
            summary << group.name;
            for (const SummaryBlocker& b : group.blockers)
                summary << u"• "_s + b.title;
        }
        CHECK(summary == expected);
        const QString markdown =
            QString::fromUtf8(expectOk(writeSummary(doc, SummaryFormat::Markdown)));
        CHECK(markdown.contains(u"### "_s + noGroupName()));
        // The CSV says each blocker's table (the top's too), as the board does.
        std::map<QString, QString> tableOf;
        for (const QString& line : QString::fromUtf8(cliSummary(room, u"csv"_s)).split(u"\r\n"_s)) {
            const QStringList cells = line.split(u',');
            if (cells.size() > 5 && (cells[0] == u"Top" || cells[0] == u"Other blockers"))
                tableOf[cells[5]] = cells[3];
        }
        for (const BoardGroup& group : boardGroups(room.data())) {
            for (const Id id : group.blockers)
                CHECK(tableOf[room.data().blocker(id)->title] == group.name);
        }
    }
}

TEST_CASE("agreement: a journey's canvas and its printed diagram draw the same lanes, named "
          "the same") {
    for (quint32 seed = 1; seed <= kSeeds; ++seed) {
        INFO("seed " << seed);
        Room room(seed);
        QRandomGenerator random(seed);
        Journey journey;
        journey.title = u"Reporting a missed bin"_s;
        const std::vector<Channel>& channels = room.data().channels;
        for (int s = 0; s < 6; ++s) {
            JourneyStep step;
            step.description = u"Step %1"_s.arg(s + 1);
            const int pick = random.bounded(static_cast<int>(channels.size()) + 2);
            if (pick < static_cast<int>(channels.size()))
                step.channelId = channels[static_cast<std::size_t>(pick)].id;
            else if (pick == static_cast<int>(channels.size()))
                step.channelId = 999; // a channel no longer in the table
            journey.steps.push_back(step);
        }
        app::JourneyCanvas canvas;
        canvas.setJourney(journey, channels);
        const JourneyDiagram printed = journeyDiagram(journey, channels);
        QStringList drawn;
        for (const JourneyLane& lane : canvas.lanes())
            drawn << lane.name;
        CHECK(drawn == printed.lanes);
        for (std::size_t s = 0; s < journey.steps.size(); ++s) {
            CHECK(laneOf(canvas.lanes(), journey.steps[s].channelId) == printed.cards[s].lane);
        }
    }
}

TEST_CASE("agreement: Preferences and core accept and refuse the same channel tables") {
    QRandomGenerator random(31);
    const QStringList names{u"Web"_s, u"web"_s,           u"Telephone"_s,     u" Telephone "_s,
                            u""_s,    QString(500, u'a'), QString(501, u'b'), u"Face to face"_s};
    for (int table = 0; table < 60; ++table) {
        std::vector<Channel> channels;
        const int rows = 1 + random.bounded(4);
        for (int row = 0; row < rows; ++row) {
            Channel c;
            c.id = row + 1;
            c.name = names[random.bounded(static_cast<int>(names.size()))];
            const int cost = random.bounded(5);
            if (cost == 1)
                c.costPerContact = 376;
            else if (cost == 2)
                c.costPerContact = -1;
            else if (cost == 3)
                c.costPerContact = 100'000'001;
            channels.push_back(c);
        }
        INFO("table " << table);
        app::Preferences prefs;
        prefs.channels = channels;
        prefs.save();
        const std::vector<Channel> stored = app::Preferences::load().channels;
        const bool core = checkChannelTable(channels).ok();
        CHECK(checkChannelTable(stored).ok() == core);
        // A new session from Preferences: made exactly when core takes the table.
        const TempDir dir;
        FakePrompts prompts;
        app::MainWindow window(prompts);
        CHECK(window.newSession(dir.path(u"new.unblock"_s), true) == core);
        CHECK(prompts.errors.isEmpty() == core);
    }
    QSettings().remove(u"preferences"_s);
}

TEST_CASE("agreement: phones see the session's open round whatever round, tab or dialog the "
          "facilitator looks at") {
    Room room(1);
    store::RoundSpec spec;
    spec.title = u"Open to phones"_s;
    spec.budget = 5;
    const std::optional<Id> open = room.window.votingPage()->startRound(spec);
    REQUIRE(open);
    app::PhonesPanel* panel = room.window.votingPage()->phones();
    panel->networks()->setCurrentIndex(panel->networks()->count() - 1); // this laptop only
    panel->setOn(true);
    REQUIRE(panel->host().isOn());
    Phone phone;
    phone.join(panel->host().joinUrl());
    for (const Round& round : room.data().rounds) {
        room.window.votingPage()->selectRound(round.id);
        CHECK(phone.state()[u"round"_s].toObject()[u"id"_s].toInteger() == *open);
        CHECK(panel->statusLabel()->text().contains(u"Phones vote in “Open to phones”."_s));
    }
    room.window.pages()->setCurrentIndex(0);
    CHECK(phone.state()[u"round"_s].toObject()[u"id"_s].toInteger() == *open);
    // Closed, phones wait; opened again, it is theirs again.
    REQUIRE(app::edits::setRoundState(*room.window.document(), *open, RoundState::Closed));
    CHECK(phone.state()[u"round"_s].isNull());
    panel->setOn(false);
}
