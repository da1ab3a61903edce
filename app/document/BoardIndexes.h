#pragma once

#include "model/BoardTitles.h"
#include "model/Likeness.h"

#include <QObject>

#include <optional>
#include <vector>

class QThread;

namespace unblock::app {

// The board read for likeness ("looks like …: merge?") and by title
// ("already on the board"), kept beside the document. A session's board is
// read on a thread of its own when the session is read (a big board's
// titles take tens of milliseconds to read), and followed change by change
// from then on; asked for before that thread is done, it is read at once.
class BoardIndexes : public QObject {
    Q_OBJECT
public:
    // `session` is the document's session in memory, which outlives this.
    explicit BoardIndexes(const SessionData& session, QObject* parent = nullptr);
    ~BoardIndexes() override; // waits for the reading thread

    void restart(); // the session was read whole
    void follow(const SessionUpdate& update);
    const AlikeIndex& likeness();
    const BoardTitles& titles();
    bool isRead() const { return m_built.has_value(); } // without waiting for the thread

private:
    struct Built {
        AlikeIndex likeness;
        BoardTitles titles;
    };
    void readNow();
    void stopReading();

    const SessionData& m_session;
    std::optional<Built> m_built;
    std::vector<SessionUpdate> m_missed; // changes while the thread reads
    QThread* m_reading = nullptr;
    int m_generation = 0; // a thread's result counts only for its own
};

} // namespace unblock::app
