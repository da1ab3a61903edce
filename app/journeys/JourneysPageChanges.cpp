// What the Journeys page changes in a journey: its steps (one at a time, by
// id, through edits::), a pain point put on the board, steps imported from a
// spreadsheet, and its photo. Each is one undoable edit; each looks the
// journey up again after a prompt or dialog.
#include "document/Edits.h"
#include "document/SessionDocument.h"
#include "io/InputFile.h"
#include "io/JourneyCsv.h"
#include "journey/JourneyPhoto.h"
#include "journeys/JourneyCanvas.h"
#include "journeys/JourneysPage.h"
#include "journeys/StepDialog.h"
#include "store/Blockers.h"
#include "window/Prompts.h"

#include <QFile>
#include <QFileInfo>

namespace unblock::app {

void JourneysPage::moveStep(Id journeyId, int step, int toIndex, std::optional<Id> channel) {
    const Journey* j = journey(journeyId);
    if (!j || step < 0 || step >= static_cast<int>(j->steps.size()))
        return;
    const JourneyStep& moving = j->steps[static_cast<std::size_t>(step)];
    if (toIndex == step && moving.channelId == channel)
        return;
    if (edits::moveJourneyStep(m_doc, moving.id, toIndex, channel))
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
    JourneyStep step;
    step.description = *text;
    step.channelId = channel;
    const int at = std::clamp(after + 1, 0, static_cast<int>(j->steps.size()));
    if (edits::addJourneyStep(m_doc, journeyId, at, step))
        (shownOn(true) == journeyId ? m_other : m_canvas)->selectStep(at);
}

void JourneysPage::editStep(Id journeyId, int step) {
    const Journey* j = journey(journeyId);
    if (!j || step < 0 || step >= static_cast<int>(j->steps.size()))
        return;
    const Id stepId = j->steps[static_cast<std::size_t>(step)].id; // kept across the dialog
    StepDialog dialog(j->steps[static_cast<std::size_t>(step)], m_doc.data().channels, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    JourneyStep edited = dialog.step();
    edited.id = stepId;
    // The dialog edits the step's words and facts; its link to the board is
    // as it is now (raised or unlinked while the dialog was open).
    for (const Journey& other : m_doc.data().journeys) {
        for (const JourneyStep& now : other.steps) {
            if (now.id == stepId)
                edited.blockerId = now.blockerId;
        }
    }
    edits::editJourneyStep(m_doc, stepId, edited);
}

void JourneysPage::deleteStep(Id journeyId, int step) {
    const Journey* j = journey(journeyId);
    if (!j || step < 0 || step >= static_cast<int>(j->steps.size()))
        return;
    edits::deleteJourneyStep(m_doc, j->steps[static_cast<std::size_t>(step)].id);
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
    const Result<QByteArray> bytes = readInputFile(path);
    if (!bytes) {
        m_prompts.showError(this, tr("Import Steps"), bytes.error().message);
        return;
    }
    const Result<std::vector<JourneyStep>> steps =
        parseJourneyStepsCsv(bytes.value(), m_doc.data().channels);
    if (!steps) {
        m_prompts.showError(this, tr("Import Steps"),
                            tr("Nothing was imported from “%1”. %2")
                                .arg(QFileInfo(path).fileName(), steps.error().message));
        return;
    }
    edits::appendJourneySteps(m_doc, *id, steps.value()); // the journey looked up again there
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

} // namespace unblock::app
