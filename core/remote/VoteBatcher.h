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

// Phones' ballots reach the session file by group commit. A ballot is
// written as soon as the event loop comes round to it, with every ballot that
// came in on the same turn, in one transaction per round; ballots that arrive
// while a write is under way (the room keeps voting while the disk commits)
// go together into the next one. A quiet room's ballot waits for nothing; a
// busy room's cost a transaction per write, not one each. Each ballot's own
// outcome (recorded, or refused with the reason) goes back to whoever sent
// it, after the transaction that holds it has committed.
class VoteBatcher : public QObject {
    Q_OBJECT

public:
    using Outcome = Result<std::vector<Status>>; // one Status per ballot, or the batch's error
    using Written = std::function<void(const Outcome&)>;
    // How a batch is written. The writer calls `written` when the batch has
    // committed or failed: at once (castBallots on the session file), or
    // later from the event loop, when the write ran on another thread
    // (store::BackgroundWriter, as the app's document does).
    using Writer =
        std::function<void(Id roundId, std::vector<store::VoterBallot> ballots, Written written)>;
    using Reply = std::function<void(const Status&)>;

    explicit VoteBatcher(Writer writer, QObject* parent = nullptr);

    void submit(Id roundId, store::VoterBallot ballot, Reply reply);
    // Starts writing what is queued, unless a write is under way: its end
    // starts the next. The event loop calls this; so does the server when it stops.
    void flush();
    qsizetype queued() const;
    bool isWriting() const { return m_writing; }

Q_SIGNALS:
    void written(Id roundId, int ballots);

private:
    struct Pending {
        std::vector<store::VoterBallot> ballots;
        std::vector<Reply> replies;
    };

    void answer(Id roundId, const std::vector<Reply>& replies, const Outcome& outcome);

    Writer m_writer;
    QTimer m_nextTurn; // a zero timer: the write waits for this turn's other ballots
    bool m_writing = false;
    std::map<Id, Pending> m_pending;
};

} // namespace unblock::remote
