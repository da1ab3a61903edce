#include "remote/PhoneVoting.h"

#include "core/remote/PhoneRoom.h"

#include <QJsonArray>

using namespace unblock;
using namespace unblock::remote;
using namespace unblock::test;
using namespace Qt::StringLiterals;

namespace {

struct Room : PhoneRoom {

    QString joined() {
        const PhoneReply reply =
            voting.join(u"10.0.0.2"_s, {{u"session"_s, access.sessionToken()}}, 0);
        REQUIRE(reply.status == 200);
        return reply.body.value(u"voter"_s).toString();
    }
    PhoneReply send(const QString& voter, qint64 sequence, const QJsonArray& ballot,
                    std::optional<Id> inRound = std::nullopt) {
        std::optional<PhoneReply> answer;
        voting.ballot(voter,
                      {{u"sequence"_s, static_cast<double>(sequence)},
                       {u"round"_s, static_cast<double>(inRound.value_or(round))},
                       {u"ballot"_s, ballot}},
                      [&](const PhoneReply& r) { answer = r; });
        REQUIRE(runUntil([&] { return answer.has_value(); }));
        return *answer;
    }
    static QJsonObject mark(Id item, int value) {
        return {{u"item"_s, static_cast<double>(item)}, {u"value"_s, value}};
    }
    std::vector<Vote> votes() {
        data = expectOk(store::loadSession(*file));
        return data.round(round)->votes;
    }
};

QString error(const PhoneReply& reply) {
    return reply.body.value(u"error"_s).toString();
}

} // namespace

TEST_CASE("A phone joins by the link or the typed code and sees the open round's items") {
    Room room;
    const QString phone = room.joined();
    CHECK(phone.size() == 22);
    const PhoneReply byCode =
        room.voting.join(u"10.0.0.3"_s, {{u"code"_s, room.access.joinCode().toLower()}}, 0);
    CHECK(byCode.status == 200);
    CHECK(byCode.body.value(u"voter"_s).toString() != phone);

    const PhoneReply state = room.voting.state(phone);
    REQUIRE(state.status == 200);
    const QJsonObject round = state.body.value(u"round"_s).toObject();
    CHECK(round.value(u"title"_s).toString() == u"Top blockers");
    CHECK(round.value(u"method"_s).toString() == u"dots");
    CHECK(round.value(u"budget"_s) == 3);
    CHECK(round.value(u"maxPerItem"_s) == 2);
    const QJsonArray items = round.value(u"items"_s).toArray();
    REQUIRE(items.size() == 3);
    CHECK(items[1].toObject().value(u"title"_s).toString() == u"Budgets");
    CHECK(state.body.value(u"ballot"_s).toArray().isEmpty());
}

TEST_CASE("A phone votes within its budget, and the server refuses more, whatever the page sends") {
    Room room;
    const QString phone = room.joined();
    CHECK(room.send(phone, 1, {Room::mark(room.a, 2), Room::mark(room.b, 1)}).status == 200);
    CHECK(room.votes().size() == 2);
    CHECK(room.votes()[0].voter == RemoteAccess::voterName(phone)); // never the token
    CHECK(room.voting.state(phone).body.value(u"ballot"_s).toArray().size() == 2);

    const PhoneReply over = room.send(phone, 2, {Room::mark(room.a, 2), Room::mark(room.b, 2)});
    CHECK(over.status == 422);
    CHECK(error(over) == u"This ballot uses 4 dots; each voter has 3.");
    CHECK(error(room.send(phone, 3, {Room::mark(room.a, 3)})) ==
          u"3 dots on item 1 is over the limit of 2 per item.");
    CHECK(error(room.send(phone, 4, {Room::mark(999, 1)})) == u"Item 999 is not in this round.");
    CHECK(room.votes().size() == 2); // the first ballot stands
}

TEST_CASE("Forged and replayed tokens, malformed ballots and other rounds are refused") {
    Room room;
    const QString phone = room.joined();
    CHECK(room.send(u"forged"_s, 1, {Room::mark(room.a, 1)}).status == 401);
    CHECK(room.voting.state(u"forged"_s).status == 401);
    CHECK(room.send(phone, 5, {Room::mark(room.a, 1)}).status == 200);
    const PhoneReply replay = room.send(phone, 5, {Room::mark(room.a, 1)});
    CHECK(replay.status == 409);
    CHECK(error(replay).contains(u"already sent"));
    CHECK(room.send(phone, 4, {Room::mark(room.c, 1)}).status == 409); // older than the last

    std::optional<PhoneReply> malformed;
    room.voting.ballot(phone, {{u"sequence"_s, u"six"_s}, {u"ballot"_s, u"all of them"_s}},
                       [&](const PhoneReply& r) { malformed = r; });
    REQUIRE(malformed);
    CHECK(malformed->status == 400);
    room.voting.ballot(phone,
                       {{u"sequence"_s, 7},
                        {u"round"_s, static_cast<double>(room.round)},
                        {u"ballot"_s, QJsonArray{QJsonObject{{u"item"_s, 1.5}, {u"value"_s, 1}}}}},
                       [&](const PhoneReply& r) { malformed = r; });
    CHECK(malformed->status == 400);
    CHECK(room.send(phone, 8, {Room::mark(room.a, 1)}, 404).status == 409);
    CHECK(room.votes().size() == 1);
}

TEST_CASE("A closed or hidden round reveals nothing to phones and takes no votes") {
    Room room;
    const QString phone = room.joined();
    const QString other = room.joined();
    CHECK(room.send(other, 1, {Room::mark(room.a, 2)}).status == 200);
    expectOk(store::setRoundState(*room.file, room.round, RoundState::Closed));
    room.data = expectOk(store::loadSession(*room.file));
    const PhoneReply state = room.voting.state(phone);
    CHECK(state.status == 200);
    CHECK(state.body.value(u"round"_s).isNull());
    CHECK(state.body.value(u"ballot"_s).toArray().isEmpty());
    // Not even a phone's own votes once the round has closed.
    CHECK(room.voting.state(other).body.value(u"ballot"_s).toArray().isEmpty());
    CHECK(error(room.send(phone, 1, {Room::mark(room.a, 1)})) ==
          u"Voting in this round has closed.");

    expectOk(store::setRoundState(*room.file, room.round, RoundState::Revealed));
    room.data = expectOk(store::loadSession(*room.file));
    CHECK(
        room.voting.state(other).body.value(u"round"_s).isNull()); // results stay on the projector
    room.voting.offerRound(std::nullopt);
    CHECK(room.voting.state(other).body.value(u"round"_s).isNull());
}

TEST_CASE("1,000 wrong join codes from one address: five are tried, the rest wait") {
    Room room;
    int forbidden = 0;
    int tooMany = 0;
    for (int i = 0; i < 1000; ++i) {
        const int status = room.voting.join(u"10.0.0.66"_s, {{u"code"_s, u"AAAAAA"_s}}, i).status;
        forbidden += status == 403;
        tooMany += status == 429;
    }
    CHECK(forbidden == 5);
    CHECK(tooMany == 995);
    // Even the right code waits out the minute from that address; others join.
    const PhoneReply right =
        room.voting.join(u"10.0.0.66"_s, {{u"code"_s, room.access.joinCode()}}, 2000);
    CHECK(right.status == 429);
    CHECK(error(right).contains(u"Try again in 58 seconds"));
    CHECK(room.voting.join(u"10.0.0.67"_s, {{u"code"_s, room.access.joinCode()}}, 2000).status ==
          200);
    CHECK(room.voting.join(u"10.0.0.66"_s, {{u"code"_s, room.access.joinCode()}}, 61'000).status ==
          200);
}
