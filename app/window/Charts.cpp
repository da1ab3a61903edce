#include "window/Charts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QGuiApplication>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>

namespace unblock::app {
namespace {

// A chart in the facilitator's window follows the system's light or dark
// look. The theme goes first: it resets what is set before it.
QChart* newChart() {
    auto* chart = new QChart;
    if (QGuiApplication::palette().color(QPalette::Window).lightness() < 128)
        chart->setTheme(QChart::ChartThemeDark);
    return chart;
}

} // namespace

QString chartLabel(const QString& text) {
    constexpr qsizetype kChars = 20;
    const QString line = text.simplified();
    return line.size() > kChars ? line.left(kChars - 1) + QChar(0x2026) : line;
}

QChart* horizontalBarChart(const QString& seriesName, const QStringList& labels,
                           const QList<qreal>& values, ChartValues kind, const QFont& labelFont,
                           int mostSteps) {
    // Qt draws the first bar at the bottom: add them in reverse.
    auto* set = new QBarSet(seriesName);
    QStringList reversed;
    for (qsizetype i = labels.size() - 1; i >= 0; --i) {
        *set << values.value(i);
        reversed << labels[i];
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(3);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    QChart* chart = newChart();
    chart->addSeries(series);
    set->setLabelColor(QGuiApplication::palette().color(QPalette::WindowText));
    auto* categories = new QBarCategoryAxis;
    categories->append(reversed);
    categories->setLabelsFont(labelFont);
    // Labels come short already (chartLabel); Qt Charts cut them to "...".
    categories->setTruncateLabels(false);
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    auto* axis = new QValueAxis;
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTruncateLabels(false); // "0…" tells nobody anything
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
    fitBarAxis(chart, kind, mostSteps);
    chart->legend()->hide();
    return chart;
}

void fitBarAxis(QChart* chart, ChartValues kind, int mostSteps) {
    const QList<QAbstractAxis*> axes = chart->axes(Qt::Horizontal);
    auto* axis = axes.isEmpty() ? nullptr : qobject_cast<QValueAxis*>(axes.front());
    if (!axis)
        return;
    qreal largest = 0;
    for (QAbstractSeries* series : chart->series()) {
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
            for (const QBarSet* set : bars->barSets()) {
                for (int i = 0; i < set->count(); ++i)
                    largest = std::max(largest, set->at(i));
            }
        }
    }
    const ChartScale scale = chartScale(largest, kind, mostSteps);
    axis->setRange(0, scale.maximum);
    axis->setTickInterval(scale.step);
    // Qt Charts formats labels through a char string: "£" would not survive it,
    // so the chart's title names the unit.
    axis->setLabelFormat(QStringLiteral("%.%1f").arg(scale.decimals));
}

QChart* stepLineChart(const QString& seriesName, const QList<qreal>& values, qreal minimum,
                      qreal maximum) {
    auto* series = new QLineSeries;
    series->setName(seriesName);
    for (qsizetype i = 0; i < values.size(); ++i)
        series->append(static_cast<qreal>(i + 1), values[i]);
    series->setPointsVisible(true);
    series->setPointLabelsVisible(true);
    series->setPointLabelsFormat(QStringLiteral("@yPoint"));
    QChart* chart = newChart();
    chart->addSeries(series);
    auto* steps = new QValueAxis;
    steps->setRange(0.5, std::max<qreal>(static_cast<qreal>(values.size()), 1) + 0.5);
    steps->setTickType(QValueAxis::TicksDynamic);
    steps->setTickAnchor(1);
    steps->setTickInterval(1);
    steps->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(steps, Qt::AlignBottom);
    series->attachAxis(steps);
    auto* scale = new QValueAxis;
    scale->setRange(minimum, maximum);
    scale->setTickCount(static_cast<int>(maximum - minimum) + 1);
    scale->setLabelFormat(QStringLiteral("%+d"));
    chart->addAxis(scale, Qt::AlignLeft);
    series->attachAxis(scale);
    chart->legend()->hide();
    return chart;
}

} // namespace unblock::app
