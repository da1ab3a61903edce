#pragma once

// A phone's browser as the laptop's server sees it, and the Phones panel let
// in on this laptop only: for widget tests where phones vote.
#include "app/window/GuiFixture.h"
#include "remote/PhoneHost.h"
#include "voting/PhonesPanel.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QUrl>

namespace unblock::test {

// A phone's browser, as far as the server can tell.
struct Phone {
    QNetworkAccessManager network;
    QString address;
    QString voter;
    qint64 sequence = 0;
    qint64 itemSequence = 0;

    QJsonObject post(const QString& path, const QJsonObject& body) {
        QNetworkRequest request(QUrl(address + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        request.setRawHeader("X-Unblock-Voter", voter.toLatin1());
        QNetworkReply* reply = network.post(request, QJsonDocument(body).toJson());
        REQUIRE(QTest::qWaitFor([reply] { return reply->isFinished(); }, 5000));
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object();
    }
    // What the phone is shown now: {"round": the round on offer or null, …}.
    QJsonObject state() {
        QNetworkRequest request(QUrl(address + QStringLiteral("/api/state")));
        request.setRawHeader("X-Unblock-Voter", voter.toLatin1());
        QNetworkReply* reply = network.get(request);
        REQUIRE(QTest::qWaitFor([reply] { return reply->isFinished(); }, 5000));
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object();
    }
    void join(const QString& joinUrl) {
        const QUrl link(joinUrl);
        address = link.adjusted(QUrl::RemoveFragment | QUrl::RemovePath).toString();
        voter =
            post(QStringLiteral("/api/join"), {{QStringLiteral("session"), link.fragment().mid(2)}})
                .value(QStringLiteral("voter"))
                .toString();
        REQUIRE(voter.size() == 22);
    }
    // An item for the call for items, numbered as the phone page numbers them.
    QJsonObject addItem(const QString& text) {
        return post(QStringLiteral("/api/item"),
                    {{QStringLiteral("sequence"), static_cast<double>(++itemSequence)},
                     {QStringLiteral("text"), text}});
    }
    QJsonObject vote(Id round, Id item, int dots) {
        return post(QStringLiteral("/api/ballot"),
                    {{QStringLiteral("sequence"), static_cast<double>(++sequence)},
                     {QStringLiteral("round"), static_cast<double>(round)},
                     {QStringLiteral("ballot"),
                      QJsonArray{QJsonObject{{QStringLiteral("item"), static_cast<double>(item)},
                                             {QStringLiteral("value"), dots}}}}});
    }
};

inline app::PhonesPanel* phonesOn(GuiFixture& gui) {
    app::PhonesPanel* phones = gui.window.votingPage()->phones();
    QComboBox* networks = phones->networks();
    networks->setCurrentIndex(networks->count() - 1); // this laptop only
    QTest::mouseClick(phones->toggleButton(), Qt::LeftButton);
    REQUIRE(phones->host().isOn());
    return phones;
}

} // namespace unblock::test
