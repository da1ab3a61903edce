#include "report/BarChart.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QTextDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace unblock {
namespace {

constexpr qreal kRowPoints = 22;
constexpr qreal kBarPoints = 15;

// Chart data travels inside the text format, so the document owns it.
constexpr int kLabelsProperty = QTextFormat::UserProperty + 10;
constexpr int kValuesProperty = QTextFormat::UserProperty + 11;
constexpr int kShownProperty = QTextFormat::UserProperty + 12;

qreal pointsToPixels(const QPaintDevice* device, qreal points) {
    const int dpi = device ? device->logicalDpiY() : 96;
    return points * dpi / 72.0;
}

std::vector<ChartBar> barsOf(const QTextFormat& format) {
    const QStringList labels = format.property(kLabelsProperty).toStringList();
    const QList<QVariant> values = format.property(kValuesProperty).toList();
    const QStringList shown = format.property(kShownProperty).toStringList();
    std::vector<ChartBar> bars;
    for (qsizetype i = 0; i < labels.size() && i < values.size() && i < shown.size(); ++i)
        bars.push_back({labels[i], values[i].toDouble(), shown[i]});
    return bars;
}

} // namespace

std::vector<ChartBar> topBlockerBars(const SummaryDocument& doc) {
    std::vector<ChartBar> bars;
    for (const SummaryBlocker& b : doc.top)
        bars.push_back({placeText(b) + u' ' + b.title, static_cast<double>(b.score.value_or(0)),
                        QString::number(b.score.value_or(0))});
    return bars;
}

qreal barChartHeightPoints(std::size_t bars) {
    return static_cast<qreal>(bars) * kRowPoints + 6;
}

void paintBarChart(QPainter& painter, const QRectF& rect, const std::vector<ChartBar>& bars) {
    const QPaintDevice* device = painter.device();
    const auto px = [device](qreal points) {
        return pointsToPixels(device, points);
    };
    QFont font = painter.font();
    font.setPointSizeF(9);
    painter.save();
    painter.setFont(font);
    const QFontMetricsF metrics(font, const_cast<QPaintDevice*>(device));
    const qreal labelWidth = rect.width() * 0.45;
    const qreal valueWidth = metrics.horizontalAdvance(u"000000"_s);
    const qreal barSpace = rect.width() - labelWidth - valueWidth - px(12);
    double maximum = 0;
    for (const ChartBar& bar : bars)
        maximum = std::max(maximum, bar.value);
    if (maximum <= 0)
        maximum = 1;
    qreal y = rect.top() + px(3);
    for (const ChartBar& bar : bars) {
        const QRectF row(rect.left(), y, rect.width(), px(kRowPoints));
        const QRectF label(row.left(), row.top(), labelWidth, row.height());
        painter.setPen(Qt::black);
        painter.drawText(label, Qt::AlignRight | Qt::AlignVCenter,
                         metrics.elidedText(bar.label, Qt::ElideRight, labelWidth - px(2)));
        const qreal length = barSpace * bar.value / maximum;
        const QRectF barRect(label.right() + px(6), row.center().y() - px(kBarPoints) / 2, length,
                             px(kBarPoints));
        painter.fillRect(barRect, QColor(0x1d, 0x70, 0xb8));
        painter.drawText(QRectF(barRect.right() + px(4), row.top(), valueWidth, row.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, bar.shown);
        y += px(kRowPoints);
    }
    painter.restore();
}

void BarChartObject::registerOn(QTextDocument& document) {
    document.documentLayout()->registerHandler(Type, new BarChartObject(&document));
}

QSizeF BarChartObject::intrinsicSize(QTextDocument* document, int, const QTextFormat& format) {
    const QPaintDevice* device = document->documentLayout()->paintDevice();
    const qreal width = document->pageSize().width() > 0 ? document->pageSize().width() * 0.98
                                                         : pointsToPixels(device, 460);
    return {width, pointsToPixels(device, barChartHeightPoints(barsOf(format).size()))};
}

void BarChartObject::drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int,
                                const QTextFormat& format) {
    paintBarChart(*painter, rect, barsOf(format));
}

QTextCharFormat BarChartObject::formatFor(const std::vector<ChartBar>& bars) {
    QStringList labels;
    QVariantList values;
    QStringList shown;
    for (const ChartBar& bar : bars) {
        labels << bar.label;
        values << bar.value;
        shown << bar.shown;
    }
    QTextCharFormat format;
    format.setObjectType(Type);
    format.setProperty(kLabelsProperty, labels);
    format.setProperty(kValuesProperty, values);
    format.setProperty(kShownProperty, shown);
    return format;
}

} // namespace unblock
