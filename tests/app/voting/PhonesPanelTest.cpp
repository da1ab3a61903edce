// Phones voting, from the facilitator's side: the Phones panel on the Voting
// tab, a phone voting over HTTP, and the QR code on the projector.
#include "voting/PhonesPanel.h"

#include "app/PhoneClient.h"
#include "app/window/GuiFixture.h"
#include "board/BoardPage.h"
#include "document/Edits.h"
#include "presenter/PresenterWindow.h"
#include "presenter/QrCodeView.h"
#include "remote/PhoneNetworks.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QPushButton>
#include <QUndoStack>
#include <QUrl>

using namespace unblock;
using namespace unblock::test;
using namespace Qt::StringLiterals;

TEST_CASE("Phones are off until the facilitator lets them vote, on the network chosen") {
    GuiFixture gui;
    startDotRound(gui);
    app::PhonesPanel* phones = gui.window.votingPage()->phones();
    CHECK_FALSE(phones->host().isOn());
    CHECK(phones->statusLabel()->text().startsWith(u"Off."));
    CHECK(phones->networks()->currentText().size() > 0);
    CHECK_FALSE(gui.window.presenter()->sceneText().contains(u"Vote from your phone"));

    phonesOn(gui);
    const QString address = phones->host().address();
    CHECK(address.startsWith(u"http://127.0.0.1:"));
    CHECK(phones->statusLabel()->text().contains(address));
    const QString code = phones->host().joinCode();
    CHECK(phones->statusLabel()->text().contains(code.left(3) + u' ' + code.mid(3)));
    CHECK(phones->toggleButton()->text() == u"&Stop Phone Voting");
    CHECK_FALSE(phones->networks()->isEnabled());
    CHECK(gui.window.presenter()->sceneText().contains(
        u"Vote from your phone: scan the code, or open\n%1\nand type %2 %3"_s.arg(
            address, code.left(3), code.mid(3))));
    CHECK(gui.window.presenter()->phoneCode()->text() == phones->host().joinUrl());

    QTest::mouseClick(phones->toggleButton(), Qt::LeftButton);
    CHECK_FALSE(phones->host().isOn());
    CHECK_FALSE(gui.window.presenter()->sceneText().contains(u"Vote from your phone"));
}

TEST_CASE("Coming back to the Voting tab lists the networks afresh, keeping the one chosen") {
    GuiFixture gui;
    startDotRound(gui);
    app::PhonesPanel* phones = gui.window.votingPage()->phones();
    QComboBox* networks = phones->networks();
    const int last = networks->count() - 1;
    networks->setCurrentIndex(last); // "This laptop only"
    const QString chosen = networks->currentText();
    networks->addItem(u"Wifi left behind (10.9.9.9)"_s, u"10.9.9.9"_s); // as if it had gone
    gui.window.pages()->setCurrentWidget(gui.window.boardPage());
    gui.window.pages()->setCurrentWidget(gui.window.votingPage());
    QCoreApplication::processEvents();
    CHECK(networks->findData(u"10.9.9.9"_s) == -1);
    CHECK(networks->count() == static_cast<int>(remote::phoneNetworks().size()));
    CHECK(networks->currentText() == chosen);
}

TEST_CASE("A phone's vote lands in the file, shows on both screens, hidden, and outside undo") {
    GuiFixture gui;
    const Id round = startDotRound(gui);
    app::PhonesPanel* phones = phonesOn(gui);
    const int undoSteps = gui.doc().undoStack()->count();
    Phone phone;
    phone.join(phones->host().joinUrl());
    const Id budgets = gui.data().blockers.at(1).id;
    CHECK(phone.vote(round, budgets, 2).value(u"recorded"_s).toBool());

    CHECK(gui.window.presenter()->sceneText().contains(u"People who have voted: 1"));
    CHECK(gui.window.votingPage()->hiddenLabel()->isVisibleTo(gui.window.votingPage()));
    CHECK(gui.doc().undoStack()->count() == undoSteps); // Ctrl+Z never takes back a phone's vote
    const auto stored = openSession(gui.path, store::OpenMode::ReadOnly);
    const SessionData onDisk = expectOk(store::loadSession(*stored));
    REQUIRE(onDisk.round(round)->votes.size() == 1);
    CHECK(onDisk.round(round)->votes[0].value == 2);

    // Over the limit: refused with core's reason, and nothing changes.
    CHECK(phone.vote(round, budgets, 3).value(u"error"_s).toString() ==
          u"3 dots on item %1 is over the limit of 2 per item."_s.arg(budgets));
    CHECK(gui.data().round(round)->votes[0].value == 2);
}

TEST_CASE("The facilitator clears one phone's ballot, and undo brings it back") {
    GuiFixture gui;
    const Id round = startDotRound(gui);
    app::PhonesPanel* phones = phonesOn(gui);
    Phone first;
    Phone second;
    first.join(phones->host().joinUrl());
    second.join(phones->host().joinUrl());
    const Id weak = gui.data().blockers.at(0).id;
    first.vote(round, weak, 1);
    second.vote(round, weak, 2);
    REQUIRE(gui.data().round(round)->votes.size() == 2);

    gui.prompts.itemToChoose = 0;
    QTest::mouseClick(phones->findChild<QPushButton*>(u"clearPhoneBallot"_s), Qt::LeftButton);
    REQUIRE(gui.prompts.offeredItems.size() == 2);
    CHECK(gui.prompts.offeredItems[0].startsWith(u"Phone "));
    CHECK(gui.prompts.offeredItems[0].endsWith(u": 1 item marked"));
    CHECK(gui.data().round(round)->votes.size() == 1);
    gui.doc().undoStack()->undo();
    CHECK(gui.data().round(round)->votes.size() == 2);
}

TEST_CASE("The QR code on the projector scans as the join link", "[zbarimg]") {
    GuiFixture gui;
    startDotRound(gui);
    app::PhonesPanel* phones = phonesOn(gui);
    app::PresenterWindow* presenter = gui.window.presenter();
    presenter->resize(1024, 768);
    presenter->show();
    REQUIRE(QTest::qWaitForWindowExposed(presenter));
    const QString picture = gui.dir.path(u"presenter.png"_s);
    REQUIRE(presenter->grab().save(picture));
    QProcess scan;
    scan.start(QStringLiteral(ZBARIMG), {u"--raw"_s, u"-q"_s, picture});
    REQUIRE(scan.waitForFinished(20000));
    CHECK(QString::fromUtf8(scan.readAllStandardOutput()).trimmed() == phones->host().joinUrl());
}

TEST_CASE("Phones' ballots written while the facilitator saves elsewhere are in the new file") {
    GuiFixture gui;
    const Id round = startDotRound(gui);
    const Id item = gui.data().blockers.front().id;
    int answered = 0;
    for (int phone = 0; phone < 200; ++phone) {
        app::edits::castPhoneBallots(gui.doc(), round, {{u"phone-%1"_s.arg(phone), {{item, 1}}}},
                                     [&](const Result<std::vector<Status>>& outcome) {
                                         CHECK(outcome);
                                         ++answered;
                                     });
    }
    // Saved while those are still being written on the writer's thread.
    const QString copy = gui.dir.path(u"saved-elsewhere.unblock"_s);
    expectOk(gui.doc().saveAs(copy));
    REQUIRE(QTest::qWaitFor([&] { return answered == 200; }));
    CHECK(gui.data().round(round)->ballots.size() == 200);
    const auto stored = openSession(copy, store::OpenMode::ReadOnly);
    CHECK(expectOk(store::loadSession(*stored)).round(round)->ballots.size() == 200);
}
