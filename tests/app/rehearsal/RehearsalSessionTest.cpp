// Rehearsal findings about sessions themselves: making one, its costs, and
// saving the summary from it.
#include "app/window/GuiFixture.h"
#include "document/Edits.h"
#include "report/SummaryDialog.h"
#include "window/Preferences.h"

#include <QSettings>

using namespace unblock;
using namespace unblock::test;
using namespace Qt::StringLiterals;

namespace {

// Preferences as the test sets them, and the defaults again afterwards.
struct StoredPreferences {
    explicit StoredPreferences(const app::Preferences& prefs) { prefs.save(); }
    ~StoredPreferences() { QSettings().remove(u"preferences"_s); }
    StoredPreferences(const StoredPreferences&) = delete;
    StoredPreferences& operator=(const StoredPreferences&) = delete;
};

const Channel* channelNamed(const SessionData& data, const QString& name) {
    for (const Channel& c : data.channels) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

} // namespace

TEST_CASE("rehearsal: a council's own channel in Preferences reaches every new session") {
    app::Preferences prefs;
    prefs.channels.push_back({0, u"Council app"_s, 9, u"App analytics, 2026"_s, true});
    prefs.channels[0].costPerContact = 15;
    const StoredPreferences stored(prefs);

    GuiFixture gui;
    CHECK(gui.prompts.errors.isEmpty());
    const Channel* app = channelNamed(gui.data(), u"Council app"_s);
    REQUIRE(app);
    CHECK(app->costPerContact == 9);
    CHECK(gui.data().channels.front().costPerContact == 15);
}

TEST_CASE("rehearsal: channel costs a new session cannot take are reported, not dropped") {
    app::Preferences prefs;
    prefs.channels.push_back({0, u"telephone"_s, 400, QString(), false}); // "Telephone" is there
    const StoredPreferences stored(prefs);

    TempDir dir;
    FakePrompts prompts;
    app::MainWindow window(prompts);
    const QString path = dir.path(u"refused.unblock"_s);
    CHECK_FALSE(window.newSession(path, true));
    REQUIRE(prompts.errors.size() == 1);
    CHECK(prompts.errors[0].contains(u"Preferences"));
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("rehearsal: a new session asks for its title and date, and Skip leaves them for later") {
    TempDir dir;
    FakePrompts prompts;
    app::MainWindow window(prompts);
    SessionDetails details;
    details.title = u"Really Useful Day, Newport"_s;
    details.date = QDate(2027, 2, 9);
    prompts.newSessionDetails = details;
    prompts.fileToSave = dir.path(u"newport.unblock"_s);
    window.findChild<QAction*>(u"newReallyUsefulDay"_s)->trigger();
    REQUIRE(window.document());
    CHECK(window.document()->data().details.title == u"Really Useful Day, Newport");
    CHECK(window.document()->data().details.date == QDate(2027, 2, 9));

    prompts.newSessionDetails = SessionDetails{}; // skipped
    prompts.fileToSave = dir.path(u"later.unblock"_s);
    window.findChild<QAction*>(u"newReallyUsefulDay"_s)->trigger();
    CHECK(window.document()->path().endsWith(u"later.unblock"));

    prompts.newSessionDetails.reset(); // cancelled: no session is made
    prompts.fileToSave = dir.path(u"never.unblock"_s);
    window.findChild<QAction*>(u"newReallyUsefulDay"_s)->trigger();
    CHECK_FALSE(QFileInfo::exists(dir.path(u"never.unblock"_s)));
    CHECK(window.document()->path().endsWith(u"later.unblock"));
}

TEST_CASE("rehearsal: the summary saves as Markdown when text starts with spaces or is indented") {
    GuiFixture gui;
    std::optional<Id> blocker = app::edits::addBlocker(gui.doc(), {u"Forms"_s, {}, {}, {}, {}});
    REQUIRE(blocker);
    // A solution pasted from an email: an indented second line.
    REQUIRE(app::edits::addSolution(
        gui.doc(), *blocker,
        {u"Ask the supplier\n    then chase them weekly\n 1. again"_s, {}, {}, {}, {}}));
    app::SummaryDialog dialog(gui.data(), gui.path, gui.prompts, &gui.window);
    const QString path = gui.dir.path(u"summary.md"_s);
    REQUIRE(dialog.saveTo(path));
    const QString markdown = QString::fromUtf8(readAll(path));
    CHECK(markdown.contains(u"then chase them weekly"));
    CHECK(gui.prompts.errors.isEmpty());
}
