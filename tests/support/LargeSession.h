#pragma once

#include "model/SessionData.h"

// A big workshop for pagination tests and benchmarks: `blockers` blockers in
// 10 groups and 12 categories, `solutionsPerBlocker` solutions each (some with
// an owner and a due date), and a closed dot round in which every blocker got
// votes. Titles are unique ("Blocker 17: …", "Solution 17.2: …") so tests
// can find each one. Header-only: benchmarks use it without Catch.
namespace unblock::test {

inline SessionData largeSession(int blockers, int solutionsPerBlocker) {
    SessionData data;
    data.details.title = QStringLiteral("A very large Really Useful Day");
    data.details.date = QDate(2026, 3, 4);
    data.details.venue = QStringLiteral("Neuadd y Sir, Caerfyrddin");
    data.details.attendees = 180;
    for (int c = 1; c <= 12; ++c)
        data.categories.push_back({c, QStringLiteral("Category %1").arg(c), c});
    for (int g = 1; g <= 10; ++g)
        data.groups.push_back({g, QStringLiteral("Table %1").arg(g), g});
    Round round;
    round.id = 1;
    round.title = QStringLiteral("Dots");
    round.budget = 5;
    round.state = RoundState::Closed;
    round.paperVoters = 180;
    Id solutionId = 1;
    for (int b = 1; b <= blockers; ++b) {
        Blocker blocker;
        blocker.id = b;
        blocker.title = QStringLiteral("Blocker %1: staff time goes on answering the same "
                                       "question by phone, email and in person")
                            .arg(b);
        blocker.categoryId = 1 + b % 12;
        blocker.groupId = 1 + b % 10;
        blocker.position = b;
        data.blockers.push_back(blocker);
        for (int s = 1; s <= solutionsPerBlocker; ++s) {
            Solution solution;
            solution.id = solutionId++;
            solution.blockerId = b;
            solution.text = QStringLiteral("Solution %1.%2: publish the answer once, on the "
                                           "council's website, and point every channel at it")
                                .arg(b)
                                .arg(s);
            solution.position = s;
            if (s == 1 && b % 7 == 0) {
                solution.owner = QStringLiteral("Owner %1").arg(b);
                solution.due = QDate(2026, 4, 1).addDays(b);
            }
            data.solutions.push_back(solution);
        }
        round.tallies.push_back({b, 1 + (b * 37) % 60});
    }
    data.rounds.push_back(round);
    return data;
}

} // namespace unblock::test
