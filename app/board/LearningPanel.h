#pragma once

#include "model/Ids.h"
#include "report/SharedLearning.h"

#include <QStringList>
#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>

class QFileSystemWatcher;
class QLabel;
class QPushButton;
class QThread;
class QTimer;
class QToolButton;
class QTreeWidget;

namespace unblock::app {

class SessionDocument;

// Beside the board: what other workshops (the library in Preferences) did
// about blockers that read like the one selected or being typed, with their
// votes, workshop and date. Enter (or Add as Solution) adds the one selected
// under the blocker selected, noting where it came from. The library is read
// in the background, read-only, and again when its folder changes; a file
// that cannot be read is listed with the reason. Hidden while there is no
// library.
class LearningPanel : public QWidget {
    Q_OBJECT

public:
    explicit LearningPanel(SessionDocument& doc, QWidget* parent = nullptr);
    ~LearningPanel() override;

    // The library's folder (empty: none); read again now.
    void setFolder(const QString& folder);
    // The blocker solutions would go under, and the text to match: the
    // blocker's title, or a blocker still being typed (then nothing can be
    // added until it is on the board).
    void showFor(std::optional<Id> blocker, const QString& text);
    void addSelected();

    QTreeWidget* list() const { return m_list; }
    QLabel* statusLabel() const { return m_status; }
    // "Show the 3 files not read": the files the library left out, each with
    // why, listed when asked for (a room may be watching the screen).
    QToolButton* unreadableButton() const { return m_showUnreadable; }
    QTreeWidget* unreadableList() const { return m_unreadable; }
    QPushButton* addButton() const { return m_add; }
    bool isReading() const { return m_reader != nullptr; }
    // A search for the text is under way; the list shows the last one's answer.
    bool isSearching() const { return m_searcher != nullptr; }

Q_SIGNALS:
    // The library was read (each time it is).
    void libraryRead();
    // A solution was added from the library.
    void solutionAdded(Id solutionId);
    // The list shows what the library holds for the text now.
    void solutionsShown();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void readLibrary();
    void readIfChanged();
    QStringList sessionFiles() const;
    void takeLibrary(std::shared_ptr<Library> library);
    void showUnreadable();
    void takeFound(std::vector<LearnedSolution> found, const QString& text);
    QString selectedText() const;
    void search();
    void refill(const QString& selected);
    std::size_t selectedRow() const; // m_found.size() when none is
    QString whyNotAdded() const;
    void updateButton();
    bool alreadyHere(const QString& text) const;

    SessionDocument& m_doc;
    QLabel* m_heading;
    QLabel* m_status;
    QTreeWidget* m_list;
    QToolButton* m_showUnreadable;
    QTreeWidget* m_unreadable;
    QPushButton* m_add;
    QFileSystemWatcher* m_watcher;
    QTimer* m_changedLater; // files being copied in arrive in bursts
    static constexpr int kSettleMs = 1500;
    static constexpr int kWatchedUnreadable = 64; // a folder of junk is not watched file by file
    QString m_folder;
    std::shared_ptr<const Library> m_library;
    QThread* m_reader = nullptr;
    std::shared_ptr<std::atomic<bool>> m_stop; // tells the reader to stop before the next file
    bool m_readAgain = false;                  // the folder changed while it was being read
    QStringList m_filesRead;                   // as sessionFiles() found them when last read
    QString m_readFor;                         // the session open when it was last read
    // Searching a library of thousands of workshops takes longer than a
    // keystroke: it is done off the interface thread, one search at a time,
    // and when it ends the list shows its answer only if it was for the text
    // and library of now, else the latest text is searched for.
    QThread* m_searcher = nullptr;
    std::optional<Id> m_blocker;
    QString m_text;
    QString m_listedText;                 // the text m_found answers
    std::vector<LearnedSolution> m_found; // as listed, row by row
};

} // namespace unblock::app
