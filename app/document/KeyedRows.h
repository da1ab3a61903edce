#pragma once

#include <QAbstractTableModel>
#include <QStringList>

#include <functional>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace unblock::app {

// The rows of a list or table, each kept under a key (an id), in the order
// core gives, and followed in place: a change to the session inserts,
// moves, removes or changes just the rows it touched, so a view keeps its
// selection, current row, open editor and scroll position while phones and
// undo change other rows. The Incoming list, the Actions tab, the paper
// tally and the Voting tab's rounds and results all show one.
class KeyedRows : public QAbstractTableModel {
    Q_OBJECT
public:
    using Key = qint64;
    enum Role { KeyRole = Qt::UserRole + 100, SortRole };

    struct Cell {
        QVariant value;   // shown, and what an editor starts from
        QString tip;      // the whole of it, where the cell may cut it
        QString spoken;   // what a screen reader says of it; the value when empty
        QVariant sortKey; // how a sorting view orders it; the value when unset
        bool editable = false;
        Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;
    };
    struct Row {
        std::vector<Cell> cells; // one a column
        bool italic = false;     // set apart: an item not added, say
    };
    using MakeRow = std::function<Row(Key)>;

    explicit KeyedRows(const QStringList& headings, QObject* parent = nullptr);
    // Other headings: the same number renames the columns; another number
    // starts the rows afresh.
    void setHeadings(const QStringList& headings);

    // The rows become `order`: those no longer in it go, new ones are made
    // by `make` and come at their place, those that moved move, and those in
    // `changed` are made again where they are. Nothing else is touched.
    void follow(const std::vector<Key>& order, const std::unordered_set<Key>& changed,
                const MakeRow& make);
    // One row made again in place, if it is there.
    void refresh(Key key, const MakeRow& make);
    void clear();

    int rowOf(Key key) const; // -1 when it is not there
    Key keyAt(int row) const { return m_keys.at(static_cast<std::size_t>(row)); }
    bool contains(Key key) const { return rowOf(key) >= 0; }
    const std::vector<Key>& keys() const { return m_keys; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    // A view's editor set a cell: the page turns it into an edit.
    void edited(Key key, int column, const QVariant& value);

private:
    void insertRowAt(int at, Key key, Row row);
    void removeRowAt(int at);
    void moveRow(int from, int to);
    void setRowAt(int at, Row row);

    QStringList m_headings;
    std::vector<Key> m_keys;
    std::vector<Row> m_rows;
    mutable std::unordered_map<Key, int> m_rowOf; // rebuilt when rows came, went or moved
    mutable bool m_rowOfStale = false;
};

} // namespace unblock::app
