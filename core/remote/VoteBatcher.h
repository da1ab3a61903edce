#pragma once

#include "model/Ids.h"
#include "model/Result.h"
#include "store/Rounds.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <map>
#include <vector>

namespace unblock::remote {

// Phones' ballots reach the session file together: the first ballot queued
// starts a short timer (50 ms), and everything queued by then is written in
// one transaction per round. A room of phones voting at once costs a few
// transactions a second, not one each, and no ballot waits longer than the
// interval. Each ballot's own outcome (recorded, or refused with the reason)
// goes back to whoever sent it.
class VoteBatcher : public QObject {
    Q_OBJECT

public:
    // How a batch is written: castBallots on the session file, or through
    // the app's document so its views see the votes at once.
    using Writer = std::function<Result<std::vector<Status>>(
        Id roundId, const std::vector<store::VoterBallot>& ballots)>;
    using Reply = std::function<void(const Status&)>;

    explicit VoteBatcher(Writer writer, int intervalMs = 50, QObject* parent = nullptr);

    void submit(Id roundId, store::VoterBallot ballot, Reply reply);
    // Writes what is queued now (when the server stops, or in tests).
    void flush();
    qsizetype queued() const;

Q_SIGNALS:
    void written(Id roundId, int ballots);

private:
    struct Pending {
        std::vector<store::VoterBallot> ballots;
        std::vector<Reply> replies;
    };

    Writer m_writer;
    QTimer m_timer;
    std::map<Id, Pending> m_pending;
};

} // namespace unblock::remote
