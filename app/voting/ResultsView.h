#pragma once

#include "ranking/Ranking.h"

#include <QWidget>

class QChartView;
class QLabel;
class QTableView;

namespace unblock::app {

class KeyedRows;

// A round's result as core explains it: rank (with "=" for ties), score,
// voters and the item, the notes on ties, and a bar chart of the scores.
class ResultsView : public QWidget {
    Q_OBJECT
public:
    explicit ResultsView(QWidget* parent = nullptr);
    void show(const RankingResult& result);
    QTableView* table() const { return m_table; }

private:
    KeyedRows* m_rows; // by item id, in the ranking's order
    QTableView* m_table;
    QLabel* m_notes;
    QChartView* m_chart;
};

} // namespace unblock::app
