#pragma once

#include "model/SessionData.h"
#include "ranking/Ranking.h"

#include <QTableView>

#include <vector>

namespace unblock::app {

class KeyedRows;

// The dots counted on the paper sheets, one row per item of a round. A count
// is typed into its cell (a spin box opens while it is edited), so a round of
// thousands of items costs rows of a model, not thousands of widgets; and the
// rows follow the round in place by id (KeyedRows): a merge removes one row,
// its undo puts it back, a count changes one cell, and the row being edited
// stays where it is.
class PaperTally : public QTableView {
    Q_OBJECT
public:
    explicit PaperTally(QWidget* parent = nullptr);

    // Shows `round`'s items (`candidates`, in ballot order) and their counts.
    void showRound(const Round& round, const std::vector<Candidate>& candidates, bool editable);
    void clearRound();
    int rowOf(Id item) const; // -1 when it is not shown
    int rowCount() const;

Q_SIGNALS:
    // The facilitator typed a count.
    void dotsCounted(Id round, Id item, int dots);

private:
    KeyedRows* m_rows;
    Id m_round = 0;
};

} // namespace unblock::app
