#pragma once

#include "report/Pagination.h"

#include <vector>

namespace unblock::test {

// The page (from 0) whose slices hold the document's height `y`; -1 if none.
inline int pageOf(const std::vector<PrintedPage>& pages, qreal y) {
    for (std::size_t p = 0; p < pages.size(); ++p) {
        for (const PageSlice& slice : pages[p].slices) {
            if (y >= slice.top && y < slice.bottom)
                return static_cast<int>(p);
        }
    }
    return -1;
}

} // namespace unblock::test
