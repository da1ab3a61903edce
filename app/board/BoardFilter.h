#pragma once

#include <QObject>
#include <QString>

class QAbstractItemModel;
class QModelIndex;
class QTreeView;

namespace unblock::app {

// Filters the board by hiding the rows that do not match, in the view. A row
// shows when it, or anything under it, holds the text (in any column, any
// case). The tree stays on the board's own model: a proxy in between would
// make every inserted row cost the whole board (each expanded row's index is
// looked up through the proxy), which a 5,000-blocker workshop feels.
class BoardFilter : public QObject {
    Q_OBJECT
public:
    BoardFilter(QTreeView* tree, QAbstractItemModel* model);

    void setText(const QString& text);
    const QString& text() const { return m_text; }

private:
    void apply();
    // Shows or hides `parent`'s rows; true if any of them shows.
    bool applyUnder(const QModelIndex& parent);
    bool matches(const QModelIndex& row) const;

    QTreeView* m_tree;
    QAbstractItemModel* m_model;
    QString m_text;
};

} // namespace unblock::app
