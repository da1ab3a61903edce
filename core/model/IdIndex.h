#pragma once

#include "model/Ids.h"

#include <algorithm>
#include <cstddef>
#include <unordered_map>
#include <vector>

namespace unblock {

// Finds a row by id in a vector in constant time. It rebuilds itself when
// the vector has changed under it (another buffer or size, or the row found
// has another id) and, before saying an id is not there, checks afresh: the
// session's lists are plain vectors that anyone may edit. Ids are mostly
// dense (a file's rows are numbered 1, 2, 3…), so the index is a table by
// id where they are, rebuilt in one pass without allocating per row; a
// hash where they are not.
template <typename Row> class IdIndex {
public:
    const Row* find(const std::vector<Row>& rows, Id id) const {
        bool fresh = false;
        if (m_data != rows.data() || m_size != rows.size()) {
            rebuild(rows);
            fresh = true;
        }
        if (const Row* row = lookUp(rows, id); row || fresh)
            return row;
        rebuild(rows); // rows may have been edited in place: check afresh
        return lookUp(rows, id);
    }

    // Copies start afresh: the index belongs to one vector.
    IdIndex() = default;
    IdIndex(const IdIndex&) {}
    IdIndex& operator=(const IdIndex& other) {
        if (this != &other) {
            m_table.clear();
            m_positions.clear();
            m_data = nullptr;
        }
        return *this;
    }

private:
    static constexpr std::size_t kNowhere = static_cast<std::size_t>(-1);

    const Row* lookUp(const std::vector<Row>& rows, Id id) const {
        std::size_t at = kNowhere;
        if (!m_table.empty()) {
            if (id >= m_first && id - m_first < static_cast<Id>(m_table.size()))
                at = m_table[static_cast<std::size_t>(id - m_first)];
        } else if (const auto it = m_positions.find(id); it != m_positions.end()) {
            at = it->second;
        }
        if (at >= rows.size() || rows[at].id != id)
            return nullptr;
        return &rows[at];
    }

    void rebuild(const std::vector<Row>& rows) const {
        m_table.clear();
        m_positions.clear();
        m_data = rows.data();
        m_size = rows.size();
        if (rows.empty())
            return;
        const auto [low, high] = std::minmax_element(
            rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.id < b.id; });
        const bool dense = low->id >= 0 && // so the span cannot overflow
                           high->id - low->id < static_cast<Id>(rows.size()) * 4 + 64;
        if (dense) {
            const Id span = high->id - low->id;
            m_first = low->id;
            m_table.assign(static_cast<std::size_t>(span) + 1, kNowhere);
            for (std::size_t i = 0; i < rows.size(); ++i)
                m_table[static_cast<std::size_t>(rows[i].id - m_first)] = i;
            return;
        }
        m_positions.reserve(rows.size());
        for (std::size_t i = 0; i < rows.size(); ++i)
            m_positions.emplace(rows[i].id, i);
    }

    mutable std::vector<std::size_t> m_table; // by id − m_first, when ids are dense
    mutable Id m_first = 0;
    mutable std::unordered_map<Id, std::size_t> m_positions; // when they are not
    mutable const Row* m_data = nullptr;
    mutable std::size_t m_size = 0;
};

} // namespace unblock
