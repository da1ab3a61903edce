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
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Rank"), tr("Score"), tr("Voters"), tr("Item")});
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
    m_table->setRowCount(static_cast<int>(result.rows.size()));
    for (int i = 0; i < static_cast<int>(result.rows.size()); ++i) {
        const RankedRow& row = result.rows[static_cast<std::size_t>(i)];
        const QString rank =
            QString::number(row.rank) + (row.tiedWith.empty() ? QString() : QStringLiteral("="));
        const QStringList cells{rank, QString::number(row.score), votersText(row), row.title};
        for (int c = 0; c < 4; ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setToolTip(row.orderNote); // why a tied item stands where it does
            m_table->setItem(i, c, item);
        }
    }
    // A round voted only on paper has no voters to tell apart, as in the summary.
    m_table->setColumnHidden(2, result.voters == 0);
    m_notes->setText(tr("“=” marks a tie; point at a row to see why it is listed where it is. %1")
                         .arg(result.tieBreakRule));

    QStringList labels;
    QList<qreal> scores;
    const int shown = std::min<int>(static_cast<int>(result.rows.size()), 10);
    for (int i = 0; i < shown; ++i) {
        const RankedRow& row = result.rows[static_cast<std::size_t>(i)];
        scores << static_cast<qreal>(row.score);
        // "2=" for a tie, as in the table above.
        labels << QStringLiteral("%1%2 %3")
                      .arg(row.rank)
                      .arg(row.tiedWith.empty() ? QStringLiteral(".") : QStringLiteral("="))
                      .arg(chartLabel(row.title));
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
