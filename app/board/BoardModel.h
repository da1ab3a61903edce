#pragma once

#include "model/Ids.h"

#include <QAbstractItemModel>

#include <vector>

namespace unblock::app {

class SessionDocument;

// The board as a tree: groups, their blockers, and under each blocker its
// solutions and then the blockers merged into it. Column 0 is the text,
// column 1 the category (blockers) or impact and effort (solutions).
// Editing, dragging and dropping go through edits::, so they are undoable.
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
    struct Node {
        Kind kind;
        Id id;
        int parent; // index in m_nodes; -1 for the root
        std::vector<int> children;
        bool merged = false;
    };
    void rebuild();
    int addNode(Kind kind, Id id, int parent, bool merged = false);
    const Node& nodeAt(const QModelIndex& index) const;
    int rowOf(int node) const;
    bool dropBlocker(Id blocker, int row, const Node& target);

    SessionDocument& m_doc;
    std::vector<Node> m_nodes; // m_nodes[0] is the invisible root
};

} // namespace unblock::app
