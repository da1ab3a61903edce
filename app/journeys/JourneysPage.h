#pragma once

#include "journey/Journey.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace unblock::app {

class JourneyCanvas;
class JourneyCharts;
class JourneyPhotoView;
class Prompts;
class SessionDocument;
class WhatIfPanel;

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
    // The chosen step's pain point becomes a blocker on the board.
    void raisePainPoint();
    void importSteps();
    void attachPhoto();
    void removePhoto();
    void editChannels();

    // The journey and step the group is talking about, for the presenter.
    std::optional<Id> presentedJourney() const { return shownOn(m_otherChosen); }
    std::optional<int> presentedStep() const;
    // The step before or after the one presented (the presenter's clicker).
    void presentNeighbourStep(int delta);
    QLabel* photoView() const;
    // Edit, Delete, Import Steps, Attach Photo and Put Pain Point on the Board.
    QList<QPushButton*> journeyButtons() const {
        return {m_edit, m_delete, m_import, m_attach, m_raise};
    }
    // "What if N% of this channel's contacts moved online": its controls and answer.
    QSpinBox* whatIfShare() const;
    QComboBox* whatIfChannel() const;
    QString whatIf() const;

Q_SIGNALS:
    void presentationChanged();

private:
    QPushButton* button(const QString& text, const QString& tip, void (JourneysPage::*slot)());
    void buildJourneyButtons();
    void buildToolButtons();
    void layOut();
    void refresh();
    const Journey* journey(Id id) const;
    const Journey* counterpart(const Journey& j) const;
    void connectCanvas(JourneyCanvas* canvas, bool other);
    std::optional<Id> shownOn(bool other) const;
    void moveStep(Id journeyId, int step, int toIndex, std::optional<Id> channel);
    void addStep(Id journeyId, int after, std::optional<Id> channel);
    void editStep(Id journeyId, int step);
    void deleteStep(Id journeyId, int step);
    const JourneyStep* chosenStep(Id* journeyId) const;

    SessionDocument& m_doc;
    Prompts& m_prompts;
    QComboBox* m_journeys;
    QLabel* m_totals;
    QLabel* m_otherTitle;
    JourneyCanvas* m_canvas;
    JourneyCanvas* m_other;
    JourneyCharts* m_charts;
    JourneyPhotoView* m_photo;
    WhatIfPanel* m_whatIf;
    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_future = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_raise = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_attach = nullptr;
    QPushButton* m_removePhoto = nullptr;
    QPushButton* m_channels = nullptr;
    bool m_otherChosen = false; // the step last chosen is on the lower canvas
};

} // namespace unblock::app
