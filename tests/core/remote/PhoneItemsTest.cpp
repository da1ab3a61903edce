// Phones writing: the call for items, its door and its group commit, and
// the same over HTTP on loopback, sent what a hostile client would send.
#include "remote/PhoneItems.h"

#include "core/remote/PhoneRoom.h"
#include "remote/PhoneServer.h"
#include "store/Details.h"
#include "store/Incoming.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>

using namespace unblock;
using namespace unblock::remote;
using namespace unblock::test;
using namespace Qt::StringLiterals;

namespace {

// PhoneRoom with a table, and phones' items written to its file in batches.
struct ItemRoom : PhoneRoom {
    Id table = expectOk(store::addGroup(*file, u"Table 1"_s));
    int writes = 0;
    bool diskFull = false; // the next write fails as a whole
    PhoneItems items{
        access,
        [this](std::vector<store::NewIncoming> batch, const PhoneItems::Written& written) {
            ++writes;
            if (std::exchange(diskFull, false)) {
                written(Error{ErrorCode::DiskFull, u"The disk is full."_s});
                return;
            }
            auto results = store::receiveIncoming(*file, batch);
            data = expectOk(store::loadSession(*file));
            written(results);
        },
        [this]() -> const SessionData& {
            return data;
        }};
    qint64 now = 1'000'000;

    ItemRoom() { data = expectOk(store::loadSession(*file)); }

    QHash<QString, qint64> sent; // each phone's count of items sent

    // Sends one item, numbered as the phone page numbers them, and waits for
    // its answer.
    PhoneReply send(const QString& voter, QJsonObject request) {
        request.insert(u"sequence"_s, static_cast<double>(++sent[voter]));
        std::optional<PhoneReply> answer;
        items.submit(voter, request, now, [&](const PhoneReply& reply) { answer = reply; });
        REQUIRE(runUntil([&] { return answer.has_value(); }));
        return *answer;
    }
    QString error(const PhoneReply& reply) const { return reply.body.value(u"error"_s).toString(); }
};

struct Answer {
    int status = 0;
    QJsonObject body;
};

// One HTTP exchange on loopback: the whole answer, by its Content-Length;
// status 0 when the server hung up without one.
Answer exchange(quint16 port, const QByteArray& request) {
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    REQUIRE(runUntil([&] { return socket.state() == QAbstractSocket::ConnectedState; }));
    socket.write(request);
    QByteArray got;
    REQUIRE(runUntil([&] {
        if (socket.isOpen())
            got += socket.readAll();
        if (socket.state() == QAbstractSocket::UnconnectedState)
            return true;
        const qsizetype head = got.indexOf("\r\n\r\n");
        const qsizetype length = got.indexOf("Content-Length: ");
        if (head < 0 || length < 0)
            return false;
        const qsizetype end = got.indexOf("\r\n", length);
        return got.size() >= head + 4 + got.mid(length + 16, end - length - 16).toLongLong();
    }));
    return {got.mid(9, 3).toInt(),
            QJsonDocument::fromJson(got.mid(got.indexOf("\r\n\r\n") + 4)).object()};
}

QJsonObject blocker(const QString& text, std::optional<Id> group = {}) {
    QJsonObject request{{u"text"_s, text}};
    if (group)
        request.insert(u"group"_s, static_cast<double>(*group));
    return request;
}

} // namespace

TEST_CASE("A call for blockers takes a joined phone's items, and only while it is open") {
    ItemRoom room;
    const QString phone = room.access.issueVoterToken();
    CHECK(room.send(phone, blocker(u"No money"_s)).status == 409); // no call yet
    room.items.openCall({});
    CHECK(room.send(u"forged"_s, blocker(u"No money"_s)).status == 401);
    RemoteAccess otherSession;
    CHECK(room.send(otherSession.issueVoterToken(), blocker(u"No money"_s)).status == 401);

    const PhoneReply taken = room.send(phone, blocker(u"No money"_s, room.table));
    REQUIRE(taken.status == 200);
    const Id id = static_cast<Id>(taken.body.value(u"item"_s).toDouble());
    const IncomingItem* kept = room.data.incomingItem(id);
    REQUIRE(kept);
    CHECK(kept->text == u"No money");
    CHECK(kept->groupId == room.table);
    CHECK(kept->phone == RemoteAccess::voterName(phone));
    CHECK(kept->name.isEmpty());

    room.items.setPaused(true);
    room.now += 10'000;
    CHECK(room.error(room.send(phone, blocker(u"Culture"_s))).contains(u"paused"));
    room.items.setPaused(false);
    room.items.closeCall();
    CHECK(room.send(phone, blocker(u"Culture"_s)).status == 409);
}

TEST_CASE("A phone sends one item every 3 seconds and 50 in a call, the facilitator changes both") {
    ItemRoom room;
    room.items.openCall({});
    const QString phone = room.access.issueVoterToken();
    CHECK(room.send(phone, blocker(u"One"_s)).status == 200);
    room.now += 1'200;
    const PhoneReply soon = room.send(phone, blocker(u"Two"_s));
    CHECK(soon.status == 429);
    CHECK(room.error(soon) == u"Wait 2 seconds before sending the next item.");
    room.now += 1'800;
    CHECK(room.send(phone, blocker(u"Two"_s)).status == 200);
    CHECK(room.send(room.access.issueVoterToken(), blocker(u"Another phone"_s)).status == 200);

    ItemCall generous;
    generous.secondsBetween = 0;
    generous.perPhone = 3;
    room.items.closeCall();
    room.items.openCall(generous); // a new call: each phone's share starts again
    for (int i = 0; i < 2; ++i)
        CHECK(room.send(phone, blocker(u"Item %1"_s.arg(i))).status == 200);
    generous.names = true;
    room.items.openCall(generous); // the same call, now with names: the share goes on
    CHECK(room.send(phone, blocker(u"Item 2"_s)).status == 200);
    const PhoneReply over = room.send(phone, blocker(u"Item 4"_s));
    CHECK(over.status == 429);
    CHECK(room.error(over).contains(u"3 items"));
    room.items.setLimits(0, 4); // the facilitator allows one more
    CHECK(room.send(phone, blocker(u"Item 4"_s)).status == 200);
    CHECK(room.data.incoming.size() == 7);
}

TEST_CASE("The text rules, names, tables and a blocked phone are enforced at the door") {
    ItemRoom room;
    ItemCall call;
    call.secondsBetween = 0;
    call.names = true;
    room.items.openCall(call);
    const QString phone = room.access.issueVoterToken();
    CHECK(room.error(room.send(phone, blocker(QString()))).contains(u"blocker"));
    CHECK(room.error(room.send(phone, blocker(u"Bell\u0007"_s))).contains(u"control character"));
    CHECK(room.send(phone, blocker(QString(100'000, u'x'))).status == 400);
    CHECK(room.error(room.send(phone, blocker(u"Kiosks"_s, 999))).contains(u"table"));

    // Markup is kept as the words typed, never as markup.
    QJsonObject named = blocker(u"<b>Budgets</b> & {title}"_s, room.table);
    named.insert(u"name"_s, u"Siân"_s);
    const PhoneReply taken = room.send(phone, named);
    REQUIRE(taken.status == 200);
    const IncomingItem& kept = room.data.incoming.back();
    CHECK(kept.text == u"<b>Budgets</b> & {title}");
    CHECK(kept.name == u"Siân");

    // The table is picked once: later items go to it whatever they say.
    const Id other = expectOk(store::addGroup(*room.file, u"Table 2"_s));
    room.data = expectOk(store::loadSession(*room.file));
    CHECK(room.send(phone, blocker(u"Legacy systems"_s, other)).status == 200);
    CHECK(room.data.incoming.back().groupId == room.table);
    // Its table deleted, the phone picks again rather than being stuck.
    expectOk(store::deleteGroup(*room.file, room.table));
    room.data = expectOk(store::loadSession(*room.file));
    CHECK(room.items.tableOf(RemoteAccess::voterName(phone)).isNull());
    CHECK(room.send(phone, blocker(u"Kiosks"_s, other)).status == 200);
    CHECK(room.data.incoming.back().groupId == other);

    room.items.block(RemoteAccess::voterName(phone));
    CHECK(room.send(phone, blocker(u"Again"_s)).status == 403);
    CHECK(room.send(room.access.issueVoterToken(), blocker(u"Another"_s)).status == 200);
}

TEST_CASE("A call for solutions takes them only for the blockers it names, anonymously") {
    ItemRoom room;
    ItemCall call;
    call.asks = IncomingKind::Solution;
    call.blockers = {room.a, room.b};
    room.items.openCall(call);
    const QString phone = room.access.issueVoterToken();
    QJsonObject solution{{u"text"_s, u"Invest to save"_s},
                         {u"blocker"_s, static_cast<double>(room.c)},
                         {u"name"_s, u"Rhys"_s}};
    CHECK(room.error(room.send(phone, solution)).contains(u"Choose the blocker"));
    solution[u"blocker"_s] = static_cast<double>(room.b);
    REQUIRE(room.send(phone, solution).status == 200);
    const IncomingItem& kept = room.data.incoming.back();
    CHECK(kept.kind == IncomingKind::Solution);
    CHECK(kept.blockerId == room.b);
    CHECK(kept.name.isEmpty()); // the call did not ask for names

    const QJsonObject offered = room.items.offeredCall().toObject();
    CHECK(offered.value(u"asks"_s).toString() == u"solution");
    CHECK(offered.value(u"blockers"_s).toArray().size() == 2);
    CHECK(offered.value(u"blockers"_s).toArray()[1].toObject().value(u"title"_s).toString() ==
          u"Budgets");
}

TEST_CASE("Items that arrive together are written together, each phone answered") {
    ItemRoom room;
    room.items.openCall({});
    std::vector<PhoneReply> answers;
    for (int i = 0; i < 40; ++i) {
        QJsonObject request = blocker(u"Item %1"_s.arg(i));
        request.insert(u"sequence"_s, 1);
        room.items.submit(room.access.issueVoterToken(), request, room.now,
                          [&](const PhoneReply& reply) { answers.push_back(reply); });
    }
    REQUIRE(runUntil([&] { return answers.size() == 40; }));
    CHECK(room.writes == 1);
    for (const PhoneReply& answer : answers)
        CHECK(answer.status == 200);
    CHECK(room.data.incoming.size() == 40);
}

TEST_CASE("An item is kept once however often it is sent, and sent again when its write failed") {
    ItemRoom room;
    ItemCall call;
    call.secondsBetween = 0;
    room.items.openCall(call);
    const QString phone = room.access.issueVoterToken();
    REQUIRE(room.send(phone, blocker(u"Broadband"_s)).status == 200);
    room.sent[phone] = 0; // the phone sends its first item again
    const PhoneReply repeat = room.send(phone, blocker(u"Broadband"_s));
    CHECK(repeat.status == 409);
    CHECK(repeat.body.value(u"repeat"_s).toBool());
    CHECK(room.data.incoming.size() == 1);

    room.sent[phone] = 1;
    room.diskFull = true;
    const PhoneReply failed = room.send(phone, blocker(u"Culture"_s));
    CHECK(failed.status == 503);
    CHECK(room.error(failed) == u"The disk is full.");
    room.sent[phone] = 1; // the same item, sent again
    CHECK(room.send(phone, blocker(u"Culture"_s)).status == 200);
    CHECK(room.data.incoming.size() == 2);
}

TEST_CASE("Each phone sees its own items: waiting, on the board, merged into …, not added") {
    ItemRoom room;
    ItemCall call;
    call.secondsBetween = 0;
    room.items.openCall(call);
    const QString phone = room.access.issueVoterToken();
    for (const QString& text : {u"Waits"_s, u"Accepted"_s, u"Like budgets"_s, u"Lunch"_s})
        REQUIRE(room.send(phone, blocker(text)).status == 200);
    room.send(room.access.issueVoterToken(), blocker(u"Someone else's"_s));
    const std::vector<IncomingItem> sent(room.data.incoming.begin(),
                                         room.data.incoming.begin() + 4);
    expectOk(store::acceptIncoming(*room.file, sent[1].id));
    expectOk(store::mergeIncoming(*room.file, sent[2].id, room.b));
    expectOk(store::rejectIncoming(*room.file, sent[3].id, u"Not about digital"_s));
    room.data = expectOk(store::loadSession(*room.file));

    const QJsonArray mine = room.items.itemsByPhone().value(RemoteAccess::voterName(phone));
    REQUIRE(mine.size() == 4);
    CHECK(mine[0].toObject().value(u"state"_s).toString() == u"waiting");
    CHECK(mine[1].toObject().value(u"state"_s).toString() == u"on the board");
    CHECK(mine[2].toObject().value(u"state"_s).toString() == u"merged");
    CHECK(mine[2].toObject().value(u"into"_s).toString() == u"Budgets");
    CHECK(mine[3].toObject().value(u"state"_s).toString() == u"not added");
    CHECK(mine[3].toObject().value(u"reason"_s).toString() == u"Not about digital");
}

TEST_CASE("Over HTTP: items posted, the call and the phone's items in its state, forgeries "
          "and floods refused, the file intact") {
    ItemRoom room;
    ItemCall call;
    call.secondsBetween = 3;
    room.items.openCall(call);
    PhoneServer server(room.voting);
    server.takeItems(&room.items);
    const quint16 port = expectOk(server.start(QHostAddress::LocalHost));
    const QByteArray host = "127.0.0.1:" + QByteArray::number(port);
    const auto post = [&](const QByteArray& body, const QByteArray& voter) {
        return exchange(port, "POST /api/item HTTP/1.1\r\nHost: " + host + "\r\nX-Unblock-Voter: " +
                                  voter + "\r\nContent-Type: application/json\r\nContent-Length: " +
                                  QByteArray::number(body.size()) + "\r\n\r\n" + body)
            .status;
    };
    const QByteArray phone = room.access.issueVoterToken().toLatin1();
    CHECK(post(R"({"sequence":1,"text":"Broadband"})", phone) == 200);
    CHECK(post(R"({"sequence":1,"text":"Broadband"})", phone) == 409);       // a repeat
    CHECK(post(R"({"sequence":2,"text":"Broadband again"})", phone) == 429); // within 3 s
    CHECK(post(R"({"text":"No sequence"})", phone) == 400);
    CHECK(post(R"({"sequence":1,"text":"Forged"})", "not-a-token") == 401);
    RemoteAccess otherSession; // a phone that joined another session's server
    CHECK(post(R"({"sequence":1,"text":"Elsewhere"})", otherSession.issueVoterToken().toLatin1()) ==
          401);
    const QByteArray huge = R"({"sequence":3,"text":")" + QByteArray(100'000, 'x') + R"("})";
    CHECK(post(huge, room.access.issueVoterToken().toLatin1()) == 0); // hung up on, no answer
    CHECK(post(R"({"sequence":1,"text":"Bell)"
               "\\u0007"
               R"("})",
               room.access.issueVoterToken().toLatin1()) == 400);
    CHECK(post("[1,2]", phone) == 400);
    for (int i = 0; i < 30; ++i) // a flood from one phone takes nothing more
        post(R"({"sequence":)" + QByteArray::number(10 + i) + R"(,"text":"Flood"})", phone);
    CHECK(room.data.incoming.size() == 1);
    CHECK(room.data.incoming[0].text == u"Broadband");

    const QJsonObject state = exchange(port, "GET /api/state HTTP/1.1\r\nHost: " + host +
                                                 "\r\nX-Unblock-Voter: " + phone + "\r\n\r\n")
                                  .body;
    CHECK(state.value(u"call"_s).toObject().value(u"asks"_s).toString() == u"blocker");
    CHECK(state.value(u"items"_s).toArray().size() == 1);
    CHECK(state.value(u"round"_s).toObject().value(u"title"_s).toString() == u"Top blockers");

    server.deleteLater();
    room.file.reset();
    auto reopened = openSession(room.dir.path(u"room.unblock"_s));
    CHECK(expectOk(store::loadSession(*reopened)).incoming.size() == 1);
}
