#pragma once

#include "model/SessionData.h"

#include <QDateTime>

// A big workshop for pagination tests and benchmarks: `blockers` blockers in
// 10 groups and 12 categories, `solutionsPerBlocker` solutions each (some with
// an owner and a due date), and a closed dot round in which every blocker got
// votes, and `journeys` journeys of 8 steps (every second one the future of
// the one before). Titles are unique ("Blocker 17: …", "Solution 17.2: …") so tests
// can find each one. Header-only: benchmarks use it without Catch.
namespace unblock::test {

inline SessionData largeSession(int blockers, int solutionsPerBlocker, int journeys = 0) {
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
    const QDateTime morning(QDate(2026, 3, 4), QTime(9, 30), Qt::UTC);
    round.created = morning.addSecs(4 * 3600);
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
        blocker.created = morning.addSecs(b);
        data.blockers.push_back(blocker);
        round.items.push_back(b);
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
    data.channels = defaultChannels();
    Id stepId = 1;
    for (int j = 1; j <= journeys; ++j) {
        Journey journey;
        journey.id = j;
        journey.title = QStringLiteral("Journey %1: reporting a missed bin collection").arg(j);
        journey.annualVolume = 10'000 * j;
        journey.variant = j % 2 == 0 ? JourneyVariant::Future : JourneyVariant::Current;
        if (journey.variant == JourneyVariant::Future)
            journey.currentId = j - 1;
        for (int s = 1; s <= 8; ++s) {
            JourneyStep step;
            step.id = stepId++;
            step.description = QStringLiteral("Step %1.%2: the resident tries again").arg(j).arg(s);
            step.channelId = 1 + (s + j) % 3;
            step.avoidable = s % 3 == 0;
            step.painPoint = s % 4 == 0;
            journey.steps.push_back(step);
        }
        data.journeys.push_back(journey);
    }
    return data;
}

} // namespace unblock::test
