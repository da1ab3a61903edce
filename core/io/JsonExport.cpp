#include "io/JsonFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

// Writing a whole session as JSON (exportJson); JsonFormat.cpp reads it.
namespace unblock {
namespace {

QJsonValue idOrNull(const std::optional<Id>& id) {
    return id ? QJsonValue(static_cast<double>(*id)) : QJsonValue();
}
QJsonValue intOrNull(const std::optional<int>& v) {
    return v ? QJsonValue(*v) : QJsonValue();
}
QJsonValue dateOrNull(const QDate& d) {
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}
QJsonValue timeOf(const QDateTime& t) {
    return t.toUTC().toString(Qt::ISODateWithMs);
}
QJsonValue id(Id value) {
    return static_cast<double>(value);
}

QJsonObject roundToJson(const Round& r) {
    QJsonArray votes;
    for (const Vote& v : r.votes)
        votes.append(
            QJsonObject{{u"voter"_s, v.voter}, {u"item"_s, id(v.itemId)}, {u"value"_s, v.value}});
    QJsonArray tallies;
    for (const Tally& t : r.tallies)
        tallies.append(QJsonObject{{u"item"_s, id(t.itemId)}, {u"dots"_s, t.dots}});
    QJsonArray items;
    for (const Id item : r.items)
        items.append(id(item));
    QJsonArray ballots;
    for (const QString& voter : r.ballots)
        ballots.append(voter);
    return {{u"id"_s, id(r.id)},
            {u"title"_s, r.title},
            {u"subject"_s, toKey(r.subject)},
            {u"subject_blocker"_s, idOrNull(r.subjectBlockerId)},
            {u"method"_s, toKey(r.method)},
            {u"budget"_s, intOrNull(r.budget)},
            {u"max_per_item"_s, intOrNull(r.maxPerItem)},
            {u"state"_s, toKey(r.state)},
            {u"paper_voters"_s, r.paperVoters},
            {u"created"_s, timeOf(r.created)},
            {u"items"_s, items},
            {u"ballots"_s, ballots},
            {u"votes"_s, votes},
            {u"tallies"_s, tallies}};
}

QJsonValue penceOrNull(const std::optional<Pence>& pence) {
    return pence ? QJsonValue(static_cast<double>(*pence)) : QJsonValue();
}

QJsonObject journeyToJson(const Journey& j) {
    QJsonArray steps;
    for (const JourneyStep& s : j.steps) {
        steps.append(QJsonObject{{u"id"_s, id(s.id)},
                                 {u"description"_s, s.description},
                                 {u"channel"_s, idOrNull(s.channelId)},
                                 {u"actor"_s, s.actor},
                                 {u"minutes"_s, intOrNull(s.minutes)},
                                 {u"cost_pence"_s, penceOrNull(s.cost)},
                                 {u"pain_point"_s, s.painPoint},
                                 {u"pain_note"_s, s.painNote},
                                 {u"emotion"_s, s.emotion},
                                 {u"avoidable"_s, s.avoidable},
                                 {u"blocker"_s, idOrNull(s.blockerId)}});
    }
    return {
        {u"id"_s, id(j.id)},
        {u"title"_s, j.title},
        {u"persona"_s, j.persona},
        {u"preferred_channel"_s, idOrNull(j.preferredChannelId)},
        {u"second_channel"_s, idOrNull(j.secondChoiceChannelId)},
        {u"annual_volume"_s, static_cast<double>(j.annualVolume)},
        {u"variant"_s, j.variant == JourneyVariant::Future ? u"future"_s : u"current"_s},
        {u"current"_s, idOrNull(j.currentId)},
        {u"photo"_s, j.photo.isEmpty() ? QJsonValue() : QString::fromLatin1(j.photo.toBase64())},
        {u"steps"_s, steps}};
}

QJsonObject incomingToJson(const IncomingItem& i) {
    return QJsonObject{{u"id"_s, id(i.id)},
                       {u"kind"_s, toKey(i.kind)},
                       {u"text"_s, i.text},
                       {u"name"_s, i.name},
                       {u"phone"_s, i.phone},
                       {u"group"_s, idOrNull(i.groupId)},
                       {u"blocker"_s, idOrNull(i.blockerId)},
                       {u"received"_s, timeOf(i.received)},
                       {u"state"_s, toKey(i.state)},
                       {u"reason"_s, i.reason},
                       {u"item"_s, idOrNull(i.itemId)}};
}

QJsonObject carriedToJson(const CarriedAction& a) {
    return QJsonObject{{u"id"_s, id(a.id)},
                       {u"text"_s, a.text},
                       {u"blocker"_s, a.blocker},
                       {u"owner"_s, a.owner},
                       {u"due"_s, dateOrNull(a.due)},
                       {u"status"_s, toKey(a.status)},
                       {u"status_changed"_s, dateOrNull(a.statusChanged)},
                       {u"from_workshop"_s, a.fromWorkshop},
                       {u"from_date"_s, dateOrNull(a.fromDate)},
                       {u"from_solution"_s, id(a.fromSolution)},
                       {u"from_session"_s, a.fromSession}};
}

QJsonObject phonesToJson(const PhoneSettings& p) {
    QJsonArray blockers;
    for (const Id blocker : p.blockers)
        blockers.append(id(blocker));
    return QJsonObject{{u"call"_s, toKey(p.call)},
                       {u"blockers"_s, blockers},
                       {u"names"_s, p.names},
                       {u"paused"_s, p.paused},
                       {u"seconds_between"_s, p.secondsBetween},
                       {u"per_phone"_s, p.perPhone}};
}

} // namespace

QByteArray exportJson(const SessionData& data) {
    const SessionDetails& d = data.details;
    QJsonArray categories;
    for (const Category& c : data.categories)
        categories.append(
            QJsonObject{{u"id"_s, id(c.id)}, {u"name"_s, c.name}, {u"position"_s, c.position}});
    QJsonArray groups;
    for (const Group& g : data.groups)
        groups.append(
            QJsonObject{{u"id"_s, id(g.id)}, {u"name"_s, g.name}, {u"position"_s, g.position}});
    QJsonArray blockers;
    for (const Blocker& b : data.blockers) {
        blockers.append(QJsonObject{{u"id"_s, id(b.id)},
                                    {u"title"_s, b.title},
                                    {u"detail"_s, b.detail},
                                    {u"category"_s, idOrNull(b.categoryId)},
                                    {u"group"_s, idOrNull(b.groupId)},
                                    {u"author"_s, b.author},
                                    {u"created"_s, timeOf(b.created)},
                                    {u"position"_s, b.position},
                                    {u"merged_into"_s, idOrNull(b.mergedInto)}});
    }
    QJsonArray solutions;
    for (const Solution& s : data.solutions) {
        solutions.append(QJsonObject{{u"id"_s, id(s.id)},
                                     {u"blocker"_s, id(s.blockerId)},
                                     {u"text"_s, s.text},
                                     {u"impact"_s, intOrNull(s.impact)},
                                     {u"effort"_s, intOrNull(s.effort)},
                                     {u"owner"_s, s.owner},
                                     {u"due"_s, dateOrNull(s.due)},
                                     {u"position"_s, s.position},
                                     {u"status"_s, toKey(s.status)},
                                     {u"status_changed"_s, dateOrNull(s.statusChanged)},
                                     {u"from_workshop"_s, s.fromWorkshop},
                                     {u"from_date"_s, dateOrNull(s.fromDate)}});
    }
    QJsonArray rounds;
    for (const Round& r : data.rounds)
        rounds.append(roundToJson(r));
    QJsonArray channels;
    for (const Channel& c : data.channels) {
        channels.append(QJsonObject{{u"id"_s, id(c.id)},
                                    {u"name"_s, c.name},
                                    {u"cost_pence"_s, penceOrNull(c.costPerContact)},
                                    {u"source"_s, c.source},
                                    {u"online"_s, c.online}});
    }
    QJsonArray journeys;
    for (const Journey& j : data.journeys)
        journeys.append(journeyToJson(j));
    QJsonArray incoming;
    for (const IncomingItem& i : data.incoming)
        incoming.append(incomingToJson(i));
    QJsonArray carried;
    for (const CarriedAction& a : data.carried)
        carried.append(carriedToJson(a));
    const QJsonObject root{{u"format"_s, u"unblock-session"_s},
                           {u"version"_s, kJsonFormatVersion},
                           {u"generator"_s, u"Unblock " UNBLOCK_VERSION ""_s},
                           {u"session"_s, QJsonObject{{u"uid"_s, data.uid},
                                                      {u"title"_s, d.title},
                                                      {u"date"_s, dateOrNull(d.date)},
                                                      {u"venue"_s, d.venue},
                                                      {u"facilitator"_s, d.facilitator},
                                                      {u"attendees"_s, d.attendees}}},
                           {u"categories"_s, categories},
                           {u"groups"_s, groups},
                           {u"blockers"_s, blockers},
                           {u"solutions"_s, solutions},
                           {u"rounds"_s, rounds},
                           {u"channels"_s, channels},
                           {u"journeys"_s, journeys},
                           {u"incoming"_s, incoming},
                           {u"carried_actions"_s, carried},
                           {u"phones"_s, phonesToJson(data.phones)}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace unblock
