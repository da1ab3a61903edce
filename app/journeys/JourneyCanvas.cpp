#include "journeys/JourneyCanvas.h"

#include "journey/CostToServe.h"

#include <QFontMetricsF>
#include <QGraphicsRectItem>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsTextItem>
#include <QKeyEvent>
#include <QPen>
#include <QScrollBar>
#include <QStyleOptionGraphicsItem>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace unblock::app {
namespace {

// Sized so a laptop's 1024×768 shows four or five steps beside the charts.
constexpr qreal kLabelWidth = 112;
constexpr qreal kLaneHeight = 96;
constexpr qreal kPitch = 156;
constexpr qreal kCardWidth = 136;
constexpr qreal kCardHeight = 80;
constexpr int kStepRole = 0;
constexpr int kLaneTopRole = 1;
// The canvas is paper, as the group sketched on: dark ink on white whatever
// the system's colours, so a dark desktop does not write light on white.
const QColor kInk(0x0b, 0x0c, 0x0c);
// The step chosen: a thick solid frame, never dashed (dashed says "avoidable").
const QColor kChosen(0x1d, 0x70, 0xb8);

// The card's words as many lines as the card holds: the description cut
// short with "…" so that its last line, the cost and marks, always shows.
QString fitted(const QString& text, const QFont& font) {
    const QFontMetricsF metrics(font);
    const qreal width = kCardWidth - 8 - 8; // the text item's own margins
    const int lines = static_cast<int>((kCardHeight - 8) / metrics.lineSpacing());
    const qsizetype split = text.lastIndexOf(u'\n');
    const QString facts = text.mid(split + 1);
    const int factLines = static_cast<int>(std::ceil(metrics.horizontalAdvance(facts) / width));
    const int room = std::max(1, lines - factLines);
    QTextLayout layout(text.left(split), font);
    layout.beginLayout();
    QString shown;
    for (int line = 0; line < room; ++line) {
        QTextLine next = layout.createLine();
        if (!next.isValid())
            break;
        next.setLineWidth(width);
        const QString rest = text.left(split).mid(next.textStart());
        if (line == room - 1 && next.textStart() + next.textLength() < split) {
            shown += metrics.elidedText(rest, Qt::ElideRight, width);
            break;
        }
        shown += text.mid(next.textStart(), next.textLength());
    }
    layout.endLayout();
    return shown.trimmed() + u'\n' + facts;
}

class StepCard : public QGraphicsRectItem {
public:
    using QGraphicsRectItem::QGraphicsRectItem;
    QRectF boundingRect() const override {
        return QGraphicsRectItem::boundingRect().adjusted(-8, -8, 8, 8);
    }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option,
               QWidget* widget) override {
        QStyleOptionGraphicsItem plain(*option);
        plain.state &= ~QStyle::State_Selected; // Qt marks a selection with dashes
        QGraphicsRectItem::paint(painter, &plain, widget);
        if (option->state & QStyle::State_Selected) {
            painter->setPen(QPen(kChosen, 5));
            painter->setBrush(Qt::NoBrush);
            painter->drawRoundedRect(rect().adjusted(-5, -5, 5, 5), 4, 4);
        }
    }
};

} // namespace

JourneyCanvas::JourneyCanvas(QWidget* parent)
    : QGraphicsView(parent) {
    setScene(new QGraphicsScene(this));
    setRenderHint(QPainter::Antialiasing);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Journey"));
    viewport()->setAccessibleName(accessibleName()); // it takes the keyboard too
    setAccessibleDescription(tr("Left and Right choose a step; Alt with the arrow keys moves it; "
                                "Insert adds a step; Enter edits it; Delete removes it."));
    connect(scene(), &QGraphicsScene::selectionChanged, this,
            [this] { Q_EMIT stepSelected(selectedStep()); });
    connect(horizontalScrollBar(), &QScrollBar::valueChanged, this, &JourneyCanvas::pinLaneNames);
}

void JourneyCanvas::pinLaneNames() {
    const qreal left = mapToScene(0, 0).x();
    for (QGraphicsItem* name : m_laneLabels)
        name->setPos(std::max(0.0, left), name->data(kLaneTopRole).toReal());
}

void JourneyCanvas::resizeEvent(QResizeEvent* event) {
    QGraphicsView::resizeEvent(event);
    pinLaneNames();
}

JourneyCanvas::~JourneyCanvas() {
    scene()->disconnect(this); // the scene outlives the cards list while it is deleted
}

int JourneyCanvas::laneOf(std::optional<Id> channel) const {
    return unblock::laneOf(m_lanes, channel);
}

QPointF JourneyCanvas::placeFor(int index, int lane) const {
    return {kLabelWidth + index * kPitch + 15,
            lane * kLaneHeight + (kLaneHeight - kCardHeight) / 2};
}

QPointF JourneyCanvas::cardCentre(int index) const {
    const QGraphicsItem* card = m_cards.at(static_cast<std::size_t>(index));
    return card->mapToScene(card->boundingRect().center());
}

void JourneyCanvas::setJourney(const Journey& journey, const std::vector<Channel>& channels) {
    const std::optional<int> keep = selectedStep();
    m_cards.clear();
    m_laneLabels.clear(); // before the scene deletes them: scrolling moves them
    {
        // Deleting selected cards reports a selection change: not a choice anyone made.
        const QSignalBlocker quiet(scene());
        scene()->clear();
    }
    m_stepChannels.clear();
    // The lanes core draws a journey in, here as on paper.
    m_lanes = journeyLanes(journey, channels);

    const auto columns = static_cast<qreal>(std::max<std::size_t>(journey.steps.size(), 3));
    const qreal width = kLabelWidth + columns * kPitch + 20;
    for (std::size_t lane = 0; lane < m_lanes.size(); ++lane) {
        const qreal y = static_cast<qreal>(lane) * kLaneHeight;
        const QColor paper = lane % 2 ? QColor(0xf3, 0xf2, 0xf1) : QColor(Qt::white);
        auto* band =
            scene()->addRect(0, y, width, kLaneHeight, QPen(QColor(0xb1, 0xb4, 0xb6)), paper);
        band->setZValue(-2);
        // The lane's name stays at the left edge of the view as steps scroll
        // past beneath it.
        auto* name =
            scene()->addRect(0, 0, kLabelWidth, kLaneHeight, QPen(QColor(0xb1, 0xb4, 0xb6)), paper);
        name->setZValue(2);
        name->setData(kLaneTopRole, y);
        auto* label = new QGraphicsTextItem(m_lanes[lane].name, name);
        label->setDefaultTextColor(kInk);
        label->setTextWidth(kLabelWidth - 12);
        label->setPos(6, kLaneHeight / 2 - label->boundingRect().height() / 2);
        m_laneLabels.push_back(name);
    }
    for (std::size_t i = 0; i < journey.steps.size(); ++i) {
        const JourneyStep& step = journey.steps[i];
        const StepCost cost = stepCost(step, channels);
        const QPointF at = placeFor(static_cast<int>(i), laneOf(step.channelId));
        QPen pen(step.painPoint ? QColor(0xd4, 0x35, 0x1c) : kInk, step.painPoint ? 3 : 1.5);
        if (step.avoidable)
            pen.setStyle(Qt::DashLine);
        auto* card = new StepCard(0, 0, kCardWidth, kCardHeight);
        card->setPen(pen);
        card->setBrush(QColor(Qt::white));
        scene()->addItem(card);
        card->setPos(at);
        card->setFlags(QGraphicsItem::ItemIsSelectable | QGraphicsItem::ItemIsMovable);
        card->setData(kStepRole, static_cast<int>(i));
        const QString price = cost.pence ? formatPounds(*cost.pence) : tr("cost unknown");
        QString text = QStringLiteral("%1. %2\n%3").arg(i + 1).arg(step.description, price);
        if (step.avoidable)
            text += tr(" · avoidable");
        if (step.blockerId)
            text += tr(" · on the board");
        auto* words = new QGraphicsTextItem(card);
        words->setPlainText(fitted(text, words->font()));
        words->setDefaultTextColor(kInk);
        words->setTextWidth(kCardWidth - 8);
        words->setPos(4, 2);
        QString tip = text; // the whole of it, however much the card shows
        if (step.painPoint) {
            auto* mark = new QGraphicsTextItem(QStringLiteral("!"), card);
            QFont bold = mark->font();
            bold.setBold(true);
            bold.setPointSizeF(bold.pointSizeF() * 1.6);
            mark->setFont(bold);
            mark->setDefaultTextColor(QColor(0xd4, 0x35, 0x1c));
            mark->setPos(kCardWidth - 18, -6);
            tip += u'\n' + tr("Pain point: %1").arg(step.painNote);
        }
        card->setToolTip(tip);
        m_cards.push_back(card);
        m_stepChannels.push_back(step.channelId);
    }
    // Arrows from each step to the next, drawn under the cards.
    for (std::size_t i = 1; i < m_cards.size(); ++i) {
        const QPointF from = m_cards[i - 1]->pos() + QPointF(kCardWidth, kCardHeight / 2);
        const QPointF to = m_cards[i]->pos() + QPointF(0, kCardHeight / 2);
        QPen pen(QColor(0x50, 0x5a, 0x5f), 2);
        scene()->addLine(QLineF(from, to), pen)->setZValue(-1);
        const QLineF line(to, from);
        const qreal angle = std::atan2(-line.dy(), line.dx());
        const QPointF left =
            to + QPointF(std::cos(angle + 0.45) * 10, -std::sin(angle + 0.45) * 10);
        const QPointF right =
            to + QPointF(std::cos(angle - 0.45) * 10, -std::sin(angle - 0.45) * 10);
        scene()->addPolygon(QPolygonF{to, left, right}, pen, pen.color())->setZValue(-1);
    }
    scene()->setSceneRect(0, 0, width, static_cast<qreal>(m_lanes.size()) * kLaneHeight);
    horizontalScrollBar()->setValue(0);
    verticalScrollBar()->setValue(0);
    pinLaneNames();
    // Drawing again keeps the step chosen; that is nobody's new choice.
    const QSignalBlocker quiet(scene());
    if (!m_cards.empty())
        selectStep(std::min(keep.value_or(0), static_cast<int>(m_cards.size()) - 1));
}

std::optional<int> JourneyCanvas::selectedStep() const {
    for (std::size_t i = 0; i < m_cards.size(); ++i) {
        if (m_cards[i]->isSelected())
            return static_cast<int>(i);
    }
    return std::nullopt;
}

void JourneyCanvas::selectStep(int index) {
    if (index < 0 || index >= static_cast<int>(m_cards.size()))
        return;
    scene()->clearSelection();
    m_cards[static_cast<std::size_t>(index)]->setSelected(true);
    // Before the view has its size, scrolling to the card would lose the lane names.
    if (isVisible())
        ensureVisible(m_cards[static_cast<std::size_t>(index)]);
}

void JourneyCanvas::keyPressEvent(QKeyEvent* event) {
    const std::optional<int> step = selectedStep();
    const bool alt = event->modifiers() & Qt::AltModifier;
    const auto lane = [&](int delta) -> std::optional<Id> {
        const int now = laneOf(m_stepChannels[static_cast<std::size_t>(*step)]);
        const int to = std::clamp(now + delta, 0, static_cast<int>(m_lanes.size()) - 1);
        return m_lanes[static_cast<std::size_t>(to)].channelId;
    };
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right: {
        if (!step)
            break;
        const int delta = event->key() == Qt::Key_Left ? -1 : 1;
        const int target = std::clamp(*step + delta, 0, static_cast<int>(m_cards.size()) - 1);
        if (alt && target != *step)
            Q_EMIT moveRequested(*step, target, m_stepChannels[static_cast<std::size_t>(*step)]);
        else
            selectStep(target);
        return;
    }
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (step && alt && !m_lanes.empty())
            Q_EMIT moveRequested(*step, *step, lane(event->key() == Qt::Key_Up ? -1 : 1));
        return;
    case Qt::Key_Insert:
        Q_EMIT addRequested(step.value_or(static_cast<int>(m_cards.size()) - 1),
                            step ? m_stepChannels[static_cast<std::size_t>(*step)]
                                 : (m_lanes.empty() ? std::nullopt : m_lanes.front().channelId));
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_F2:
        if (step)
            Q_EMIT editRequested(*step);
        return;
    case Qt::Key_Delete:
        if (step)
            Q_EMIT deleteRequested(*step);
        return;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

void JourneyCanvas::dropped(int step, QPointF at) {
    if (m_lanes.empty())
        return;
    const int lane =
        std::clamp(static_cast<int>(at.y() / kLaneHeight), 0, static_cast<int>(m_lanes.size()) - 1);
    const int index = std::clamp(
        static_cast<int>(std::lround((at.x() - kLabelWidth - 15 - kCardWidth / 2) / kPitch)), 0,
        static_cast<int>(m_cards.size()) - 1);
    Q_EMIT moveRequested(step, index, m_lanes[static_cast<std::size_t>(lane)].channelId);
}

void JourneyCanvas::mousePressEvent(QMouseEvent* event) {
    QGraphicsView::mousePressEvent(event);
    Q_EMIT activated();
}

void JourneyCanvas::focusInEvent(QFocusEvent* event) {
    QGraphicsView::focusInEvent(event);
    Q_EMIT activated();
}

void JourneyCanvas::mouseReleaseEvent(QMouseEvent* event) {
    QGraphicsView::mouseReleaseEvent(event);
    const std::optional<int> step = selectedStep();
    if (!step)
        return;
    const QGraphicsItem* card = m_cards[static_cast<std::size_t>(*step)];
    const QPointF home = placeFor(*step, laneOf(m_stepChannels[static_cast<std::size_t>(*step)]));
    if ((card->pos() - home).manhattanLength() > 20)
        dropped(*step, cardCentre(*step));
}

void JourneyCanvas::mouseDoubleClickEvent(QMouseEvent* event) {
    QGraphicsView::mouseDoubleClickEvent(event);
    if (const std::optional<int> step = selectedStep())
        Q_EMIT editRequested(*step);
}

} // namespace unblock::app
