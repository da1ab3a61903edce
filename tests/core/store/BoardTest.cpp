#include "store/Blockers.h"
#include "store/Details.h"
#include "store/SessionFile.h"
#include "store/Snapshot.h"
#include "support/TestSupport.h"

using namespace unblock;
using namespace unblock::test;
using namespace Qt::StringLiterals;

namespace {

struct Board {
    TempDir dir;
    std::unique_ptr<store::SessionFile> file = createSession(dir.path(u"board.unblock"_s));

    SessionData data() const { return expectOk(store::loadSession(*file)); }
    Id blocker(const QString& title, std::optional<Id> group = {}) {
        return expectOk(store::addBlocker(*file, {title, {}, {}, group, {}}));
    }
    std::vector<QString> titlesIn(std::optional<Id> group) const {
        std::vector<std::pair<int, QString>> found;
        for (const Blocker& b : data().blockers) {
            if (b.groupId == group)
                found.emplace_back(b.position, b.title);
        }
        std::sort(found.begin(), found.end());
        std::vector<QString> titles;
        for (const auto& [position, title] : found)
            titles.push_back(title);
        return titles;
    }
};

} // namespace

TEST_CASE("The session's details are kept, and bad ones refused") {
    Board board;
    const SessionDetails details{u"Really Useful Day"_s, QDate(2026, 11, 22), u"Neuadd y Sir"_s,
                                 u"Siân"_s, 42};
    expectOk(store::setDetails(*board.file, details));
    CHECK(expectOk(store::loadDetails(*board.file)) == details);
    SessionDetails bad = details;
    bad.attendees = -1;
    CHECK_FALSE(store::setDetails(*board.file, bad).ok());
    bad = details;
    bad.venue = u"Room\u0000 1"_s;
    CHECK(expectError(store::setDetails(*board.file, bad)).message.contains(u"control character"));
    CHECK(expectOk(store::loadDetails(*board.file)) == details);
}

TEST_CASE("Categories: the usual set, added, renamed, unique, deleted") {
    Board board;
    expectOk(store::addDefaultCategories(*board.file));
    expectOk(store::addDefaultCategories(*board.file)); // twice adds nothing more
    CHECK(board.data().categories.size() == 14);
    const Id own = expectOk(store::addCategory(*board.file, u"Members' time"_s));
    CHECK(expectError(store::addCategory(*board.file, u"members' TIME"_s))
              .message.contains(u"already"));
    expectOk(store::renameCategory(*board.file, own, u"Members’ time"_s));
    const Id b = expectOk(store::addBlocker(*board.file, {u"No time"_s, {}, own, {}, {}}));
    expectOk(store::deleteCategory(*board.file, own));
    CHECK_FALSE(board.data().blocker(b)->categoryId.has_value());
    CHECK(expectError(store::renameCategory(*board.file, 999, u"x"_s)).code == ErrorCode::NotFound);
}

TEST_CASE("Blockers are added, edited, reordered, moved between groups and deleted") {
    Board board;
    const Id red = expectOk(store::addGroup(*board.file, u"Red table"_s));
    const Id blue = expectOk(store::addGroup(*board.file, u"Blue table"_s));
    const Id a = board.blocker(u"A"_s, red);
    const Id b = board.blocker(u"B"_s, red);
    const Id c = board.blocker(u"C"_s, red);
    CHECK(board.titlesIn(red) == std::vector<QString>{u"A"_s, u"B"_s, u"C"_s});

    expectOk(store::moveBlocker(*board.file, c, red, 0));
    CHECK(board.titlesIn(red) == std::vector<QString>{u"C"_s, u"A"_s, u"B"_s});
    expectOk(store::moveBlocker(*board.file, c, red, 99)); // clamped to the end
    CHECK(board.titlesIn(red) == std::vector<QString>{u"A"_s, u"B"_s, u"C"_s});

    expectOk(store::moveBlocker(*board.file, a, blue, 0));
    CHECK(board.titlesIn(red) == std::vector<QString>{u"B"_s, u"C"_s});
    CHECK(board.titlesIn(blue) == std::vector<QString>{u"A"_s});

    expectOk(store::editBlocker(*board.file, b,
                                {u"  B, better  "_s, u"More\nlines"_s, {}, blue, u"Ann"_s}));
    CHECK(board.titlesIn(blue) == std::vector<QString>{u"A"_s, u"B, better"_s});
    CHECK(board.data().blocker(b)->detail == u"More\nlines");

    expectOk(store::deleteBlocker(*board.file, a));
    CHECK(board.titlesIn(blue) == std::vector<QString>{u"B, better"_s});
    CHECK(board.data().blocker(b)->position == 0);

    expectOk(store::deleteGroup(*board.file, red));
    CHECK(board.titlesIn(std::nullopt) == std::vector<QString>{u"C"_s});
}

TEST_CASE("Hostile text is stored as text, or refused with nothing changed") {
    Board board;
    const Id markup = board.blocker(u"<script>alert('x')</script> **bold** =SUM(A1)"_s);
    CHECK(board.data().blocker(markup)->title == u"<script>alert('x')</script> **bold** =SUM(A1)");
    const SessionData before = board.data();
    CHECK(expectError(store::addBlocker(*board.file, {QString(1 << 20, u'x'), {}, {}, {}, {}}))
              .message.contains(u"1,048,576 characters"));
    CHECK(expectError(store::addBlocker(*board.file, {u"tab\u0008"_s, {}, {}, {}, {}})).code ==
          ErrorCode::InvalidInput);
    CHECK(expectError(store::addBlocker(*board.file, {u"   "_s, {}, {}, {}, {}})).message ==
          u"The blocker title is empty.");
    CHECK(expectError(store::addBlocker(*board.file, {u"x"_s, {}, 77, {}, {}})).message ==
          u"There is no category 77.");
    CHECK(board.data() == before);
}

TEST_CASE("Merging keeps both texts and can be undone, and loops are refused") {
    Board board;
    const Id a = board.blocker(u"Weak leadership"_s);
    const Id b = board.blocker(u"No leadership from the top"_s);
    const Id c = board.blocker(u"Leaders not bought in"_s);
    expectOk(store::mergeBlockers(*board.file, b, a));
    expectOk(store::mergeBlockers(*board.file, c, b));
    const SessionData merged = board.data();
    CHECK(merged.blocker(b)->title == u"No leadership from the top");
    CHECK(merged.rootOf(c) == a);

    CHECK(expectError(store::mergeBlockers(*board.file, a, c))
              .message.contains(u"already counted with"));
    CHECK(expectError(store::mergeBlockers(*board.file, a, a)).code == ErrorCode::InvalidInput);

    expectOk(store::unmergeBlocker(*board.file, b));
    CHECK(board.data().rootOf(c) == b);
    CHECK(expectError(store::unmergeBlocker(*board.file, a)).code == ErrorCode::InvalidInput);

    // Deleting the target of a merge brings the merged blocker back on its own.
    expectOk(store::deleteBlocker(*board.file, b));
    CHECK_FALSE(board.data().blocker(c)->mergedInto.has_value());
}

TEST_CASE("Solutions carry impact, effort, owner and due date, and move") {
    Board board;
    const Id a = board.blocker(u"Budgets"_s);
    const Id b = board.blocker(u"Skills"_s);
    const Id s1 = expectOk(store::addSolution(
        *board.file, a, {u"Invest to save"_s, 4, 2, u"Finance lead"_s, QDate(2027, 3, 31)}));
    const Id s2 =
        expectOk(store::addSolution(*board.file, a, {u"Forward planning"_s, {}, {}, {}, {}}));
    const Solution stored = board.data().solutions.front();
    CHECK(stored.impact == 4);
    CHECK(stored.effort == 2);
    CHECK(stored.owner == u"Finance lead");
    CHECK(stored.due == QDate(2027, 3, 31));

    CHECK(expectError(store::addSolution(*board.file, a, {u"x"_s, 6, {}, {}, {}})).message ==
          u"The impact must be from 1 to 5, not 6.");
    CHECK(expectError(store::editSolution(*board.file, s2, {u"x"_s, {}, 0, {}, {}})).code ==
          ErrorCode::InvalidInput);
    CHECK(expectError(store::addSolution(*board.file, 404, {u"x"_s, {}, {}, {}, {}})).code ==
          ErrorCode::NotFound);

    expectOk(store::moveSolution(*board.file, s2, a, 0));
    CHECK(board.data().solutions[0].id == s2);
    expectOk(store::moveSolution(*board.file, s1, b, 0));
    const SessionData data = board.data();
    CHECK(std::find_if(data.solutions.begin(), data.solutions.end(), [&](const Solution& s) {
              return s.id == s1 && s.blockerId == b && s.position == 0;
          }) != data.solutions.end());
    expectOk(store::deleteSolution(*board.file, s2));
    expectOk(store::deleteBlocker(*board.file, b));
    CHECK(board.data().solutions.empty());
}

TEST_CASE(
    "An action's status is kept with the day it changed, and a solution that is not an action "
    "has none") {
    Board board;
    const Id blocker = expectOk(store::addBlocker(*board.file, {u"Budgets"_s, {}, {}, {}, {}}));
    const Id action = expectOk(store::addSolution(
        *board.file, blocker, {u"Pool budgets"_s, {}, {}, u"Finance lead"_s, {}}));
    const Id idea = expectOk(store::addSolution(*board.file, blocker, {u"Ask"_s, {}, {}, {}, {}}));
    CHECK(board.data().solutions.front().status == ActionStatus::Open);

    for (const ActionStatus status : kActionStatuses) {
        const QDate day(2027, 2, 1 + static_cast<int>(status));
        expectOk(store::setActionStatus(*board.file, action, status, day));
        const SessionData data = board.data(); // kept: the solution points into it
        const Solution* stored = data.solution(action);
        CHECK(stored->status == status);
        CHECK(stored->statusChanged == day);
        CHECK(actionStatusFromKey(toKey(status)) == status);
    }
    CHECK(expectError(store::setActionStatus(*board.file, idea, ActionStatus::Done, {})).message ==
          u"Only an action has a status: give the solution an owner or a due date first.");
    CHECK(expectError(store::setActionStatus(*board.file, 404, ActionStatus::Done, {})).code ==
          ErrorCode::NotFound);
    // Kept through a snapshot written whole (Save As, an import).
    const SessionData data = board.data();
    TempDir copyDir;
    auto copy = createSession(copyDir.path(u"copy.unblock"_s));
    expectOk(store::writeSession(*copy, data));
    CHECK(expectOk(store::loadSession(*copy)).solutions == data.solutions);
}
