#include "voting/ResultsView.h"

#include "window/Charts.h"

#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace unblock::app {

ResultsView::ResultsView(QWidget* parent)
    : QWidget(parent)
    , m_table(new QTableWidget(this))
    , m_notes(new QLabel(this))
    , m_chart(new QChartView(this)) {
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAccessibleName(tr("Results"));
    m_notes->setTextFormat(Qt::PlainText);
    m_notes->setWordWrap(true);
    m_chart->setAccessibleName(tr("Chart of the results"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(220);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_notes);
    layout->addWidget(m_chart, 1);
}

void ResultsView::show(const RankingResult& result) {
    const ResultsTable table = resultsTable(result); // as the summary prints it
    m_table->clear();
    m_table->setColumnCount(static_cast<int>(table.headings.size()));
    m_table->setHorizontalHeaderLabels(table.headings);
    m_table->setRowCount(static_cast<int>(table.rows.size()));
    for (int i = 0; i < static_cast<int>(table.rows.size()); ++i) {
        const QStringList& cells = table.rows[static_cast<std::size_t>(i)];
        for (int c = 0; c < static_cast<int>(cells.size()); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            // Why a tied item stands where it does.
            item->setToolTip(result.rows[static_cast<std::size_t>(i)].orderNote);
            m_table->setItem(i, c, item);
        }
    }
    m_notes->setText(tr("“=” marks a tie; point at a row to see why it is listed where it is. %1")
                         .arg(result.tieBreakRule));

    QStringList labels;
    QList<qreal> scores;
    // What every screen shows: the top, widened to every item tied with the last.
    for (const RankedRow& row : topOnScreen(result).rows) {
        scores << static_cast<qreal>(row.score);
        // "2=" for a tie, as in the table above.
        labels << QStringLiteral("%1%2 %3").arg(
            rankText(row), row.tiedWith.empty() ? QStringLiteral(".") : QString(),
            chartLabel(row.title));
    }
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    QChart* chart =
        horizontalBarChart(result.scoreName, labels, scores, ChartValues::Counts, small);
    QChart* old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

} // namespace unblock::app
