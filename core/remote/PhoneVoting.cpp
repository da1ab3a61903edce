#include "remote/PhoneVoting.h"

#include "io/JsonFormat.h"
#include "ranking/RoundInput.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace unblock::remote {
namespace {

// Q_DECLARE_TR_FUNCTIONS names the context for lupdate and at run time alike.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PhoneVoting)
};

std::optional<std::vector<BallotEntry>> ballotEntries(const QJsonValue& value) {
    if (!value.isArray() || value.toArray().size() > PhoneVoting::kMaxBallotEntries)
        return std::nullopt;
    std::vector<BallotEntry> entries;
    for (const QJsonValue& entry : value.toArray()) {
        const auto item = jsonWholeNumber(entry.toObject().value(u"item"_s));
        const auto marks = jsonWholeNumber(entry.toObject().value(u"value"_s));
        if (!item || !marks || *marks < 0 || *marks > 1'000'000)
            return std::nullopt;
        entries.push_back({*item, static_cast<int>(*marks)});
    }
    return entries;
}

} // namespace

PhoneReply PhoneReply::refusal(int status, const QString& message) {
    return {status, QJsonObject{{u"error"_s, message}}};
}

PhoneVoting::PhoneVoting(RemoteAccess& access, AttemptLimiter& limiter, VoteBatcher& batcher,
                         Session session)
    : m_access(access)
    , m_limiter(limiter)
    , m_batcher(batcher)
    , m_session(std::move(session)) {}

const Round* PhoneVoting::openRound() const {
    const Round* round = m_round ? m_session().round(*m_round) : nullptr;
    return round && round->state == RoundState::Open ? round : nullptr;
}

PhoneReply PhoneVoting::join(const QString& address, const QJsonObject& request, qint64 nowMs) {
    if (const qint64 wait = m_limiter.retryAfterMs(address, nowMs); wait > 0) {
        return PhoneReply::refusal(
            429, Tr::tr("Too many wrong join codes from this phone. Try again in %1 "
                        "seconds.")
                     .arg((wait + 999) / 1000));
    }
    const bool byLink = m_access.isSessionToken(request.value(u"session"_s).toString());
    const bool byCode = m_access.isJoinCode(request.value(u"code"_s).toString());
    if (!byLink && !byCode) {
        m_limiter.recordFailure(address, nowMs);
        return PhoneReply::refusal(
            403, Tr::tr("That join code is not right. It is on the projected screen."));
    }
    m_limiter.recordSuccess(address);
    return {200, QJsonObject{{u"voter"_s, m_access.issueVoterToken()}}};
}

PhoneReply PhoneVoting::state(const QString& voterToken) const {
    if (!m_access.knowsVoter(voterToken))
        return PhoneReply::refusal(
            401, Tr::tr("This phone has not joined this session. Scan the code again."));
    const QString voter = RemoteAccess::voterName(voterToken);
    return {200, phoneState(voter, offeredRound(), ballotsByVoter().value(voter))};
}

QJsonObject PhoneVoting::phoneState(const QString& voterName, const QJsonValue& round,
                                    const QJsonArray& ballot) {
    return {{u"phone"_s, RemoteAccess::phoneLabel(voterName)},
            {u"round"_s, round},
            {u"ballot"_s, round.isNull() ? QJsonArray() : ballot}};
}

QJsonValue PhoneVoting::offeredRound() const {
    const Round* round = openRound();
    if (!round)
        return QJsonValue();
    const Result<RoundInput> input = roundInput(m_session(), round->id);
    if (!input)
        return QJsonValue();
    QJsonArray items;
    for (const Candidate& c : input->candidates)
        items.append(QJsonObject{{u"id"_s, static_cast<double>(c.id)}, {u"title"_s, c.title}});
    return QJsonObject{
        {u"id"_s, static_cast<double>(round->id)},
        {u"title"_s, round->title},
        {u"method"_s, toKey(round->method)},
        {u"budget"_s, round->budget ? QJsonValue(*round->budget) : QJsonValue()},
        {u"maxPerItem"_s, round->maxPerItem ? QJsonValue(*round->maxPerItem) : QJsonValue()},
        {u"items"_s, items}};
}

QHash<QString, QJsonArray> PhoneVoting::ballotsByVoter() const {
    QHash<QString, QJsonArray> ballots;
    if (const Round* round = openRound()) {
        for (const Vote& v : round->votes) {
            ballots[v.voter].append(
                QJsonObject{{u"item"_s, static_cast<double>(v.itemId)}, {u"value"_s, v.value}});
        }
    }
    return ballots;
}

void PhoneVoting::ballot(const QString& voterToken, const QJsonObject& request,
                         const std::function<void(PhoneReply)>& reply) {
    if (!m_access.knowsVoter(voterToken)) {
        reply(PhoneReply::refusal(
            401, Tr::tr("This phone has not joined this session. Scan the code again.")));
        return;
    }
    const auto sequence = jsonWholeNumber(request.value(u"sequence"_s));
    const auto roundId = jsonWholeNumber(request.value(u"round"_s));
    const auto entries = ballotEntries(request.value(u"ballot"_s));
    if (!sequence || !roundId || !entries) {
        reply(PhoneReply::refusal(400, Tr::tr("The ballot could not be read.")));
        return;
    }
    const Round* round = openRound();
    if (!round || round->id != *roundId) {
        reply(PhoneReply::refusal(409, Tr::tr("Voting in this round has closed.")));
        return;
    }
    if (!m_access.acceptSequence(voterToken, *sequence)) {
        reply(
            PhoneReply::refusal(409, Tr::tr("This ballot was already sent, or a newer one was.")));
        return;
    }
    m_batcher.submit(*roundId, {RemoteAccess::voterName(voterToken), *entries},
                     [reply](const Status& recorded) {
                         reply(recorded ? PhoneReply{200, QJsonObject{{u"recorded"_s, true}}}
                                        : PhoneReply::refusal(422, recorded.error().message));
                     });
}

} // namespace unblock::remote
