#include "board/BoardModel.h"

#include "document/Edits.h"
#include "document/SessionDocument.h"

#include <QDataStream>
#include <QFont>
#include <QIODevice>
#include <QMimeData>

#include <unordered_map>

using namespace Qt::StringLiterals;

namespace unblock::app {
namespace {

const QString kMimeType = u"application/x-unblock-board-item"_s;

} // namespace

BoardModel::BoardModel(SessionDocument& doc, QObject* parent)
    : QAbstractItemModel(parent)
    , m_doc(doc) {
    build();
    connect(&doc, &SessionDocument::updated, this, &BoardModel::update);
}

const BoardModel::Node& BoardModel::nodeAt(const QModelIndex& index) const {
    return m_nodes[index.isValid() ? static_cast<std::size_t>(index.internalId()) : 0];
}

QModelIndex BoardModel::index(int row, int column, const QModelIndex& parent) const {
    const Node& p = nodeAt(parent);
    if (row < 0 || column < 0 || column >= 2 || row >= static_cast<int>(p.children.size()))
        return {};
    return createIndex(row, column,
                       static_cast<quintptr>(p.children[static_cast<std::size_t>(row)]));
}

QModelIndex BoardModel::parent(const QModelIndex& child) const {
    if (!child.isValid())
        return {};
    return indexOfNode(nodeAt(child).parent);
}

int BoardModel::rowCount(const QModelIndex& parent) const {
    if (parent.column() > 0)
        return 0;
    return static_cast<int>(nodeAt(parent).children.size());
}

int BoardModel::columnCount(const QModelIndex&) const {
    return 2;
}

QVariant BoardModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == 0 ? tr("Blockers and solutions") : tr("Category or scores");
}

QVariant BoardModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    const Node& n = nodeAt(index);
    if (role == KindRole)
        return static_cast<int>(n.kind);
    if (role == IdRole)
        return n.id;
    if (role == MergedRole)
        return n.merged;
    if (role == Qt::FontRole && (n.kind == Kind::Group || n.merged)) {
        QFont font;
        font.setBold(n.kind == Kind::Group);
        font.setItalic(n.merged);
        return font;
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole &&
        role != Qt::AccessibleTextRole)
        return {};
    if (index.column() == 1)
        return n.kind == Kind::Group ? QVariant() : QVariant(n.detail);
    // Merging is shown in words, not by style alone.
    if (n.merged && role != Qt::EditRole)
        return tr("Merged: %1").arg(n.text);
    return n.text;
}

bool BoardModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid() || role != Qt::EditRole)
        return false;
    const Node& n = nodeAt(index);
    const SessionData& data = m_doc.data();
    const QString text = value.toString();
    switch (n.kind) {
    case Kind::Group:
        return n.id != kNoGroup && edits::renameGroup(m_doc, n.id, text);
    case Kind::Blocker: {
        const Blocker* b = data.blocker(n.id);
        if (!b)
            return false;
        store::BlockerFields fields = edits::fieldsOf(*b);
        if (index.column() == 0) {
            fields.title = text;
        } else {
            fields.categoryId.reset();
            for (const Category& c : data.categories) {
                if (c.name == text)
                    fields.categoryId = c.id;
            }
        }
        return edits::editBlocker(m_doc, n.id, fields);
    }
    case Kind::Solution: {
        const Solution* s = data.solution(n.id);
        if (!s || index.column() != 0)
            return false;
        store::SolutionFields fields = edits::fieldsOf(*s);
        fields.text = text;
        return edits::editSolution(m_doc, n.id, fields);
    }
    }
    return false;
}

Qt::ItemFlags BoardModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    const Node& n = nodeAt(index);
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    // Said outright, so the tree never looks for a solution's children: on a
    // big board that look-up was much of laying the tree out again.
    if (n.kind == Kind::Solution)
        f |= Qt::ItemNeverHasChildren;
    if (m_doc.isReadOnly())
        return f;
    const bool editable = (n.kind == Kind::Group && n.id != kNoGroup && index.column() == 0) ||
                          (n.kind == Kind::Blocker) ||
                          (n.kind == Kind::Solution && index.column() == 0);
    if (editable)
        f |= Qt::ItemIsEditable;
    if (n.kind != Kind::Group)
        f |= Qt::ItemIsDragEnabled;
    if (n.kind != Kind::Solution)
        f |= Qt::ItemIsDropEnabled;
    return f;
}

Qt::DropActions BoardModel::supportedDropActions() const {
    return Qt::MoveAction;
}

QStringList BoardModel::mimeTypes() const {
    return {kMimeType};
}

QMimeData* BoardModel::mimeData(const QModelIndexList& indexes) const {
    if (indexes.isEmpty())
        return nullptr;
    const Node& n = nodeAt(indexes.first());
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << static_cast<int>(n.kind) << n.id;
    auto* mime = new QMimeData;
    mime->setData(kMimeType, bytes);
    return mime;
}

namespace {
bool readDragged(const QMimeData* data, BoardModel::Kind& kind, Id& id) {
    if (!data || !data->hasFormat(kMimeType))
        return false;
    QDataStream in(data->data(kMimeType));
    int rawKind = 0;
    in >> rawKind >> id;
    kind = static_cast<BoardModel::Kind>(rawKind);
    return in.status() == QDataStream::Ok;
}
} // namespace

bool BoardModel::canDropMimeData(const QMimeData* data, Qt::DropAction, int, int,
                                 const QModelIndex& parent) const {
    Kind kind{};
    Id id = 0;
    if (m_doc.isReadOnly() || !readDragged(data, kind, id))
        return false;
    const Node& target = nodeAt(parent);
    if (kind == Kind::Blocker)
        return parent.isValid() && target.kind != Kind::Solution &&
               !(target.kind == Kind::Blocker && target.id == id);
    return target.kind == Kind::Blocker;
}

// A blocker dropped between the blockers of a group moves there; dropped on
// another blocker, it merges into that one.
bool BoardModel::dropBlocker(Id blocker, int row, const Node& target) {
    if (target.kind == Kind::Blocker) {
        const Id into = target.id; // the model is rebuilt by the merge
        if (into == blocker || !edits::mergeBlockers(m_doc, blocker, into))
            return false;
        Q_EMIT merged(blocker, into);
        return true;
    }
    const std::optional<Id> group =
        target.id == kNoGroup ? std::nullopt : std::optional<Id>(target.id);
    const Blocker* b = m_doc.data().blocker(blocker);
    if (!b)
        return false;
    int index = row < 0 ? static_cast<int>(target.children.size()) : row;
    // The view counts the dragged blocker's old place; the store does not.
    if (b->groupId == group && !b->mergedInto && b->position < index)
        --index;
    if (b->mergedInto && !edits::unmergeBlocker(m_doc, blocker))
        return false;
    return edits::moveBlocker(m_doc, blocker, group, index);
}

bool BoardModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                              const QModelIndex& parent) {
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    Kind kind{};
    Id id = 0;
    readDragged(data, kind, id);
    const Node target = nodeAt(parent);
    if (kind == Kind::Blocker)
        return dropBlocker(id, row, target);
    const Solution* s = m_doc.data().solution(id);
    if (!s)
        return false;
    int index = row < 0 ? static_cast<int>(target.children.size()) : row;
    if (s->blockerId == target.id && s->position < index)
        --index;
    return edits::moveSolution(m_doc, id, target.id, index);
}

QModelIndex BoardModel::indexOf(Kind kind, Id id) const {
    return indexOfNode(nodeOf({kind, id}));
}

BoardModel::Kind BoardModel::kindOf(const QModelIndex& index) {
    return static_cast<Kind>(index.data(KindRole).toInt());
}

Id BoardModel::idOf(const QModelIndex& index) {
    return index.data(IdRole).toLongLong();
}

bool BoardModel::moveBy(const QModelIndex& index, int step) {
    if (!index.isValid())
        return false;
    const Node& n = nodeAt(index);
    const SessionData& data = m_doc.data();
    if (n.kind == Kind::Blocker && !n.merged) {
        const Blocker* b = data.blocker(n.id);
        return b && b->position + step >= 0 &&
               edits::moveBlocker(m_doc, n.id, b->groupId, b->position + step);
    }
    if (n.kind == Kind::Solution) {
        const Solution* s = data.solution(n.id);
        return s && s->position + step >= 0 &&
               edits::moveSolution(m_doc, n.id, s->blockerId, s->position + step);
    }
    return false;
}

} // namespace unblock::app
