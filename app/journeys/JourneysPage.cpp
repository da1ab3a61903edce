#include "journeys/JourneysPage.h"

#include "document/Edits.h"
#include "document/SessionDocument.h"
#include "journey/CostToServe.h"
#include "journeys/ChannelsDialog.h"
#include "journeys/JourneyCanvas.h"
#include "journeys/JourneyCharts.h"
#include "journeys/JourneyDialog.h"
#include "journeys/JourneyPhotoView.h"
#include "journeys/WhatIfPanel.h"
#include "report/Summary.h"
#include "window/Prompts.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace unblock::app {

JourneysPage::JourneysPage(SessionDocument& doc, Prompts& prompts, QWidget* parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_prompts(prompts)
    , m_journeys(new QComboBox)
    , m_totals(new QLabel)
    , m_otherTitle(new QLabel)
    , m_canvas(new JourneyCanvas)
    , m_other(new JourneyCanvas)
    , m_charts(new JourneyCharts)
    , m_photo(new JourneyPhotoView)
    , m_whatIf(new WhatIfPanel) {
    m_journeys->setAccessibleName(tr("Journey"));
    m_journeys->setToolTip(tr("The journey shown below"));
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    buildJourneyButtons();
    buildToolButtons();
    layOut();
    connect(m_journeys, &QComboBox::currentIndexChanged, this, &JourneysPage::refresh);
    connectCanvas(m_canvas, false);
    connectCanvas(m_other, true);
    // Journeys follow their own rows (a step's link to the board included:
    // a pain point raised, or its blocker gone, is a change to the step) and
    // the channel table; nothing else on the board is drawn here.
    connect(&m_doc, &SessionDocument::updated, this, [this](const SessionUpdate& u) {
        if (u.reloaded || !u.journeys.empty() || !u.channels.empty())
            refresh();
    });
    refresh();
}

QPushButton* JourneysPage::button(const QString& text, const QString& tip,
                                  void (JourneysPage::*slot)()) {
    auto* made = new QPushButton(text);
    made->setToolTip(tip);
    connect(made, &QPushButton::clicked, this, slot);
    return made;
}

// What acts on whole journeys: beside the list of them.
void JourneysPage::buildJourneyButtons() {
    m_add = button(tr("&New Journey…"), tr("Starts a new journey for a group to sketch"),
                   &JourneysPage::newJourney);
    m_edit =
        button(tr("Edit Journe&y…"), tr("Changes the journey’s title, group, persona and year"),
               &JourneysPage::editJourney);
    m_future = button(tr("Add F&uture Version"), QString(), &JourneysPage::addFutureVersion);
    m_delete = button(tr("&Delete Journey"),
                      tr("Deletes the journey shown and its steps; Undo brings it back"),
                      &JourneysPage::deleteJourney);
}

// What acts on the journey shown, its steps and its photo.
void JourneysPage::buildToolButtons() {
    m_raise = button(tr("Put Pain &Point on the Board…"),
                     tr("Adds the chosen step's pain point to the board as a blocker, linked "
                        "to this journey (Ctrl+B)"),
                     &JourneysPage::raisePainPoint);
    m_import =
        button(tr("I&mport Steps…"), tr("Adds steps from a spreadsheet (CSV), one row per step"),
               &JourneysPage::importSteps);
    m_attach = button(tr("Attach P&hoto…"),
                      tr("Keeps a photo of the group's paper sketch in the session file"),
                      &JourneysPage::attachPhoto);
    m_removePhoto = button(tr("Remove Ph&oto"), QString(), &JourneysPage::removePhoto);
    m_channels = button(tr("&Channels and Costs…"),
                        tr("The channels residents use and what one contact on each costs"),
                        &JourneysPage::editChannels);
    // An action of the page, as the board's keys are, so Ctrl+B works wherever
    // the focus is on this page: a shortcut set on the button did not fire
    // while the canvas had the focus.
    auto* raiseKey = new QAction(tr("Put Pain Point on the Board"), this);
    raiseKey->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    raiseKey->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(raiseKey, &QAction::triggered, this, &JourneysPage::raisePainPoint);
    addAction(raiseKey);
}

// The journey list and its buttons, the tools, the totals and the what-if
// above; the sketches, and beside them the charts and the photo.
void JourneysPage::layOut() {
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_journeys, 1);
    for (QPushButton* b : {m_add, m_edit, m_future, m_delete})
        bar->addWidget(b);
    auto* tools = new QHBoxLayout;
    for (QPushButton* b : {m_raise, m_import, m_attach, m_removePhoto})
        tools->addWidget(b);
    tools->addStretch(1);
    tools->addWidget(m_channels);
    auto* sketches = new QWidget;
    auto* sketchLayout = new QVBoxLayout(sketches);
    sketchLayout->setContentsMargins(0, 0, 0, 0);
    sketchLayout->addWidget(m_canvas, 1);
    sketchLayout->addWidget(m_otherTitle);
    sketchLayout->addWidget(m_other, 1);
    auto* side = new QSplitter(Qt::Vertical);
    side->addWidget(m_charts);
    side->addWidget(m_photo);
    side->setStretchFactor(0, 5);
    side->setStretchFactor(1, 1);
    auto* split = new QSplitter;
    split->addWidget(sketches);
    split->addWidget(side);
    // The sketch is what the group works on: most of the width is its.
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(tools);
    layout->addWidget(m_totals);
    layout->addWidget(m_whatIf);
    layout->addWidget(split, 1);
}

const Journey* JourneysPage::journey(Id id) const {
    return m_doc.data().journey(id);
}

// A current journey's future version, or a future one's current journey.
const Journey* JourneysPage::counterpart(const Journey& j) const {
    return counterpartOf(j, m_doc.data().journeys);
}

std::optional<Id> JourneysPage::currentJourney() const {
    if (m_journeys->currentIndex() < 0)
        return std::nullopt;
    return m_journeys->currentData().value<Id>();
}

std::optional<Id> JourneysPage::shownOn(bool other) const {
    const std::optional<Id> id = currentJourney();
    if (!other || !id)
        return id;
    const Journey* j = journey(*id);
    const Journey* c = j ? counterpart(*j) : nullptr;
    return c ? std::optional<Id>(c->id) : std::nullopt;
}

void JourneysPage::selectJourney(Id id) {
    const int index = m_journeys->findData(QVariant::fromValue(id));
    if (index >= 0)
        m_journeys->setCurrentIndex(index);
}

QString JourneysPage::totals() const {
    return m_totals->text();
}

void JourneysPage::connectCanvas(JourneyCanvas* canvas, bool other) {
    connect(canvas, &JourneyCanvas::moveRequested, this,
            [this, other](int step, int to, std::optional<Id> channel) {
                if (const auto id = shownOn(other))
                    moveStep(*id, step, to, channel);
                refresh(); // a card dropped where it was goes back into place
            });
    connect(canvas, &JourneyCanvas::addRequested, this,
            [this, other](int after, std::optional<Id> channel) {
                if (const auto id = shownOn(other))
                    addStep(*id, after, channel);
            });
    connect(canvas, &JourneyCanvas::editRequested, this, [this, other](int step) {
        if (const auto id = shownOn(other))
            editStep(*id, step);
    });
    connect(canvas, &JourneyCanvas::deleteRequested, this, [this, other](int step) {
        if (const auto id = shownOn(other))
            deleteStep(*id, step);
    });
    connect(canvas, &JourneyCanvas::stepSelected, this, [this, other](std::optional<int> step) {
        if (step)
            m_otherChosen = other;
        Q_EMIT presentationChanged();
    });
    connect(canvas, &JourneyCanvas::activated, this, [this, other] {
        if (m_otherChosen == other)
            return;
        m_otherChosen = other;
        Q_EMIT presentationChanged();
    });
}

void JourneysPage::refresh() {
    const std::optional<Id> keep = currentJourney();
    {
        const QSignalBlocker quiet(m_journeys);
        m_journeys->clear();
        for (const Journey& j : m_doc.data().journeys) {
            m_journeys->addItem(j.variant == JourneyVariant::Future ? tr("%1 (future)").arg(j.title)
                                                                    : j.title,
                                QVariant::fromValue(j.id));
        }
        const int index = keep ? m_journeys->findData(QVariant::fromValue(*keep)) : 0;
        m_journeys->setCurrentIndex(std::max(index, 0));
    }
    const std::vector<Channel>& channels = m_doc.data().channels;
    const Journey* shown = currentJourney() ? journey(*currentJourney()) : nullptr;
    const Journey* other = shown ? counterpart(*shown) : nullptr;
    m_canvas->setJourney(shown ? *shown : Journey{}, channels);
    m_other->setVisible(other);
    m_otherTitle->setVisible(other);
    const bool writable = !m_doc.isReadOnly();
    m_future->setEnabled(writable && shown && !other && shown->variant == JourneyVariant::Current);
    // What acts on the journey shown waits for there to be one.
    for (QPushButton* button : {m_edit, m_delete, m_import, m_attach, m_raise})
        button->setEnabled(writable && shown);
    if (other) {
        m_other->setJourney(*other, channels);
        m_otherTitle->setText(other->variant == JourneyVariant::Future
                                  ? tr("Future: %1").arg(other->title)
                                  : tr("Current: %1").arg(other->title));
    }
    m_whatIf->showJourney(shown, channels);
    if (!shown) {
        m_removePhoto->setEnabled(false);
        m_photo->clear();
        m_totals->setText(tr("No journeys yet: add one with New Journey, then press Insert on "
                             "the canvas to add its steps."));
        return;
    }
    const SummaryJourney worked = summaryJourney(*shown, m_doc.data());
    QStringList parts = worked.totals;
    if (!worked.saving.isEmpty())
        parts << worked.saving;
    m_totals->setText(parts.join(QStringLiteral(" · ")));

    m_charts->showJourney(*shown, channels);
    m_removePhoto->setEnabled(shown->hasPhoto && writable);
    m_photo->showPhotoOf(*shown, m_doc);
    Q_EMIT presentationChanged();
}

QString JourneysPage::whatIf() const {
    return m_whatIf->answer();
}

QSpinBox* JourneysPage::whatIfShare() const {
    return m_whatIf->share();
}

QComboBox* JourneysPage::whatIfChannel() const {
    return m_whatIf->channel();
}

QLabel* JourneysPage::photoView() const {
    return m_photo;
}

void JourneysPage::newJourney() {
    const std::optional<QString> title =
        m_prompts.askText(this, tr("New Journey"), tr("What is the resident trying to do?"));
    if (!title)
        return;
    Journey j;
    j.title = *title;
    if (const std::optional<Id> id = edits::addJourney(m_doc, j))
        selectJourney(*id);
}

void JourneysPage::editJourney() {
    const Journey* j = currentJourney() ? journey(*currentJourney()) : nullptr;
    if (!j)
        return;
    JourneyDialog dialog(*j, m_doc.data().channels, this);
    if (dialog.exec() == QDialog::Accepted)
        edits::editJourney(m_doc, dialog.journey(), tr("Edit journey"));
}

void JourneysPage::addFutureVersion() {
    if (const Journey* current = currentJourney() ? journey(*currentJourney()) : nullptr)
        edits::addJourney(m_doc, futureVersionOf(*current));
}

void JourneysPage::deleteJourney() {
    if (const std::optional<Id> id = currentJourney())
        edits::deleteJourney(m_doc, *id);
}

// The step chosen on either canvas, with the journey it is in.
const JourneyStep* JourneysPage::chosenStep(Id* journeyId) const {
    const std::optional<Id> id = shownOn(m_otherChosen);
    const std::optional<int> step = (m_otherChosen ? m_other : m_canvas)->selectedStep();
    const Journey* j = id ? journey(*id) : nullptr;
    if (!j || !step || *step >= static_cast<int>(j->steps.size()))
        return nullptr;
    if (journeyId)
        *journeyId = j->id;
    return &j->steps[static_cast<std::size_t>(*step)];
}

std::optional<int> JourneysPage::presentedStep() const {
    return (m_otherChosen ? m_other : m_canvas)->selectedStep();
}

void JourneysPage::presentNeighbourStep(int delta) {
    JourneyCanvas* canvas = m_otherChosen ? m_other : m_canvas;
    canvas->selectStep(canvas->selectedStep().value_or(-delta) + delta);
}

void JourneysPage::editChannels() {
    ChannelsDialog dialog(m_doc.data().channels, this);
    if (dialog.exec() == QDialog::Accepted)
        edits::setChannels(m_doc, dialog.channels());
}

} // namespace unblock::app
