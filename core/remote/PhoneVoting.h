#pragma once

#include "model/SessionData.h"
#include "remote/AttemptLimiter.h"
#include "remote/RemoteAccess.h"
#include "remote/VoteBatcher.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <functional>
#include <optional>

namespace unblock::remote {

// What the server answers a phone: an HTTP status and a JSON body
// ({"error": "…"} when refused).
struct PhoneReply {
    int status = 200;
    QJsonObject body;

    // A refusal the page shows as it is: {"error": message}.
    static PhoneReply refusal(int status, const QString& message);
};

// Voting from phones, whatever carries the messages (HTTP requests or a
// WebSocket): joining, the state of the round on offer, and ballots. Every
// rule is enforced here and in core, never trusted to the page: unknown
// tokens, replays, wrong join codes, ballots over budget or for items outside
// the round are refused with a reason. Phones only ever see the round the
// facilitator offers while it is open, and never anyone's votes but their own.
class PhoneVoting {
public:
    using Session = std::function<const SessionData&()>;

    PhoneVoting(RemoteAccess& access, AttemptLimiter& limiter, VoteBatcher& batcher,
                Session session);

    // The round phones may vote in (the facilitator's choice); none: phones wait.
    void offerRound(std::optional<Id> roundId) { m_round = roundId; }

    // {"session": token} from the QR code's URL, or {"code": "K7MQ4X"} typed.
    PhoneReply join(const QString& address, const QJsonObject& request, qint64 nowMs);
    // The round on offer, its items and this phone's own ballot.
    PhoneReply state(const QString& voterToken) const;
    // What a phone shows: {"phone": its label, "round": the round on offer
    // or null, "ballot": its own}.
    // Worked out once for every phone when the session changes.
    QJsonValue offeredRound() const;
    QHash<QString, QJsonArray> ballotsByVoter() const; // by RemoteAccess::voterName
    static QJsonObject phoneState(const QString& voterName, const QJsonValue& round,
                                  const QJsonArray& ballot);
    bool knowsVoter(const QString& voterToken) const { return m_access.knowsVoter(voterToken); }
    // {"sequence": n, "round": id, "ballot": [{"item": id, "value": n}, …]};
    // the reply comes when the ballot's batch is written.
    void ballot(const QString& voterToken, const QJsonObject& request,
                const std::function<void(PhoneReply)>& reply);

    static constexpr int kMaxBallotEntries = 1000;

private:
    const Round* openRound() const;

    RemoteAccess& m_access;
    AttemptLimiter& m_limiter;
    VoteBatcher& m_batcher;
    Session m_session;
    std::optional<Id> m_round;
};

} // namespace unblock::remote
