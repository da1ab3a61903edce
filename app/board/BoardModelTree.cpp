// The board model's tree, built once and then kept up to date with each
// session update by row inserts, moves, removals and dataChanged, touching
// only the parents whose children changed.
#include "board/BoardModel.h"
#include "document/SessionDocument.h"
#include "model/ActionPlan.h"
#include "model/BoardGroups.h"

#include <algorithm>
#include <set>
#include <unordered_set>

namespace unblock::app {
namespace {

using Kind = BoardModel::Kind;
constexpr Id kRoot = -1; // the invisible root's id; 0 is "Not in a group"

QString scoresOf(const Solution& s) {
    QStringList parts;
    if (s.impact)
        parts << BoardModel::tr("impact %1").arg(*s.impact);
    if (s.effort)
        parts << BoardModel::tr("effort %1").arg(*s.effort);
    if (!s.owner.isEmpty())
        parts << s.owner;
    if (s.due.isValid())
        parts << s.due.toString(Qt::ISODate);
    if (!s.fromWorkshop.isEmpty())
        parts << BoardModel::tr("from %1").arg(learnedFrom(s));
    return parts.join(u" · ");
}

// The blockers of one group (or of none), in board order: the session keeps
// them sorted by their group's place, so they are one run of the list.
template <typename Place>
std::pair<std::vector<Blocker>::const_iterator, std::vector<Blocker>::const_iterator>
blockersAt(const std::vector<Blocker>& blockers, std::pair<int, int> place, Place placeOf) {
    const auto first = std::partition_point(blockers.begin(), blockers.end(),
                                            [&](const Blocker& b) { return placeOf(b) < place; });
    const auto last = std::partition_point(first, blockers.end(),
                                           [&](const Blocker& b) { return placeOf(b) == place; });
    return {first, last};
}

} // namespace

int BoardModel::addNode(Kind kind, Id id, int parent) {
    int index = 0;
    if (m_free.empty()) {
        m_nodes.emplace_back();
        index = static_cast<int>(m_nodes.size()) - 1;
    } else {
        index = m_free.back();
        m_free.pop_back();
        m_nodes[static_cast<std::size_t>(index)] = Node{};
    }
    Node& n = m_nodes[static_cast<std::size_t>(index)];
    n.kind = kind;
    n.id = id;
    n.parent = parent;
    if (index > 0)
        m_byKey[{kind, id}] = index;
    fill(index);
    return index;
}

// What a node shows, from the session.
void BoardModel::fill(int node) {
    Node& n = m_nodes[static_cast<std::size_t>(node)];
    const SessionData& data = m_doc.data();
    switch (n.kind) {
    case Kind::Group: {
        const Group* g = n.id == kNoGroup ? nullptr : data.group(n.id);
        n.text = g ? g->name : noGroupName();
        break;
    }
    case Kind::Blocker:
        if (const Blocker* b = data.blocker(n.id)) {
            n.text = b->title;
            n.merged = b->mergedInto.has_value();
            n.categoryId = b->categoryId;
            const auto name =
                b->categoryId ? m_categoryNames.find(*b->categoryId) : m_categoryNames.end();
            n.detail = name == m_categoryNames.end() ? QString() : name->second;
        }
        break;
    case Kind::Solution:
        if (const Solution* s = data.solution(n.id)) {
            n.text = s->text;
            n.detail = scoresOf(*s);
        }
        break;
    }
}

int BoardModel::nodeOf(const Key& key) const {
    const auto it = m_byKey.find(key);
    return it == m_byKey.end() ? -1 : it->second;
}

// Where a row belongs now: a group's blockers under the group (or "Not in a
// group"), a merged blocker under the one it was merged into, a solution
// under its blocker. Nothing when it is no longer in the session.
std::optional<BoardModel::Key> BoardModel::parentKeyOf(Kind kind, Id id) const {
    const SessionData& data = m_doc.data();
    if (kind == Kind::Solution) {
        const Solution* s = data.solution(id);
        return s ? std::optional<Key>(Key{Kind::Blocker, s->blockerId}) : std::nullopt;
    }
    if (kind == Kind::Blocker) {
        const Blocker* b = data.blocker(id);
        if (!b)
            return std::nullopt;
        if (b->mergedInto)
            return Key{Kind::Blocker, *b->mergedInto};
        const bool grouped = b->groupId && m_groupPlace.contains(*b->groupId);
        return Key{Kind::Group, grouped ? *b->groupId : kNoGroup};
    }
    return std::nullopt; // groups sit under the root
}

// The children a node should have, in order, from the session.
std::vector<BoardModel::Key> BoardModel::expectedChildren(int node) const {
    const SessionData& data = m_doc.data();
    const Node& n = m_nodes[static_cast<std::size_t>(node)];
    const auto placeOf = [this](const Blocker& b) {
        const auto it = b.groupId ? m_groupPlace.find(*b.groupId) : m_groupPlace.end();
        return it == m_groupPlace.end() ? std::make_pair(1, 0) : std::make_pair(0, it->second);
    };
    std::vector<Key> keys;
    if (node == 0) {
        for (const Group& g : data.groups)
            keys.emplace_back(Kind::Group, g.id);
        const auto [first, last] = blockersAt(data.blockers, {1, 0}, placeOf);
        if (std::any_of(first, last, [](const Blocker& b) { return !b.mergedInto; }))
            keys.emplace_back(Kind::Group, kNoGroup);
    } else if (n.kind == Kind::Group) {
        const auto group = m_groupPlace.find(n.id);
        if (n.id != kNoGroup && group == m_groupPlace.end())
            return keys; // a group that has gone
        const auto place =
            n.id == kNoGroup ? std::make_pair(1, 0) : std::make_pair(0, group->second);
        const auto [first, last] = blockersAt(data.blockers, place, placeOf);
        for (auto b = first; b != last; ++b) {
            if (!b->mergedInto)
                keys.emplace_back(Kind::Blocker, b->id);
        }
    } else if (n.kind == Kind::Blocker) {
        const auto [first, last] = std::equal_range(
            data.solutions.begin(), data.solutions.end(), n.id, [](const auto& a, const auto& b) {
                if constexpr (std::is_same_v<std::decay_t<decltype(a)>, Solution>)
                    return a.blockerId < b;
                else
                    return a < b.blockerId;
            });
        for (auto s = first; s != last; ++s)
            keys.emplace_back(Kind::Solution, s->id);
        if (const auto merged = m_mergedInto.find(n.id); merged != m_mergedInto.end()) {
            for (const Id id : merged->second)
                keys.emplace_back(Kind::Blocker, id);
        }
    }
    return keys;
}

void BoardModel::addSubtree(int node) {
    for (const Key& key : expectedChildren(node)) {
        const int child = addNode(key.first, key.second, node);
        m_nodes[static_cast<std::size_t>(node)].children.push_back(child);
        addSubtree(child);
    }
    renumber(node);
}

void BoardModel::freeSubtree(int node) {
    for (const int child : m_nodes[static_cast<std::size_t>(node)].children)
        freeSubtree(child);
    Node& n = m_nodes[static_cast<std::size_t>(node)];
    m_byKey.erase({n.kind, n.id});
    n = Node{};
    m_free.push_back(node);
}

void BoardModel::renumber(int parent) {
    const std::vector<int>& children = m_nodes[static_cast<std::size_t>(parent)].children;
    for (std::size_t row = 0; row < children.size(); ++row)
        m_nodes[static_cast<std::size_t>(children[row])].row = static_cast<int>(row);
}

void BoardModel::refreshCategoryNames() {
    m_categoryNames.clear();
    for (const Category& c : m_doc.data().categories)
        m_categoryNames.emplace(c.id, c.name);
}

void BoardModel::build() {
    m_nodes.clear();
    m_free.clear();
    m_byKey.clear();
    m_mergedInto.clear();
    m_groupPlace.clear();
    const SessionData& data = m_doc.data();
    refreshCategoryNames();
    for (const Group& g : data.groups)
        m_groupPlace.emplace(g.id, g.position);
    for (const Blocker& b : data.blockers) {
        if (b.mergedInto)
            m_mergedInto[*b.mergedInto].push_back(b.id);
    }
    for (auto& [into, merged] : m_mergedInto)
        std::sort(merged.begin(), merged.end());
    addNode(Kind::Group, kRoot, -1);
    addSubtree(0);
}

// Children no longer expected here go, with their subtrees (a row that moved
// to another parent is put there again by placeExpected).
void BoardModel::removeStale(int parent, const std::vector<Key>& expected) {
    const std::unordered_set<Key, KeyHash> wanted(expected.begin(), expected.end());
    std::vector<int>& children = m_nodes[static_cast<std::size_t>(parent)].children;
    for (int row = static_cast<int>(children.size()) - 1; row >= 0; --row) {
        const int child = children[static_cast<std::size_t>(row)];
        const Node& c = m_nodes[static_cast<std::size_t>(child)];
        if (wanted.contains({c.kind, c.id}))
            continue;
        beginRemoveRows(indexOfNode(parent), row, row);
        children.erase(children.begin() + row);
        freeSubtree(child);
        renumber(parent);
        endRemoveRows();
    }
}

// Each expected child at its place: moved there if it is already a child,
// inserted (with its subtree) if not.
void BoardModel::placeExpected(int parent, const std::vector<Key>& expected) {
    for (int row = 0; row < static_cast<int>(expected.size()); ++row) {
        const Key& key = expected[static_cast<std::size_t>(row)];
        std::vector<int>& children = m_nodes[static_cast<std::size_t>(parent)].children;
        if (row < static_cast<int>(children.size())) {
            const Node& here =
                m_nodes[static_cast<std::size_t>(children[static_cast<std::size_t>(row)])];
            if (here.kind == key.first && here.id == key.second)
                continue;
        }
        const int existing = nodeOf(key);
        const bool sibling =
            existing > 0 && m_nodes[static_cast<std::size_t>(existing)].parent == parent;
        const QModelIndex parentIndex = indexOfNode(parent);
        if (sibling) {
            const int from = m_nodes[static_cast<std::size_t>(existing)].row;
            beginMoveRows(parentIndex, from, from, parentIndex, row);
            children.erase(children.begin() + from);
            children.insert(children.begin() + row, existing);
            renumber(parent);
            endMoveRows();
            continue;
        }
        beginInsertRows(parentIndex, row, row);
        const int child = addNode(key.first, key.second, parent);
        std::vector<int>& now = m_nodes[static_cast<std::size_t>(parent)].children;
        now.insert(now.begin() + row, child);
        renumber(parent);
        addSubtree(child);
        endInsertRows();
    }
}

void BoardModel::update(const SessionUpdate& u) {
    if (u.reloaded) {
        beginResetModel();
        build();
        endResetModel();
        return;
    }
    if (!u.touchesBoard())
        return;
    const SessionData& data = m_doc.data();
    std::set<Key> parents;
    if (!u.groups.empty()) {
        m_groupPlace.clear();
        for (const Group& g : data.groups)
            m_groupPlace.emplace(g.id, g.position);
        parents.insert({Kind::Group, kRoot}); // groups came, went or moved
        for (const std::vector<Id>* list : {&u.groups.added, &u.groups.changed, &u.groups.removed})
            for (const Id id : *list)
                parents.insert({Kind::Group, id});
        parents.insert({Kind::Group, kNoGroup}); // a group's blockers may have lost it
    }
    // Blockers: their old parent and their new one, and who is merged into whom.
    for (const std::vector<Id>* list :
         {&u.blockers.added, &u.blockers.changed, &u.blockers.removed}) {
        for (const Id id : *list) {
            for (auto& [into, merged] : m_mergedInto)
                std::erase(merged, id);
            const Blocker* b = data.blocker(id);
            if (b && b->mergedInto) {
                std::vector<Id>& merged = m_mergedInto[*b->mergedInto];
                merged.insert(std::lower_bound(merged.begin(), merged.end(), id), id);
            }
            if (const int node = nodeOf({Kind::Blocker, id}); node > 0) {
                const Node& n = m_nodes[static_cast<std::size_t>(node)];
                const Node& p = m_nodes[static_cast<std::size_t>(n.parent)];
                parents.insert({p.kind, p.id});
            }
            if (const std::optional<Key> now = parentKeyOf(Kind::Blocker, id))
                parents.insert(*now);
            parents.insert({Kind::Group, kRoot}); // "Not in a group" may come or go
        }
    }
    for (const std::vector<Id>* list :
         {&u.solutions.added, &u.solutions.changed, &u.solutions.removed}) {
        for (const Id id : *list) {
            if (const int node = nodeOf({Kind::Solution, id}); node > 0) {
                const Node& p = m_nodes[static_cast<std::size_t>(
                    m_nodes[static_cast<std::size_t>(node)].parent)];
                parents.insert({p.kind, p.id});
            }
            if (const std::optional<Key> now = parentKeyOf(Kind::Solution, id))
                parents.insert(*now);
        }
    }
    // Removals first, everywhere, so a row that moved is free to be placed
    // anew. Nodes are looked up by key each time: removing one parent's rows
    // may free another parent in the list.
    const auto nodeOfParent = [this](const Key& key) {
        return key == Key{Kind::Group, kRoot} ? 0 : nodeOf(key);
    };
    for (const Key& key : parents) {
        if (const int node = nodeOfParent(key); node >= 0)
            removeStale(node, expectedChildren(node));
    }
    // Then top down: the root's groups, groups' blockers, blockers' children.
    std::vector<std::pair<int, Key>> byDepth;
    for (const Key& key : parents) {
        int depth = 0;
        for (int n = nodeOfParent(key); n > 0; n = m_nodes[static_cast<std::size_t>(n)].parent)
            ++depth;
        byDepth.emplace_back(depth, key);
    }
    std::stable_sort(byDepth.begin(), byDepth.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [depth, key] : byDepth) {
        if (const int node = nodeOfParent(key); node >= 0)
            placeExpected(node, expectedChildren(node));
    }
    // Rows that stayed where they were but say something new.
    if (!u.categories.empty())
        refreshCategoryNames();
    const auto refreshRow = [&](const Key& key) {
        const int node = nodeOf(key);
        if (node <= 0)
            return;
        fill(node);
        Q_EMIT dataChanged(indexOfNode(node, 0), indexOfNode(node, 1));
    };
    for (const Id id : u.groups.changed)
        refreshRow({Kind::Group, id});
    for (const Id id : u.blockers.changed)
        refreshRow({Kind::Blocker, id});
    for (const Id id : u.solutions.changed)
        refreshRow({Kind::Solution, id});
    if (!u.categories.empty()) {
        for (std::size_t i = 1; i < m_nodes.size(); ++i) {
            if (m_nodes[i].kind == Kind::Blocker && m_nodes[i].categoryId && m_nodes[i].parent >= 0)
                refreshRow({Kind::Blocker, m_nodes[i].id});
        }
    }
}

QModelIndex BoardModel::indexOfNode(int node, int column) const {
    if (node <= 0)
        return {};
    return createIndex(m_nodes[static_cast<std::size_t>(node)].row, column,
                       static_cast<quintptr>(node));
}

} // namespace unblock::app
