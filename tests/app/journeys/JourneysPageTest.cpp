// The journeys page beyond the canvas: pain points raised on the board, steps
// from a spreadsheet, a photo of the paper sketch, the channel table, and
// the presenter following the step the group talks about.
#include "journeys/JourneysPage.h"

#include "app/window/GuiFixture.h"
#include "document/Edits.h"
#include "io/InputFile.h"
#include "journey/CostToServe.h"
#include "journeys/ChannelsDialog.h"
#include "journeys/JourneyCanvas.h"
#include "presenter/PresenterWindow.h"

#include <QComboBox>
#include <QLabel>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>

using namespace unblock;
using namespace unblock::test;
using namespace Qt::StringLiterals;

namespace {

constexpr Id kWeb = 1;
constexpr Id kPhone = 2;

// A new journey of three steps; the second a pain point on the telephone.
app::JourneysPage* journeyWithPainPoint(GuiFixture& gui) {
    QTest::keyClick(&gui.window, Qt::Key_3, Qt::ControlModifier);
    app::JourneysPage* page = gui.window.journeysPage();
    Journey j;
    j.title = u"Renewing a parking permit"_s;
    j.steps.resize(3);
    j.steps[0].description = u"Fills in the form online"_s;
    j.steps[1].description = u"Rings to ask if it arrived"_s;
    j.steps[1].channelId = kPhone;
    j.steps[1].painPoint = true;
    j.steps[1].painNote = u"No acknowledgement is sent"_s;
    j.steps[0].channelId = kWeb;
    j.steps[2].description = u"Checks the permit's dates online"_s;
    j.steps[2].channelId = kWeb;
    REQUIRE(app::edits::addJourney(gui.doc(), j));
    return page;
}

const Journey& onlyJourney(const SessionData& data) {
    REQUIRE(data.journeys.size() == 1);
    return data.journeys.front();
}

// The journey's photo as the file holds it (the window leaves photos there).
QByteArray storedPhoto(GuiFixture& gui) {
    return expectOk(gui.doc().photo(onlyJourney(gui.data()).id));
}

const Blocker* blockerTitled(const SessionData& data, const QString& title) {
    for (const Blocker& b : data.blockers) {
        if (b.title == title)
            return &b;
    }
    return nullptr;
}

// The person picks the file `name` holding `bytes` in Attach Photo.
void attachFile(GuiFixture& gui, app::JourneysPage* page, const QString& name,
                const QByteArray& bytes) {
    const QString path = gui.dir.path(name);
    writeAll(path, bytes);
    gui.prompts.fileToImport = path;
    page->attachPhoto();
}

} // namespace

TEST_CASE("A pain point goes on the board with Ctrl+B, linked, undone and redone whole") {
    GuiFixture gui;
    app::JourneysPage* page = journeyWithPainPoint(gui);
    app::JourneyCanvas* canvas = page->canvas();
    canvas->setFocus();
    canvas->selectStep(1);
    gui.prompts.textToGive = u"Permits send no acknowledgement"_s;
    QTest::keyClick(canvas, Qt::Key_B, Qt::ControlModifier);

    const Blocker* raised = blockerTitled(gui.data(), u"Permits send no acknowledgement"_s);
    REQUIRE(raised);
    const Id raisedId = raised->id;
    CHECK(raised->detail.contains(u"Renewing a parking permit"));
    CHECK(onlyJourney(gui.data()).steps[1].blockerId == raisedId);
    // Raised once: the action now says so instead of adding it twice.
    page->raisePainPoint();
    CHECK(gui.prompts.notices.last().contains(u"already on the board"));
    // A step that is not a pain point cannot be raised.
    canvas->selectStep(0);
    page->raisePainPoint();
    CHECK(gui.prompts.notices.last().contains(u"Choose a step marked as a pain point"));

    gui.doc().undoStack()->undo();
    CHECK_FALSE(blockerTitled(gui.data(), u"Permits send no acknowledgement"_s));
    CHECK_FALSE(onlyJourney(gui.data()).steps[1].blockerId);
    gui.doc().undoStack()->redo();
    CHECK(gui.data().blocker(raisedId));
    CHECK(onlyJourney(gui.data()).steps[1].blockerId == raisedId);

    const SessionData expected = gui.data();
    gui.window.closeSession();
    const SessionData reopened = expectOk(store::loadSession(*openSession(gui.path)));
    CHECK(reopened.journeys == expected.journeys);
    CHECK(reopened.blocker(raisedId)->title == u"Permits send no acknowledgement");
}

TEST_CASE("Steps are imported from a spreadsheet, and a bad one changes nothing") {
    GuiFixture gui;
    app::JourneysPage* page = journeyWithPainPoint(gui);
    const QString csv = gui.dir.path(u"steps.csv"_s);
    writeAll(csv, "step,channel,cost,emotion\n"
                  "Chases the permit by email,Email,1.20,-1\n"
                  "Collects it at the office,Face to face,,1\n");
    gui.prompts.fileToImport = csv;
    page->importSteps();
    CHECK(gui.prompts.offeredFilters.contains(u"*.csv"));
    const Journey& j = onlyJourney(gui.data());
    REQUIRE(j.steps.size() == 5);
    CHECK(j.steps[3].description == u"Chases the permit by email");
    CHECK(j.steps[3].cost == 120);
    CHECK(j.steps[4].channelId == 3);

    const Journey before = onlyJourney(gui.data());
    writeAll(csv, "step,channel\nRings again,Telephone\nSends a fax,Fax\n");
    page->importSteps();
    REQUIRE_FALSE(gui.prompts.errors.isEmpty());
    CHECK(gui.prompts.errors.last().contains(u"Nothing was imported from “steps.csv”. Line 3, "
                                             u"column 2 (channel): “Fax” is not"));
    CHECK(onlyJourney(gui.data()) == before);

    // A file too large to be a spreadsheet is refused whole, not read in part.
    REQUIRE(QFile::resize(csv, kLargestInputFile + 1));
    page->importSteps();
    CHECK(gui.prompts.errors.last().contains(u"steps.csv” is larger than Unblock reads"));
    CHECK(onlyJourney(gui.data()) == before);

    gui.doc().undoStack()->undo();
    CHECK(onlyJourney(gui.data()).steps.size() == 3);
}

TEST_CASE("A photo of the paper sketch is kept in the file, shown, and removed") {
    GuiFixture gui;
    app::JourneysPage* page = journeyWithPainPoint(gui);
    attachFile(gui, page, u"sketch.png"_s, pictureFile(2400, 1800, "png"));
    const QByteArray photo = storedPhoto(gui);
    CHECK(onlyJourney(gui.data()).hasPhoto);
    CHECK(onlyJourney(gui.data()).photo.isEmpty()); // the file keeps it, not the window
    CHECK(photo.startsWith("\xFF\xD8\xFF"));
    CHECK(QImage::fromData(photo).size() == QSize(2000, 1500));
    CHECK_FALSE(page->photoView()->pixmap().isNull());

    // Not a picture: refused with the reason, the photo kept.
    attachFile(gui, page, u"notes.png"_s, "Minutes of the meeting");
    CHECK(gui.prompts.errors.last().contains(u"“notes.png” was not attached."));
    CHECK(storedPhoto(gui) == photo);

    gui.window.closeSession();
    CHECK(expectOk(store::loadSession(*openSession(gui.path))).journeys[0].photo == photo);
}

TEST_CASE("Removing a photo is undone by Ctrl+Z") {
    GuiFixture gui;
    app::JourneysPage* page = journeyWithPainPoint(gui);
    attachFile(gui, page, u"sketch.jpg"_s, pictureFile(800, 600, "jpeg"));
    const QByteArray photo = storedPhoto(gui);
    REQUIRE_FALSE(photo.isEmpty());
    page->removePhoto();
    CHECK_FALSE(onlyJourney(gui.data()).hasPhoto);
    CHECK(storedPhoto(gui).isEmpty());
    CHECK(page->photoView()->pixmap().isNull());
    QTest::keyClick(&gui.window, Qt::Key_Z, Qt::ControlModifier);
    CHECK(storedPhoto(gui) == photo);
}

TEST_CASE("The channel table is edited in its dialog, and a channel in use is not removed") {
    GuiFixture gui;
    app::JourneysPage* page = journeyWithPainPoint(gui);
    const Pence before = *journeyCost(onlyJourney(gui.data()), gui.data().channels).total();

    QTimer::singleShot(0, [] {
        auto* dialog = qobject_cast<app::ChannelsDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        dialog->table()->item(1, 1)->setText(u"£4.50"_s); // telephone
        dialog->table()->item(1, 2)->setText(u"Our contact centre, 2025"_s);
        dialog->accept();
    });
    page->editChannels();
    CHECK(gui.data().channels[1].costPerContact == 450);
    CHECK(gui.data().channels[1].source == u"Our contact centre, 2025");
    CHECK(*journeyCost(onlyJourney(gui.data()), gui.data().channels).total() == before + 74);
    CHECK(page->totals().contains(u"Cost per journey: £5.04")); // 27p + £4.50 + 27p

    const std::vector<Channel> kept = gui.data().channels;
    std::vector<Channel> withoutPhone = kept;
    withoutPhone.erase(withoutPhone.begin() + 1);
    CHECK_FALSE(app::edits::setChannels(gui.doc(), withoutPhone));
    CHECK(gui.prompts.errors.last().contains(u"“Telephone” is used by journeys"));
    CHECK(gui.data().channels == kept);

    gui.doc().undoStack()->undo();
    CHECK(gui.data().channels == defaultChannels());
}

TEST_CASE("The presenter shows the journey large and follows the step the group talks about") {
    GuiFixture gui;
    app::JourneysPage* page = journeyWithPainPoint(gui);
    QTest::keyClick(&gui.window, Qt::Key_F5);
    app::PresenterWindow* presenter = gui.window.presenter();
    REQUIRE(presenter);
    page->canvas()->selectStep(1);
    const QString scene = presenter->sceneText();
    CHECK(scene.startsWith(u"Renewing a parking permit\nStep 2 of 3: Rings to ask if it arrived"));
    CHECK(scene.contains(u"Telephone · £3.76"));
    CHECK(scene.contains(u"Pain point: No acknowledgement is sent"));
    CHECK(scene.contains(u"Cost per journey:"));
    page->canvas()->selectStep(2);
    CHECK(presenter->sceneText().contains(u"Step 3 of 3: Checks the permit's dates online"));
    // Back on the board page, the presenter shows the board again.
    QTest::keyClick(&gui.window, Qt::Key_1, Qt::ControlModifier);
    CHECK_FALSE(presenter->sceneText().contains(u"Step 3 of 3"));
}

TEST_CASE("What if half the phone calls moved online: the page works it out a year") {
    GuiFixture gui;
    app::JourneysPage* page = journeyWithPainPoint(gui);
    CHECK(page->whatIf().contains(u"Give the journeys a year"));
    Journey j = onlyJourney(gui.data());
    j.annualVolume = 10'000;
    REQUIRE(app::edits::editJourney(gui.doc(), j, u"Edit journey"_s));
    REQUIRE(page->whatIfChannel()->count() == 1); // the web is online already
    CHECK(page->whatIfChannel()->currentText() == u"Telephone");
    // 1 call × 10,000 a year × (£3.76 − £0.27) × 50 %
    CHECK(page->whatIf() == u"Saves £17,450.00 a year.");
    page->whatIfShare()->setValue(100);
    CHECK(page->whatIf() == u"Saves £34,900.00 a year.");
}
