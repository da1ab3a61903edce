#pragma once

#include <QList>
#include <QStringList>

class QChart;
class QFont;

namespace unblock::app {

// A horizontal bar chart that reads top to bottom like a table beside it:
// the first label's bar on top. valueFormat is printf-style ("%d", "%.2f").
QChart* horizontalBarChart(const QString& seriesName, const QStringList& labels,
                           const QList<qreal>& values, const QString& valueFormat,
                           const QFont& labelFont);

// A line through one value per step (step 1, 2, …), on a fixed scale from
// minimum to maximum, each point marked so a step without change still shows.
QChart* stepLineChart(const QString& seriesName, const QList<qreal>& values, qreal minimum,
                      qreal maximum);

} // namespace unblock::app
