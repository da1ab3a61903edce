#include "board/BoardTree.h"

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
    connect(model, &QAbstractItemModel::rowsInserted, this, layoutDue);
    connect(model, &QAbstractItemModel::rowsRemoved, this, layoutDue);
    connect(model, &QAbstractItemModel::rowsMoved, this, layoutDue);
    connect(model, &QAbstractItemModel::layoutChanged, this, layoutDue);
    connect(model, &QAbstractItemModel::modelReset, this, layoutDue);
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
