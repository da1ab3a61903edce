#pragma once

#include "journey/Journey.h"

#include <QObject>
#include <QStringList>
#include <QTextObjectInterface>

#include <vector>

class QPainter;

namespace unblock {

// A journey drawn as a picture: its lanes (journeyLanes), the steps as
// cards along time with arrows between them, pain points red with "!",
// avoidable contacts dashed, and under the lanes how the resident feels at
// each step. The summary prints it (vector in PDF, SVG in HTML) and the
// presenter shows it large; both paint from this model.
struct DiagramCard {
    int lane = 0;
    QString text; // "2. Phones to check the booking went through"
    QString cost; // "£3.76", or "cost unknown"
    bool painPoint = false;
    bool avoidable = false;
    int emotion = 0; // −2 … +2
    bool operator==(const DiagramCard&) const = default;
};

struct JourneyDiagram {
    QStringList lanes; // journeyLanes()' names, as the canvas draws them
    std::vector<DiagramCard> cards;
    bool operator==(const JourneyDiagram&) const = default;
};

JourneyDiagram journeyDiagram(const Journey& journey, const std::vector<Channel>& channels);

// The height the diagram needs, in points (at scale 1), whatever its width;
// and the width at which its cards read comfortably.
qreal journeyDiagramHeightPoints(const JourneyDiagram& diagram);
qreal journeyDiagramComfortableWidthPoints(const JourneyDiagram& diagram);

// Draws into rect; fonts and lengths follow the painter's device resolution,
// scaled by `scale` (1 on paper, larger on a projector). The card
// `highlighted` (the step a group is talking about) gets a thick outline.
void paintJourneyDiagram(QPainter& painter, const QRectF& rect, const JourneyDiagram& diagram,
                         qreal scale = 1, std::optional<int> highlighted = std::nullopt);

// The diagram as an SVG element (no XML declaration), `widthPoints` wide, for
// the HTML summary.
QString journeyDiagramSvg(const JourneyDiagram& diagram, qreal widthPoints);

// Lets a QTextDocument hold the diagram as an object drawn at print time, so
// it stays vector in a PDF (as BarChartObject does for the chart).
class JourneyDiagramObject : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    using QObject::QObject;
    static constexpr int Type = QTextFormat::UserObject + 2;

    static void registerOn(QTextDocument& document);
    static QTextCharFormat formatFor(const JourneyDiagram& diagram);
    QSizeF intrinsicSize(QTextDocument* document, int position, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* document, int position,
                    const QTextFormat& format) override;
};

} // namespace unblock

Q_DECLARE_METATYPE(unblock::JourneyDiagram)
