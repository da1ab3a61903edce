#include "report/JourneyDiagram.h"

#include "journey/CostToServe.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QSvgGenerator>
#include <QTextDocument>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace unblock {
namespace {

// Q_DECLARE_TR_FUNCTIONS names the context for lupdate and at run time alike.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(JourneyDiagram)
};

// Sizes in points, before scaling.
constexpr qreal kLabelWidth = 70;
constexpr qreal kLaneHeight = 44;
constexpr qreal kCardHeight = 36;
constexpr qreal kFeelingHeight = 46;
constexpr qreal kMaxCardWidth = 150;
constexpr qreal kCardFont = 7;
constexpr qreal kLabelFont = 7.5;

constexpr int kDiagramProperty = QTextFormat::UserProperty + 20;

const QColor kInk(0x0b, 0x0c, 0x0c);
const QColor kPain(0xd4, 0x35, 0x1c);
const QColor kArrow(0x50, 0x5a, 0x5f);
const QColor kFeeling(0x1d, 0x70, 0xb8);
const QColor kBand(0xf3, 0xf2, 0xf1);
const QColor kRule(0xb1, 0xb4, 0xb6);

// At most two lines of `text` within `width`, the second shortened with "…".
QStringList twoLines(const QFontMetricsF& metrics, const QString& text, qreal width) {
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    QString first;
    qsizetype used = 0;
    for (; used < words.size(); ++used) {
        const QString longer = first.isEmpty() ? words[used] : first + u' ' + words[used];
        if (metrics.horizontalAdvance(longer) > width)
            break;
        first = longer;
    }
    if (first.isEmpty()) // one word wider than the card
        return {metrics.elidedText(text.simplified(), Qt::ElideRight, width)};
    const QString rest = words.mid(used).join(u' ');
    if (rest.isEmpty())
        return {first};
    return {first, metrics.elidedText(rest, Qt::ElideRight, width)};
}

void drawArrow(QPainter& painter, QPointF from, QPointF to, qreal head) {
    painter.drawLine(from, to);
    const qreal angle = std::atan2(to.y() - from.y(), to.x() - from.x());
    const QPointF left = to - QPointF(std::cos(angle - 0.45), std::sin(angle - 0.45)) * head;
    const QPointF right = to - QPointF(std::cos(angle + 0.45), std::sin(angle + 0.45)) * head;
    painter.setBrush(painter.pen().color());
    painter.drawPolygon(QPolygonF{to, left, right});
    painter.setBrush(Qt::NoBrush);
}

class Painter {
public:
    Painter(QPainter& painter, const QRectF& rect, const JourneyDiagram& diagram, qreal scale,
            std::optional<int> highlighted)
        : m_p(painter)
        , m_rect(rect)
        , m_diagram(diagram)
        , m_highlighted(highlighted)
        , m_scale(scale * (painter.device() ? painter.device()->logicalDpiY() : 96) / 72.0) {
        const auto columns = static_cast<qreal>(std::max<std::size_t>(diagram.cards.size(), 1));
        m_column = (rect.width() - px(kLabelWidth)) / columns;
        m_cardWidth = std::min(m_column * 0.88, px(kMaxCardWidth));
    }

    void paint() {
        m_p.save();
        lanes();
        arrows();
        for (std::size_t i = 0; i < m_diagram.cards.size(); ++i)
            card(i);
        feelings();
        m_p.restore();
    }

private:
    qreal px(qreal points) const { return points * m_scale; }
    QFont font(qreal points, bool bold = false) const {
        QFont f = m_p.font();
        f.setPointSizeF(points * m_scale * 72.0 /
                        (m_p.device() ? m_p.device()->logicalDpiY() : 96));
        f.setBold(bold);
        return f;
    }
    qreal laneTop(int lane) const { return m_rect.top() + lane * px(kLaneHeight); }
    qreal columnCentre(std::size_t i) const {
        return m_rect.left() + px(kLabelWidth) + (static_cast<qreal>(i) + 0.5) * m_column;
    }
    QRectF cardRect(std::size_t i) const {
        const qreal top =
            laneTop(m_diagram.cards[i].lane) + (px(kLaneHeight) - px(kCardHeight)) / 2;
        return {columnCentre(i) - m_cardWidth / 2, top, m_cardWidth, px(kCardHeight)};
    }

    void lanes() {
        m_p.setFont(font(kLabelFont));
        const QFontMetricsF metrics(m_p.font(), m_p.device());
        const qreal labelWidth = px(kLabelWidth) - px(6);
        for (int lane = 0; lane < static_cast<int>(m_diagram.lanes.size()); ++lane) {
            const QRectF band(m_rect.left(), laneTop(lane), m_rect.width(), px(kLaneHeight));
            m_p.setPen(QPen(kRule, px(0.5)));
            m_p.setBrush(lane % 2 ? kBand : QColor(Qt::white));
            m_p.drawRect(band);
            m_p.setPen(kInk);
            const QStringList label = twoLines(metrics, m_diagram.lanes[lane], labelWidth);
            m_p.drawText(QRectF(band.left() + px(4), band.top(), labelWidth, band.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, label.join(u'\n'));
        }
        m_p.setBrush(Qt::NoBrush);
    }

    void arrows() {
        m_p.setPen(QPen(kArrow, px(1)));
        for (std::size_t i = 1; i < m_diagram.cards.size(); ++i) {
            const QRectF from = cardRect(i - 1);
            const QRectF to = cardRect(i);
            drawArrow(m_p, QPointF(from.right(), from.center().y()),
                      QPointF(to.left(), to.center().y()), px(4));
        }
    }

    void card(std::size_t i) {
        const DiagramCard& c = m_diagram.cards[i];
        const QRectF r = cardRect(i);
        QPen pen(c.painPoint ? kPain : kInk, px(c.painPoint ? 1.6 : 0.8));
        if (c.avoidable)
            pen.setStyle(Qt::DashLine);
        m_p.setPen(pen);
        m_p.setBrush(Qt::white);
        m_p.drawRect(r);
        m_p.setBrush(Qt::NoBrush);
        if (m_highlighted == static_cast<int>(i)) {
            // Outside the card's own border, which still shows pain and avoidable.
            m_p.setPen(QPen(kFeeling, px(2.5)));
            m_p.drawRect(r.adjusted(-px(3), -px(3), px(3), px(3)));
        }
        const qreal pad = px(2.5);
        const qreal markWidth = c.painPoint ? px(6) : 0;
        m_p.setFont(font(kCardFont));
        const QFontMetricsF metrics(m_p.font(), m_p.device());
        QStringList lines = twoLines(metrics, c.text, r.width() - 2 * pad - markWidth);
        lines << (c.avoidable ? Tr::tr("%1 · avoidable").arg(c.cost) : c.cost);
        m_p.setPen(kInk);
        m_p.drawText(r.adjusted(pad, pad / 2, -pad - markWidth, -pad / 2),
                     Qt::AlignLeft | Qt::AlignVCenter, lines.join(u'\n'));
        if (c.painPoint) {
            m_p.setFont(font(kCardFont * 1.8, true));
            m_p.setPen(kPain);
            m_p.drawText(QRectF(r.right() - markWidth - pad / 2, r.top(), markWidth, r.height()),
                         Qt::AlignCenter, u"!"_s);
        }
    }

    void feelings() {
        const qreal top = laneTop(static_cast<int>(m_diagram.lanes.size()));
        const QRectF strip(m_rect.left(), top, m_rect.width(), px(kFeelingHeight));
        const qreal middle = strip.center().y();
        const qreal step = (px(kFeelingHeight) / 2 - px(6)) / 2; // per point of emotion
        m_p.setFont(font(kLabelFont));
        m_p.setPen(kInk);
        m_p.drawText(QRectF(strip.left() + px(4), strip.top(), px(kLabelWidth), strip.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, Tr::tr("How they feel\n(−2 to +2)"));
        m_p.setPen(QPen(kRule, px(0.5), Qt::DotLine));
        m_p.drawLine(QPointF(strip.left() + px(kLabelWidth), middle),
                     QPointF(strip.right(), middle));
        if (m_diagram.cards.empty())
            return;
        QPolygonF curve;
        for (std::size_t i = 0; i < m_diagram.cards.size(); ++i)
            curve << QPointF(columnCentre(i), middle - m_diagram.cards[i].emotion * step);
        m_p.setPen(QPen(kFeeling, px(1.4)));
        m_p.drawPolyline(curve);
        m_p.setFont(font(kCardFont));
        for (std::size_t i = 0; i < m_diagram.cards.size(); ++i) {
            const QPointF at = curve[static_cast<qsizetype>(i)];
            m_p.setBrush(kFeeling);
            m_p.setPen(QPen(kFeeling, px(0.5)));
            m_p.drawEllipse(at, px(2), px(2));
            // The figure beside each point: the curve is not read by colour or shape alone.
            const int e = m_diagram.cards[i].emotion;
            const QString figure = e > 0 ? u"+%1"_s.arg(e) : e < 0 ? u"−%1"_s.arg(-e) : u"0"_s;
            m_p.setPen(kInk);
            m_p.drawText(QRectF(at.x() + px(3), at.y() - px(8), px(14), px(8)),
                         Qt::AlignLeft | Qt::AlignBottom, figure);
        }
        m_p.setBrush(Qt::NoBrush);
    }

    QPainter& m_p;
    QRectF m_rect;
    const JourneyDiagram& m_diagram;
    std::optional<int> m_highlighted;
    qreal m_scale; // device pixels per point
    qreal m_column = 0;
    qreal m_cardWidth = 0;
};

} // namespace

// The lanes as the canvas draws them (journeyLanes), so the printed diagram
// and the screen agree.
JourneyDiagram journeyDiagram(const Journey& journey, const std::vector<Channel>& channels) {
    JourneyDiagram diagram;
    const std::vector<JourneyLane> lanes = journeyLanes(journey, channels);
    for (const JourneyLane& lane : lanes)
        diagram.lanes << lane.name;
    int number = 0;
    for (const JourneyStep& step : journey.steps) {
        const StepCost cost = stepCost(step, channels);
        diagram.cards.push_back({laneOf(lanes, step.channelId),
                                 u"%1. %2"_s.arg(++number).arg(step.description),
                                 cost.pence ? formatPounds(*cost.pence) : Tr::tr("cost unknown"),
                                 step.painPoint, step.avoidable, step.emotion});
    }
    return diagram;
}

qreal journeyDiagramHeightPoints(const JourneyDiagram& diagram) {
    return static_cast<qreal>(diagram.lanes.size()) * kLaneHeight + kFeelingHeight;
}

qreal journeyDiagramComfortableWidthPoints(const JourneyDiagram& diagram) {
    return kLabelWidth + static_cast<qreal>(std::max<std::size_t>(diagram.cards.size(), 3)) * 80;
}

void paintJourneyDiagram(QPainter& painter, const QRectF& rect, const JourneyDiagram& diagram,
                         qreal scale, std::optional<int> highlighted) {
    Painter(painter, rect, diagram, scale, highlighted).paint();
}

QString journeyDiagramSvg(const JourneyDiagram& diagram, qreal widthPoints) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setResolution(72); // one unit a point
    const QSizeF size(widthPoints, journeyDiagramHeightPoints(diagram));
    svg.setSize(size.toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), size));
    {
        QPainter painter(&svg);
        paintJourneyDiagram(painter, QRectF(QPointF(0, 0), size), diagram);
    }
    const QString text = QString::fromUtf8(buffer.data());
    return text.mid(text.indexOf(u"<svg"));
}

void JourneyDiagramObject::registerOn(QTextDocument& document) {
    document.documentLayout()->registerHandler(Type, new JourneyDiagramObject(&document));
}

QTextCharFormat JourneyDiagramObject::formatFor(const JourneyDiagram& diagram) {
    QTextCharFormat format;
    format.setObjectType(Type);
    format.setProperty(kDiagramProperty, QVariant::fromValue(diagram));
    return format;
}

QSizeF JourneyDiagramObject::intrinsicSize(QTextDocument* document, int,
                                           const QTextFormat& format) {
    const QPaintDevice* device = document->documentLayout()->paintDevice();
    const qreal perPoint = (device ? device->logicalDpiY() : 96) / 72.0;
    const auto diagram = format.property(kDiagramProperty).value<JourneyDiagram>();
    const qreal width =
        document->pageSize().width() > 0 ? document->pageSize().width() * 0.98 : 460 * perPoint;
    return {width, journeyDiagramHeightPoints(diagram) * perPoint};
}

void JourneyDiagramObject::drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int,
                                      const QTextFormat& format) {
    paintJourneyDiagram(*painter, rect, format.property(kDiagramProperty).value<JourneyDiagram>());
}

} // namespace unblock
