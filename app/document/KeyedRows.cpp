#include "document/KeyedRows.h"

#include <QFont>

namespace unblock::app {

KeyedRows::KeyedRows(const QStringList& headings, QObject* parent)
    : QAbstractTableModel(parent)
    , m_headings(headings) {}

void KeyedRows::setHeadings(const QStringList& headings) {
    if (headings == m_headings)
        return;
    if (headings.size() == m_headings.size()) {
        m_headings = headings;
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, static_cast<int>(headings.size()) - 1);
        return;
    }
    beginResetModel();
    m_headings = headings;
    m_keys.clear();
    m_rows.clear();
    m_rowOfStale = true;
    endResetModel();
}

int KeyedRows::rowOf(Key key) const {
    if (m_rowOfStale) {
        m_rowOf.clear();
        for (std::size_t row = 0; row < m_keys.size(); ++row)
            m_rowOf.emplace(m_keys[row], static_cast<int>(row));
        m_rowOfStale = false;
    }
    const auto it = m_rowOf.find(key);
    return it == m_rowOf.end() ? -1 : it->second;
}

void KeyedRows::insertRowAt(int at, Key key, Row row) {
    beginInsertRows({}, at, at);
    m_keys.insert(m_keys.begin() + at, key);
    m_rows.insert(m_rows.begin() + at, std::move(row));
    m_rowOfStale = true;
    endInsertRows();
}

void KeyedRows::removeRowAt(int at) {
    beginRemoveRows({}, at, at);
    m_keys.erase(m_keys.begin() + at);
    m_rows.erase(m_rows.begin() + at);
    m_rowOfStale = true;
    endRemoveRows();
}

// Moves row `from` to stand at `to` (counted before it leaves, as
// beginMoveRows counts), only ever upwards here: to < from.
void KeyedRows::moveRow(int from, int to) {
    beginMoveRows({}, from, from, {}, to);
    const Key key = m_keys[static_cast<std::size_t>(from)];
    Row row = std::move(m_rows[static_cast<std::size_t>(from)]);
    m_keys.erase(m_keys.begin() + from);
    m_rows.erase(m_rows.begin() + from);
    m_keys.insert(m_keys.begin() + to, key);
    m_rows.insert(m_rows.begin() + to, std::move(row));
    m_rowOfStale = true;
    endMoveRows();
}

void KeyedRows::setRowAt(int at, Row row) {
    m_rows[static_cast<std::size_t>(at)] = std::move(row);
    Q_EMIT dataChanged(index(at, 0), index(at, columnCount() - 1));
}

void KeyedRows::follow(const std::vector<Key>& order, const std::unordered_set<Key>& changed,
                       const MakeRow& make) {
    const std::unordered_set<Key> wanted(order.begin(), order.end());
    for (int at = static_cast<int>(m_keys.size()) - 1; at >= 0; --at) {
        if (!wanted.contains(m_keys[static_cast<std::size_t>(at)]))
            removeRowAt(at);
    }
    // Every row before `at` is in its place; what stands at `at` is a row
    // still wanted further down, or nothing.
    for (int at = 0; at < static_cast<int>(order.size()); ++at) {
        const Key key = order[static_cast<std::size_t>(at)];
        if (at < static_cast<int>(m_keys.size()) && m_keys[static_cast<std::size_t>(at)] == key) {
            if (changed.contains(key))
                setRowAt(at, make(key));
            continue;
        }
        const int from = rowOf(key);
        if (from < 0) {
            insertRowAt(at, key, make(key));
            continue;
        }
        moveRow(from, at);
        if (changed.contains(key))
            setRowAt(at, make(key));
    }
}

void KeyedRows::refresh(Key key, const MakeRow& make) {
    if (const int at = rowOf(key); at >= 0)
        setRowAt(at, make(key));
}

void KeyedRows::clear() {
    if (m_keys.empty())
        return;
    beginResetModel();
    m_keys.clear();
    m_rows.clear();
    m_rowOfStale = true;
    endResetModel();
}

int KeyedRows::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_keys.size());
}

int KeyedRows::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_headings.size());
}

QVariant KeyedRows::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    if (role == KeyRole)
        return m_keys[static_cast<std::size_t>(index.row())];
    if (role == Qt::FontRole) {
        if (!row.italic)
            return {};
        QFont italic;
        italic.setItalic(true);
        return italic;
    }
    if (static_cast<std::size_t>(index.column()) >= row.cells.size())
        return {};
    const Cell& cell = row.cells[static_cast<std::size_t>(index.column())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return cell.value;
    case Qt::ToolTipRole:
        return cell.tip.isEmpty() ? QVariant() : QVariant(cell.tip);
    case Qt::AccessibleTextRole:
        return cell.spoken.isEmpty() ? QVariant() : QVariant(cell.spoken);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(cell.alignment);
    case SortRole:
        return cell.sortKey.isValid() ? cell.sortKey : cell.value;
    default:
        return {};
    }
}

// An editor's value is reported, not kept: the page makes the edit, and the
// row follows the session when the edit lands (or stays as it was, refused).
bool KeyedRows::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    Q_EMIT edited(keyAt(index.row()), index.column(), value);
    return true;
}

Qt::ItemFlags KeyedRows::flags(const QModelIndex& index) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    const bool editable = static_cast<std::size_t>(index.column()) < row.cells.size() &&
                          row.cells[static_cast<std::size_t>(index.column())].editable;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren |
           (editable ? Qt::ItemIsEditable : Qt::NoItemFlags);
}

QVariant KeyedRows::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 &&
        section < m_headings.size())
        return m_headings[section];
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace unblock::app
