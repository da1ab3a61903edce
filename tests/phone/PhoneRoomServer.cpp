// A session with a round open to phones, served on loopback for the browser
// tests (phone-page.test.mjs). It prints one JSON line, then takes commands
// on standard input, one a line, and answers each with one JSON line:
//   stop / start     take the server away and bring it back (same port)
//   close            close the round
//   open [METHOD]    open a new round (dots, approval, borda, schulze), offered to phones
//   votes            {"votes": [{"voter", "item", "value"}, …]} of the round
//   hostile FILE     adds a blocker for each string of FILE (tests/data's
//                    hostile-strings.json) the title rules allow, and opens a
//                    round "Hostile text" on them: {"titles": [as stored]}
// Usage: phone-room SESSION-FILE
#include "model/TextRules.h"
#include "remote/PhoneHost.h"
#include "store/Blockers.h"
#include "store/Rounds.h"
#include "store/SessionFile.h"
#include "store/Snapshot.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSocketNotifier>

#include <cstdio>
#include <iostream>
#include <string>

using namespace unblock;
using namespace Qt::StringLiterals;

namespace {

void answer(const QJsonObject& json) {
    std::cout << QJsonDocument(json).toJson(QJsonDocument::Compact).toStdString() << std::endl;
}

void orExit(const Status& status) {
    if (!status) {
        answer({{u"error"_s, status.error().message}});
        std::exit(1);
    }
}

template <typename T> T orExit(Result<T> result) {
    if (!result) {
        answer({{u"error"_s, result.error().message}});
        std::exit(1);
    }
    return std::move(result).value();
}

struct Room {
    std::unique_ptr<store::SessionFile> file;
    SessionData data;
    Id round = 0;
    std::unique_ptr<remote::PhoneHost> host;

    explicit Room(const QString& path) {
        file = orExit(store::SessionFile::create(path));
        for (const QString& title : {u"Ageing software"_s, u"Budgets"_s, u"Culture <b>bold</b>"_s})
            orExit(store::addBlocker(*file, {title, {}, {}, {}, {}}));
        host = std::make_unique<remote::PhoneHost>(
            [this](Id roundId, std::vector<store::VoterBallot> ballots,
                   const remote::VoteBatcher::Written& written) {
                auto results = store::castBallots(*file, roundId, ballots);
                reload();
                written(results);
            },
            [this]() -> const SessionData& { return data; });
        openRound();
    }

    void reload() {
        data = orExit(store::loadSession(*file));
        host->sessionChanged();
    }

    // Dots: 3 each, at most 2 on one; any other method: 2 items each.
    void openRound(VoteMethod method = VoteMethod::Dots) {
        const bool dots = method == VoteMethod::Dots;
        round = orExit(store::startRound(*file, {u"Top blockers"_s,
                                                 RoundSubject::Blockers,
                                                 {},
                                                 method,
                                                 dots ? 3 : 2,
                                                 dots ? std::optional<int>(2) : std::nullopt}));
        reload();
        host->offerRound(round);
    }

    QJsonObject addHostile(const QString& path) {
        QFile list(path);
        if (!list.open(QIODevice::ReadOnly))
            return {{u"error"_s, list.errorString()}};
        QJsonArray titles;
        const QJsonArray strings =
            QJsonDocument::fromJson(list.readAll()).object().value(u"strings"_s).toArray();
        for (const QJsonValue& entry : strings) {
            const QString text = entry[u"text"_s].toString();
            if (!checkText(text, TextKind::Line, u"title"_s, true))
                continue;
            const Id id = orExit(store::addBlocker(*file, {text, {}, {}, {}, {}}));
            reload();
            titles.append(data.blocker(id)->title);
        }
        round = orExit(store::startRound(
            *file, {u"Hostile text"_s, RoundSubject::Blockers, {}, VoteMethod::Dots, 3, 2}));
        reload();
        host->offerRound(round);
        return {{u"titles"_s, titles}};
    }

    QJsonObject run(const std::string& command) {
        if (command == "stop") {
            host->stop();
        } else if (command == "start") {
            if (Status started = host->start(QHostAddress::LocalHost); !started)
                return {{u"error"_s, started.error().message}};
        } else if (command == "close") {
            orExit(store::setRoundState(*file, round, RoundState::Closed));
            reload();
        } else if (command.rfind("open", 0) == 0) {
            const auto method =
                voteMethodFromKey(QString::fromStdString(command.substr(4)).trimmed());
            if (!method && command != "open")
                return {{u"error"_s, u"unknown method"_s}};
            openRound(method.value_or(VoteMethod::Dots));
        } else if (command.rfind("hostile ", 0) == 0) {
            return addHostile(QString::fromStdString(command.substr(8)));
        } else if (command == "votes") {
            QJsonArray votes;
            const SessionData stored = orExit(store::loadSession(*file));
            for (const Vote& v : stored.round(round)->votes) {
                votes.append(QJsonObject{{u"voter"_s, v.voter},
                                         {u"item"_s, static_cast<double>(v.itemId)},
                                         {u"value"_s, v.value}});
            }
            return {{u"votes"_s, votes}};
        } else {
            return {{u"error"_s, u"unknown command"_s}};
        }
        return {{u"ok"_s, true}};
    }
};

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::cerr << "usage: phone-room SESSION-FILE\n";
        return 2;
    }
    Room room(QString::fromLocal8Bit(argv[1]));
    if (Status started = room.host->start(QHostAddress::LocalHost); !started) {
        answer({{u"error"_s, started.error().message}});
        return 1;
    }
    answer({{u"url"_s, room.host->joinUrl()},
            {u"address"_s, room.host->address()},
            {u"code"_s, room.host->joinCode()}});
    QSocketNotifier input(fileno(stdin), QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        std::string line;
        if (!std::getline(std::cin, line)) {
            room.host->stop();
            app.quit();
            return;
        }
        answer(room.run(line));
    });
    return app.exec();
}
