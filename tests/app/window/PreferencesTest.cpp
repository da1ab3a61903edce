// Preferences: set once, used by every new round, summary, session and the
// presenter; whatever is stored is checked when read.
#include "window/Preferences.h"

#include "app/window/GuiFixture.h"
#include "journey/JourneyRules.h"
#include "journeys/ChannelsDialog.h"
#include "presenter/PresenterWindow.h"
#include "report/SummaryDialog.h"
#include "voting/RoundDialog.h"
#include "window/PreferencesDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>

using namespace unblock;
using namespace unblock::test;
using namespace Qt::StringLiterals;

namespace {

// Every test starts from no stored preferences, and leaves none behind.
struct CleanPreferences {
    CleanPreferences() { QSettings().remove(u"preferences"_s); }
    ~CleanPreferences() { QSettings().remove(u"preferences"_s); }
};

void storePreference(const QString& key, const QVariant& value) {
    QSettings().setValue(u"preferences/"_s + key, value);
}

} // namespace

TEST_CASE("Preferences set in the dialog shape new rounds, summaries and sessions") {
    const CleanPreferences clean;
    GuiFixture gui;
    app::PreferencesDialog dialog(app::Preferences::load(), &gui.window);
    CHECK(dialog.dotsBox()->value() == 3);
    CHECK(dialog.capBox()->text() == u"no limit");
    dialog.dotsBox()->setValue(5);
    dialog.capBox()->setValue(2);
    dialog.topCountBox()->setValue(7);
    QTimer::singleShot(0, [] {
        auto* channels = qobject_cast<app::ChannelsDialog*>(QApplication::activeModalWidget());
        REQUIRE(channels);
        channels->table()->item(1, 1)->setText(u"£4.50"_s); // telephone
        channels->table()->item(1, 2)->setText(u"Our contact centre, 2025"_s);
        // And one of the council's own, which the benchmarks do not have.
        for (QPushButton* button : channels->findChildren<QPushButton*>()) {
            if (button->text() == u"&Add Channel")
                button->click();
        }
        QTableWidget* table = channels->table();
        const int added = table->rowCount() - 1;
        table->item(added, 0)->setText(u"Text relay"_s);
        table->item(added, 1)->setText(u"£2.10"_s);
        table->item(added, 2)->setText(u"Our relay service, 2025"_s);
        channels->accept();
    });
    dialog.editChannels();
    CHECK(dialog.channelsLabel()->text().contains(u"Telephone £4.50"));
    CHECK(dialog.languageBox()->currentData().toString().isEmpty()); // the system's
    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findText(u"Cymraeg"_s));
    dialog.accept();
    CHECK(app::Preferences::load().language == u"cy");

    const app::RoundDialog round(gui.doc(), std::nullopt);
    CHECK(round.spec().budget == 5);
    CHECK(round.spec().maxPerItem == 2);
    const app::SummaryDialog summary(gui.data(), gui.path, gui.prompts);
    CHECK(summary.topCountBox()->value() == 7);

    // A new session starts with the council's own figures, for every channel.
    const std::vector<Channel> council = app::Preferences::load().channels;
    REQUIRE(gui.window.newSession(gui.dir.path(u"next.unblock"_s), true));
    const std::vector<Channel>& made = gui.data().channels;
    REQUIRE(made.size() == council.size());
    REQUIRE(made.size() == defaultChannels().size() + 1);
    for (std::size_t i = 0; i < made.size(); ++i) {
        CHECK(made[i].name == council[i].name);
        CHECK(made[i].costPerContact == council[i].costPerContact);
        CHECK(made[i].source == council[i].source);
    }
    CHECK(made[1].costPerContact == 450);
    CHECK(made[1].source == u"Our contact centre, 2025");
    CHECK(made.back().name == u"Text relay");
    CHECK(made.back().costPerContact == 210);
    CHECK(gui.doc().undoStack()->count() == 0); // part of making the session, not an edit
}

TEST_CASE("Stored preferences that are not right give way to the defaults, but a channel table "
          "is kept for core's rule to refuse, saying why") {
    const CleanPreferences clean;
    storePreference(u"dotsPerVoter"_s, u"lots"_s);
    storePreference(u"maxPerItem"_s, 500);
    storePreference(u"summaryTopCount"_s, -3);
    storePreference(u"presenterScreen"_s, QString(10'000, u'x'));
    storePreference(u"language"_s, u"../cy"_s);
    {
        QSettings settings;
        settings.beginWriteArray(u"preferences/channels"_s, 2);
        for (int row : {0, 1}) {
            settings.setArrayIndex(row);
            settings.setValue(u"name"_s, u"Web"_s); // twice
            settings.setValue(u"pence"_s, 27);
        }
        settings.endArray();
    }
    const app::Preferences prefs = app::Preferences::load();
    const app::Preferences defaults;
    CHECK(prefs.dotsPerVoter == defaults.dotsPerVoter);
    CHECK(prefs.maxPerItem == defaults.maxPerItem);
    CHECK(prefs.summaryTopCount == defaults.summaryTopCount);
    CHECK(prefs.presenterScreen.size() == 200);
    CHECK(prefs.language.isEmpty());
    // A channel table is never quietly swapped for the defaults: it is kept,
    // and core's one rule refuses it, saying why, when a session starts from it.
    REQUIRE(prefs.channels.size() == 2);
    CHECK(checkChannelTable(prefs.channels).error().message.contains(u"Two channels are called"));

    storePreference(u"channels/1/pence"_s, -5);
    storePreference(u"channels/1/name"_s, u"Telephone"_s);
    CHECK_FALSE(checkChannelTable(app::Preferences::load().channels)); // a negative cost
    storePreference(u"channels/1/pence"_s, u"lots"_s);
    CHECK_FALSE(checkChannelTable(app::Preferences::load().channels)); // not a figure
    storePreference(u"channels/1/pence"_s, 376);
    CHECK(checkChannelTable(app::Preferences::load().channels));
}

TEST_CASE("The presenter opens on the screen chosen in Preferences, or the usual one") {
    const CleanPreferences clean;
    GuiFixture gui;
    const QString screen = QGuiApplication::primaryScreen()->name();
    app::Preferences prefs;
    prefs.presenterScreen = screen;
    prefs.save();
    gui.window.togglePresenter();
    CHECK(gui.window.presenter()->screen()->name() == screen);
    gui.window.togglePresenter();

    prefs.presenterScreen = u"HDMI-9"_s; // the projector of another room
    prefs.save();
    app::PreferencesDialog dialog(app::Preferences::load(), &gui.window);
    CHECK(dialog.screenBox()->currentText() == u"HDMI-9 (not connected now)");
    gui.window.togglePresenter();
    CHECK(gui.window.presenter()->isVisible());
    CHECK(gui.window.presenter()->screen() == gui.window.screen());
}
