#pragma once

#include "model/Result.h"
#include "model/SessionChange.h"

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

namespace unblock::store {

class SessionFile;

// Runs changes to a session on a thread of its own, through a second
// connection to the file (SessionFile::secondConnection). Phones' ballots go
// this way: while the disk commits one batch, the server goes on reading and
// answering phones, and the ballots that arrive meanwhile make the next batch
// (group commit). Changes run one at a time, in the order given; each one's
// outcome and what it touched come back on the thread that asked, through its
// event loop, for the session in memory to follow.
//
// The file must outlive the writer. Destroying the writer waits for the
// changes already given to be written; their outcomes are not delivered.
class BackgroundWriter : public QObject {
    Q_OBJECT

public:
    using Change = std::function<Status(SessionFile&)>;
    using Done = std::function<void(const Status& status, const SessionChange& touched)>;

    explicit BackgroundWriter(const SessionFile& file, QObject* parent = nullptr);
    ~BackgroundWriter() override;

    // Queues `change`; `done` is called here once it has committed or failed.
    void run(Change change, Done done);
    // Blocks until every change given so far has been written (not yet
    // reported: that comes through the event loop). Before Save As copies the file.
    void waitForWrites();
    // Changes given and not yet reported.
    int inFlight() const { return m_inFlight; }

private:
    std::shared_ptr<SessionFile> connection(Status& status);

    const SessionFile& m_file;
    QThread m_thread;
    QObject* m_worker; // lives on m_thread; runs the changes
    std::shared_ptr<SessionFile> m_second;
    QString m_secondPath; // the file it opened: after Save As, another one is opened
    int m_inFlight = 0;
};

} // namespace unblock::store
