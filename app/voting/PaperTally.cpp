#include "voting/PaperTally.h"

#include "document/KeyedRows.h"
#include "ranking/BallotRules.h"

#include <QHeaderView>
#include <QSpinBox>
#include <QStyledItemDelegate>

#include <unordered_map>

namespace unblock::app {
namespace {

// A count is a whole number of dots, never negative.
class DotsDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&,
                          const QModelIndex& index) const override {
        auto* spin = new QSpinBox(parent);
        spin->setRange(0, kMostPaperDots);
        spin->setFrame(false);
        spin->setAccessibleName(index.data(Qt::AccessibleTextRole).toString());
        return spin;
    }
};

KeyedRows::Row tallyRow(const Candidate& item, int dots, bool editable) {
    KeyedRows::Row row;
    row.cells.push_back({dots,
                         PaperTally::tr("The dots counted on paper for this item"),
                         PaperTally::tr("Paper dots on %1").arg(item.title),
                         {},
                         editable,
                         Qt::AlignCenter});
    row.cells.push_back({item.title, item.title, {}, {}, false, Qt::AlignLeft | Qt::AlignVCenter});
    return row;
}

} // namespace

PaperTally::PaperTally(QWidget* parent)
    : QTableView(parent)
    , m_rows(new KeyedRows({tr("Paper dots"), tr("Item")}, this)) {
    setModel(m_rows);
    horizontalHeader()->setStretchLastSection(true);
    verticalHeader()->hide();
    // Tab leaves the table (arrows move in it): a keyboard user is never trapped.
    setTabKeyNavigation(false);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked |
                    QAbstractItemView::EditKeyPressed);
    setItemDelegateForColumn(0, new DotsDelegate(this));
    setAccessibleName(tr("Paper dot counts"));
    setAccessibleDescription(
        tr("The dots counted on the paper sheets, item by item. Type a count and press Enter."));
    connect(m_rows, &KeyedRows::edited, this,
            [this](KeyedRows::Key item, int, const QVariant& dots) {
                Q_EMIT dotsCounted(m_round, item, dots.toInt());
            });
}

int PaperTally::rowOf(Id item) const {
    return m_rows->rowOf(item);
}

int PaperTally::rowCount() const {
    return m_rows->rowCount();
}

void PaperTally::clearRound() {
    m_rows->clear();
    m_round = 0;
}

// Only the rows whose count, words or editing changed are made again.
void PaperTally::showRound(const Round& round, const std::vector<Candidate>& candidates,
                           bool editable) {
    if (round.id != m_round)
        clearRound();
    m_round = round.id;
    std::unordered_map<Id, int> dots;
    for (const Tally& t : round.tallies)
        dots[t.itemId] = t.dots;
    std::vector<KeyedRows::Key> order;
    std::unordered_map<Id, const Candidate*> byId;
    std::unordered_set<KeyedRows::Key> changed;
    for (const Candidate& c : candidates) {
        order.push_back(c.id);
        byId.emplace(c.id, &c);
        const int row = m_rows->rowOf(c.id);
        if (row < 0)
            continue;
        const QModelIndex count = m_rows->index(row, 0);
        const auto found = dots.find(c.id);
        const bool same = count.data().toInt() == (found == dots.end() ? 0 : found->second) &&
                          m_rows->index(row, 1).data().toString() == c.title &&
                          bool(m_rows->flags(count) & Qt::ItemIsEditable) == editable;
        if (!same)
            changed.insert(c.id);
    }
    m_rows->follow(order, changed, [&](KeyedRows::Key id) {
        const auto found = dots.find(id);
        return tallyRow(*byId.at(id), found == dots.end() ? 0 : found->second, editable);
    });
}

} // namespace unblock::app
