// Comparing workshops from the app: choose the files, read the tables, save.
#include "report/CompareDialog.h"

#include "app/window/GuiFixture.h"
#include "support/HostileSessions.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>

using namespace unblock;
using namespace unblock::test;
using namespace Qt::StringLiterals;

namespace {

void clickButton(QDialog& dialog, const QString& text) {
    for (QPushButton* b : dialog.findChildren<QPushButton*>()) {
        if (b->text() == text)
            return b->click();
    }
    FAIL("no button " << text.toStdString());
}

} // namespace

TEST_CASE("Compare Workshops shows what recurs, saves it, and leaves the files as they were") {
    GuiFixture gui;
    const QString a = gui.dir.path(u"a.unblock"_s);
    const QString b = gui.dir.path(u"b.unblock"_s);
    writeDemoSession(a);
    writeDemoSession(b);
    const QByteArray before = sha256Of(a) + sha256Of(b);

    QAction* compare = nullptr;
    for (QAction* action : gui.window.findChildren<QAction*>()) {
        if (action->text() == u"Compare &Workshops…")
            compare = action;
    }
    REQUIRE(compare);
    compare->trigger();
    auto* dialog = gui.window.findChild<app::CompareDialog*>();
    REQUIRE(dialog);

    gui.prompts.filesToOpen = {a, b};
    clickButton(*dialog, u"&Choose Files…"_s);
    // The same workshop twice: every blocker recurs, in both.
    CHECK(dialog->blockersTable()->rowCount() == static_cast<int>(demoData().blockers.size()));
    CHECK(dialog->blockersTable()->item(0, 0)->text().startsWith(u"Obstructive staff"));
    CHECK(dialog->categoriesTable()->rowCount() > 0);
    CHECK(dialog->blockersTable()->item(0, 2)->text() == u"2 of 2 (100%)");
    // The workshops are counted in a line and listed on a tab of their own.
    CHECK(dialog->findChild<QLabel*>()->text().startsWith(u"2 workshops"));
    CHECK(dialog->workshopsTable()->rowCount() == 2);
    CHECK(dialog->quartersTable()->rowCount() == 0); // the demo has no date

    gui.prompts.fileToSave = gui.dir.path(u"across.html"_s);
    clickButton(*dialog, u"&Save As…"_s);
    CHECK(readAll(gui.prompts.fileToSave).contains("Obstructive staff"));
    CHECK(sha256Of(a) + sha256Of(b) == before);

    const QString notes = gui.dir.path(u"notes.unblock"_s);
    writeAll(notes, "not a session");
    gui.prompts.filesToOpen = {a, notes};
    clickButton(*dialog, u"&Choose Files…"_s);
    REQUIRE(gui.prompts.errors.size() == 1);
    CHECK(gui.prompts.errors[0].contains(u"notes.unblock: "));
    CHECK(gui.prompts.errors[0].contains(u"two session files or more that can be read"));
    CHECK(dialog->blockersTable()->rowCount() > 0); // the earlier comparison stays

    // A stranger's file among good ones: the rest are compared, and it is named, with why.
    const QString hostile = gui.dir.path(u"from another council.unblock"_s);
    writeHostileSession(hostile, hostileSessions().front());
    gui.prompts.filesToOpen = {a, hostile, b};
    clickButton(*dialog, u"&Choose Files…"_s);
    CHECK(gui.prompts.errors.size() == 1);
    CHECK(dialog->workshopsTable()->rowCount() == 2);
    REQUIRE(gui.prompts.notices.size() == 1);
    CHECK(gui.prompts.notices[0].contains(u"from another council.unblock: "));
    CHECK(gui.prompts.notices[0].contains(hostileSessions().front().refusal));
}
