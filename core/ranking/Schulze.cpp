#include "ranking/Schulze.h"

#include <algorithm>
#include <cstddef>

namespace unblock {
namespace {

// A square matrix in one block.
class Matrix {
public:
    explicit Matrix(std::size_t size)
        : m_size(size)
        , m_cells(size * size, 0) {}
    int& at(std::size_t row, std::size_t column) { return m_cells[row * m_size + column]; }
    std::size_t size() const { return m_size; }

private:
    std::size_t m_size;
    std::vector<int> m_cells;
};

// d[i][j]: how many voters prefer i to j. Only candidates some ballot names
// take part: a named candidate is preferred to every unnamed one by every
// ballot that names it.
Matrix pairwisePreferences(const std::vector<int>& local,
                           const std::vector<std::vector<int>>& ballots, std::size_t named) {
    Matrix d(named);
    std::vector<char> onBallot(named, 0);
    for (const auto& ballot : ballots) {
        for (std::size_t p = 0; p < ballot.size(); ++p) {
            const auto i = static_cast<std::size_t>(local[static_cast<std::size_t>(ballot[p])]);
            onBallot[i] = 1;
            for (std::size_t q = p + 1; q < ballot.size(); ++q)
                ++d.at(i, static_cast<std::size_t>(local[static_cast<std::size_t>(ballot[q])]));
        }
        for (int c : ballot) {
            const auto i = static_cast<std::size_t>(local[static_cast<std::size_t>(c)]);
            for (std::size_t j = 0; j < named; ++j) {
                if (!onBallot[j])
                    ++d.at(i, j);
            }
        }
        for (int c : ballot)
            onBallot[static_cast<std::size_t>(local[static_cast<std::size_t>(c)])] = 0;
    }
    return d;
}

// p[i][j]: the strength of the strongest path from i to j (Floyd–Warshall
// with widest paths, as Schulze describes it).
Matrix strongestPaths(Matrix& d) {
    const std::size_t n = d.size();
    Matrix p(n);
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = 0; j < n; ++j) {
            if (i != j && d.at(i, j) > d.at(j, i))
                p.at(i, j) = d.at(i, j);
        }
    }
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = 0; j < n; ++j) {
            if (i == j)
                continue;
            for (std::size_t k = 0; k < n; ++k) {
                if (i != k && j != k)
                    p.at(j, k) = std::max(p.at(j, k), std::min(p.at(j, i), p.at(i, k)));
            }
        }
    }
    return p;
}

} // namespace

std::vector<int> schulzeWins(int candidateCount, const std::vector<std::vector<int>>& ballots) {
    const auto total = static_cast<std::size_t>(candidateCount);
    // Number the candidates that appear on some ballot 0..named-1.
    std::vector<int> local(total, -1);
    std::vector<int> global;
    for (const auto& ballot : ballots) {
        for (int c : ballot) {
            if (local[static_cast<std::size_t>(c)] < 0) {
                local[static_cast<std::size_t>(c)] = static_cast<int>(global.size());
                global.push_back(c);
            }
        }
    }
    const std::size_t named = global.size();
    Matrix d = pairwisePreferences(local, ballots, named);
    Matrix p = strongestPaths(d);

    std::vector<int> wins(total, 0);
    const auto unnamed = static_cast<int>(total - named);
    for (std::size_t i = 0; i < named; ++i) {
        // Every named candidate beats every unnamed one (d ≥ 1 against 0).
        int count = unnamed;
        for (std::size_t j = 0; j < named; ++j) {
            if (i != j && p.at(i, j) > p.at(j, i))
                ++count;
        }
        wins[static_cast<std::size_t>(global[i])] = count;
    }
    return wins;
}

} // namespace unblock
