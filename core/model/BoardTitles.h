#pragma once

#include "model/SessionChange.h"
#include "model/SessionData.h"

#include <QHash>
#include <QList>

#include <optional>

namespace unblock {

// The board's blockers by title, as sameTitle compares titles, kept up to
// date change by change: whether a title is on the board in a table
// already is answered without reading the board, however big it is.
class BoardTitles {
public:
    explicit BoardTitles(const SessionData& session);
    void follow(const SessionData& session, const SessionUpdate& update);
    // A blocker in `group` (none: not in one), merged or not, whose title is
    // the same as `title`.
    std::optional<Id> find(const QString& title, std::optional<Id> group) const;

private:
    void add(const Blocker& blocker);
    void remove(Id blockerId);

    QHash<QString, QList<Id>> m_byKey; // by group and title key
    QHash<Id, QString> m_keyOf;
};

} // namespace unblock
