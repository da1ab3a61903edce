#pragma once

#include "model/Ids.h"
#include "model/SessionChange.h"

#include <QAbstractItemModel>

#include <optional>
#include <unordered_map>
#include <utility>
#include <vector>

namespace unblock::app {

class SessionDocument;

// The board as a tree: groups, their blockers, and under each blocker its
// solutions and then the blockers merged into it. Column 0 is the text,
// column 1 the category (blockers) or impact and effort (solutions).
// Editing, dragging and dropping go through edits::, so they are undoable.
// The tree follows the session's updates in place: rows are inserted, moved,
// removed and changed one by one, so views keep their expansion, selection,
// scroll position and open editor while anything else changes.
class BoardModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum class Kind { Group, Blocker, Solution };
    enum Role { KindRole = Qt::UserRole + 1, IdRole, MergedRole };
    static constexpr Id kNoGroup = 0; // the group row for blockers without a group

    explicit BoardModel(SessionDocument& doc, QObject* parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

    QModelIndex indexOf(Kind kind, Id id) const;
    static Kind kindOf(const QModelIndex& index);
    static Id idOf(const QModelIndex& index);

    // Moves a blocker or solution one place up (-1) or down (+1) among its siblings.
    bool moveBy(const QModelIndex& index, int step);

Q_SIGNALS:
    // A blocker dropped on another was merged into it: the facilitator goes on
    // working on the one that stands for both.
    void merged(Id source, Id target);

private:
    // One row of the tree. Each knows its parent and place, and carries what
    // it shows, so a view's questions never search the session.
    struct Node {
        Kind kind = Kind::Group;
        Id id = 0;
        int parent = -1; // index in m_nodes; -1 for the root
        int row = 0;     // its place among its parent's children
        std::vector<int> children;
        bool merged = false;
        std::optional<Id> categoryId; // a blocker's, to name it
        QString text;                 // column 0
        QString detail;               // column 1: the category, or a solution's scores
    };
    using Key = std::pair<Kind, Id>;
    struct KeyHash {
        std::size_t operator()(const Key& k) const noexcept {
            return std::hash<Id>()(k.second) ^ (static_cast<std::size_t>(k.first) << 28);
        }
    };

    void build();
    void update(const SessionUpdate& update);
    int addNode(Kind kind, Id id, int parent);
    void fill(int node);
    void addSubtree(int node);
    void freeSubtree(int node);
    void renumber(int parent);
    std::vector<Key> expectedChildren(int node) const;
    std::optional<Key> parentKeyOf(Kind kind, Id id) const;
    void removeStale(int parent, const std::vector<Key>& expected);
    void placeExpected(int parent, const std::vector<Key>& expected);
    QModelIndex indexOfNode(int node, int column = 0) const;
    int nodeOf(const Key& key) const;
    void refreshCategoryNames();
    const Node& nodeAt(const QModelIndex& index) const;
    bool dropBlocker(Id blocker, int row, const Node& target);

    SessionDocument& m_doc;
    std::vector<Node> m_nodes; // m_nodes[0] is the invisible root; freed ones are reused
    std::vector<int> m_free;
    std::unordered_map<Key, int, KeyHash> m_byKey;
    std::unordered_map<Id, std::vector<Id>> m_mergedInto; // blocker → those merged into it
    std::unordered_map<Id, QString> m_categoryNames;
    std::unordered_map<Id, int> m_groupPlace; // a group's position, to find its blockers
};

} // namespace unblock::app
