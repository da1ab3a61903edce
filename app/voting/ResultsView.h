#pragma once

#include "ranking/Ranking.h"

#include <QWidget>

class QLabel;
class QTableWidget;

class QChartView;

namespace unblock::app {

// A round's result as core explains it: rank (with "=" for ties), score,
// voters and the item, the notes on ties, and a bar chart of the scores.
class ResultsView : public QWidget {
    Q_OBJECT
public:
    explicit ResultsView(QWidget* parent = nullptr);
    void show(const RankingResult& result);
    QTableWidget* table() const { return m_table; }

private:
    QTableWidget* m_table;
    QLabel* m_notes;
    QChartView* m_chart;
};

} // namespace unblock::app
