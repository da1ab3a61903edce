#pragma once

#include "report/ChartScale.h"

#include <QList>
#include <QStringList>

class QChart;
class QFont;

namespace unblock::app {

// A bar's label short enough to show whole beside a narrow chart: "Residents
// can't f…". Charts take their labels as they come, never cutting them to "...".
QString chartLabel(const QString& text);

// A horizontal bar chart that reads top to bottom like a table beside it:
// the first label's bar on top, on a scale whose grid lines sit on round
// values of their kind (report/ChartScale.h), at most `mostSteps` of them
// (a narrow chart has room for fewer: its labels are never cut).
QChart* horizontalBarChart(const QString& seriesName, const QStringList& labels,
                           const QList<qreal>& values, ChartValues kind, const QFont& labelFont,
                           int mostSteps = 6);
// Sets such a chart's scale again for at most `mostSteps` (it was resized).
void fitBarAxis(QChart* chart, ChartValues kind, int mostSteps);

// A line through one value per step (step 1, 2, …), on a fixed scale from
// minimum to maximum, each point marked so a step without change still shows.
QChart* stepLineChart(const QString& seriesName, const QList<qreal>& values, qreal minimum,
                      qreal maximum);

} // namespace unblock::app
