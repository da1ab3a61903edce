#include "document/PhoneRoom.h"

#include "document/Edits.h"
#include "document/SessionDocument.h"
#include "ranking/RoundStates.h"

namespace unblock::app {
namespace {

// A batch of phones' ballots, written through the document on its writer
// thread: one change, no undo step (a facilitator's Ctrl+Z never takes back
// a phone's vote).
remote::VoteBatcher::Writer documentWriter(SessionDocument& doc) {
    return [&doc](Id roundId, std::vector<store::VoterBallot> ballots,
                  remote::VoteBatcher::Written written) {
        edits::castPhoneBallots(doc, roundId, std::move(ballots), std::move(written));
    };
}

} // namespace

PhoneRoom::PhoneRoom(SessionDocument& doc, QObject* parent)
    : QObject(parent)
    , m_doc(doc)
    , m_host(documentWriter(doc), [&doc]() -> const SessionData& { return doc.data(); }) {
    // Phones' items are kept as their ballots are: on the writer thread.
    m_host.setItemWriter(
        [&doc](std::vector<store::NewIncoming> items, remote::PhoneItems::Written written) {
            edits::receivePhoneItems(doc, std::move(items), std::move(written));
        });
    connect(&doc, &SessionDocument::updated, this, &PhoneRoom::follow);
    connect(&m_host, &remote::PhoneHost::changed, this, &PhoneRoom::changed);
    m_round = roundOpenToPhones(doc.data());
    m_host.offerRound(m_round);
    followCall();
}

// The call the session's settings make, as phones find it: a session
// reopened mid-workshop goes on with the call it had once phones are let in.
void PhoneRoom::followCall() {
    if (const std::optional<remote::ItemCall> call = remote::itemCallOf(m_doc.data().phones))
        m_host.items().openCall(*call); // the same call goes on: what phones sent still counts
    else
        m_host.items().closeCall();
}

PhoneRoom::~PhoneRoom() {
    m_host.disconnect(this);
    m_host.stop();
}

// Phones follow the session: the round open to them, and what they see of
// the board, their items' fate and their own ballot, as each changes.
void PhoneRoom::follow(const SessionUpdate& update) {
    if (update.phones || update.reloaded) {
        followCall();
        m_host.sessionChanged();
        Q_EMIT changed(); // the Phones panel and the projector's invitation
    }
    if (update.touchesVoting()) {
        const std::optional<Id> round = roundOpenToPhones(m_doc.data());
        if (round != m_round) {
            m_round = round;
            m_host.offerRound(m_round); // tells the phones
            Q_EMIT changed();
            return;
        }
    }
    if (update.touchesVoting() || update.touchesBoard() || !update.incoming.empty())
        m_host.sessionChanged();
}

} // namespace unblock::app
