#pragma once

#include "report/Summary.h"

#include <QObject>
#include <QTextObjectInterface>

class QPainter;
class QTextDocument;

namespace unblock {

// The bar chart of the top blockers' votes, drawn with QPainter: on a PDF
// page it stays vector; in an ODT it is rendered to a picture.
struct ChartBar {
    QString label; // "1. Obstructive staff…"
    double value = 0;
    QString shown; // the value as printed beside the bar
};

std::vector<ChartBar> topBlockerBars(const SummaryDocument& doc);

// The chart's height for a given number of bars, in points.
qreal barChartHeightPoints(std::size_t bars);

// Draws into rect; fonts and lengths follow the painter's device resolution.
void paintBarChart(QPainter& painter, const QRectF& rect, const std::vector<ChartBar>& bars);

// Lets a QTextDocument hold the chart as an object drawn at print time, so the
// chart in a PDF is vector. Register it on the document's layout, then insert
// QChar::ObjectReplacementCharacter with formatFor(bars).
class BarChartObject : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    using QObject::QObject;
    static constexpr int Type = QTextFormat::UserObject + 1;

    static void registerOn(QTextDocument& document);
    static QTextCharFormat formatFor(const std::vector<ChartBar>& bars);
    QSizeF intrinsicSize(QTextDocument* document, int position, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* document, int position,
                    const QTextFormat& format) override;
};

} // namespace unblock
