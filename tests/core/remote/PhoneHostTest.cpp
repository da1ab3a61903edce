// Phones voting in an open session: the server on and off, the join code, and
// the QR code that carries the link.
#include "remote/PhoneHost.h"

#include "core/remote/PhoneRoom.h"
#include "remote/PhoneNetworks.h"
#include "remote/QrCode.h"

#include <QUrl>

using namespace unblock;
using namespace unblock::remote;
using namespace unblock::test;
using namespace Qt::StringLiterals;

TEST_CASE("The join link carries the session token after '#', on the port of last time") {
    PhoneRoom room;
    PhoneHost host(
        [&](Id roundId, std::vector<store::VoterBallot> ballots,
            const VoteBatcher::Written& written) {
            written(store::castBallots(*room.file, roundId, ballots));
        },
        [&]() -> const SessionData& { return room.data; });
    CHECK_FALSE(host.isOn());
    CHECK(host.joinUrl().isEmpty());
    expectOk(host.start(QHostAddress::LocalHost));
    CHECK(host.isOn());
    const QUrl link(host.joinUrl());
    CHECK(link.scheme() == u"http");
    CHECK(link.host() == u"127.0.0.1");
    CHECK(link.path() == u"/");
    CHECK(link.fragment().startsWith(u"s="));
    CHECK(link.fragment().size() == 2 + 22);
    CHECK(host.joinUrl().startsWith(host.address() + u"/#s="));
    CHECK(host.joinCode().size() == RemoteAccess::kJoinCodeLength);

    const QString before = host.joinUrl();
    host.stop();
    CHECK_FALSE(host.isOn());
    expectOk(host.start(QHostAddress::LocalHost));
    CHECK(host.joinUrl() == before); // open pages find the laptop again
}

TEST_CASE("A server that cannot listen says why") {
    PhoneRoom room;
    PhoneHost host([&](Id, std::vector<store::VoterBallot>,
                       const VoteBatcher::Written& written) { written(std::vector<Status>{}); },
                   [&]() -> const SessionData& { return room.data; });
    const Status refused = host.start(QHostAddress(u"192.0.2.1"_s)); // not this machine's
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.startsWith(u"Phones cannot connect on 192.0.2.1: "));
    CHECK_FALSE(host.isOn());
}

TEST_CASE("The phone networks end with this laptop alone") {
    const std::vector<PhoneNetwork> networks = phoneNetworks();
    REQUIRE_FALSE(networks.empty());
    CHECK(networks.back().address == QHostAddress(QHostAddress::LocalHost));
    for (const PhoneNetwork& network : networks)
        CHECK(network.name.contains(network.address.toString()));
}

TEST_CASE("A QR code of the join link has its three finder patterns") {
    const QrCode code = qrCode(u"http://192.168.100.200:8321/#s=AAAAAAAAAAAAAAAAAAAAAA"_s);
    REQUIRE(code.size >= 21);
    CHECK((code.size - 17) % 4 == 0); // a QR version's size
    // Each corner but the bottom right has a 7×7 ring around a 3×3 block.
    const auto finder = [&](int left, int top) {
        for (int i = 0; i < 7; ++i) {
            if (!code.isDark(left + i, top) || !code.isDark(left + i, top + 6) ||
                !code.isDark(left, top + i) || !code.isDark(left + 6, top + i))
                return false;
        }
        return !code.isDark(left + 1, top + 1) && code.isDark(left + 3, top + 3);
    };
    CHECK(finder(0, 0));
    CHECK(finder(code.size - 7, 0));
    CHECK(finder(0, code.size - 7));
    CHECK_FALSE(finder(code.size - 7, code.size - 7));
}
