// How the board is grouped by table, and the index of its titles: one
// answer for the window, the projector, the summary and the comparison.
#include "model/BoardGroups.h"

#include "model/BoardTitles.h"
#include "model/IdIndex.h"
#include "model/Likeness.h"
#include "support/catch.h"

using namespace unblock;
using namespace Qt::StringLiterals;

namespace {

SessionData board() {
    SessionData s;
    s.groups = {{1, u"Table 1"_s, 0}, {2, u"Table 2"_s, 1}, {3, u"Empty table"_s, 2}};
    // In board order, as the store keeps them: by table, then place; none last.
    s.blockers = {{10, u"Budgets"_s, {}, {}, Id{1}, {}, {}, 0, {}},
                  {11, u"No money"_s, {}, {}, Id{1}, {}, {}, 1, Id{10}},
                  {12, u"Old systems"_s, {}, {}, Id{2}, {}, {}, 0, {}},
                  {13, u"Silos"_s, {}, {}, {}, {}, {}, 0, {}},
                  {14, u"From a table since deleted"_s, {}, {}, Id{99}, {}, {}, 1, {}}};
    return s;
}

std::vector<Id> idsOf(const BoardGroup& g) {
    return g.blockers;
}

} // namespace

TEST_CASE("The board is grouped by table in the tables' order, blockers of none or of a table "
          "gone share one bucket with one name, merged ones stand with theirs") {
    const SessionData s = board();
    const std::vector<BoardGroup> groups = boardGroups(s);
    REQUIRE(groups.size() == 4);
    CHECK(groups[0].name == u"Table 1");
    CHECK(idsOf(groups[0]) == std::vector<Id>{10});
    CHECK(idsOf(groups[1]) == std::vector<Id>{12});
    CHECK(groups[2].name == u"Empty table");
    CHECK(groups[2].blockers.empty());
    CHECK_FALSE(groups[3].groupId);
    CHECK(groups[3].name == noGroupName());
    CHECK(noGroupName() == u"Not in a group");
    CHECK(idsOf(groups[3]) == std::vector<Id>{13, 14});
    CHECK(shownGroupOf(s, *s.blocker(14)) == std::nullopt);
    CHECK(shownGroupOf(s, *s.blocker(12)) == 2);
}

TEST_CASE("A board with every blocker at a table has no bucket for none") {
    SessionData s = board();
    s.blockers.resize(3);
    CHECK(boardGroups(s).size() == 3);
}

TEST_CASE("The board's titles and likeness follow changes by id, without reading the board") {
    SessionData s = board();
    BoardTitles titles(s);
    AlikeIndex alike(s);
    CHECK(titles.find(u"  budgets "_s, 1) == 10);
    CHECK_FALSE(titles.find(u"Budgets"_s, 2));
    CHECK(titles.find(u"no money"_s, 1) == 11); // merged, still on the board
    CHECK(alike.alike(u"Old system"_s, 1).front().blockerId == 12);

    // Renamed and moved; a new one; one gone.
    s.blockers[2].title = u"Legacy software"_s;
    s.blockers[0].groupId = 2;
    s.blockers.push_back({15, u"Procurement rules"_s, {}, {}, Id{1}, {}, {}, 2, {}});
    s.blockers.erase(s.blockers.begin() + 3);
    SessionUpdate update;
    update.blockers.changed = {12, 10};
    update.blockers.changedFields = {BlockerField::Title, BlockerField::Group};
    update.blockers.added = {15};
    update.blockers.removed = {13};
    titles.follow(s, update);
    alike.follow(s, update);
    CHECK_FALSE(titles.find(u"Old systems"_s, 2));
    CHECK(titles.find(u"Legacy software"_s, 2) == 12);
    CHECK(titles.find(u"Budgets"_s, 2) == 10);
    CHECK_FALSE(titles.find(u"Budgets"_s, 1));
    CHECK(titles.find(u"Procurement rules"_s, 1) == 15);
    CHECK_FALSE(titles.find(u"Silos"_s, std::nullopt));
    CHECK(alike.alike(u"Old systems"_s, 1).empty());
    CHECK(alike.alike(u"legacy softwares"_s, 1).front().blockerId == 12);
    CHECK(alike.alike(u"Procurement rule"_s, 1).front().blockerId == 15);
    CHECK(alike.alike(u"Silos"_s, 1).empty());
    CHECK(update.blockers.changedIn(BlockerField::Title));
    CHECK(update.blockers.changedOnly(BlockerField::Group) == std::vector<Id>{10});
}

TEST_CASE("Rows are found by id whether ids are dense, sparse, negative or changed in place") {
    struct Row {
        Id id;
    };
    for (const std::vector<Id>& ids :
         {std::vector<Id>{1, 2, 3, 5, 8}, std::vector<Id>{4, 1'000'000'007, 12},
          std::vector<Id>{-5, 3, 4'000'000'000'000}, std::vector<Id>{}}) {
        std::vector<Row> rows;
        for (const Id id : ids)
            rows.push_back({id});
        IdIndex<Row> index;
        for (const Id id : ids)
            CHECK(index.find(rows, id)->id == id);
        CHECK(index.find(rows, 6) == nullptr);
        CHECK(index.find(rows, -1) == nullptr);
        if (!rows.empty()) {
            rows.front().id = 77; // edited in place: found afresh
            CHECK(index.find(rows, 77) == &rows.front());
            CHECK(index.find(rows, ids.front()) == nullptr);
        }
    }
}
