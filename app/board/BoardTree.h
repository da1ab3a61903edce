#pragma once

#include <QTreeView>

namespace unblock::app {

// The board's tree view. Its rows wrap, so they differ in height, and
// QTreeView finds where a changed row is by measuring every row between it
// and the screen: on a board of thousands, a phone's edit far down the board
// cost more than everything else the edit did. A row that changes off the
// screen is drawn fresh when it is scrolled to instead.
class BoardTree : public QTreeView {
    Q_OBJECT
public:
    using QTreeView::QTreeView;

protected:
    void dataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                     const QList<int>& roles) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    bool offScreen(const QModelIndex& first, const QModelIndex& last) const;

    bool m_changedOffScreen = false; // heights measured before may be out of date
};

} // namespace unblock::app
