#pragma once

#include "document/BoardIndexes.h"
#include "model/Result.h"
#include "model/SessionData.h"
#include "store/BackgroundWriter.h"
#include "store/SessionFile.h"
#include "store/SessionStart.h"

#include <QObject>
#include <QUndoStack>

#include <functional>
#include <memory>
#include <optional>

namespace unblock::app {

// One open session in the window: the file, the session in memory that
// widgets read, and the undo stack. Every change goes through apply(), which
// commits it to the file (core does that at once), then reads back just the
// rows it touched and says what changed (updated): views follow that in
// place. Nothing here re-reads the whole session after an edit.
//
// The session in memory changes whenever a change is applied, and changes
// are applied while a dialog, a prompt or a nested event loop runs (phones'
// ballots arrive every 50 ms): never keep a pointer or reference into data()
// across one. Keep the id, and look it up again afterwards.
class SessionDocument : public QObject {
    Q_OBJECT
public:
    static Result<std::unique_ptr<SessionDocument>> open(const QString& path, store::OpenMode mode);
    // A new session file with what `start` names (store/SessionStart.h).
    static Result<std::unique_ptr<SessionDocument>> create(const QString& path,
                                                           const store::SessionStart& start);

    // The session in memory. Journeys' photos stay in the file: photo() reads one.
    const SessionData& data() const { return m_data; }
    store::SessionFile& file() { return *m_file; }
    const store::SessionFile& file() const { return *m_file; }
    QUndoStack* undoStack() { return &m_undo; }
    QString path() const { return m_file->path(); }
    bool isReadOnly() const { return m_file->isReadOnly(); }

    // Runs a change against the file; on success follows it in memory and
    // says so, on failure reports why (after `doing`, when given: "Could not
    // undo …"). Returns whether it worked.
    bool apply(const std::function<Status(store::SessionFile&)>& change,
               const QString& doing = QString());
    // Runs a change on the document's writer thread (store/BackgroundWriter.h),
    // so the window and the phones' server go on while the disk commits; then,
    // back on this thread, follows it as apply() does and calls `done`.
    // Phones' ballots come this way.
    void applyInBackground(std::function<Status(store::SessionFile&)> change,
                           std::function<void(const Status&)> done);
    // Reads the whole session again (another file behind it): views start afresh.
    void reload();

    Status saveAs(const QString& target);

    // The board's blockers read for likeness ("looks like …: merge?") and
    // by title ("already on the board"), kept up to date change by change: a
    // big board is never read whole after an edit (BoardIndexes).
    const AlikeIndex& boardLikeness() { return m_indexes.likeness(); }
    const BoardTitles& boardTitles() { return m_indexes.titles(); }
    bool boardIndexesRead() const { return m_indexes.isRead(); }

    Result<QByteArray> photo(Id journeyId) const;
    // The session with every photo, as the summary prints it.
    Result<SessionData> withPhotos() const;

Q_SIGNALS:
    void updated(const SessionUpdate& update); // what changed, row by row
    void saved();                              // a change reached the file
    void failed(const QString& message);

private:
    explicit SessionDocument(std::unique_ptr<store::SessionFile> file);
    void follow(const SessionChange& change);

    std::unique_ptr<store::SessionFile> m_file;
    SessionData m_data;
    BoardIndexes m_indexes{m_data};
    QUndoStack m_undo;
    std::unique_ptr<store::BackgroundWriter> m_writer; // made when first needed; goes before m_file
};

} // namespace unblock::app
