#include "journey/CostToServe.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <cstdlib>

namespace unblock {
namespace {

// Q_DECLARE_TR_FUNCTIONS names the context for lupdate and at run time alike.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CostToServe)
};

const Channel* channelOf(const std::vector<Channel>& channels, std::optional<Id> id) {
    if (!id)
        return nullptr;
    for (const Channel& c : channels) {
        if (c.id == *id)
            return &c;
    }
    return nullptr;
}

Error tooLarge() {
    return {
        ErrorCode::InvalidInput,
        Tr::tr("The cost is too large to compute; check the volume and the costs per contact.")};
}

// a × b, or nothing when it would overflow.
std::optional<qint64> times(qint64 a, qint64 b) {
    qint64 out = 0;
    if (__builtin_mul_overflow(a, b, &out))
        return std::nullopt;
    return out;
}

} // namespace

StepCost stepCost(const JourneyStep& step, const std::vector<Channel>& channels) {
    if (step.cost)
        return {step.cost, Tr::tr("set for this step")};
    if (const Channel* channel = channelOf(channels, step.channelId))
        return {channel->costPerContact, channel->source};
    return {};
}

std::optional<Pence> JourneyCost::total() const {
    return unknownSteps == 0 ? std::optional<Pence>(known) : std::nullopt;
}

std::optional<Pence> JourneyCost::avoidable() const {
    return unknownAvoidableSteps == 0 ? std::optional<Pence>(avoidableKnown) : std::nullopt;
}

JourneyCost journeyCost(const Journey& journey, const std::vector<Channel>& channels) {
    JourneyCost out;
    for (const JourneyStep& step : journey.steps) {
        const StepCost cost = stepCost(step, channels);
        ++out.contacts;
        if (step.avoidable)
            ++out.avoidableContacts;
        if (!cost.pence) {
            ++out.unknownSteps;
            if (step.avoidable)
                ++out.unknownAvoidableSteps;
            continue;
        }
        // Step costs are checked on entry (at most £1 million a contact), so
        // a journey's sum stays far inside 64 bits.
        out.known += *cost.pence;
        if (step.avoidable)
            out.avoidableKnown += *cost.pence;
    }
    return out;
}

Result<Pence> annualCost(Pence perJourney, qint64 annualVolume) {
    const std::optional<qint64> product = times(perJourney, annualVolume);
    if (!product)
        return tooLarge();
    return *product;
}

Result<Saving> futureSaving(const Journey& current, const Journey& future,
                            const std::vector<Channel>& channels) {
    const std::optional<Pence> now = journeyCost(current, channels).total();
    const std::optional<Pence> then = journeyCost(future, channels).total();
    if (!now || !then)
        return Saving{};
    const Pence perJourney = *now - *then;
    Result<Pence> perYear = annualCost(perJourney, current.annualVolume);
    if (!perYear)
        return perYear.error();
    return Saving{perJourney, perYear.value()};
}

Result<std::optional<Pence>> movedOnlineSaving(const Journey& journey,
                                               const std::vector<Channel>& channels, Id fromChannel,
                                               int percent) {
    if (percent < 0 || percent > 100) {
        return Error{ErrorCode::InvalidInput,
                     Tr::tr("The share that moves online is a percentage from 0 to 100.")};
    }
    const Channel* from = channelOf(channels, fromChannel);
    const Channel* online = nullptr;
    for (const Channel& c : channels) {
        if (c.online && !online)
            online = &c;
    }
    if (!from || !online || !from->costPerContact || !online->costPerContact)
        return std::optional<Pence>();
    qint64 contacts = 0;
    for (const JourneyStep& step : journey.steps) {
        if (step.channelId == fromChannel && !step.cost)
            ++contacts;
    }
    // contacts × volume × (from − online) × percent / 100, exact until the
    // single division, which rounds halves away from zero.
    const Pence difference = *from->costPerContact - *online->costPerContact;
    std::optional<qint64> product = times(contacts, journey.annualVolume);
    if (product)
        product = times(*product, difference);
    if (product)
        product = times(*product, percent);
    if (!product)
        return tooLarge();
    const qint64 whole = *product / 100;
    const qint64 rest = *product % 100;
    const qint64 rounded = whole + (std::abs(rest) >= 50 ? (*product < 0 ? -1 : 1) : 0);
    return std::optional<Pence>(rounded);
}

Result<std::optional<Pence>> parsePounds(const QString& text) {
    QString t = text.trimmed();
    if (t.isEmpty())
        return std::optional<Pence>();
    t.remove(u'£');
    // Commas only between thousands: "3,76" is a decimal comma, not £376.
    static const QRegularExpression money(
        QStringLiteral("^(\\d{1,3}(?:,\\d{3})+|\\d{1,7})(?:\\.(\\d{1,2}))?$"));
    const QRegularExpressionMatch m = money.match(t);
    const QString pounds = m.captured(1).remove(u',');
    if (!m.hasMatch() || pounds.size() > 7) {
        return Error{ErrorCode::InvalidInput,
                     Tr::tr("“%1” is not an amount in pounds, such as 3.76.").arg(text)};
    }
    const QString pence = m.captured(2).leftJustified(2, u'0');
    return std::optional<Pence>(pounds.toLongLong() * 100 + pence.toLongLong());
}

QString formatPounds(Pence pence) {
    const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
    const QString sign = pence < 0 ? QStringLiteral("−") : QString();
    const qint64 magnitude = pence < 0 ? -pence : pence;
    return sign + QStringLiteral("£") + uk.toString(magnitude / 100) + QLatin1Char('.') +
           QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

} // namespace unblock
