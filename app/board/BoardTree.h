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

    void setModel(QAbstractItemModel* model) override;
    void doItemsLayout() override;

protected:
    void dataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                     const QList<int>& roles) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    bool offScreen(const QModelIndex& first, const QModelIndex& last) const;

    bool m_changedOffScreen = false; // heights measured before may be out of date
    // Rows came or went since the tree was last laid out: it lays out all of
    // it before it next draws, so a changed row needs nothing now (and asking
    // where the screen is would lay it out once more).
    bool m_layoutDue = false;
};

} // namespace unblock::app
