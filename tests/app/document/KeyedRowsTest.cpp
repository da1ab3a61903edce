// The id-keyed rows the Incoming list, the Actions tab, the paper tally and
// the Voting tab show: followed in place, checked by Qt's own model tester.
#include "document/KeyedRows.h"

#include "support/catch.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QRandomGenerator>
#include <QSignalSpy>

#include <algorithm>

using namespace unblock;
using namespace unblock::app;
using namespace Qt::StringLiterals;

namespace {

KeyedRows::Row rowFor(KeyedRows::Key key, int version) {
    return {{{u"item %1 v%2"_s.arg(key).arg(version), {}, {}, {}, false, Qt::AlignLeft}}, false};
}

std::vector<KeyedRows::Key> shownKeys(const KeyedRows& rows) {
    std::vector<KeyedRows::Key> keys;
    for (int row = 0; row < rows.rowCount(); ++row)
        keys.push_back(rows.index(row, 0).data(KeyedRows::KeyRole).toLongLong());
    return keys;
}

} // namespace

TEST_CASE("Id-keyed rows follow any order in place: only rows that came, went, moved or changed "
          "are touched, and a selected row stays selected") {
    KeyedRows rows({u"Item"_s});
    QAbstractItemModelTester tester(&rows, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QItemSelectionModel selection(&rows);
    QRandomGenerator random(29);
    std::vector<KeyedRows::Key> order;
    int version = 0;
    for (int round = 0; round < 400; ++round) {
        // Some come, some go, some move, some change.
        std::vector<KeyedRows::Key> next = order;
        std::erase_if(next, [&](KeyedRows::Key) { return random.bounded(6) == 0; });
        for (int added = random.bounded(4); added > 0; --added) {
            const auto at =
                static_cast<std::ptrdiff_t>(random.bounded(static_cast<int>(next.size()) + 1));
            next.insert(next.begin() + at, 1000 + round * 10 + added);
        }
        if (next.size() > 2 && random.bounded(3) == 0) {
            const auto size = static_cast<quint32>(next.size());
            std::swap(next[random.bounded(size)], next[random.bounded(size)]);
        }
        std::unordered_set<KeyedRows::Key> changed;
        for (const KeyedRows::Key key : next) {
            if (random.bounded(10) == 0)
                changed.insert(key);
        }
        const KeyedRows::Key selected =
            rows.rowCount() > 0 ? rows.keyAt(random.bounded(rows.rowCount())) : -1;
        if (selected >= 0)
            selection.select(rows.index(rows.rowOf(selected), 0),
                             QItemSelectionModel::ClearAndSelect);

        QSignalSpy changes(&rows, &QAbstractItemModel::dataChanged);
        ++version;
        rows.follow(next, changed, [&](KeyedRows::Key key) { return rowFor(key, version); });
        REQUIRE(shownKeys(rows) == next);
        // Rows made anew: those that came and those that changed, no others.
        std::size_t fresh = 0;
        for (const KeyedRows::Key key : next) {
            const bool made =
                rows.index(rows.rowOf(key), 0).data().toString().endsWith(u" v%1"_s.arg(version));
            const bool cameNow = std::find(order.begin(), order.end(), key) == order.end();
            CHECK(made == (cameNow || changed.contains(key)));
            fresh += made && !cameNow ? 1 : 0;
        }
        CHECK(static_cast<std::size_t>(changes.size()) == fresh);
        if (selected >= 0 && rows.rowOf(selected) >= 0)
            CHECK(selection.isRowSelected(rows.rowOf(selected), {}));
        order = next;
    }
}

TEST_CASE("An edited cell is reported, not kept: the row follows the session when the edit lands") {
    KeyedRows rows({u"Dots"_s, u"Item"_s});
    rows.follow({7}, {}, [](KeyedRows::Key) {
        KeyedRows::Row row;
        row.cells = {{3, {}, u"Paper dots on Budgets"_s, {}, true, Qt::AlignCenter},
                     {u"Budgets"_s, {}, {}, {}, false, Qt::AlignLeft}};
        return row;
    });
    QSignalSpy edited(&rows, &KeyedRows::edited);
    CHECK(rows.flags(rows.index(0, 0)) & Qt::ItemIsEditable);
    CHECK_FALSE(rows.flags(rows.index(0, 1)) & Qt::ItemIsEditable);
    CHECK(rows.setData(rows.index(0, 0), 5));
    CHECK_FALSE(rows.setData(rows.index(0, 1), u"x"_s));
    REQUIRE(edited.size() == 1);
    CHECK(edited[0][0].toLongLong() == 7);
    CHECK(edited[0][2].toInt() == 5);
    CHECK(rows.index(0, 0).data().toInt() == 3);
    CHECK(rows.index(0, 0).data(Qt::AccessibleTextRole).toString() == u"Paper dots on Budgets");
}
