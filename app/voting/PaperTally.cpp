#include "voting/PaperTally.h"

#include <QHeaderView>
#include <QSpinBox>
#include <QStyledItemDelegate>

#include <unordered_map>
#include <unordered_set>

namespace unblock::app {
namespace {

constexpr int maxPaperDots = 100000;

// A count is a whole number of dots, never negative.
class DotsDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&,
                          const QModelIndex& index) const override {
        auto* spin = new QSpinBox(parent);
        spin->setRange(0, maxPaperDots);
        spin->setFrame(false);
        spin->setAccessibleName(index.data(Qt::AccessibleTextRole).toString());
        return spin;
    }
};

} // namespace

PaperTally::PaperTally(QWidget* parent)
    : QTableWidget(parent) {
    setColumnCount(2);
    setHorizontalHeaderLabels({tr("Paper dots"), tr("Item")});
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
    connect(this, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* cell) {
        if (m_filling || cell->column() != 0)
            return;
        const std::size_t row = static_cast<std::size_t>(cell->row());
        if (row < m_items.size())
            Q_EMIT dotsCounted(m_round, m_items[row], cell->data(Qt::EditRole).toInt());
    });
}

int PaperTally::rowOf(Id item) const {
    for (std::size_t row = 0; row < m_items.size(); ++row) {
        if (m_items[row] == item)
            return static_cast<int>(row);
    }
    return -1;
}

void PaperTally::clearRound() {
    m_filling = true;
    setRowCount(0);
    m_filling = false;
    m_round = 0;
    m_items.clear();
}

void PaperTally::showRound(const Round& round, const std::vector<Candidate>& candidates,
                           bool editable) {
    if (round.id != m_round)
        clearRound();
    m_round = round.id;
    m_filling = true;
    followItems(candidates);
    std::unordered_map<Id, int> dots;
    for (const Tally& t : round.tallies)
        dots[t.itemId] = t.dots;
    const Qt::ItemFlags countFlags = Qt::ItemIsEnabled | Qt::ItemIsSelectable |
                                     (editable ? Qt::ItemIsEditable : Qt::NoItemFlags);
    for (int row = 0; row < rowCount(); ++row) {
        const auto& c = candidates[static_cast<std::size_t>(row)];
        QTableWidgetItem* count = item(row, 0);
        const auto found = dots.find(c.id);
        count->setData(Qt::EditRole, found == dots.end() ? 0 : found->second);
        if (count->flags() != countFlags) // setting flags is a change, even the same ones
            count->setFlags(countFlags);
        if (QTableWidgetItem* title = item(row, 1); title->text() != c.title) {
            title->setText(c.title);
            count->setData(Qt::AccessibleTextRole, tr("Paper dots on %1").arg(c.title));
        }
    }
    m_filling = false;
}

// Removes the rows of items that left the round and inserts the ones that
// joined, so the rest (and the row being edited) stay as they are. A round's
// items keep their order; were they ever reordered, the rows are made anew.
void PaperTally::followItems(const std::vector<Candidate>& candidates) {
    std::unordered_set<Id> wanted;
    for (const Candidate& c : candidates)
        wanted.insert(c.id);
    for (int row = rowCount() - 1; row >= 0; --row) {
        if (!wanted.contains(m_items[static_cast<std::size_t>(row)])) {
            removeRow(row);
            m_items.erase(m_items.begin() + row);
        }
    }
    const std::unordered_set<Id> shown(m_items.begin(), m_items.end());
    for (std::size_t at = 0; at < candidates.size(); ++at) {
        if (at < m_items.size() && m_items[at] == candidates[at].id)
            continue;
        if (shown.contains(candidates[at].id)) { // reordered
            setRowCount(0);
            m_items.clear();
            followItems(candidates);
            return;
        }
        insertItemRow(static_cast<int>(at), candidates[at]);
    }
}

void PaperTally::insertItemRow(int row, const Candidate& candidate) {
    insertRow(row);
    m_items.insert(m_items.begin() + row, candidate.id);
    auto* count = new QTableWidgetItem;
    count->setTextAlignment(Qt::AlignCenter);
    count->setToolTip(tr("The dots counted on paper for this item"));
    setItem(row, 0, count);
    auto* title = new QTableWidgetItem;
    title->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    setItem(row, 1, title);
}

} // namespace unblock::app
