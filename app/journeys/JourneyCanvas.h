#pragma once

#include "journey/Journey.h"

#include <QGraphicsView>

#include <optional>

namespace unblock::app {

// One journey drawn as a resident lives it: a lane per channel, the steps as
// cards along time, arrows between them, pain points marked in red with "!",
// avoidable contacts dashed. The canvas only draws and reports what the
// person did; the journeys page turns that into edits.
//
// Keyboard: Left/Right choose a step; Alt+Left/Right move it earlier or
// later; Alt+Up/Down move it to the lane above or below; Insert adds a step
// after it; Enter edits it; Delete removes it. With the mouse: drag a card to
// another place or lane; double-click edits.
class JourneyCanvas : public QGraphicsView {
    Q_OBJECT

public:
    explicit JourneyCanvas(QWidget* parent = nullptr);
    ~JourneyCanvas() override;

    void setJourney(const Journey& journey, const std::vector<Channel>& channels);
    std::optional<int> selectedStep() const;
    void selectStep(int index);
    // The channel of lane `lane`, and where a point of the scene falls.
    const std::vector<JourneyLane>& lanes() const { return m_lanes; }
    QPointF cardCentre(int index) const;
    QPointF placeFor(int index, int lane) const;
    // The lane names, which stay in view while the steps scroll.
    const std::vector<QGraphicsItem*>& laneNames() const { return m_laneLabels; }

Q_SIGNALS:
    void moveRequested(int step, int toIndex, std::optional<Id> channel);
    void addRequested(int afterStep, std::optional<Id> channel);
    void editRequested(int step);
    void deleteRequested(int step);
    void stepSelected(std::optional<int> step);
    // The person turned to this canvas (a click, even on the step already
    // chosen, or the keyboard focus): its step is the one they mean.
    void activated();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;

private:
    int laneOf(std::optional<Id> channel) const;
    void dropped(int step, QPointF at);
    void pinLaneNames();

    std::vector<JourneyLane> m_lanes; // core's (journeyLanes), as on paper
    std::vector<QGraphicsItem*> m_cards;
    std::vector<std::optional<Id>> m_stepChannels;
    std::vector<QGraphicsItem*> m_laneLabels;
};

} // namespace unblock::app
