#include "remote/RemoteAccess.h"

#include "remote/AttemptLimiter.h"
#include "support/TestSupport.h"

#include <QRegularExpression>
#include <QSet>

using namespace unblock;
using namespace unblock::remote;
using namespace Qt::StringLiterals;

TEST_CASE("A session's token cannot be guessed and its join code is easy to type") {
    QSet<QString> tokens;
    QSet<QString> codes;
    for (int i = 0; i < 200; ++i) {
        const RemoteAccess access;
        tokens << access.sessionToken();
        codes << access.joinCode();
        CHECK(access.sessionToken().size() == 22); // 128 bits, URL-safe
        CHECK(access.joinCode().size() == RemoteAccess::kJoinCodeLength);
        CHECK_FALSE(access.joinCode().contains(QRegularExpression(u"[01IOLS5]"_s)));
    }
    CHECK(tokens.size() == 200);
    CHECK(codes.size() > 195); // 29^6 codes: repeats in 200 are rare

    const RemoteAccess access;
    CHECK(access.isSessionToken(access.sessionToken()));
    CHECK_FALSE(access.isSessionToken(access.sessionToken().left(21)));
    CHECK_FALSE(access.isSessionToken(QString()));
    const QString code = access.joinCode();
    CHECK(access.isJoinCode(code.toLower()));
    CHECK(access.isJoinCode(code.left(3) + u" - "_s + code.mid(3)));
    CHECK_FALSE(access.isJoinCode(code.left(5)));
}

TEST_CASE("Each phone gets its own token, and unknown tokens and replays are refused") {
    RemoteAccess access;
    const QString phone = access.issueVoterToken();
    const QString other = access.issueVoterToken();
    CHECK(phone != other);
    CHECK(access.knowsVoter(phone));
    CHECK_FALSE(access.knowsVoter(u"forged-token"_s));
    CHECK_FALSE(RemoteAccess().knowsVoter(phone)); // another session's phone

    CHECK(access.acceptSequence(phone, 1));
    CHECK_FALSE(access.acceptSequence(phone, 1)); // the same request again
    CHECK(access.acceptSequence(phone, 3));
    CHECK_FALSE(access.acceptSequence(phone, 2)); // a late retry after a newer ballot
    CHECK(access.acceptSequence(other, 1));
    CHECK_FALSE(access.acceptSequence(u"forged-token"_s, 1));

    // The file records a digest, never the token itself.
    const QString name = RemoteAccess::voterName(phone);
    CHECK(name.startsWith(u"phone-"));
    CHECK_FALSE(name.contains(phone));
    CHECK(name == RemoteAccess::voterName(phone));
    CHECK(name != RemoteAccess::voterName(other));
}

TEST_CASE("Wrong join codes are limited per address, and the limit lifts in time") {
    AttemptLimiter limiter(5, 60'000);
    const QString guesser = u"192.168.1.50"_s;
    for (int i = 0; i < 5; ++i) {
        CHECK_FALSE(limiter.isBlocked(guesser, i * 1000));
        limiter.recordFailure(guesser, i * 1000);
    }
    CHECK(limiter.isBlocked(guesser, 5000));
    CHECK(limiter.retryAfterMs(guesser, 5000) == 55'000);    // until the first is a minute old
    CHECK_FALSE(limiter.isBlocked(u"192.168.1.51"_s, 5000)); // others are not held up
    CHECK_FALSE(limiter.isBlocked(guesser, 60'000));
    limiter.recordFailure(guesser, 60'000);
    CHECK(limiter.isBlocked(guesser, 60'001));

    // 1,000 wrong codes from one address: 5 are tried, the rest refused.
    AttemptLimiter flood;
    int tried = 0;
    for (int i = 0; i < 1000; ++i) {
        if (flood.isBlocked(guesser, i))
            continue;
        ++tried;
        flood.recordFailure(guesser, i);
    }
    CHECK(tried == 5);
    limiter.recordSuccess(guesser);
    CHECK_FALSE(limiter.isBlocked(guesser, 60'002));
}

TEST_CASE("A flood of addresses cannot grow the limiter without bound") {
    AttemptLimiter limiter;
    for (int i = 0; i < 25'000; ++i)
        limiter.recordFailure(u"10.0.%1.%2"_s.arg(i / 256).arg(i % 256), i);
    CHECK(limiter.trackedAddresses() <= AttemptLimiter::kMaxAddresses);
}
