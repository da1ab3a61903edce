#include "voting/ResultsView.h"

#include "document/KeyedRows.h"
#include "window/Charts.h"

#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

#include <unordered_map>
#include <unordered_set>

namespace unblock::app {

ResultsView::ResultsView(QWidget* parent)
    : QWidget(parent)
    , m_rows(new KeyedRows({}, this))
    , m_table(new QTableView(this))
    , m_notes(new QLabel(this))
    , m_chart(new QChartView(this)) {
    m_table->setModel(m_rows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
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
    m_rows->setHeadings(table.headings);
    std::vector<KeyedRows::Key> order;
    std::unordered_map<KeyedRows::Key, std::size_t> at;
    for (std::size_t i = 0; i < result.rows.size(); ++i) {
        order.push_back(result.rows[i].itemId);
        at.emplace(result.rows[i].itemId, i);
    }
    // Ranked again, every row may say something new; the rows keep their
    // identity (an item that moved up moves), so a selected one stays so.
    const std::unordered_set<KeyedRows::Key> every(order.begin(), order.end());
    m_rows->follow(order, every, [&](KeyedRows::Key item) {
        const std::size_t i = at.at(item);
        KeyedRows::Row row;
        for (const QString& cell : table.rows[i]) {
            // Why a tied item stands where it does.
            row.cells.push_back(
                {cell, result.rows[i].orderNote, {}, {}, false, Qt::AlignLeft | Qt::AlignVCenter});
        }
        return row;
    });
    m_notes->setText(tr("“=” marks a tie; point at a row to see why it is listed where it is. %1")
                         .arg(result.tieBreakRule));

    QStringList labels;
    QList<qreal> scores;
    // What every screen shows: the top, widened to every item tied with the last.
    const TopSelection top = topOnScreen(result);
    for (const RankedRow& row : top.rows) {
        scores << static_cast<qreal>(row.score);
        // "2=" for a tie, as in the table above.
        labels << QStringLiteral("%1%2 %3").arg(
            rankText(row), row.tied ? QString() : QStringLiteral("."), chartLabel(row.title));
    }
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    QChart* chart =
        horizontalBarChart(result.scoreName, labels, scores, ChartValues::Counts, small);
    if (top.rows.empty())
        chart->setTitle(tr("No votes were cast.")); // in words, as the projector says it
    QChart* old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

} // namespace unblock::app
