// The real facilitator's window (offscreen) on a session with a warm-up
// round revealed, a round closed and a round open to phones, and phones let
// in on loopback, for the browser test phone-window.test.mjs. It prints one
// JSON line ({"url", "open"}: the join link and the open round's id), then
// takes commands on standard input, one a line, and answers each with one
// JSON line, as a facilitator would do them in front of the room:
//   glance        the Voting tab shows the warm-up round, and stays on it
//   rounds        the Voting tab shows every other round in turn, and the open one again
//   tabs          every tab of the window in turn, then the board
//   preferences   File ▸ Preferences opened, then closed
//   summary       File ▸ Summary opened, then closed
//   blip          the phones' server stopped and started again (the wifi drops)
// Each answers {"status": what the Phones panel says phones can do, "shown":
// the round the Voting tab shows}.
// Usage: phone-window-room SESSION-FILE
#include "app/FakePrompts.h"
#include "document/SessionDocument.h"
#include "report/SummaryDialog.h"
#include "store/Blockers.h"
#include "store/Rounds.h"
#include "store/SessionFile.h"
#include "voting/PhonesPanel.h"
#include "voting/VotingPage.h"
#include "window/MainWindow.h"
#include "window/PreferencesDialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSettings>
#include <QSocketNotifier>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <iostream>
#include <string>

using namespace unblock;
using namespace Qt::StringLiterals;

namespace {

void answer(const QJsonObject& json) {
    std::cout << QJsonDocument(json).toJson(QJsonDocument::Compact).toStdString() << std::endl;
}

// With SCREENSHOTS set, the window as the facilitator sees it.
void shoot(QWidget& window, const QString& name) {
    const QString dir = qEnvironmentVariable("SCREENSHOTS");
    if (!dir.isEmpty() && !window.grab().save(dir + u'/' + name))
        qWarning("phone-window-room: could not write %s", qPrintable(name));
}

[[noreturn]] void failWith(const QString& why) {
    answer({{u"error"_s, why}});
    std::exit(1);
}

// Blockers, a warm-up round revealed, a round closed, and one open.
Id makeSession(const QString& path) {
    Result<std::unique_ptr<store::SessionFile>> created = store::SessionFile::create(path);
    if (!created)
        failWith(created.error().message);
    store::SessionFile& file = *created.value();
    for (const QString& title : {u"Ageing software"_s, u"Budgets"_s, u"Culture"_s}) {
        if (!store::addBlocker(file, {title, {}, {}, {}, {}}))
            failWith(u"a blocker was not added"_s);
    }
    std::optional<Id> open;
    for (const auto& [title, state] : {std::pair{u"Warm-up"_s, RoundState::Revealed},
                                       std::pair{u"Practice"_s, RoundState::Closed},
                                       std::pair{u"Top blockers"_s, RoundState::Open}}) {
        store::RoundSpec spec;
        spec.title = title;
        spec.budget = 5;
        const Result<Id> round = store::startRound(file, spec);
        if (!round)
            failWith(round.error().message);
        if (state != RoundState::Open && !store::setRoundState(file, round.value(), state))
            failWith(u"a round was not closed"_s);
        open = round.value();
    }
    return *open;
}

// A dialog the window opens, closed after half a second in front of the
// room (phones go on meanwhile).
template <typename Dialog> void closeWhenShown() {
    QTimer::singleShot(500, [] {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (auto* dialog = qobject_cast<Dialog*>(widget); dialog && dialog->isVisible())
                dialog->reject();
        }
    });
}

QAction* actionNamed(app::MainWindow& window, const QString& text) {
    for (QAction* action : window.findChildren<QAction*>()) {
        if (QString(action->text()).remove(u'&') == text)
            return action;
    }
    failWith(u"no action "_s + text);
}

} // namespace

int main(int argc, char* argv[]) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir settings; // the user's own settings are never touched
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    if (argc != 2) {
        std::cerr << "usage: phone-window-room SESSION-FILE\n";
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const Id open = makeSession(path);
    test::FakePrompts prompts;
    app::MainWindow window(prompts);
    if (!window.openSession(path))
        failWith(prompts.errors.join(u' '));
    window.resize(1024, 768); // the smallest screen a facilitator brings
    window.show();
    app::VotingPage* voting = window.votingPage();
    app::PhonesPanel* phones = voting->phones();
    phones->networks()->setCurrentIndex(phones->networks()->count() - 1); // this laptop only
    phones->setOn(true);
    if (!phones->host().isOn())
        failWith(u"the phones' server did not start"_s);
    voting->selectRound(open);
    answer({{u"url"_s, phones->host().joinUrl()}, {u"open"_s, static_cast<double>(open)}});

    QSocketNotifier input(fileno(stdin), QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        std::string line;
        if (!std::getline(std::cin, line)) {
            phones->setOn(false);
            app.quit();
            return;
        }
        const QString command = QString::fromStdString(line).trimmed();
        if (command == u"glance") {
            window.pages()->setCurrentWidget(voting);
            voting->selectRound(window.document()->data().rounds.front().id);
            QTest::qWait(300);
            shoot(window, u"window-glance-at-warm-up.png"_s);
        } else if (command == u"rounds") {
            for (const Round& round : window.document()->data().rounds) {
                voting->selectRound(round.id);
                QTest::qWait(100); // phones hear of any change meanwhile
            }
            voting->selectRound(open);
        } else if (command == u"tabs") {
            for (int tab = 0; tab < window.pages()->count(); ++tab) {
                window.pages()->setCurrentIndex(tab);
                QTest::qWait(100);
            }
            window.pages()->setCurrentIndex(0);
        } else if (command == u"preferences") {
            closeWhenShown<app::PreferencesDialog>();
            actionNamed(window, u"Preferences…"_s)->trigger();
            QTest::qWait(700);
        } else if (command == u"summary") {
            closeWhenShown<app::SummaryDialog>();
            actionNamed(window, u"Summary…"_s)->trigger();
            QTest::qWait(700);
        } else if (command == u"blip") {
            phones->setOn(false);
            QTest::qWait(300);
            phones->setOn(true);
        } else if (command != u"state") {
            answer({{u"error"_s, QString(u"unknown command "_s + command)}});
            return;
        }
        answer({{u"status"_s, phones->statusLabel()->text()},
                {u"shown"_s, static_cast<double>(voting->currentRound().value_or(0))}});
    });
    return app.exec();
}
