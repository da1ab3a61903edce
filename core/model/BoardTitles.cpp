#include "model/BoardTitles.h"

#include "model/TextRules.h"

namespace unblock {
namespace {

QString keyOf(const QString& title, std::optional<Id> group) {
    return QString::number(group.value_or(0)) + u'\x1f' + titleKey(title);
}

} // namespace

BoardTitles::BoardTitles(const SessionData& session) {
    for (const Blocker& b : session.blockers)
        add(b);
}

void BoardTitles::add(const Blocker& blocker) {
    const QString key = keyOf(blocker.title, blocker.groupId);
    m_byKey[key].append(blocker.id);
    m_keyOf.insert(blocker.id, key);
}

void BoardTitles::remove(Id blockerId) {
    const auto key = m_keyOf.find(blockerId);
    if (key == m_keyOf.end())
        return;
    const auto ids = m_byKey.find(*key);
    ids->removeOne(blockerId);
    if (ids->isEmpty())
        m_byKey.erase(ids);
    m_keyOf.erase(key);
}

void BoardTitles::follow(const SessionData& session, const SessionUpdate& update) {
    if (update.reloaded) {
        *this = BoardTitles(session);
        return;
    }
    for (const Id id : update.blockers.removed)
        remove(id);
    for (const std::vector<Id>* ids : {&update.blockers.added, &update.blockers.changed}) {
        for (const Id id : *ids) {
            remove(id);
            if (const Blocker* b = session.blocker(id))
                add(*b);
        }
    }
}

std::optional<Id> BoardTitles::find(const QString& title, std::optional<Id> group) const {
    const auto ids = m_byKey.constFind(keyOf(title, group));
    return ids == m_byKey.cend() ? std::nullopt : std::optional<Id>(ids->front());
}

} // namespace unblock
