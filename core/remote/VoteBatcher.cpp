#include "remote/VoteBatcher.h"

#include <QPointer>

namespace unblock::remote {

VoteBatcher::VoteBatcher(Writer writer, QObject* parent)
    : QObject(parent)
    , m_writer(std::move(writer)) {
    m_nextTurn.setSingleShot(true);
    m_nextTurn.setInterval(0);
    connect(&m_nextTurn, &QTimer::timeout, this, &VoteBatcher::flush);
}

void VoteBatcher::submit(Id roundId, store::VoterBallot ballot, Reply reply) {
    Pending& pending = m_pending[roundId];
    pending.ballots.push_back(std::move(ballot));
    pending.replies.push_back(std::move(reply));
    // During a write the ballot waits for the next one, which starts when
    // this one is done.
    if (!m_writing && !m_nextTurn.isActive())
        m_nextTurn.start();
}

qsizetype VoteBatcher::queued() const {
    qsizetype count = 0;
    for (const auto& [round, pending] : m_pending)
        count += static_cast<qsizetype>(pending.ballots.size());
    return count;
}

void VoteBatcher::flush() {
    m_nextTurn.stop();
    if (m_writing || m_pending.empty())
        return;
    // One round's batch at a time; whatever arrives meanwhile waits its turn.
    auto first = m_pending.begin();
    const Id roundId = first->first;
    Pending batch = std::move(first->second);
    m_pending.erase(first);
    m_writing = true;
    QPointer<VoteBatcher> self(this);
    m_writer(roundId, std::move(batch.ballots),
             [self, roundId, replies = std::move(batch.replies)](const Outcome& outcome) {
                 if (!self)
                     return; // the server and its phones have gone; the votes are in the file
                 self->answer(roundId, replies, outcome);
                 self->m_writing = false;
                 self->flush();
             });
}

void VoteBatcher::answer(Id roundId, const std::vector<Reply>& replies, const Outcome& outcome) {
    for (std::size_t i = 0; i < replies.size(); ++i)
        replies[i](outcome ? outcome.value().at(i) : Status(outcome.error()));
    if (outcome)
        Q_EMIT written(roundId, static_cast<int>(replies.size()));
}

} // namespace unblock::remote
