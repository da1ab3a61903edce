#include "remote/VoteBatcher.h"

namespace unblock::remote {

VoteBatcher::VoteBatcher(Writer writer, int intervalMs, QObject* parent)
    : QObject(parent)
    , m_writer(std::move(writer)) {
    m_timer.setSingleShot(true);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &VoteBatcher::flush);
}

void VoteBatcher::submit(Id roundId, store::VoterBallot ballot, Reply reply) {
    Pending& pending = m_pending[roundId];
    pending.ballots.push_back(std::move(ballot));
    pending.replies.push_back(std::move(reply));
    if (!m_timer.isActive())
        m_timer.start();
}

qsizetype VoteBatcher::queued() const {
    qsizetype count = 0;
    for (const auto& [round, pending] : m_pending)
        count += static_cast<qsizetype>(pending.ballots.size());
    return count;
}

void VoteBatcher::flush() {
    m_timer.stop();
    // Taken first: a reply may queue the next ballot.
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
