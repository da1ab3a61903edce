#include "remote/VoteBatcher.h"

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
    // During a write (its error prompt runs an event loop) the ballot waits
    // for the write after it, which flush makes when this one is done.
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
    if (m_writing)
        return; // the write under way takes what is queued next
    m_writing = true;
    while (!m_pending.empty())
        writeQueued();
    m_writing = false;
}

void VoteBatcher::writeQueued() {
    // Taken first: whatever arrives while this is written goes in the next write.
    std::map<Id, Pending> batch;
    batch.swap(m_pending);
    for (auto& [roundId, pending] : batch) {
        const Result<std::vector<Status>> results = m_writer(roundId, pending.ballots);
        for (std::size_t i = 0; i < pending.replies.size(); ++i) {
            if (!results)
                pending.replies[i](results.error());
            else
                pending.replies[i](results.value().at(i));
        }
        if (results)
            Q_EMIT written(roundId, static_cast<int>(pending.ballots.size()));
    }
}

} // namespace unblock::remote
