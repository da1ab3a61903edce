// Keyboard alone and a screen reader: on each page of the main window, Tab
// reaches every control and comes back round (no trap), and every control
// it reaches has a name and a description (what it does) a screen reader
// can say.
#include "app/window/GuiFixture.h"
#include "board/BoardPage.h"
#include "journeys/JourneysPage.h"
#include "presenter/PresenterWindow.h"
#include "report/SummaryDialog.h"
#include "voting/KioskDialog.h"
#include "window/PreferencesDialog.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSpinBox>

#include <cmath>

using namespace unblock;
using namespace unblock::test;
using namespace Qt::StringLiterals;

namespace {

QString spoken(QWidget* widget, QAccessible::Text what) {
    QAccessibleInterface* face = QAccessible::queryAccessibleInterface(widget);
    return face ? face->text(what).trimmed() : QString();
}

QString spokenName(QWidget* widget) {
    return spoken(widget, QAccessible::Name);
}

bool reachable(const QWidget* widget, const QWidget* within) {
    return widget->isVisibleTo(within->window()) && widget->isEnabled() &&
           (widget->focusPolicy() & Qt::TabFocus) && within->isAncestorOf(widget) &&
           widget->focusProxy() == nullptr;
}

struct Walk {
    QList<QWidget*> visited;
    bool cameBack = false;
};

// Presses Tab from `start` until focus comes back to it (at most 300 times).
Walk tabRound(QWidget* start) {
    Walk walk;
    start->setFocus(Qt::TabFocusReason);
    for (int i = 0; i < 300; ++i) {
        QWidget* focused = QApplication::focusWidget();
        if (i > 0 && focused == start) {
            walk.cameBack = true;
            break;
        }
        if (focused && !walk.visited.contains(focused))
            walk.visited << focused;
        QTest::keyClick(focused ? focused : start, Qt::Key_Tab);
    }
    return walk;
}

// Every control of `page` is reached by Tab and has a spoken name.
void checkPage(QWidget* page, QWidget* start) {
    QApplication::setActiveWindow(page->window());
    REQUIRE(QTest::qWaitForWindowActive(page->window()));
    QCoreApplication::processEvents(); // a page just put in the window is shown by a queued call
    const Walk walk = tabRound(start);
    QStringList route;
    for (QWidget* widget : walk.visited)
        route << QString::fromLatin1(widget->metaObject()->className()) + u" \"" +
                     spokenName(widget) + u'"';
    INFO("Tab went: " << route.join(u" → ").toStdString());
    CHECK(walk.cameBack);
    QStringList unnamed;
    QStringList undescribed;
    QStringList unreached;
    for (QWidget* widget : page->findChildren<QWidget*>()) {
        if (!reachable(widget, page))
            continue;
        const QString what = QString::fromLatin1(widget->metaObject()->className()) + u' ' +
                             widget->objectName() + u" \"" + spokenName(widget) + u'"';
        if (spokenName(widget).isEmpty())
            unnamed << what;
        if (spoken(widget, QAccessible::Description).isEmpty())
            undescribed << what;
        if (!walk.visited.contains(widget))
            unreached << what;
    }
    INFO("without a name: " << unnamed.join(u", ").toStdString());
    CHECK(unnamed.isEmpty());
    INFO("without a description: " << undescribed.join(u", ").toStdString());
    CHECK(undescribed.isEmpty());
    INFO("not reached by Tab: " << unreached.join(u", ").toStdString());
    CHECK(unreached.isEmpty());
}

} // namespace

TEST_CASE("The Board tab: every control reached by Tab and named") {
    GuiFixture gui;
    checkPage(gui.window.boardPage(), gui.window.boardPage()->blockerEdit());
}

TEST_CASE("The Voting tab with a round and phones: every control reached by Tab and named") {
    GuiFixture gui;
    startDotRound(gui);
    checkPage(gui.window.votingPage(), gui.window.votingPage()->paperVotersBox());
}

TEST_CASE("The Journeys tab on the demo: every control reached by Tab and named") {
    GuiFixture gui;
    const QString demo = gui.dir.path(u"demo.unblock"_s);
    writeDemoSession(demo);
    REQUIRE(gui.window.openSession(demo));
    gui.window.pages()->setCurrentWidget(gui.window.journeysPage());
    QWidget* first = gui.window.journeysPage()->findChildren<QWidget*>().constFirst();
    for (QWidget* widget : gui.window.journeysPage()->findChildren<QWidget*>()) {
        if (reachable(widget, gui.window.journeysPage())) {
            first = widget;
            break;
        }
    }
    checkPage(gui.window.journeysPage(), first);
}

TEST_CASE("The kiosk, the summary and the preferences: every control reached by Tab and named") {
    GuiFixture gui;
    const Id round = startDotRound(gui);
    app::KioskDialog kiosk(gui.doc(), gui.prompts, round, &gui.window);
    kiosk.show();
    QTest::mouseClick(kiosk.startButton(), Qt::LeftButton);
    checkPage(&kiosk, kiosk.addButton(0));

    app::SummaryDialog summary(gui.data(), gui.path, gui.prompts, &gui.window);
    summary.show();
    checkPage(&summary, summary.topCountBox());

    app::PreferencesDialog preferences(app::Preferences{}, &gui.window);
    preferences.show();
    checkPage(&preferences, preferences.dotsBox());
}

namespace {

// WCAG 2.x contrast ratio of two colours.
double contrast(const QColor& a, const QColor& b) {
    const auto luminance = [](const QColor& c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
               0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

TEST_CASE("Every presenter theme has text at WCAG AAA contrast, and Preferences chooses it") {
    GuiFixture gui;
    app::PresenterWindow* presenter = gui.window.presenter();
    using Theme = app::PresenterWindow::Theme;
    for (Theme theme : {Theme::Dark, Theme::HighContrast, Theme::Light}) {
        presenter->setTheme(theme);
        const QPalette colours = presenter->palette();
        INFO("theme " << static_cast<int>(theme));
        CHECK(contrast(colours.color(QPalette::WindowText), colours.color(QPalette::Window)) >= 7);
        // Text on a results bar, and the bar against the page (non-text: 3:1).
        CHECK(contrast(colours.color(QPalette::HighlightedText),
                       colours.color(QPalette::Highlight)) >= 7);
        CHECK(contrast(colours.color(QPalette::Highlight), colours.color(QPalette::Window)) >= 3);
    }
    presenter->setTheme(Theme::Dark);

    QSettings().remove(u"preferences"_s);
    for (QAction* action : gui.window.findChildren<QAction*>()) {
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_Comma))
            action->trigger();
    }
    auto* dialog = gui.window.findChild<app::PreferencesDialog*>();
    REQUIRE(dialog);
    dialog->themeBox()->setCurrentIndex(
        dialog->themeBox()->findData(static_cast<int>(Theme::HighContrast)));
    dialog->accept();
    CHECK(presenter->theme() == Theme::HighContrast);
    CHECK(presenter->palette().color(QPalette::WindowText) == QColor(255, 255, 0));
    QSettings().remove(u"preferences"_s);
}
