#include "board/BoardFilter.h"

#include <QAbstractItemModel>
#include <QTreeView>

namespace unblock::app {

BoardFilter::BoardFilter(QTreeView* tree, QAbstractItemModel* model)
    : QObject(tree)
    , m_tree(tree)
    , m_model(model) {
    // While filtering, rows that arrive or change are filtered too. Unfiltered,
    // nothing is hidden and changes cost nothing here.
    const auto reapply = [this] {
        if (!m_text.isEmpty())
            apply();
    };
    connect(model, &QAbstractItemModel::rowsInserted, this, reapply);
    connect(model, &QAbstractItemModel::rowsRemoved, this, reapply);
    connect(model, &QAbstractItemModel::rowsMoved, this, reapply);
    connect(model, &QAbstractItemModel::dataChanged, this, reapply);
    connect(model, &QAbstractItemModel::modelReset, this, reapply);
}

void BoardFilter::setText(const QString& text) {
    if (text == m_text)
        return;
    m_text = text;
    apply();
    m_tree->expandAll(); // what matches is seen, wherever it is
}

void BoardFilter::apply() {
    applyUnder(QModelIndex());
}

bool BoardFilter::applyUnder(const QModelIndex& parent) {
    bool anyShown = false;
    for (int row = 0; row < m_model->rowCount(parent); ++row) {
        const QModelIndex index = m_model->index(row, 0, parent);
        // Children first: a row whose child matches shows, to show the child.
        const bool childShown = applyUnder(index);
        const bool shown = m_text.isEmpty() || childShown || matches(index);
        if (m_tree->isRowHidden(row, parent) == shown)
            m_tree->setRowHidden(row, parent, !shown);
        anyShown = anyShown || shown;
    }
    return anyShown;
}

bool BoardFilter::matches(const QModelIndex& row) const {
    for (int column = 0; column < m_model->columnCount(row.parent()); ++column) {
        if (row.siblingAtColumn(column).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace unblock::app
