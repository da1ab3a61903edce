// Phones go on voting the whole time the facilitator has a dialog or a
// prompt open: every one the window has is opened while ballots stream in,
// and what the dialog does afterwards must not touch data that changed
// underneath it. Run under the sanitizer preset, AddressSanitizer reports a
// use after free the moment a pointer into the session outlives a dialog.
#include "app/PhoneClient.h"
#include "app/window/GuiFixture.h"
#include "board/BoardPage.h"
#include "document/Edits.h"
#include "journeys/JourneyCanvas.h"
#include "journeys/JourneysPage.h"
#include "presenter/PresenterWindow.h"

#include <QDialog>
#include <QMenuBar>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <set>

using namespace unblock;
using namespace unblock::test;
using namespace Qt::StringLiterals;

namespace {

// A room of phones, each sending a new ballot in turn.
struct BallotStream {
    Id round = 0;
    std::vector<Id> items;
    std::vector<std::unique_ptr<Phone>> phones;
    int sent = 0;
    QStringList refusals;

    BallotStream(GuiFixture& gui, Id votingRound, int phoneCount)
        : round(votingRound) {
        // The first two items: the dialogs' actions work on the last one,
        // which may be merged away or deleted meanwhile.
        const std::vector<Id>& inRound = gui.data().round(round)->items;
        items.assign(inRound.begin(), inRound.begin() + 2);
        app::PhonesPanel* panel = phonesOn(gui);
        for (int p = 0; p < phoneCount; ++p) {
            phones.push_back(std::make_unique<Phone>());
            phones.back()->join(panel->host().joinUrl());
        }
    }
    void burst(int ballots) {
        for (int b = 0; b < ballots; ++b, ++sent) {
            // Each phone changes its mind every time: the round changes under the dialog.
            const std::size_t turn = static_cast<std::size_t>(sent) / phones.size();
            Phone& phone = *phones[static_cast<std::size_t>(sent) % phones.size()];
            const Id item = items[turn % items.size()];
            const QJsonObject answer = phone.vote(round, item, 1 + static_cast<int>(turn / 2 % 2));
            if (!answer.value(u"recorded"_s).toBool())
                refusals << QString::fromUtf8(QJsonDocument(answer).toJson(QJsonDocument::Compact));
        }
    }
};

// Closes each modal dialog that opens, after a burst of ballots, and notes
// which kinds were seen.
class DialogCloser {
public:
    explicit DialogCloser(BallotStream& stream)
        : m_stream(stream) {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { closeOpenDialog(); });
        m_timer.start();
    }
    std::set<QString> seen;
    int opened = 0;

private:
    void closeOpenDialog() {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog || m_busy)
            return;
        m_busy = true;
        seen.insert(QString::fromLatin1(dialog->metaObject()->className()));
        ++opened;
        m_stream.burst(4); // the room votes while the dialog is open
        dialog->reject();
        m_busy = false;
    }

    BallotStream& m_stream;
    QTimer m_timer;
    bool m_busy = false;
};

void addJourney(GuiFixture& gui) {
    Journey j;
    j.title = u"Renewing a parking permit"_s;
    j.steps.resize(2);
    j.steps[0].description = u"Fills in the form online"_s;
    j.steps[1].description = u"Rings to ask if it arrived"_s;
    j.steps[1].painPoint = true;
    REQUIRE(app::edits::addJourney(gui.doc(), j));
}

// Menus are rebuilt as the session changes (Open Recent), so the actions are
// held by QPointer: one that went is skipped.
QList<QPointer<QAction>> menuActions(const QMenuBar* bar) {
    QList<QPointer<QAction>> found;
    const std::function<void(const QList<QAction*>&)> walk = [&](const QList<QAction*>& actions) {
        for (QAction* action : actions) {
            if (action->menu())
                walk(action->menu()->actions());
            else if (!action->isSeparator())
                found << action;
        }
    };
    walk(bar->actions());
    return found;
}

} // namespace

TEST_CASE("Every dialog and prompt of the window opens and closes while phones' ballots stream "
          "in, and nothing is lost") {
    GuiFixture gui;
    const Id round = startDotRound(gui);
    addJourney(gui);
    // An action with a date, so that Export Actions has something to write.
    REQUIRE(app::edits::addSolution(gui.doc(), gui.data().blockers.back().id,
                                    {u"Call the supplier"_s, {}, {}, u"Dai"_s, QDate(2027, 3, 1)}));
    BallotStream stream(gui, round, 6);
    DialogCloser closer(stream);
    gui.prompts.whileAsking = [&] {
        stream.burst(4);
    };
    gui.prompts.itemToChoose = 0;
    gui.prompts.textToGive = u"Renamed while the room voted"_s;
    gui.prompts.confirmAnswer = true;

    const auto reopenRound = [&] {
        if (gui.data().round(round)->state != RoundState::Open)
            REQUIRE(app::edits::setRoundState(gui.doc(), round, RoundState::Open));
    };
    const auto selectLastBlocker = [&] {
        gui.window.pages()->setCurrentWidget(gui.window.boardPage());
        gui.window.boardPage()->selectItem(app::BoardModel::Kind::Blocker,
                                           gui.data().blockers.back().id);
    };

    // Every menu item but those that end the session.
    const QStringList ending{u"&Quit"_s, u"&Close Session"_s};
    for (const QPointer<QAction>& action : menuActions(gui.window.menuBar())) {
        if (!action || ending.contains(action->text()) || !action->isEnabled())
            continue;
        INFO(action->text().toStdString());
        selectLastBlocker();
        action->trigger();
        QApplication::processEvents();
        if (gui.window.presenter()->isVisible())
            gui.window.presenter()->hide();
        reopenRound();
    }
    // The Journeys tab's buttons and its steps' own dialogs.
    app::JourneysPage* journeys = gui.window.journeysPage();
    gui.window.pages()->setCurrentWidget(journeys);
    for (QPushButton* button : journeys->findChildren<QPushButton*>()) {
        if (!button->isEnabled() || button->text() == u"&Delete Journey")
            continue;
        INFO(button->text().toStdString());
        button->click();
        QApplication::processEvents();
    }
    Q_EMIT journeys->canvas()->editRequested(0);
    Q_EMIT journeys->canvas()->addRequested(0, std::nullopt);
    // Clearing one phone's ballot, chosen while ballots arrive.
    QTest::mouseClick(
        gui.window.votingPage()->phones()->findChild<QPushButton*>(u"clearPhoneBallot"_s),
        Qt::LeftButton);
    QApplication::processEvents();

    CAPTURE(gui.prompts.errors);
    CHECK(gui.prompts.errors.isEmpty());
    for (const char* dialog :
         {"unblock::app::RoundDialog", "unblock::app::KioskDialog", "unblock::app::DetailsDialog",
          "unblock::app::PreferencesDialog", "unblock::app::SummaryDialog",
          "unblock::app::ItemDetailsDialog", "unblock::app::ChannelsDialog"}) {
        CAPTURE(dialog);
        CHECK(closer.seen.count(QString::fromLatin1(dialog)) == 1);
    }
    CHECK(gui.prompts.asked > 10);
    // Every ballot answered was written once: each phone's latest is the one
    // in the file (the cleared phone's aside), and the window shows the file.
    CHECK(stream.sent == 4 * (closer.opened + gui.prompts.asked)); // a burst in each
    CHECK(stream.sent >= 80);
    CAPTURE(stream.refusals);
    CHECK(stream.refusals.isEmpty());
    const Round* stored = gui.data().round(round);
    CHECK(stored->ballots.size() + 1 == stream.phones.size());
    gui.doc().undoStack()->undo(); // the cleared ballot comes back
    CHECK(gui.data().round(round)->ballots.size() == stream.phones.size());
}
