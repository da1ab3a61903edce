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

// Phones' ballots reach the session file by group commit: a ballot is
// written as soon as the event loop comes round to it, with every ballot that
// came in on the same turn, in one transaction per round. Ballots that arrive
// while a write is under way (the room keeps voting while the disk works) go
// together into the next one. A quiet room's ballot waits for nothing; a busy
// room's cost a transaction per write, not one each. Each ballot's own
// outcome (recorded, or refused with the reason) goes back to whoever sent
// it, after the transaction that holds it has committed.
class VoteBatcher : public QObject {
    Q_OBJECT

public:
    // How a batch is written: castBallots on the session file, or through
    // the app's document so its views see the votes at once.
    using Writer = std::function<Result<std::vector<Status>>(
        Id roundId, const std::vector<store::VoterBallot>& ballots)>;
    using Reply = std::function<void(const Status&)>;

    explicit VoteBatcher(Writer writer, QObject* parent = nullptr);

    void submit(Id roundId, store::VoterBallot ballot, Reply reply);
    // Writes what is queued now, and what arrives meanwhile (the event loop
    // does this; so does the server when it stops).
    void flush();
    qsizetype queued() const;

Q_SIGNALS:
    void written(Id roundId, int ballots);

private:
    struct Pending {
        std::vector<store::VoterBallot> ballots;
        std::vector<Reply> replies;
    };

    void writeQueued();

    Writer m_writer;
    QTimer m_nextTurn; // a zero timer: the write waits for this turn's other ballots
    bool m_writing = false;
    std::map<Id, Pending> m_pending;
};

} // namespace unblock::remote
