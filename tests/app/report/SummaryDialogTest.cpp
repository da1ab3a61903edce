// The summary dialog, driven as a facilitator would: Ctrl+P, choose the parts,
// watch the preview, save.
#include "report/SummaryDialog.h"

#include "app/window/GuiFixture.h"
#include "document/Edits.h"
#include "journey/JourneyPhoto.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSpinBox>

using namespace unblock;
using namespace unblock::test;
using namespace Qt::StringLiterals;

namespace {

app::SummaryDialog& openSummary(GuiFixture& gui) {
    const QString demo = gui.dir.path(u"demo.unblock"_s);
    writeDemoSession(demo);
    REQUIRE(gui.window.openSession(demo));
    QTest::keyClick(&gui.window, Qt::Key_P, Qt::ControlModifier);
    auto* dialog = gui.window.findChild<app::SummaryDialog*>();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    return *dialog;
}

QPushButton* button(QDialog& dialog, const QString& text) {
    for (QPushButton* b : dialog.findChildren<QPushButton*>()) {
        if (b->text() == text)
            return b;
    }
    FAIL("no button " << text.toStdString());
    return nullptr;
}

} // namespace

TEST_CASE("Ctrl+P previews the summary and its parts can be left out") {
    GuiFixture gui;
    app::SummaryDialog& dialog = openSummary(gui);
    CHECK(dialog.previewPageCount() == 5);
    CHECK(dialog.options().topCount == 3);

    dialog.partBox(2)->click(); // other blockers, by group
    dialog.partBox(3)->click(); // journeys
    dialog.partBox(6)->click(); // the voting rounds
    CHECK_FALSE(dialog.options().parts.others);
    CHECK_FALSE(dialog.options().parts.roundsAppendix);
    CHECK_FALSE(dialog.options().parts.journeys);
    CHECK(dialog.options().parts.top);
    CHECK(dialog.previewPageCount() == 1);

    dialog.topCountBox()->setValue(5);
    CHECK(dialog.options().topCount == 5);
}

TEST_CASE("The summary saves in the format its name asks for, and a bad name harms nothing") {
    GuiFixture gui;
    app::SummaryDialog& dialog = openSummary(gui);
    for (const QString& name : {u"summary.pdf"_s, u"summary.odt"_s, u"summary.html"_s,
                                u"summary.md"_s, u"summary.csv"_s}) {
        INFO(name.toStdString());
        gui.prompts.fileToSave = gui.dir.path(name);
        button(dialog, u"&Save As…"_s)->click();
        CHECK(QFileInfo(gui.prompts.fileToSave).size() > 1000);
    }
    CHECK(gui.prompts.offeredFilters.contains(u"(*.odt)"));
    CHECK(readAll(gui.dir.path(u"summary.pdf"_s)).startsWith("%PDF-"));
    CHECK(QString::fromUtf8(readAll(gui.dir.path(u"summary.md"_s)))
              .contains(u"### 1. Obstructive staff"));
    CHECK(gui.prompts.errors.isEmpty());

    const QString word = gui.dir.path(u"notes.docx"_s);
    writeAll(word, "my notes");
    gui.prompts.fileToSave = word;
    button(dialog, u"&Save As…"_s)->click();
    REQUIRE(gui.prompts.errors.size() == 1);
    CHECK(gui.prompts.errors[0].contains(u"cannot tell which kind of file"));
    CHECK(readAll(word) == "my notes");
}

TEST_CASE("The summary prints a journey's photo, which the window leaves in the file") {
    GuiFixture gui;
    app::SummaryDialog* dialog = &openSummary(gui);
    delete dialog;
    Journey journey = gui.data().journeys.front();
    journey.photo = expectOk(journeyPhotoFrom(pictureFile(640, 480, "png")));
    journey.hasPhoto = true;
    REQUIRE(app::edits::editJourney(gui.doc(), journey, u"Attach photo"_s));
    REQUIRE(gui.data().journeys.front().photo.isEmpty());

    QApplication::setActiveWindow(&gui.window);
    REQUIRE(QTest::qWaitForWindowActive(&gui.window));
    QTest::keyClick(&gui.window, Qt::Key_P, Qt::ControlModifier);
    dialog = gui.window.findChild<app::SummaryDialog*>();
    REQUIRE(dialog);
    REQUIRE(dialog->saveTo(gui.dir.path(u"summary.html"_s)));
    const QByteArray html = readAll(gui.dir.path(u"summary.html"_s));
    const QByteArray photo = "data:image/jpeg;base64," + journey.photo.toBase64().left(40);
    CHECK(html.contains(photo));
}
