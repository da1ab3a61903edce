// Help ▸ About Unblock says what Unblock is, its licence and what it is
// built with, in the words unblock-cli --version uses.
#include "app/window/GuiFixture.h"
#include "model/Licence.h"

#include <QAction>
#include <QMessageBox>

using namespace unblock;
using namespace unblock::test;
using namespace Qt::StringLiterals;

TEST_CASE("Help, About Unblock names the version, the GPL-3.0-or-later licence and what Unblock is "
          "built with, and closes") {
    GuiFixture gui;
    auto* about = gui.window.findChild<QAction*>(u"aboutUnblock"_s);
    REQUIRE(about);
    CHECK(about->menuRole() == QAction::AboutRole);
    about->trigger();
    auto* box = gui.window.findChild<QMessageBox*>(u"aboutBox"_s);
    REQUIRE(box);
    CHECK(box->isVisible());
    CHECK(box->text() == u"Unblock " UNBLOCK_VERSION ""_s);
    CHECK(box->informativeText().contains(u"(GPL-3.0-or-later)"));
    CHECK(box->informativeText().contains(licenceNotice()));
    CHECK(box->informativeText().contains(u"Built with Qt " QT_VERSION_STR));
    CHECK(box->informativeText().contains(u"SQLite 3."));
    box->button(QMessageBox::Close)->click();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK_FALSE(gui.window.findChild<QMessageBox*>(u"aboutBox"_s));
}
