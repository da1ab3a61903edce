#include "remote/PhoneItems.h"

#include "io/JsonFormat.h"
#include "model/TextRules.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace unblock::remote {
namespace {

// Q_DECLARE_TR_FUNCTIONS names the context for lupdate and at run time alike.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PhoneItems)
};

// What the phone is told of its item: on the board (or merged) only while
// the row it became is there (the facilitator may have deleted it since).
QString stateForPhone(const IncomingItem& item, const SessionData& session) {
    const bool there = item.itemId && (item.kind == IncomingKind::Blocker
                                           ? session.blocker(*item.itemId) != nullptr
                                           : session.solution(*item.itemId) != nullptr);
    switch (item.state) {
    case IncomingState::Waiting:
        return u"waiting"_s;
    case IncomingState::Accepted:
        return there ? u"on the board"_s : u"not added"_s;
    case IncomingState::Merged:
        return there ? u"merged"_s : u"not added"_s;
    case IncomingState::Rejected:
        break;
    }
    return u"not added"_s;
}

QJsonObject itemForPhone(const IncomingItem& item, const SessionData& session) {
    const QString state = stateForPhone(item, session);
    QJsonValue into; // the blocker it now counts with
    if (state == u"merged") {
        if (const Blocker* root = session.blocker(session.rootOf(*item.itemId)))
            into = root->title;
    }
    return {{u"id"_s, static_cast<double>(item.id)},
            {u"kind"_s, toKey(item.kind)},
            {u"text"_s, item.text},
            {u"state"_s, state},
            {u"into"_s, into},
            {u"reason"_s, item.state == IncomingState::Rejected ? item.reason : QString()}};
}

} // namespace

PhoneItems::PhoneItems(RemoteAccess& access, Writer writer, PhoneVoting::Session session,
                       QObject* parent)
    : QObject(parent)
    , m_access(access)
    , m_writer(std::move(writer))
    , m_session(std::move(session)) {
    m_nextTurn.setSingleShot(true);
    m_nextTurn.setInterval(0);
    connect(&m_nextTurn, &QTimer::timeout, this, &PhoneItems::flush);
}

// A call for something else starts every phone's share afresh (the same
// call with names asked or not does not); the tables phones picked stay
// (they have not moved).
std::optional<ItemCall> itemCallOf(const PhoneSettings& settings) {
    if (settings.call == PhoneCall::Nothing)
        return std::nullopt;
    ItemCall call;
    call.asks =
        settings.call == PhoneCall::Blockers ? IncomingKind::Blocker : IncomingKind::Solution;
    call.blockers = settings.blockers;
    call.names = settings.names;
    call.paused = settings.paused;
    call.secondsBetween = settings.secondsBetween;
    call.perPhone = settings.perPhone;
    return call;
}

void PhoneItems::openCall(const ItemCall& call) {
    if (!m_call || m_call->asks != call.asks || m_call->blockers != call.blockers)
        m_itemsThisCall.clear();
    m_call = call;
}

void PhoneItems::closeCall() {
    m_call.reset();
}

void PhoneItems::setPaused(bool paused) {
    if (m_call)
        m_call->paused = paused;
}

void PhoneItems::block(const QString& voterName) {
    m_blocked.insert(voterName);
}

void PhoneItems::unblock(const QString& voterName) {
    m_blocked.remove(voterName);
}

void PhoneItems::setLimits(int secondsBetween, int perPhone) {
    if (m_call) {
        m_call->secondsBetween = secondsBetween;
        m_call->perPhone = perPhone;
    }
}

store::NewIncoming PhoneItems::readItem(const QString& voterName,
                                        const QJsonObject& request) const {
    store::NewIncoming item;
    item.kind = m_call ? m_call->asks : IncomingKind::Blocker;
    item.text = request.value(u"text"_s).toString();
    if (m_call && m_call->names)
        item.name = request.value(u"name"_s).toString().left(kMaxNameLength);
    item.phone = voterName;
    if (item.kind == IncomingKind::Blocker) {
        const std::optional<Id> picked = pickedTable(voterName);
        item.groupId = picked ? picked : jsonWholeNumber(request.value(u"group"_s));
    } else {
        item.blockerId = jsonWholeNumber(request.value(u"blocker"_s));
    }
    return item;
}

std::optional<PhoneReply> PhoneItems::refusal(const QString& voterName,
                                              const store::NewIncoming& item, qint64 nowMs) const {
    if (!m_call || !m_writer)
        return PhoneReply::refusal(409, Tr::tr("The call for items has closed."));
    if (m_call->paused)
        return PhoneReply::refusal(
            409, Tr::tr("The call for items is paused. Keep your words: it will open again."));
    if (m_blocked.contains(voterName))
        return PhoneReply::refusal(403, Tr::tr("The facilitator is not taking items from this "
                                               "phone."));
    if (m_itemsThisCall.value(voterName) >= m_call->perPhone)
        return PhoneReply::refusal(
            429, Tr::tr("This phone has sent %n item(s), the most this call takes.", nullptr,
                        m_call->perPhone));
    const auto last = m_lastItemMs.constFind(voterName);
    const qint64 gapMs = qint64(m_call->secondsBetween) * 1000;
    if (last != m_lastItemMs.cend() && nowMs - *last < gapMs) {
        const int wait = static_cast<int>((gapMs - (nowMs - *last) + 999) / 1000);
        return PhoneReply::refusal(
            429, Tr::tr("Wait %n second(s) before sending the next item.", nullptr, wait));
    }
    const bool blocker = item.kind == IncomingKind::Blocker;
    if (Status text = checkText(item.text, TextKind::Line,
                                blocker ? Tr::tr("blocker") : Tr::tr("solution"), true);
        !text)
        return PhoneReply::refusal(400, text.error().message);
    if (Status name = checkText(item.name, TextKind::Line, Tr::tr("name"), false); !name)
        return PhoneReply::refusal(400, name.error().message);
    const SessionData& session = m_session();
    if (blocker && item.groupId && !session.group(*item.groupId))
        return PhoneReply::refusal(400, Tr::tr("Choose your table from the list."));
    if (!blocker && (!item.blockerId || std::find(m_call->blockers.begin(), m_call->blockers.end(),
                                                  *item.blockerId) == m_call->blockers.end()))
        return PhoneReply::refusal(400, Tr::tr("Choose the blocker your solution is for."));
    return std::nullopt;
}

void PhoneItems::submit(const QString& voterToken, const QJsonObject& request, qint64 nowMs,
                        const Reply& reply) {
    if (!m_access.knowsVoter(voterToken)) {
        reply(PhoneReply::refusal(
            401, Tr::tr("This phone has not joined this session. Scan the code again.")));
        return;
    }
    const QString voterName = RemoteAccess::voterName(voterToken);
    const std::optional<qint64> sequence = jsonWholeNumber(request.value(u"sequence"_s));
    if (!sequence) {
        reply(PhoneReply::refusal(400, Tr::tr("The item could not be read.")));
        return;
    }
    if (*sequence <= m_lastSequence.value(voterName, 0)) {
        PhoneReply repeat = PhoneReply::refusal(409, Tr::tr("This item was already received."));
        repeat.body.insert(u"repeat"_s, true);
        reply(repeat);
        return;
    }
    store::NewIncoming item = readItem(voterName, request);
    if (std::optional<PhoneReply> refused = refusal(voterName, item, nowMs)) {
        reply(*refused);
        return;
    }
    m_lastSequence.insert(voterName, *sequence);
    m_lastItemMs.insert(voterName, nowMs);
    ++m_itemsThisCall[voterName];
    if (item.groupId)
        m_tableOf.insert(voterName, *item.groupId); // picked once
    m_pending.push_back({std::move(item), *sequence, reply});
    if (!m_writing && !m_nextTurn.isActive())
        m_nextTurn.start();
}

void PhoneItems::flush() {
    m_nextTurn.stop();
    if (m_writing || m_pending.empty())
        return;
    std::vector<Pending> batch = std::move(m_pending);
    m_pending.clear();
    std::vector<store::NewIncoming> items;
    items.reserve(batch.size());
    for (const Pending& pending : batch)
        items.push_back(pending.item);
    m_writing = true;
    QPointer<PhoneItems> self(this);
    m_writer(std::move(items), [self, batch = std::move(batch)](const Outcome& outcome) {
        if (!self)
            return; // the server and its phones have gone; the items are in the file
        self->answer(batch, outcome);
        self->m_writing = false;
        self->flush();
    });
}

// An item not kept is as if never sent: the phone may send it again (not
// answered "repeat"), and it does not count towards the phone's share.
void PhoneItems::forget(const Pending& pending) {
    const QString& phone = pending.item.phone;
    if (m_lastSequence.value(phone) == pending.sequence)
        m_lastSequence.insert(phone, pending.sequence - 1);
    if (m_itemsThisCall.value(phone) > 0)
        --m_itemsThisCall[phone];
}

void PhoneItems::answer(const std::vector<Pending>& batch, const Outcome& outcome) {
    for (std::size_t i = 0; i < batch.size(); ++i) {
        if (!outcome) { // nothing of the batch was kept
            forget(batch[i]);
            batch[i].reply(PhoneReply::refusal(503, outcome.error().message));
        } else if (const Result<Id>& kept = outcome.value().at(i); !kept) {
            forget(batch[i]);
            batch[i].reply(PhoneReply::refusal(422, kept.error().message));
        } else {
            batch[i].reply({200, QJsonObject{{u"item"_s, static_cast<double>(kept.value())}}});
        }
    }
}

QJsonValue PhoneItems::offeredCall() const {
    if (!m_call)
        return QJsonValue();
    const SessionData& session = m_session();
    QJsonObject call{{u"asks"_s, toKey(m_call->asks)},
                     {u"names"_s, m_call->names},
                     {u"paused"_s, m_call->paused},
                     {u"limit"_s, m_call->perPhone},
                     {u"maxLength"_s, static_cast<double>(TextLimits::line)}};
    QJsonArray choices;
    if (m_call->asks == IncomingKind::Blocker) {
        for (const Group& group : session.groups)
            choices.append(
                QJsonObject{{u"id"_s, static_cast<double>(group.id)}, {u"name"_s, group.name}});
        call.insert(u"groups"_s, choices);
    } else {
        for (const Id id : m_call->blockers) {
            if (const Blocker* blocker = session.blocker(id))
                choices.append(
                    QJsonObject{{u"id"_s, static_cast<double>(id)}, {u"title"_s, blocker->title}});
        }
        call.insert(u"blockers"_s, choices);
    }
    return call;
}

// The table a phone picked, while it is still there: a phone whose table
// was deleted picks again.
std::optional<Id> PhoneItems::pickedTable(const QString& voterName) const {
    const auto picked = m_tableOf.constFind(voterName);
    if (picked == m_tableOf.cend() || !m_session().group(*picked))
        return std::nullopt;
    return *picked;
}

QJsonValue PhoneItems::tableOf(const QString& voterName) const {
    const std::optional<Id> picked = pickedTable(voterName);
    return picked ? QJsonValue(static_cast<double>(*picked)) : QJsonValue();
}

QHash<QString, QJsonArray> PhoneItems::itemsByPhone() const {
    QHash<QString, QJsonArray> items;
    const SessionData& session = m_session();
    for (const IncomingItem& item : session.incoming)
        items[item.phone].append(itemForPhone(item, session));
    return items;
}

} // namespace unblock::remote
