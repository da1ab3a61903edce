#pragma once

#include "journey/Journey.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QPushButton;

namespace unblock::app {

class JourneyCanvas;
class Prompts;
class SessionDocument;

// The journeys of the session: choose one, sketch it on the canvas, see its
// future version under it and what each step costs. Every change is an
// undoable edit, in the file at once.
class JourneysPage : public QWidget {
    Q_OBJECT

public:
    JourneysPage(SessionDocument& doc, Prompts& prompts, QWidget* parent = nullptr);

    JourneyCanvas* canvas() const { return m_canvas; }
    JourneyCanvas* otherCanvas() const { return m_other; }
    std::optional<Id> currentJourney() const;
    void selectJourney(Id id);
    QString totals() const;

    void newJourney();
    void editJourney();
    void addFutureVersion();
    void deleteJourney();

private:
    void refresh();
    const Journey* journey(Id id) const;
    const Journey* counterpart(const Journey& j) const;
    void connectCanvas(JourneyCanvas* canvas, bool other);
    std::optional<Id> shownOn(bool other) const;
    void moveStep(Id journeyId, int step, int toIndex, std::optional<Id> channel);
    void addStep(Id journeyId, int after, std::optional<Id> channel);
    void editStep(Id journeyId, int step);
    void deleteStep(Id journeyId, int step);

    SessionDocument& m_doc;
    Prompts& m_prompts;
    QComboBox* m_journeys;
    QLabel* m_totals;
    QLabel* m_otherTitle;
    JourneyCanvas* m_canvas;
    JourneyCanvas* m_other;
    QChartView* m_costs;
    QPushButton* m_future;
};

} // namespace unblock::app
