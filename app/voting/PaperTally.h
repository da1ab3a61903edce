#pragma once

#include "model/SessionData.h"
#include "ranking/Ranking.h"

#include <QTableWidget>

#include <vector>

namespace unblock::app {

// The dots counted on the paper sheets, one row per item of a round. A count
// is typed into its cell (a spin box opens while it is edited), so a round of
// thousands of items costs table items, not thousands of widgets; and the
// rows follow the round in place: a merge removes one row, its undo puts it
// back, and the row being edited stays where it is.
class PaperTally : public QTableWidget {
    Q_OBJECT
public:
    explicit PaperTally(QWidget* parent = nullptr);

    // Shows `round`'s items (`candidates`, in ballot order) and their counts.
    void showRound(const Round& round, const std::vector<Candidate>& candidates, bool editable);
    void clearRound();
    // The row of `item`, or -1.
    int rowOf(Id item) const;

Q_SIGNALS:
    // The facilitator typed a count.
    void dotsCounted(Id round, Id item, int dots);

private:
    void followItems(const std::vector<Candidate>& candidates);
    void insertItemRow(int row, const Candidate& candidate);

    Id m_round = 0;
    std::vector<Id> m_items; // one per row, in order
    bool m_filling = false;
};

} // namespace unblock::app
