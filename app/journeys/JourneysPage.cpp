#include "journeys/JourneysPage.h"

#include "document/Edits.h"
#include "document/SessionDocument.h"
#include "io/JourneyCsv.h"
#include "journey/CostToServe.h"
#include "journey/JourneyPhoto.h"
#include "journeys/ChannelsDialog.h"
#include "journeys/JourneyCanvas.h"
#include "journeys/JourneyDialog.h"
#include "journeys/StepDialog.h"
#include "report/Summary.h"
#include "window/Charts.h"
#include "window/Prompts.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

namespace unblock::app {
namespace {

// A steps spreadsheet is a few kilobytes; anything past this is not one.
constexpr qint64 kLargestSpreadsheet = 20 << 20;

} // namespace

JourneysPage::JourneysPage(SessionDocument& doc, Prompts& prompts, QWidget* parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_prompts(prompts)
    , m_journeys(new QComboBox)
    , m_totals(new QLabel)
    , m_otherTitle(new QLabel)
    , m_canvas(new JourneyCanvas)
    , m_other(new JourneyCanvas)
    , m_costs(new QChartView)
    , m_feelings(new QChartView)
    , m_photo(new QLabel)
    , m_whatIfShare(new QSpinBox)
    , m_whatIfChannel(new QComboBox)
    , m_whatIf(new QLabel)
    , m_future(new QPushButton(tr("Add F&uture Version")))
    , m_raise(new QPushButton(tr("Put Pain &Point on the Board…")))
    , m_removePhoto(new QPushButton(tr("Remove Ph&oto"))) {
    m_journeys->setAccessibleName(tr("Journey"));
    m_journeys->setToolTip(tr("The journey shown below"));
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_costs->setRenderHint(QPainter::Antialiasing);
    m_costs->setAccessibleName(tr("Cost of each step"));
    m_costs->setToolTip(tr("A bar for each step of the journey, as high as what it costs"));
    m_costs->setMinimumWidth(220);
    m_feelings->setRenderHint(QPainter::Antialiasing);
    m_feelings->setAccessibleName(tr("How the resident feels at each step"));
    m_feelings->setToolTip(tr("How the resident feels at each step, from −2 to +2"));
    m_photo->setAlignment(Qt::AlignCenter);
    m_photo->setAccessibleName(tr("Photo of the group's sketch"));
    m_raise->setToolTip(tr("Adds the chosen step's pain point to the board as a blocker, linked "
                           "to this journey (Ctrl+B)"));
    // An action of the page, as the board's keys are, so Ctrl+B works wherever
    // the focus is on this page: a shortcut set on the button did not fire
    // while the canvas had the focus.
    auto* raiseKey = new QAction(tr("Put Pain Point on the Board"), this);
    raiseKey->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    raiseKey->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(raiseKey, &QAction::triggered, this, &JourneysPage::raisePainPoint);
    addAction(raiseKey);
    auto* import = m_import = new QPushButton(tr("I&mport Steps…"));
    import->setToolTip(tr("Adds steps from a spreadsheet (CSV), one row per step"));
    auto* photo = m_attach = new QPushButton(tr("Attach P&hoto…"));
    photo->setToolTip(tr("Keeps a photo of the group's paper sketch in the session file"));
    auto* channels = new QPushButton(tr("&Channels and Costs…"));
    channels->setToolTip(tr("The channels residents use and what one contact on each costs"));
    connect(m_raise, &QPushButton::clicked, this, &JourneysPage::raisePainPoint);
    connect(import, &QPushButton::clicked, this, &JourneysPage::importSteps);
    connect(photo, &QPushButton::clicked, this, &JourneysPage::attachPhoto);
    connect(m_removePhoto, &QPushButton::clicked, this, &JourneysPage::removePhoto);
    connect(channels, &QPushButton::clicked, this, &JourneysPage::editChannels);
    auto* add = new QPushButton(tr("&New Journey…"));
    auto* edit = m_edit = new QPushButton(tr("Ed&it Journey…"));
    auto* remove = m_delete = new QPushButton(tr("&Delete Journey"));
    add->setToolTip(tr("Starts a new journey for a group to sketch"));
    edit->setToolTip(tr("Changes the journey’s title, group, persona and year"));
    remove->setToolTip(tr("Deletes the journey shown and its steps; Undo brings it back"));
    connect(edit, &QPushButton::clicked, this, &JourneysPage::editJourney);
    connect(add, &QPushButton::clicked, this, &JourneysPage::newJourney);
    connect(m_future, &QPushButton::clicked, this, &JourneysPage::addFutureVersion);
    connect(remove, &QPushButton::clicked, this, &JourneysPage::deleteJourney);
    connect(m_journeys, &QComboBox::currentIndexChanged, this, &JourneysPage::refresh);
    connectCanvas(m_canvas, false);
    connectCanvas(m_other, true);
    // Journeys follow their own rows, the channel table, and blockers (a pain
    // point raised, or its blocker gone).
    connect(&m_doc, &SessionDocument::updated, this, [this](const SessionUpdate& u) {
        if (u.reloaded || !u.journeys.empty() || !u.channels.empty() || !u.blockers.empty())
            refresh();
    });

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_journeys, 1);
    bar->addWidget(add);
    bar->addWidget(edit);
    bar->addWidget(m_future);
    bar->addWidget(remove);
    m_whatIfShare->setRange(0, 100);
    m_whatIfShare->setValue(50);
    m_whatIfShare->setSuffix(QStringLiteral(" %"));
    m_whatIfShare->setAccessibleName(tr("Share of contacts that move online"));
    m_whatIfChannel->setAccessibleName(tr("Channel whose contacts move online"));
    m_whatIfShare->setToolTip(tr("What share of the channel’s contacts would move online"));
    m_whatIfChannel->setToolTip(tr("The channel whose contacts would move online"));
    m_whatIf->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_whatIfShare, &QSpinBox::valueChanged, this, &JourneysPage::showWhatIf);
    connect(m_whatIfChannel, &QComboBox::currentIndexChanged, this, &JourneysPage::showWhatIf);
    auto* whatIf = new QHBoxLayout;
    auto* whatIfLabel = new QLabel(tr("&What if"));
    whatIfLabel->setBuddy(m_whatIfShare);
    whatIf->addWidget(whatIfLabel);
    whatIf->addWidget(m_whatIfShare);
    whatIf->addWidget(new QLabel(tr("of")));
    whatIf->addWidget(m_whatIfChannel);
    whatIf->addWidget(new QLabel(tr("contacts moved online?")));
    whatIf->addWidget(m_whatIf, 1);
    auto* tools = new QHBoxLayout;
    tools->addWidget(m_raise);
    tools->addWidget(import);
    tools->addWidget(photo);
    tools->addWidget(m_removePhoto);
    tools->addStretch(1);
    tools->addWidget(channels);
    auto* sketches = new QWidget;
    auto* sketchLayout = new QVBoxLayout(sketches);
    sketchLayout->setContentsMargins(0, 0, 0, 0);
    sketchLayout->addWidget(m_canvas, 1);
    sketchLayout->addWidget(m_otherTitle);
    sketchLayout->addWidget(m_other, 1);
    auto* side = new QSplitter(Qt::Vertical);
    side->addWidget(m_costs);
    side->addWidget(m_feelings);
    side->addWidget(m_photo);
    side->setStretchFactor(0, 3);
    side->setStretchFactor(1, 2);
    side->setStretchFactor(2, 1);
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
    layout->addLayout(whatIf);
    layout->addWidget(split, 1);
    refresh();
}

const Journey* JourneysPage::journey(Id id) const {
    for (const Journey& j : m_doc.data().journeys) {
        if (j.id == id)
            return &j;
    }
    return nullptr;
}

// A current journey's future version, or a future one's current journey.
const Journey* JourneysPage::counterpart(const Journey& j) const {
    if (j.currentId)
        return journey(*j.currentId);
    for (const Journey& other : m_doc.data().journeys) {
        if (other.currentId == j.id)
            return &other;
    }
    return nullptr;
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
    m_whatIfShare->setEnabled(shown);
    m_whatIfChannel->setEnabled(shown);
    if (other) {
        m_other->setJourney(*other, channels);
        m_otherTitle->setText(other->variant == JourneyVariant::Future
                                  ? tr("Future: %1").arg(other->title)
                                  : tr("Current: %1").arg(other->title));
    }
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

    showCharts(*shown);
    showPhoto(*shown);
    fillWhatIfChannels(*shown);
    Q_EMIT presentationChanged();
}

void JourneysPage::showCharts(const Journey& shown) {
    QStringList labels;
    QList<qreal> costs;
    QList<qreal> feelings;
    for (std::size_t i = 0; i < shown.steps.size(); ++i) {
        const StepCost c = stepCost(shown.steps[i], m_doc.data().channels);
        // The step's number, as on its card beside: a narrow chart has no room for more.
        labels << tr("Step %1").arg(i + 1);
        costs << (c.pence ? static_cast<qreal>(*c.pence) / 100 : 0.0);
        feelings << shown.steps[i].emotion;
    }
    QChart* old = m_costs->chart();
    m_costs->setChart(
        horizontalBarChart(tr("Cost (£)"), labels, costs, ChartValues::Pounds, font()));
    m_costs->chart()->setTitle(tr("Cost of each step (£)"));
    delete old;
    old = m_feelings->chart();
    m_feelings->setChart(stepLineChart(tr("Emotion"), feelings, -2, 2));
    m_feelings->chart()->setTitle(tr("How they feel at each step (−2 to +2)"));
    delete old;
}

// The channels a contact could move online from: those this journey uses,
// with a figure, other than online ones.
void JourneysPage::fillWhatIfChannels(const Journey& shown) {
    const QVariant keep = m_whatIfChannel->currentData();
    {
        const QSignalBlocker quiet(m_whatIfChannel);
        m_whatIfChannel->clear();
        for (const Channel& c : m_doc.data().channels) {
            const bool used =
                std::any_of(shown.steps.begin(), shown.steps.end(),
                            [&](const JourneyStep& s) { return s.channelId == c.id; });
            if (used && c.costPerContact && !c.online)
                m_whatIfChannel->addItem(c.name, QVariant::fromValue(c.id));
        }
        m_whatIfChannel->setCurrentIndex(std::max(m_whatIfChannel->findData(keep), 0));
    }
    showWhatIf();
}

void JourneysPage::showWhatIf() {
    const Journey* shown = currentJourney() ? journey(*currentJourney()) : nullptr;
    m_whatIfShare->setEnabled(m_whatIfChannel->count() > 0);
    m_whatIfChannel->setEnabled(m_whatIfChannel->count() > 0);
    if (!shown || m_whatIfChannel->count() == 0) {
        m_whatIf->setText(tr("(no contacts with a cost on a channel that could move online)"));
        return;
    }
    if (shown->annualVolume <= 0) {
        m_whatIf->setText(tr("Give the journeys a year (Edit Journey) to see the saving."));
        return;
    }
    const Result<std::optional<Pence>> saving =
        movedOnlineSaving(*shown, m_doc.data().channels, m_whatIfChannel->currentData().value<Id>(),
                          m_whatIfShare->value());
    if (!saving)
        m_whatIf->setText(saving.error().message);
    else if (!saving.value())
        m_whatIf->setText(tr("Unknown: the online channel has no cost per contact."));
    else
        m_whatIf->setText(tr("Saves %1 a year.").arg(formatPounds(*saving.value())));
}

QString JourneysPage::whatIf() const {
    return m_whatIf->text();
}

// The photo is read from the file when shown: the session in memory leaves it there.
void JourneysPage::showPhoto(const Journey& shown) {
    m_removePhoto->setEnabled(shown.hasPhoto && !m_doc.isReadOnly());
    const Result<QByteArray> bytes =
        shown.hasPhoto ? m_doc.photo(shown.id) : Result<QByteArray>(QByteArray());
    QPixmap photo;
    if (!bytes || bytes->isEmpty() || !photo.loadFromData(bytes.value(), "JPEG")) {
        m_photo->setPixmap({});
        m_photo->setText(tr("No photo of a paper sketch.\nAttach one with Attach Photo."));
        m_photo->setToolTip({});
        return;
    }
    // A thumbnail: the charts above keep their room; the photo itself is in the file.
    m_photo->setPixmap(
        photo.scaled(QSize(280, 180), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    m_photo->setToolTip(
        tr("%1 × %2 pixels, kept in the session file").arg(photo.width()).arg(photo.height()));
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

void JourneysPage::moveStep(Id journeyId, int step, int toIndex, std::optional<Id> channel) {
    const Journey* j = journey(journeyId);
    if (!j || step < 0 || step >= static_cast<int>(j->steps.size()))
        return;
    Journey changed = *j;
    JourneyStep moving = changed.steps[static_cast<std::size_t>(step)];
    if (toIndex == step && moving.channelId == channel)
        return;
    moving.channelId = channel;
    changed.steps.erase(changed.steps.begin() + step);
    changed.steps.insert(changed.steps.begin() + toIndex, moving);
    if (edits::editJourney(m_doc, changed, tr("Move step")))
        (shownOn(true) == journeyId ? m_other : m_canvas)->selectStep(toIndex);
}

void JourneysPage::addStep(Id journeyId, int after, std::optional<Id> channel) {
    if (!journey(journeyId))
        return;
    const std::optional<QString> text =
        m_prompts.askText(this, tr("New Step"), tr("What happens next?"));
    const Journey* j = journey(journeyId); // looked up again: the prompt ran the event loop
    if (!text || !j)
        return;
    Journey changed = *j;
    JourneyStep step;
    step.description = *text;
    step.channelId = channel;
    const int at = std::clamp(after + 1, 0, static_cast<int>(changed.steps.size()));
    changed.steps.insert(changed.steps.begin() + at, step);
    if (edits::editJourney(m_doc, changed, tr("Add step")))
        (shownOn(true) == journeyId ? m_other : m_canvas)->selectStep(at);
}

void JourneysPage::editStep(Id journeyId, int step) {
    const Journey* j = journey(journeyId);
    if (!j || step < 0 || step >= static_cast<int>(j->steps.size()))
        return;
    StepDialog dialog(j->steps[static_cast<std::size_t>(step)], m_doc.data().channels, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    j = journey(journeyId); // looked up again: the dialog ran the event loop
    if (!j || step >= static_cast<int>(j->steps.size()))
        return;
    Journey changed = *j;
    changed.steps[static_cast<std::size_t>(step)] = dialog.step();
    edits::editJourney(m_doc, changed, tr("Edit step"));
}

void JourneysPage::deleteStep(Id journeyId, int step) {
    const Journey* j = journey(journeyId);
    if (!j || step < 0 || step >= static_cast<int>(j->steps.size()))
        return;
    Journey changed = *j;
    changed.steps.erase(changed.steps.begin() + step);
    edits::editJourney(m_doc, changed, tr("Delete step"));
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

void JourneysPage::raisePainPoint() {
    Id journeyId = 0;
    const JourneyStep* step = chosenStep(&journeyId);
    if (!step || !step->painPoint) {
        m_prompts.inform(this, tr("Put Pain Point on the Board"),
                         tr("Choose a step marked as a pain point first (Left and Right on the "
                            "canvas)."));
        return;
    }
    if (step->blockerId) {
        m_prompts.inform(this, tr("Put Pain Point on the Board"),
                         tr("This pain point is already on the board."));
        return;
    }
    store::BlockerFields fields =
        store::painPointBlockerFields(journey(journeyId)->title, step->description, step->painNote);
    const Id stepId = step->id; // the prompt runs the event loop: the step is found by id after
    const std::optional<QString> title =
        m_prompts.askText(this, tr("Put Pain Point on the Board"),
                          tr("The blocker, as the board will show it:"), fields.title);
    if (!title)
        return;
    fields.title = *title;
    edits::addPainPointBlocker(m_doc, stepId, fields);
}

void JourneysPage::importSteps() {
    const std::optional<Id> id = currentJourney();
    if (!id)
        return;
    const QString path = m_prompts.importFileName(this, tr("Import Steps"),
                                                  tr("Spreadsheets (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_prompts.showError(this, tr("Import Steps"),
                            tr("“%1” could not be read: %2").arg(path, file.errorString()));
        return;
    }
    const Result<std::vector<JourneyStep>> steps =
        parseJourneyStepsCsv(file.read(kLargestSpreadsheet + 1), m_doc.data().channels);
    if (!steps) {
        m_prompts.showError(this, tr("Import Steps"),
                            tr("Nothing was imported from “%1”. %2")
                                .arg(QFileInfo(path).fileName(), steps.error().message));
        return;
    }
    const Journey* j = journey(*id); // looked up again: the file dialog ran the event loop
    if (!j)
        return;
    Journey changed = *j;
    changed.steps.insert(changed.steps.end(), steps->begin(), steps->end());
    edits::editJourney(m_doc, changed, tr("Import steps"));
}

void JourneysPage::attachPhoto() {
    const std::optional<Id> id = currentJourney();
    if (!id)
        return;
    const QString path = m_prompts.importFileName(
        this, tr("Attach Photo"), tr("Pictures (*.jpg *.jpeg *.png *.bmp *.gif);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_prompts.showError(this, tr("Attach Photo"),
                            tr("“%1” could not be read: %2").arg(path, file.errorString()));
        return;
    }
    const Result<QByteArray> photo =
        journeyPhotoFrom(file.read(JourneyPhotoLimits::pictureBytes + 1));
    if (!photo) {
        m_prompts.showError(
            this, tr("Attach Photo"),
            tr("“%1” was not attached. %2").arg(QFileInfo(path).fileName(), photo.error().message));
        return;
    }
    const Journey* j = journey(*id); // looked up again: the file dialog ran the event loop
    if (!j)
        return;
    Journey changed = *j;
    changed.photo = photo.value();
    changed.hasPhoto = true;
    edits::editJourney(m_doc, changed, tr("Attach photo"));
}

void JourneysPage::removePhoto() {
    const Journey* j = currentJourney() ? journey(*currentJourney()) : nullptr;
    if (!j || !j->hasPhoto)
        return;
    Journey changed = *j;
    changed.photo.clear();
    changed.hasPhoto = false;
    edits::editJourney(m_doc, changed, tr("Remove photo"));
}

void JourneysPage::editChannels() {
    ChannelsDialog dialog(m_doc.data().channels, this);
    if (dialog.exec() == QDialog::Accepted)
        edits::setChannels(m_doc, dialog.channels());
}

} // namespace unblock::app
