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

void BoardTree::dataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                            const QList<int>& roles) {
    if (offScreen(topLeft, bottomRight)) {
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
