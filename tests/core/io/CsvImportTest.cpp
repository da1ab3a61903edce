#include "io/CsvImport.h"

#include "io/CsvReader.h"
#include "ranking/Ranking.h"
#include "store/BoardImport.h"
#include "store/Rounds.h"
#include "store/Snapshot.h"
#include "support/TestSupport.h"

using namespace unblock;
using namespace unblock::test;
using namespace Qt::StringLiterals;

namespace {
QString csvError(const QByteArray& csv) {
    return expectError(parseBoardCsv(csv)).message;
}
} // namespace

TEST_CASE("CSV cells are read as spreadsheets write them") {
    const auto records = expectOk(readCsv("\xEF\xBB\xBF"
                                          "a,\"b, with comma\",\"say \"\"hi\"\"\"\r\n"
                                          "\"two\nlines\",,x\n"));
    REQUIRE(records.size() == 2);
    CHECK(records[0].cells == QStringList{u"a"_s, u"b, with comma"_s, u"say \"hi\""_s});
    CHECK(records[1].cells == QStringList{u"two\nlines"_s, QString(), u"x"_s});
    CHECK(records[1].line == 2);

    const auto semicolons = expectOk(readCsv("group;blocker\nRed;Budgets\n"));
    CHECK(semicolons[1].cells == QStringList{u"Red"_s, u"Budgets"_s});
    // Blank rows above the heading do not hide its separator.
    const auto blankFirst = expectOk(readCsv("\r\n\ngroup;blocker\nRed;Budgets,cuts\n"));
    CHECK(blankFirst.back().cells == QStringList{u"Red"_s, u"Budgets,cuts"_s});

    CHECK(expectError(readCsv("a,\"never closed\nb\n")).message ==
          u"Line 1: a quoted cell is never closed.");
    CHECK(expectError(readCsv("a,\xff\xfe\n")).message.contains(u"not UTF-8"));
}

TEST_CASE("A facilitator's spreadsheet becomes blockers, solutions and dots") {
    const QByteArray csv =
        "Group,Blocker,Category,Solution,Dots\n"
        "Red table,Weak or negative leadership,Leadership & management support,Get a visionary "
        "leader onside,11\n"
        ",,,Put on a Really Useful Day for leaders,\n"
        "Blue table,Budgets / finite resources,budgets & finance,Invest to save,9\n"
        "\n"
        "Red table,Weak or negative leadership,,Use the metrics,\n"
        "Blue table,Broadband,,,0\n";
    const store::BoardSheet sheet = expectOk(parseBoardCsv(csv));
    REQUIRE(sheet.blockers.size() == 3);
    CHECK(sheet.blockers[0].solutions.size() == 3);
    CHECK(sheet.blockers[0].dots == 11);
    CHECK(sheet.blockers[1].line == 4);

    TempDir dir;
    auto file = createSession(dir.path(u"import.unblock"_s));
    expectOk(store::appendBoard(*file, {u"Dots"_s, {}})); // an empty sheet adds nothing
    const store::ImportReport report = expectOk(store::appendBoard(*file, sheet));
    CHECK(report.blockersAdded == 3);
    CHECK(report.solutionsAdded == 4);
    CHECK(report.groupsAdded == 2);
    CHECK(report.categoriesAdded == 2);
    REQUIRE(report.roundId.has_value());

    const SessionData data = expectOk(store::loadSession(*file));
    const Round& round = *data.round(*report.roundId);
    CHECK(round.state == RoundState::Revealed); // the wall of dots was seen
    CHECK(round.tallies.size() == 2);
    const RankingResult result = rank(expectOk(store::loadRoundInput(*file, *report.roundId)));
    CHECK(result.rows[0].title == u"Weak or negative leadership");
    CHECK(result.rows[0].score == 11);

    // A second import matches groups and categories by name, ignoring case.
    const store::ImportReport again = expectOk(store::appendBoard(
        *file,
        expectOk(parseBoardCsv("group,blocker,category\nRED TABLE,Culture,Budgets & Finance\n"))));
    CHECK(again.groupsAdded == 0);
    CHECK(again.categoriesAdded == 0);
}

TEST_CASE("CSV mistakes are reported by line and column") {
    CHECK(csvError("") == u"The file is empty: it has no heading row and no blockers.");
    CHECK(csvError("group,title\nRed,x\n")
              .startsWith(u"Line 1, column 2 (title): this is not a heading"));
    CHECK(csvError("group,solution\nRed,x\n").contains(u"there is no “blocker” heading"));
    CHECK(csvError("blocker,blocker\nx,y\n").contains(u"appears twice"));
    CHECK(csvError("blocker,dots\nBudgets,lots\n") ==
          u"Line 2, column 2 (dots): “lots” is not a count of dots (a whole number from 0 to "
          u"1,000,000).");
    CHECK(csvError("blocker,dots\nBudgets,-3\n").startsWith(u"Line 2, column 2 (dots)"));
    CHECK(
        csvError("blocker,solution\n,orphan solution\n").startsWith(u"Line 2, column 1 (blocker)"));
    CHECK(csvError("blocker,dots\nBudgets,4\nBudgets,5\n") ==
          u"Line 3, column 2 (dots): “Budgets” already has 4 dots from line 2.");
    CHECK(csvError("blocker,category\nBudgets,Money\nBudgets,Finance\n")
              .contains(u"already given the category"));
    CHECK(csvError("blocker\nBudgets,stray\n").startsWith(u"Line 2, column 2"));
    CHECK(csvError("blocker\n\"two\nlines\"\n").contains(u"line break"));
    CHECK(csvError("blocker\nbell\x07\n").contains(u"control character"));
    CHECK(
        csvError("blocker\n" + QByteArray(1 << 20, 'x') + "\n").contains(u"1,048,576 characters"));
    CHECK(csvError("blocker\n\"\n").contains(u"never closed"));
}
