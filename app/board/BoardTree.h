#pragma once

#include <QTreeView>

namespace unblock::app {

// The board's tree view. Its rows wrap, so they differ in height, and
// QTreeView finds where a changed row is by measuring every row between it
// and the screen: on a board of thousands, a phone's edit far down the board
// cost more than everything else the edit did. A row that changes off the
// screen is drawn fresh when it is scrolled to instead. And QTreeView lays
// the whole tree out again when a row comes under an open parent; the
// parent is closed while the row comes and opened again after, which lays
// out that parent's rows only.
class BoardTree : public QTreeView {
    Q_OBJECT
public:
    using QTreeView::QTreeView;

    void setModel(QAbstractItemModel* model) override;
    void doItemsLayout() override;

    // The second column (a blocker's category, a solution's scores, owner
    // and due date) has at most this share of the width: titles keep the
    // rest, however long the details, on a small screen too.
    static constexpr int kDetailPercent = 28;
    // The most rows a parent may have to be closed and opened again around
    // an insert rather than the whole tree laid out.
    static constexpr int kFlatRows = 64;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void dataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                     const QList<int>& roles) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    bool offScreen(const QModelIndex& first, const QModelIndex& last) const;
    void closeWhileInserting(const QModelIndex& parent);
    void openAfterInserting();

    bool m_changedOffScreen = false; // heights measured before may be out of date
    // Rows came or went since the tree was last laid out: it lays out all of
    // it before it next draws, so a changed row needs nothing now (and asking
    // where the screen is would lay it out once more).
    bool m_layoutDue = false;
    QPersistentModelIndex m_reopen; // the parent closed while rows come under it
    int m_scrolledTo = 0;           // where the view was before
};

} // namespace unblock::app
