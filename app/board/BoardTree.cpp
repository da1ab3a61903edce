#include "board/BoardTree.h"

#include <QHeaderView>
#include <QScrollBar>

#include <algorithm>
#include <vector>

namespace unblock::app {
namespace {

// Where a row is in the tree, as the rows from the top level down: a parent
// sorts before its children, and rows in the order the tree shows them.
std::vector<int> placeOf(QModelIndex index) {
    std::vector<int> place;
    for (; index.isValid(); index = index.parent())
        place.push_back(index.row());
    std::reverse(place.begin(), place.end());
    return place;
}

} // namespace

void BoardTree::setModel(QAbstractItemModel* model) {
    QTreeView::setModel(model);
    const auto layoutDue = [this] {
        m_layoutDue = true;
    };
    connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this,
            &BoardTree::closeWhileInserting);
    connect(model, &QAbstractItemModel::rowsInserted, this, &BoardTree::openAfterInserting);
    connect(model, &QAbstractItemModel::rowsRemoved, this, layoutDue);
    connect(model, &QAbstractItemModel::rowsMoved, this, layoutDue);
    connect(model, &QAbstractItemModel::layoutChanged, this, layoutDue);
    connect(model, &QAbstractItemModel::modelReset, this, layoutDue);
}

// The details wrap within their share, rather than every row on the screen
// being measured after each change to fit them.
void BoardTree::resizeEvent(QResizeEvent* event) {
    if (header()->count() > 1) {
        header()->setSectionResizeMode(1, QHeaderView::Fixed);
        header()->resizeSection(1, std::clamp(viewport()->width() * kDetailPercent / 100,
                                              fontMetrics().averageCharWidth() * 12,
                                              fontMetrics().averageCharWidth() * 40));
    }
    QTreeView::resizeEvent(event);
}

// Only a parent that is open, has rows already (the tree lays out one that
// had none alone anyway) and whose rows are closed, as a blocker's solutions
// are: opening rows that are open themselves costs the tree more, row by
// row, than laying everything out once.
void BoardTree::closeWhileInserting(const QModelIndex& parent) {
    if (!parent.isValid() || !isExpanded(parent) || m_layoutDue)
        return;
    const int rows = model()->rowCount(parent);
    if (rows == 0 || rows > kFlatRows)
        return;
    for (int row = 0; row < rows; ++row) {
        if (isExpanded(model()->index(row, 0, parent)))
            return;
    }
    m_reopen = parent;
    m_scrolledTo = verticalScrollBar()->value();
    const QSignalBlocker quiet(this); // nobody closed it
    collapse(parent);
}

void BoardTree::openAfterInserting() {
    if (!m_reopen.isValid()) {
        m_layoutDue = true; // the tree lays all of it out again
        return;
    }
    {
        const QSignalBlocker quiet(this);
        expand(m_reopen);
    }
    m_reopen = QPersistentModelIndex();
    // Where the whole layout would have left it: rows above the screen move
    // what is shown down, as they do when the tree is laid out again.
    verticalScrollBar()->setValue(m_scrolledTo);
}

void BoardTree::doItemsLayout() {
    m_layoutDue = false;
    QTreeView::doItemsLayout();
}

void BoardTree::dataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                            const QList<int>& roles) {
    if (!m_layoutDue && offScreen(topLeft, bottomRight)) {
        m_changedOffScreen = true;
        return;
    }
    QTreeView::dataChanged(topLeft, bottomRight, roles);
}

// Scrolling brings changed rows into sight: the tree measures them afresh.
void BoardTree::scrollContentsBy(int dx, int dy) {
    if (m_changedOffScreen && dy != 0) {
        m_changedOffScreen = false;
        scheduleDelayedItemsLayout();
    }
    QTreeView::scrollContentsBy(dx, dy);
}

bool BoardTree::offScreen(const QModelIndex& first, const QModelIndex& last) const {
    if (!isVisible() || !first.isValid())
        return false;
    const QModelIndex top = indexAt(QPoint(1, 1));
    const QModelIndex bottom = indexAt(QPoint(1, viewport()->height() - 2));
    if (!top.isValid())
        return false;
    if (placeOf(last) < placeOf(top))
        return true;
    return bottom.isValid() && placeOf(bottom) < placeOf(first);
}

} // namespace unblock::app
