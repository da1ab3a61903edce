#pragma once

#include "model/SessionData.h"
#include "store/SharingCopy.h"

#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace unblock::app {

// Every question the window asks a person, behind one interface: the app
// shows real dialogs, tests give the answers they want.
class Prompts {
public:
    virtual ~Prompts() = default;
    virtual void showError(QWidget* parent, const QString& title, const QString& message);
    // Writes `bytes` beside `path` and renames it over: a failure leaves any
    // earlier file as it was, and is said under `title`.
    bool saveWhole(QWidget* parent, const QString& title, const QString& path,
                   const QByteArray& bytes);
    virtual void inform(QWidget* parent, const QString& title, const QString& message);
    // "It is open elsewhere / cannot be written: open it read-only?"
    virtual bool offerReadOnly(QWidget* parent, const QString& message);
    virtual QString openFileName(QWidget* parent);
    virtual QStringList openFileNames(QWidget* parent, const QString& title);
    // A file to read into the session (a picture, a spreadsheet); filters as QFileDialog takes
    // them.
    virtual QString importFileName(QWidget* parent, const QString& title, const QString& filters);
    virtual QString saveFileName(QWidget* parent, const QString& title);
    // A file to export to. filters as QFileDialog takes them; the suffix of
    // the chosen filter is added when the name has none.
    virtual QString exportFileName(QWidget* parent, const QString& title, const QString& filters,
                                   const QString& suggestedName);
    // Index of the item chosen, or nothing if cancelled. `preselected` is
    // the item Enter takes; with none, an item must be chosen first (where a
    // wrong guess would do harm in front of the room, as a merge would).
    virtual std::optional<int> chooseItem(QWidget* parent, const QString& title,
                                          const QString& label, const QStringList& items,
                                          std::optional<int> preselected);
    virtual std::optional<QString> askText(QWidget* parent, const QString& title,
                                           const QString& label, const QString& text = {});
    virtual bool confirm(QWidget* parent, const QString& title, const QString& question);
    // A new session's title block, or empty details if the person skips it;
    // nothing if they cancel creating the session.
    virtual std::optional<SessionDetails> askNewSessionDetails(QWidget* parent);
    // What a copy for sharing keeps (window/SharingCopyDialog.h); nothing if cancelled.
    virtual std::optional<store::SharingOptions> askSharingOptions(QWidget* parent);
};

} // namespace unblock::app
