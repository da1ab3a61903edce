#pragma once

#include "model/SessionData.h"

#include <QStringList>

#include <vector>

// A past workshop for a library of them (shared learning), for the tests and
// the screenshot tour. Header-only: the tour uses it without Catch.
namespace unblock::test {

// A past workshop for the library: one blocker, its solutions, and (when
// `votes` are given) a paper vote on them.
inline SessionData pastWorkshop(const QString& title, const QDate& date, const QString& blocker,
                                const QStringList& solutions, const std::vector<int>& votes = {}) {
    SessionData data;
    data.details.title = title;
    data.details.date = date;
    Blocker b;
    b.id = 1;
    b.title = blocker;
    b.created = QDateTime(date, QTime(10, 0), Qt::UTC);
    data.blockers = {b};
    Round round;
    round.id = 1;
    round.title = QStringLiteral("Solutions");
    round.subject = RoundSubject::Solutions;
    round.subjectBlockerId = 1;
    round.state = RoundState::Revealed;
    round.paperVoters = 12;
    round.created = QDateTime(date, QTime(15, 0), Qt::UTC);
    for (qsizetype i = 0; i < solutions.size(); ++i) {
        const Id id = static_cast<Id>(i + 1);
        Solution solution;
        solution.id = id;
        solution.blockerId = 1;
        solution.text = solutions[i];
        solution.position = static_cast<int>(i);
        data.solutions.push_back(solution);
        round.items.push_back(id);
        if (static_cast<std::size_t>(i) < votes.size())
            round.tallies.push_back({id, votes[static_cast<std::size_t>(i)]});
    }
    if (!votes.empty())
        data.rounds = {round};
    return data;
}

} // namespace unblock::test
