#include "presenter/JourneyView.h"

#include <QPainter>

namespace unblock::app {
namespace {

constexpr int kMargin = 12;

} // namespace

JourneyView::JourneyView(QWidget* parent)
    : QWidget(parent) {
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void JourneyView::setDiagram(const JourneyDiagram& diagram, std::optional<int> highlighted) {
    m_diagram = diagram;
    m_highlighted = highlighted;
    updateGeometry();
    update();
}

// Points to pixels at this screen, times how much larger than on paper the
// diagram can be while its cards keep a comfortable width.
qreal JourneyView::scaleFor(QSizeF area) const {
    const qreal perPoint = logicalDpiY() / 72.0;
    return std::max(area.width() / (journeyDiagramComfortableWidthPoints(m_diagram) * perPoint),
                    0.5);
}

int JourneyView::heightForWidth(int width) const {
    const qreal scale = scaleFor(QSizeF(width - 2 * kMargin, 0));
    return static_cast<int>(journeyDiagramHeightPoints(m_diagram) * scale * logicalDpiY() / 72.0) +
           2 * kMargin;
}

void JourneyView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), Qt::white);
    const QRectF area = QRectF(rect()).adjusted(kMargin, kMargin, -kMargin, -kMargin);
    qreal scale = scaleFor(area.size());
    // Shorter than the diagram wants (a tall journey on a wide screen): shrink to fit.
    const qreal wanted = journeyDiagramHeightPoints(m_diagram) * scale * logicalDpiY() / 72.0;
    if (wanted > area.height())
        scale *= area.height() / wanted;
    paintJourneyDiagram(painter, area, m_diagram, scale, m_highlighted);
}

} // namespace unblock::app
