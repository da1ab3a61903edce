#include "window/Charts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QValueAxis>

namespace unblock::app {

QChart* horizontalBarChart(const QString& seriesName, const QStringList& labels,
                           const QList<qreal>& values, const QString& valueFormat,
                           const QFont& labelFont) {
    // Qt draws the first bar at the bottom: add them in reverse.
    auto* set = new QBarSet(seriesName);
    QStringList reversed;
    for (qsizetype i = labels.size() - 1; i >= 0; --i) {
        *set << values.value(i);
        reversed << labels[i];
    }
    set->setLabelColor(Qt::black);
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(3);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    auto* chart = new QChart;
    chart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    categories->append(reversed);
    categories->setLabelsFont(labelFont);
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    auto* axis = new QValueAxis;
    axis->setLabelFormat(valueFormat);
    axis->setMin(0);
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
    chart->legend()->hide();
    return chart;
}

} // namespace unblock::app
