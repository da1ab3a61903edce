#pragma once

#include "model/Action.h"
#include "model/Ids.h"
#include "model/Result.h"

#include <QDate>
#include <QString>

#include <optional>

namespace unblock::store {

class SessionFile;

// Blockers and their solutions on the board. Each operation is one user
// action: one transaction, committed before it returns, or refused with a
// reason and nothing changed.

struct BlockerFields {
    QString title;
    QString detail;
    std::optional<Id> categoryId;
    std::optional<Id> groupId;
    QString author;
};

// Adds a blocker at the end of its group.
Result<Id> addBlocker(SessionFile& file, const BlockerFields& fields);
// Puts a journey step's pain point on the board: adds the blocker and links
// the step to it, in one transaction. Refused for a step that is not a pain
// point or already has its blocker.
Result<Id> addPainPointBlocker(SessionFile& file, Id stepId, const BlockerFields& fields);
// The blocker a pain point suggests: its note (or the step) as the title, and
// where it came from as the detail.
BlockerFields painPointBlockerFields(const QString& journeyTitle, const QString& step,
                                     const QString& painNote);
// Changes the text and category; a new group puts it at the end of that group.
Status editBlocker(SessionFile& file, Id blockerId, const BlockerFields& fields);
// Puts the blocker at `index` within `groupId` (no group when empty).
Status moveBlocker(SessionFile& file, Id blockerId, std::optional<Id> groupId, int index);
// Deletes the blocker, its solutions and every vote for them.
Status deleteBlocker(SessionFile& file, Id blockerId);
// `source` now counts with `target`; its own text, solutions and votes stay.
Status mergeBlockers(SessionFile& file, Id sourceId, Id targetId);
Status unmergeBlocker(SessionFile& file, Id blockerId);

struct SolutionFields {
    QString text;
    std::optional<int> impact; // 1..5
    std::optional<int> effort; // 1..5
    QString owner;
    QDate due;
};

// Where a solution added from the library was learned: the other
// workshop's title and date. Set once, when it is added.
struct LearnedFrom {
    QString workshop;
    QDate date;
};

Result<Id> addSolution(SessionFile& file, Id blockerId, const SolutionFields& fields,
                       const LearnedFrom& from = {});
Status editSolution(SessionFile& file, Id solutionId, const SolutionFields& fields);
// Puts the solution at `index` under `blockerId` (its own or another).
Status moveSolution(SessionFile& file, Id solutionId, Id blockerId, int index);
Status deleteSolution(SessionFile& file, Id solutionId);
// What became of an action (a solution with an owner or a due date), and
// the day it changed; undo gives back the status and day it had.
Status setActionStatus(SessionFile& file, Id solutionId, ActionStatus status, const QDate& changed);

} // namespace unblock::store
