#pragma once

#include "ranking/Ranking.h"
#include "support/catch.h"

#include <QDateTime>

#include <initializer_list>
#include <utility>

namespace unblock::test {

// Builds a RoundInput by hand: candidates 1..n named A, B, C… created a
// minute apart in that order, so the creation tie-break follows the letters.
class RoundBuilder {
public:
    RoundBuilder(VoteMethod method, int candidates) {
        m_input.method = method;
        const QDateTime start(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);
        for (int i = 1; i <= candidates; ++i) {
            m_input.candidates.push_back({i, QString(QChar(u'A' + i - 1)), start.addSecs(60 * i)});
            m_input.rootOf.emplace(i, i);
        }
    }
    // One voter's marks: {item, value} pairs.
    RoundBuilder& voter(std::initializer_list<std::pair<Id, int>> marks) {
        for (const auto& [item, value] : marks)
            m_input.votes.push_back({m_nextVoter, item, value});
        ++m_nextVoter;
        return *this;
    }
    // `count` voters with the same preference order (first = best).
    RoundBuilder& ranked(int count, std::initializer_list<Id> order) {
        for (int i = 0; i < count; ++i) {
            int position = 1;
            for (Id item : order)
                m_input.votes.push_back({m_nextVoter, item, position++});
            ++m_nextVoter;
        }
        return *this;
    }
    RoundBuilder& paper(Id item, int dots) {
        m_input.tallies.push_back({item, dots});
        return *this;
    }
    // `source` was merged into `target`: it stops being a candidate.
    RoundBuilder& merge(Id source, Id target) {
        std::erase_if(m_input.candidates, [source](const Candidate& c) { return c.id == source; });
        m_input.rootOf[source] = target;
        return *this;
    }
    const RoundInput& input() const { return m_input; }

private:
    RoundInput m_input;
    int m_nextVoter = 0;
};

inline const RankedRow& rowFor(const RankingResult& result, Id item) {
    for (const RankedRow& row : result.rows) {
        if (row.itemId == item)
            return row;
    }
    FAIL("no row for item " << item);
    return result.rows.front();
}

inline std::vector<Id> orderOf(const std::vector<RankedRow>& rows) {
    std::vector<Id> ids;
    for (const RankedRow& row : rows)
        ids.push_back(row.itemId);
    return ids;
}

} // namespace unblock::test
