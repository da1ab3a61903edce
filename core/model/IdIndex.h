#pragma once

#include "model/Ids.h"

#include <cstddef>
#include <unordered_map>
#include <vector>

namespace unblock {

// Finds a row by id in a vector in constant time. It rebuilds itself when
// the vector has changed under it (another buffer or size, or the row found
// has another id) and, before saying an id is not there, checks afresh: the
// session's lists are plain vectors that anyone may edit.
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
            m_positions.clear();
            m_data = nullptr;
        }
        return *this;
    }

private:
    const Row* lookUp(const std::vector<Row>& rows, Id id) const {
        const auto it = m_positions.find(id);
        if (it == m_positions.end() || it->second >= rows.size() || rows[it->second].id != id)
            return nullptr;
        return &rows[it->second];
    }

    void rebuild(const std::vector<Row>& rows) const {
        m_positions.clear();
        m_positions.reserve(rows.size());
        for (std::size_t i = 0; i < rows.size(); ++i)
            m_positions.emplace(rows[i].id, i);
        m_data = rows.data();
        m_size = rows.size();
    }

    mutable std::unordered_map<Id, std::size_t> m_positions;
    mutable const Row* m_data = nullptr;
    mutable std::size_t m_size = 0;
};

} // namespace unblock
