#pragma once

#include "model/Result.h"
#include "model/SessionData.h"
#include "remote/PhoneVoting.h"
#include "remote/RemoteAccess.h"
#include "store/Incoming.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>
#include <optional>
#include <vector>

namespace unblock::remote {

// What the facilitator asks phones for: blockers (each phone picks its table
// once), or solutions to the blockers named (one, or each of the top ones).
struct ItemCall {
    IncomingKind asks = IncomingKind::Blocker;
    std::vector<Id> blockers; // the blockers a solution may answer
    bool names = false;       // ask for names; otherwise every item is anonymous
    bool paused = false;
    int secondsBetween = 3; // per phone, at most one item this often
    int perPhone = 50;      // and at most this many in the call
};

// The call the session's phone settings make, if any.
std::optional<ItemCall> itemCallOf(const PhoneSettings& settings);

// Phones writing: the call for items, and the door every item passes. The
// call's rules are enforced here, never trusted to the page: a phone that
// has not joined, a closed or paused call, a blocked phone, an item too soon
// after the last or past the phone's share, a solution to a blocker the call
// does not name, and text the text rules refuse are each answered with a
// reason. Items reach the session file by group commit, as ballots do: those
// that arrive while a write is under way go together into the next one, and
// each phone is answered after the transaction holding its item commits.
class PhoneItems : public QObject {
    Q_OBJECT

public:
    using Outcome = Result<std::vector<Result<Id>>>;
    using Written = std::function<void(const Outcome&)>;
    using Writer = std::function<void(std::vector<store::NewIncoming> items, Written written)>;
    using Reply = std::function<void(PhoneReply)>;

    PhoneItems(RemoteAccess& access, Writer writer, PhoneVoting::Session session,
               QObject* parent = nullptr);

    // How batches are written; until there is one, items are refused.
    void setWriter(Writer writer) { m_writer = std::move(writer); }

    void openCall(const ItemCall& call);
    void closeCall();
    void setPaused(bool paused);
    const std::optional<ItemCall>& call() const { return m_call; }
    // A phone (by voter name) whose items are refused from now on, or
    // taken again.
    void block(const QString& voterName);
    void unblock(const QString& voterName);
    // The call's limits, changed while it is open: what phones have sent
    // so far still counts.
    void setLimits(int secondsBetween, int perPhone);
    bool isBlocked(const QString& voterName) const { return m_blocked.contains(voterName); }

    // {"sequence", "text", "name", "group" | "blocker"} from a phone (header
    // X-Unblock-Voter); `nowMs` times the limits. The sequence is the phone's
    // count of items sent: a number not above the last one taken is a repeat
    // (a retry after a lost answer, or a copied request), refused with 409
    // and "repeat": true, so an item is kept once however often it is sent.
    void submit(const QString& voterToken, const QJsonObject& request, qint64 nowMs,
                const Reply& reply);
    // Starts writing what is queued, unless a write is under way.
    void flush();
    qsizetype queued() const { return static_cast<qsizetype>(m_pending.size()); }

    // What a phone is shown: the call ({"asks", "groups" or "blockers",
    // "names", "paused", "limit"} or null), and its own items with their
    // state ({"id", "kind", "text", "state": "waiting" | "on the board" |
    // "merged" | "not added", "into": the blocker merged into, "reason"}).
    QJsonValue offeredCall() const;
    QHash<QString, QJsonArray> itemsByPhone() const; // by voter name
    // The table a phone picked with its first blocker (null until then): the
    // page shows it rather than asking again.
    QJsonValue tableOf(const QString& voterName) const;

    static constexpr int kMaxNameLength = 80;

private:
    struct Pending {
        store::NewIncoming item;
        qint64 sequence = 0;
        Reply reply;
    };

    std::optional<Id> pickedTable(const QString& voterName) const;
    std::optional<PhoneReply> refusal(const QString& voterName, const store::NewIncoming& item,
                                      qint64 nowMs) const;
    store::NewIncoming readItem(const QString& voterName, const QJsonObject& request) const;
    void answer(const std::vector<Pending>& batch, const Outcome& outcome);
    void forget(const Pending& pending);

    RemoteAccess& m_access;
    Writer m_writer;
    PhoneVoting::Session m_session;
    std::optional<ItemCall> m_call;
    QSet<QString> m_blocked;
    QHash<QString, qint64> m_lastItemMs;   // voter name → when its last item was taken
    QHash<QString, int> m_itemsThisCall;   // voter name → items taken in this call
    QHash<QString, Id> m_tableOf;          // voter name → the table it picked
    QHash<QString, qint64> m_lastSequence; // voter name → the last item's sequence taken
    std::vector<Pending> m_pending;
    QTimer m_nextTurn;
    bool m_writing = false;
};

} // namespace unblock::remote
