#pragma once

#include "model/SessionData.h"

#include <QRandomGenerator>
#include <QStringList>

#include <algorithm>

// Generated workshops for the agreement tests, where every front (the
// window, the projector, the summary in each format, `unblock-cli`) must
// say the same of one session: tables with blockers and one with none,
// blockers in no table, merged blockers (with votes on them), and rounds of
// every method, revealed and not. The dot round that ranks the summary is
// built with ties at every boundary a front cuts at: 1st, 3rd (the
// summary's top), 8th to 10th (the screens' top), and last. Titles are
// plain words, so what a front says of them can be read back. Header-only.
namespace unblock::test {

inline const QStringList& agreementTitles() {
    static const QStringList titles{
        QStringLiteral("Slow procurement"),
        QStringLiteral("Legacy case system"),
        QStringLiteral("No budget for training"),
        QStringLiteral("Silo working"),
        QStringLiteral("Poor broadband in villages"),
        QStringLiteral("Jargon on forms"),
        QStringLiteral("Unclear ownership"),
        QStringLiteral("Paper only processes"),
        QStringLiteral("Too many passwords"),
        QStringLiteral("No user research"),
        QStringLiteral("Weak leadership"),
        QStringLiteral("Fear of change"),
        QStringLiteral("Data not shared"),
        QStringLiteral("Short term funding"),
    };
    return titles;
}

// The dot scores of the ranking round, best first: tied at 1st, 3rd,
// 8th to 10th and 11th to 12th (the last that got votes).
inline const std::vector<int>& agreementScores() {
    static const std::vector<int> scores{30, 30, 20, 20, 15, 12, 11, 5, 5, 5, 2, 2};
    return scores;
}

struct AgreementSession {
    SessionData data;
    Id rankingRound = 0;            // the latest round on blockers: dots, revealed
    Id unrevealedRound = 0;         // a round closed but not revealed
    std::vector<Id> revealedRounds; // every method's, the ranking one last
};

inline AgreementSession agreementSession(quint32 seed) {
    QRandomGenerator random(seed);
    AgreementSession made;
    SessionData& s = made.data;
    s.details.title = QStringLiteral("Agreement %1").arg(seed);
    s.details.date = QDate(2026, 12, 7);
    s.groups = {{1, QStringLiteral("Table 1"), 0},
                {2, QStringLiteral("Table 2"), 1},
                {3, QStringLiteral("Table 3"), 2},
                {4, QStringLiteral("Quiet table"), 3}}; // raises nothing
    const QDateTime morning(QDate(2026, 12, 7), QTime(9, 30), Qt::UTC);
    // 14 blockers: each at a table or (two of them) at none.
    std::vector<Blocker> blockers;
    QStringList titles = agreementTitles();
    std::shuffle(titles.begin(), titles.end(), random);
    for (qsizetype i = 0; i < titles.size(); ++i) {
        Blocker b;
        b.id = static_cast<Id>(i + 1);
        b.title = titles[i];
        b.created = morning.addSecs(60 * (i + 1));
        if (i >= 2)
            b.groupId = 1 + random.bounded(3);
        blockers.push_back(b);
    }
    // Two merged into others: their votes count with those they are in.
    const Id mergedA = 13, mergedB = 14;
    blockers[12].mergedInto = 1 + random.bounded(6);
    blockers[13].mergedInto = 7 + random.bounded(5);
    // In board order, as the store keeps them: by table, none last; then place.
    std::stable_sort(blockers.begin(), blockers.end(), [](const Blocker& a, const Blocker& b) {
        return a.groupId.value_or(99) < b.groupId.value_or(99);
    });
    std::map<std::optional<Id>, int> place;
    for (Blocker& b : blockers)
        b.position = place[b.groupId]++;
    s.blockers = blockers;
    std::vector<Id> roots;
    std::vector<Id> every;
    for (const Blocker& b : blockers) {
        every.push_back(b.id);
        if (!b.mergedInto)
            roots.push_back(b.id);
    }
    std::sort(roots.begin(), roots.end());
    std::sort(every.begin(), every.end());

    Id nextRound = 1;
    const auto round = [&](VoteMethod method, RoundState state, std::optional<int> budget) {
        Round r;
        r.id = nextRound++;
        r.title = QStringLiteral("%1 round %2").arg(toKey(method)).arg(r.id);
        r.method = method;
        r.state = state;
        r.budget = budget;
        r.created = morning.addSecs(3600 * static_cast<int>(r.id + 2));
        r.items = every;
        return r;
    };
    const auto ballot = [](Round& r, const QString& voter, const std::vector<Vote>& votes) {
        r.ballots.push_back(voter);
        r.votes.insert(r.votes.end(), votes.begin(), votes.end());
    };
    const auto someRoots = [&](int count) {
        std::vector<Id> chosen = roots;
        std::shuffle(chosen.begin(), chosen.end(), random);
        chosen.resize(static_cast<std::size_t>(count));
        return chosen;
    };

    // Not revealed: the room has not seen it.
    Round hidden = round(VoteMethod::Dots, RoundState::Closed, std::nullopt);
    hidden.paperVoters = 10;
    for (const Id id : someRoots(5))
        hidden.tallies.push_back({id, 1 + random.bounded(9)});
    made.unrevealedRound = hidden.id;
    s.rounds.push_back(hidden);

    Round approval = round(VoteMethod::Approval, RoundState::Revealed, 3);
    for (int voter = 0; voter < 7; ++voter) {
        std::vector<Vote> votes;
        for (const Id id : someRoots(3))
            votes.push_back({QStringLiteral("kiosk-a%1").arg(voter), id, 1});
        ballot(approval, QStringLiteral("kiosk-a%1").arg(voter), votes);
    }
    for (const std::string_view method : {"borda", "schulze"}) {
        Round ranked = round(method == "borda" ? VoteMethod::Borda : VoteMethod::Schulze,
                             RoundState::Revealed, 5);
        for (int voter = 0; voter < 5; ++voter) {
            const QString name = QStringLiteral("phone-%1%2").arg(ranked.id).arg(voter);
            std::vector<Vote> votes;
            int preference = 0;
            for (const Id id : someRoots(1 + random.bounded(5)))
                votes.push_back({name, id, ++preference});
            ballot(ranked, name, votes);
        }
        s.rounds.push_back(ranked);
    }
    s.rounds.insert(s.rounds.begin() + 1, approval);

    // The ranking round: the designed ties, some of a blocker's dots on the
    // blocker merged into it.
    Round dots = round(VoteMethod::Dots, RoundState::Revealed, std::nullopt);
    dots.paperVoters = 40;
    std::vector<Id> order = roots;
    std::shuffle(order.begin(), order.end(), random);
    for (std::size_t i = 0; i < order.size() && i < agreementScores().size(); ++i) {
        int score = agreementScores()[i];
        for (const Id merged : {mergedA, mergedB}) {
            const Blocker* child = nullptr;
            for (const Blocker& b : blockers) {
                if (b.id == merged)
                    child = &b;
            }
            if (child && child->mergedInto == order[i] && score > 1) {
                dots.tallies.push_back({merged, 1});
                --score;
            }
        }
        dots.tallies.push_back({order[i], score});
    }
    made.rankingRound = dots.id;
    s.rounds.push_back(dots);
    for (const Round& r : s.rounds) {
        if (r.state == RoundState::Revealed)
            made.revealedRounds.push_back(r.id);
    }
    std::sort(made.revealedRounds.begin(), made.revealedRounds.end(),
              [&](Id a, Id b) { return (a == made.rankingRound) < (b == made.rankingRound); });
    return made;
}

} // namespace unblock::test
