#include "ranking/Ranking.h"

#include "model/SessionData.h"
#include "ranking/RoundStates.h"
#include "ranking/Schulze.h"

#include <QCoreApplication>

#include <algorithm>
#include <climits>
#include <numeric>

namespace unblock {
namespace {

// Q_DECLARE_TR_FUNCTIONS names the context for lupdate and at run time alike.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Ranking)
};

// Item ids (merged ones included) to positions in input.candidates.
class CandidateIndex {
public:
    explicit CandidateIndex(const RoundInput& input) {
        std::unordered_map<Id, int> position;
        for (std::size_t i = 0; i < input.candidates.size(); ++i)
            position.emplace(input.candidates[i].id, static_cast<int>(i));
        for (const auto& [item, root] : input.rootOf) {
            if (auto it = position.find(root); it != position.end())
                m_index.emplace(item, it->second);
        }
        for (const auto& [id, i] : position)
            m_index.emplace(id, i);
    }
    int operator()(Id item) const {
        auto it = m_index.find(item);
        return it == m_index.end() ? -1 : it->second;
    }

private:
    std::unordered_map<Id, int> m_index;
};

struct Scores {
    explicit Scores(std::size_t n)
        : score(n, 0)
        , voters(n, 0)
        , paper(n, 0) {}
    std::vector<qint64> score;
    std::vector<int> voters;
    std::vector<qint64> paper;
    int ballots = 0;
};

// Calls `ballot(first, last)` for each voter's votes. Votes arrive grouped by
// voter from the store; anything else is sorted first.
template <typename Fn> void forEachBallot(const std::vector<IndexedVote>& votes, Fn ballot) {
    auto byVoter = [](const IndexedVote& a, const IndexedVote& b) {
        return a.voter < b.voter;
    };
    std::vector<IndexedVote> sorted;
    const std::vector<IndexedVote>* grouped = &votes;
    if (!std::is_sorted(votes.begin(), votes.end(), byVoter)) {
        sorted = votes;
        std::stable_sort(sorted.begin(), sorted.end(), byVoter);
        grouped = &sorted;
    }
    auto first = grouped->begin();
    while (first != grouped->end()) {
        auto last =
            std::find_if(first, grouped->end(),
                         [voter = first->voter](const IndexedVote& v) { return v.voter != voter; });
        ballot(first, last);
        first = last;
    }
}

using VoteIt = std::vector<IndexedVote>::const_iterator;

// Dot and approval voting: each voter's marks add up per candidate.
void countCumulative(const RoundInput& input, const CandidateIndex& index,
                     const RankOptions& options, Scores& s) {
    std::vector<qint64> mine(input.candidates.size(), 0);
    std::vector<int> touched;
    forEachBallot(input.votes, [&](VoteIt first, VoteIt last) {
        ++s.ballots;
        for (auto v = first; v != last; ++v) {
            const int c = index(v->itemId);
            if (c < 0)
                continue;
            auto& own = mine[static_cast<std::size_t>(c)];
            if (own == 0)
                touched.push_back(c);
            own = options.countMergedVoterOnce ? std::max<qint64>(own, v->value) : own + v->value;
        }
        for (int c : touched) {
            const auto i = static_cast<std::size_t>(c);
            s.score[i] += mine[i];
            ++s.voters[i];
            mine[i] = 0;
        }
        touched.clear();
    });
    for (const PaperCount& t : input.tallies) {
        const int c = index(t.itemId);
        if (c < 0)
            continue;
        s.score[static_cast<std::size_t>(c)] += t.dots;
        s.paper[static_cast<std::size_t>(c)] += t.dots;
    }
}

// Each voter's ballot as candidate positions, best preference first. Merged
// items keep the voter's best preference among them.
template <typename Fn>
void forEachPreferenceOrder(const RoundInput& input, const CandidateIndex& index, Fn use) {
    std::vector<int> best(input.candidates.size(), INT_MAX);
    std::vector<int> order;
    forEachBallot(input.votes, [&](VoteIt first, VoteIt last) {
        for (auto v = first; v != last; ++v) {
            const int c = index(v->itemId);
            if (c < 0)
                continue;
            auto& b = best[static_cast<std::size_t>(c)];
            if (b == INT_MAX)
                order.push_back(c);
            b = std::min(b, v->value);
        }
        std::sort(order.begin(), order.end(), [&](int a, int b) {
            return best[static_cast<std::size_t>(a)] < best[static_cast<std::size_t>(b)];
        });
        use(order);
        for (int c : order)
            best[static_cast<std::size_t>(c)] = INT_MAX;
        order.clear();
    });
}

// Borda count for truncated ballots: with n candidates, a voter's first
// preference earns n−1 points, the next n−2, and so on; unranked earn 0.
void countBorda(const RoundInput& input, const CandidateIndex& index, Scores& s) {
    const auto n = static_cast<qint64>(input.candidates.size());
    forEachPreferenceOrder(input, index, [&](const std::vector<int>& order) {
        ++s.ballots;
        for (std::size_t p = 0; p < order.size(); ++p) {
            const auto c = static_cast<std::size_t>(order[p]);
            s.score[c] += n - 1 - static_cast<qint64>(p);
            ++s.voters[c];
        }
    });
}

void countSchulze(const RoundInput& input, const CandidateIndex& index, Scores& s) {
    std::vector<std::vector<int>> ballots;
    forEachPreferenceOrder(input, index, [&](const std::vector<int>& order) {
        ballots.push_back(order);
        for (int c : order)
            ++s.voters[static_cast<std::size_t>(c)];
    });
    s.ballots = static_cast<int>(ballots.size());
    const std::vector<int> wins = schulzeWins(static_cast<int>(input.candidates.size()), ballots);
    std::copy(wins.begin(), wins.end(), s.score.begin());
}

QString scoreNameOf(VoteMethod method) {
    switch (method) {
    case VoteMethod::Dots:
        return Tr::tr("dots");
    case VoteMethod::Approval:
        return Tr::tr("approvals");
    case VoteMethod::Borda:
        return Tr::tr("Borda points");
    case VoteMethod::Schulze:
        return Tr::tr("pairwise wins");
    }
    Q_UNREACHABLE();
}

} // namespace

QString scoreText(VoteMethod method, qint64 score) {
    const int n = static_cast<int>(std::clamp<qint64>(score, INT_MIN, INT_MAX));
    switch (method) {
    case VoteMethod::Dots:
        return Tr::tr("%n dot(s)", nullptr, n);
    case VoteMethod::Approval:
        return Tr::tr("%n approval(s)", nullptr, n);
    case VoteMethod::Borda:
        return Tr::tr("%n Borda point(s)", nullptr, n);
    case VoteMethod::Schulze:
        return Tr::tr("%n pairwise win(s)", nullptr, n);
    }
    Q_UNREACHABLE();
}

namespace {

// Why `a` is listed above `b` when their scores are equal.
QString reasonAbove(const RankedRow& a, const RankedRow& b, const Candidate& ca,
                    const Candidate& cb) {
    // Paper dots come without their voters: where either has some, the
    // count is of ballots only, and says so.
    if (a.voters != b.voters && (a.paperDots > 0 || b.paperDots > 0)) {
        return Tr::tr("more people voted for it on a ballot (%1 against %2; dots on paper are "
                      "not counted by voter)")
            .arg(a.voters)
            .arg(b.voters);
    }
    if (a.voters != b.voters)
        return Tr::tr("more people voted for it (%1 against %2)").arg(a.voters).arg(b.voters);
    if (ca.created != cb.created)
        return Tr::tr("it was added to the board earlier");
    return Tr::tr("it has the lower number (%1 against %2)").arg(a.itemId).arg(b.itemId);
}

void explainTies(RankingResult& result, const std::vector<const Candidate*>& candidateOf) {
    auto& rows = result.rows;
    std::size_t first = 0;
    while (first < rows.size()) {
        std::size_t last = first + 1;
        while (last < rows.size() && rows[last].score == rows[first].score)
            ++last;
        const std::size_t size = last - first;
        for (std::size_t i = first; size > 1 && i < last; ++i) {
            rows[i].tied = true;
            const QString tied = Tr::tr("Tied at rank %1 on %2 %3")
                                     .arg(rows[i].rank)
                                     .arg(rows[i].score)
                                     .arg(result.scoreName);
            if (i + 1 < last) {
                rows[i].orderNote = Tr::tr("%1; listed above “%2” because %3.")
                                        .arg(tied, rows[i + 1].title,
                                             reasonAbove(rows[i], rows[i + 1], *candidateOf[i],
                                                         *candidateOf[i + 1]));
            } else {
                rows[i].orderNote = Tr::tr("%1; listed last of the tied items.").arg(tied);
            }
        }
        first = last;
    }
}

} // namespace

QString votersText(const RankedRow& row) {
    if (row.paperDots == 0)
        return QString::number(row.voters);
    if (row.voters == 0)
        return Tr::tr("on paper");
    return Tr::tr("%1 + paper").arg(row.voters);
}

QString rankText(const RankedRow& row) {
    return QString::number(row.rank) + (row.tied ? QStringLiteral("=") : QString());
}

ResultsTable resultsTable(const std::vector<RankedRow>& rows, const QString& scoreName,
                          bool hasVoters) {
    ResultsTable table;
    table.hasVoters = hasVoters;
    const QString score =
        scoreName.isEmpty() ? scoreName : scoreName[0].toUpper() + scoreName.mid(1);
    table.headings = {Tr::tr("Rank"), score, Tr::tr("Voters"), Tr::tr("Item")};
    for (const RankedRow& row : rows)
        table.rows.push_back(
            {rankText(row), QString::number(row.score), votersText(row), row.title});
    if (!hasVoters) {
        table.headings.removeAt(2);
        for (QStringList& cells : table.rows)
            cells.removeAt(2);
    }
    return table;
}

ResultsTable resultsTable(const RankingResult& result) {
    return resultsTable(result.rows, result.scoreName, result.voters > 0);
}

RankingResult rank(const RoundInput& input, const RankOptions& options) {
    const std::size_t n = input.candidates.size();
    const CandidateIndex index(input);
    Scores s(n);
    switch (input.method) {
    case VoteMethod::Dots:
    case VoteMethod::Approval:
        countCumulative(input, index, options, s);
        break;
    case VoteMethod::Borda:
        countBorda(input, index, s);
        break;
    case VoteMethod::Schulze:
        countSchulze(input, index, s);
        break;
    }

    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const Candidate& ca = input.candidates[a];
        const Candidate& cb = input.candidates[b];
        if (s.score[a] != s.score[b])
            return s.score[a] > s.score[b];
        if (s.voters[a] != s.voters[b])
            return s.voters[a] > s.voters[b];
        if (ca.created != cb.created)
            return ca.created < cb.created;
        return ca.id < cb.id;
    });

    std::unordered_map<Id, std::vector<Id>> merged;
    for (const auto& [item, root] : input.rootOf) {
        if (item != root)
            merged[root].push_back(item);
    }

    RankingResult result;
    result.method = input.method;
    // Empty ballots count as ballots cast, though they score nothing.
    result.voters = std::max(s.ballots, input.ballots);
    result.paperVoters = input.paperVoters;
    result.scoreName = scoreNameOf(input.method);
    result.tieBreakRule = Tr::tr("Items with equal scores share a rank. Among them, the list shows "
                                 "first the one more people voted for on a ballot (dots on paper "
                                 "are not counted by voter), then the one added to the board "
                                 "first; this order does not change any rank.");
    std::vector<const Candidate*> candidateOf;
    for (std::size_t pos = 0; pos < n; ++pos) {
        const std::size_t i = order[pos];
        const Candidate& c = input.candidates[i];
        RankedRow row;
        row.itemId = c.id;
        row.title = c.title;
        row.mergedIds = merged[c.id];
        std::sort(row.mergedIds.begin(), row.mergedIds.end());
        row.score = s.score[i];
        row.voters = s.voters[i];
        row.paperDots = s.paper[i];
        const bool tiedWithPrevious = pos > 0 && result.rows.back().score == row.score;
        row.rank = tiedWithPrevious ? result.rows.back().rank : static_cast<int>(pos) + 1;
        result.rows.push_back(std::move(row));
        candidateOf.push_back(&c);
    }
    explainTies(result, candidateOf);
    return result;
}

TopSelection top(const RankingResult& result, int n) {
    TopSelection selection;
    selection.requested = n;
    for (const RankedRow& row : result.rows) {
        const bool votedFor = row.voters > 0 || row.paperDots > 0;
        if (votedFor && row.rank <= n)
            selection.rows.push_back(row);
    }
    const auto count = static_cast<int>(selection.rows.size());
    selection.widened = count > n;
    if (selection.widened) {
        const int lastRank = selection.rows.back().rank;
        const auto tied =
            std::count_if(selection.rows.begin(), selection.rows.end(),
                          [lastRank](const RankedRow& r) { return r.rank == lastRank; });
        selection.note = Tr::tr("The top %1 has %2 items because %3 are tied at rank %4.")
                             .arg(n)
                             .arg(count)
                             .arg(tied)
                             .arg(lastRank);
    } else if (count < n) {
        selection.note = Tr::tr("Fewer items received votes than the top asks for: %1.").arg(count);
    }
    return selection;
}

TopSelection topOnScreen(const RankingResult& result) {
    return top(result, kTopOnScreen);
}

std::vector<Id> revealedTopBlockers(const SessionData& session, int n) {
    const std::optional<Id> roundId = latestRoundOnBlockers(session.rounds);
    const Round* round = roundId ? session.round(*roundId) : nullptr;
    if (!round || !resultsMayBeShown(*round))
        return {};
    const Result<RoundInput> input = roundInput(session, round->id);
    if (!input)
        return {};
    std::vector<Id> ids;
    for (const RankedRow& row : top(rank(input.value()), n).rows)
        ids.push_back(row.itemId);
    return ids;
}

} // namespace unblock
