// A session with a round open to phones, served on loopback for the browser
// tests (phone-voting.test.mjs, phone-items.test.mjs). It prints one JSON line, then takes commands
// on standard input, one a line, and answers each with one JSON line:
//   stop / start     take the server away and bring it back (same port)
//   close            close the round
//   open [METHOD]    open a new round (dots, approval, borda, schulze), offered to phones
//   votes            {"votes": [{"voter", "item", "value"}, …]} of the round
//   hostile FILE     adds a blocker for each string of FILE (tests/data's
//                    hostile-strings.json) the title rules allow, and opens a
//                    round "Hostile text" on them: {"titles": [as stored]}
// The call for items, as the Phones panel and the Incoming list run it:
//   call blockers|solutions [names] [gap S] [limit N] [for ID,ID…]
//                    opens a call (solutions to the blockers named, else to
//                    "Budgets"), S seconds between a phone's items (default 0
//                    here), N items per phone (default 50)
//   pause / resume / endcall
//   incoming         {"incoming": [{"id", "kind", "text", "name", "phone", "table",
//                    "state"}, …]}
//   blockers         {"blockers": [{"id", "title"}, …]}
//   accept ID / merge ID INTO   {"id": the blocker or solution it became}
//   reject ID REASON… / block PHONE
// Usage: phone-room SESSION-FILE
#include "io/JsonFormat.h"
#include "model/TextRules.h"
#include "remote/PhoneHost.h"
#include "store/Blockers.h"
#include "store/Details.h"
#include "store/Incoming.h"
#include "store/Rounds.h"
#include "store/SessionFile.h"
#include "store/Snapshot.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSocketNotifier>
#include <QStringList>

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
        for (const QString& table : {u"Table 1"_s, u"Table 2"_s})
            orExit(store::addGroup(*file, table));
        host->setItemWriter([this](const std::vector<store::NewIncoming>& items,
                                   const remote::PhoneItems::Written& written) {
            auto kept = store::receiveIncoming(*file, items);
            reload();
            written(kept);
        });
        openRound();
    }

    Id blockerTitled(const QString& title) const {
        for (const Blocker& b : data.blockers) {
            if (b.title == title)
                return b.id;
        }
        return 0;
    }

    QJsonObject openCall(const QStringList& words) {
        remote::ItemCall call;
        call.asks = words.value(1) == u"solutions" ? IncomingKind::Solution : IncomingKind::Blocker;
        call.secondsBetween = 0;
        for (qsizetype i = 2; i < words.size(); ++i) {
            if (words[i] == u"names")
                call.names = true;
            else if (words[i] == u"gap")
                call.secondsBetween = words.value(++i).toInt();
            else if (words[i] == u"limit")
                call.perPhone = words.value(++i).toInt();
            else if (words[i] == u"for")
                for (const QString& id : words.value(++i).split(u','))
                    call.blockers.push_back(id.toLongLong());
            else
                return {{u"error"_s, QString(u"unknown call option "_s + words[i])}};
        }
        if (call.asks == IncomingKind::Solution && call.blockers.empty())
            call.blockers.push_back(blockerTitled(u"Budgets"_s));
        host->items().openCall(call);
        host->sessionChanged();
        return {{u"ok"_s, true}};
    }

    QJsonObject incoming() const {
        QJsonArray items;
        for (const IncomingItem& item : data.incoming) {
            items.append(QJsonObject{{u"id"_s, static_cast<double>(item.id)},
                                     {u"kind"_s, toKey(item.kind)},
                                     {u"text"_s, item.text},
                                     {u"name"_s, item.name},
                                     {u"phone"_s, item.phone},
                                     {u"table"_s, item.groupId && data.group(*item.groupId)
                                                      ? data.group(*item.groupId)->name
                                                      : QString()},
                                     {u"state"_s, toKey(item.state)}});
        }
        return {{u"incoming"_s, items}};
    }

    QJsonObject blockers() const {
        QJsonArray list;
        for (const Blocker& b : data.blockers)
            list.append(QJsonObject{{u"id"_s, static_cast<double>(b.id)}, {u"title"_s, b.title}});
        return {{u"blockers"_s, list}};
    }

    // The Incoming list's moves, on the file as the window makes them.
    QJsonObject moderate(const QStringList& words) {
        const Id id = words.value(1).toLongLong();
        if (words[0] == u"reject") {
            if (Status rejected = store::rejectIncoming(*file, id, words.mid(2).join(u' '));
                !rejected)
                return {{u"error"_s, rejected.error().message}};
            reload();
            return {{u"ok"_s, true}};
        }
        const Result<Id> made = words[0] == u"accept"
                                    ? store::acceptIncoming(*file, id)
                                    : store::mergeIncoming(*file, id, words.value(2).toLongLong());
        if (!made)
            return {{u"error"_s, made.error().message}};
        reload();
        return {{u"id"_s, static_cast<double>(made.value())}};
    }

    QJsonObject callCommand(const QString& line) {
        const QStringList words = line.split(u' ', Qt::SkipEmptyParts);
        const QString verb = words.value(0);
        if (verb == u"call")
            return openCall(words);
        if (verb == u"pause" || verb == u"resume") {
            host->items().setPaused(verb == u"pause");
        } else if (verb == u"endcall") {
            host->items().closeCall();
        } else if (verb == u"block") {
            host->items().block(words.value(1));
        } else if (verb == u"incoming") {
            return incoming();
        } else if (verb == u"blockers") {
            return blockers();
        } else if (verb == u"accept" || verb == u"merge" || verb == u"reject") {
            return moderate(words);
        } else {
            return {{u"error"_s, u"unknown command"_s}};
        }
        host->sessionChanged();
        return {{u"ok"_s, true}};
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
            return callCommand(QString::fromStdString(command));
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
