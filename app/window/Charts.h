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

} // namespace unblock::app
