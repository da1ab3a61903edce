#include "board/LearningPanel.h"

#include "document/Edits.h"
#include "document/SessionDocument.h"
#include "model/ActionPlan.h"
#include "model/TextRules.h"
#include "report/SharedLearning.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace unblock::app {
namespace {

QString whereAndVotes(const LearnedSource& source) {
    return LearningPanel::tr("%1 · %2").arg(workshopAndDate(source.workshop, source.date),
                                            learnedVotes(source));
}

// The second line of a row: the best voted workshop, and the blocker the
// solution answered there.
QString sourceLine(const LearnedSolution& solution) {
    const LearnedSource& best = solution.sources.front();
    return LearningPanel::tr("%1 · for “%2”").arg(whereAndVotes(best), best.blocker);
}

// A solution thousands of workshops recorded is not a tooltip of thousands of
// lines: the best voted few, then how many more.
constexpr std::size_t kListedSources = 8;

QString allSources(const LearnedSolution& solution, int workshops) {
    QStringList lines{LearningPanel::tr("Recorded by:")};
    for (const LearnedSource& source : solution.sources)
        lines << LearningPanel::tr("%1, for “%2”").arg(whereAndVotes(source), source.blocker);
    if (const int more = workshops - static_cast<int>(solution.sources.size()); more > 0)
        lines << LearningPanel::tr("and others: %1 workshops in all").arg(workshops);
    lines << describeLikeness(solution.likeness);
    return lines.join(u'\n');
}

} // namespace

LearningPanel::LearningPanel(SessionDocument& doc, QWidget* parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_heading(new QLabel(tr("From other workshops"), this))
    , m_status(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_showUnreadable(new QToolButton(this))
    , m_unreadable(new QTreeWidget(this))
    , m_add(new QPushButton(tr("A&dd as Solution"), this))
    , m_watcher(new QFileSystemWatcher(this))
    , m_changedLater(new QTimer(this)) {
    for (QLabel* label : {m_heading, m_status}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    m_status->setAccessibleName(tr("Library"));
    // The files left out, out of the way until asked for: the status says
    // how many, and the room need not see a list of reasons.
    m_showUnreadable->setCheckable(true);
    m_showUnreadable->setAutoRaise(true);
    m_showUnreadable->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_unreadable->setColumnCount(1);
    m_unreadable->setHeaderHidden(true);
    m_unreadable->setRootIsDecorated(false);
    m_unreadable->setWordWrap(true);
    m_unreadable->setUniformRowHeights(false);
    m_unreadable->setSelectionMode(QAbstractItemView::NoSelection);
    m_unreadable->setAccessibleName(tr("Library files not read"));
    m_unreadable->setMaximumHeight(160);
    m_unreadable->hide();
    m_showUnreadable->hide();
    // One column, as the phones' panel: the solution, and below it where it came from.
    m_list->setColumnCount(1);
    m_list->setHeaderHidden(true);
    m_list->setRootIsDecorated(false);
    m_list->setWordWrap(true);
    m_list->setUniformRowHeights(false);
    m_list->setAccessibleName(tr("Solutions from other workshops"));
    m_list->setAccessibleDescription(
        tr("Enter adds the solution selected under the blocker selected on the board."));
    m_list->installEventFilter(this);
    m_add->setToolTip(tr("Adds the solution selected under the blocker selected, noting the "
                         "workshop it came from (Enter)"));
    m_changedLater->setSingleShot(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_status);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_showUnreadable, 0, Qt::AlignLeft);
    layout->addWidget(m_unreadable);
    layout->addWidget(m_add, 0, Qt::AlignLeft);

    connect(m_add, &QPushButton::clicked, this, &LearningPanel::addSelected);
    connect(m_showUnreadable, &QToolButton::toggled, this, &LearningPanel::showUnreadable);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &LearningPanel::updateButton);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, [this](const QString& folder) {
        // Windows deletes no folder while anything watches it (it lingers,
        // "delete pending"): let go, and watch again what is still there.
        m_watcher->removePath(folder);
        if (QFileInfo(folder).isDir())
            m_watcher->addPath(folder);
        m_changedLater->start(kSettleMs);
    });
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this,
            [this] { m_changedLater->start(kSettleMs); });
    connect(m_changedLater, &QTimer::timeout, this, &LearningPanel::readIfChanged);
    connect(&m_doc, &SessionDocument::updated, this, [this](const SessionUpdate& update) {
        if (update.reloaded && m_doc.path() != m_readFor)
            readLibrary(); // another session, which may be in the library
        else if (update.reloaded || !update.solutions.empty() || !update.blockers.empty())
            refill(selectedText()); // what is already here changed (a solution, a merge)
    });
    hide();
}

// Reading holds no pointer into the window's session: the thread has its own
// copies of what it needs, and the library it reads is handed over whole.
// Closing stops it before the next file rather than wait for a whole folder,
// and waits for a search (its library is its own to the end).
LearningPanel::~LearningPanel() {
    if (m_reader) {
        m_stop->store(true);
        m_reader->wait();
        delete m_reader;
    }
    if (m_searcher) {
        m_searcher->wait();
        delete m_searcher;
    }
}

void LearningPanel::setFolder(const QString& folder) {
    if (folder == m_folder && (m_library || m_reader))
        return; // Preferences closed with the library as it was
    m_changedLater->stop();
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    m_folder = folder;
    if (!m_folder.isEmpty() && QFileInfo(m_folder).isDir())
        m_watcher->addPath(m_folder);
    readLibrary();
}

// A folder's change arrives as the files are being written: read when the
// session files differ from those read (this session's own writes do not
// count). A file still being copied in changes without the folder saying
// so: the files that could not be read are watched themselves, so one
// completed is read, and one that stays as it was is never read again.
void LearningPanel::readIfChanged() {
    if (m_folder.isEmpty())
        return;
    if (sessionFiles() != m_filesRead)
        readLibrary();
}

void LearningPanel::readLibrary() {
    if (m_folder.isEmpty()) {
        m_library.reset();
        hide();
        return;
    }
    show();
    if (m_reader) {
        m_stop->store(true); // what it reads is out of date; read again when it stops
        m_readAgain = true;
        return;
    }
    m_status->setText(tr("Reading the library…"));
    m_filesRead = sessionFiles();
    m_readFor = m_doc.path();
    const SessionDetails& details = m_doc.data().details;
    const ThisWorkshop here{m_doc.path(), details.title, details.date};
    auto read = std::make_shared<std::shared_ptr<Library>>();
    m_stop = std::make_shared<std::atomic<bool>>(false);
    m_reader = QThread::create([read, folder = m_folder, here, stop = m_stop] {
        try {
            *read = std::make_shared<Library>(Library::read(folder, here, stop.get()));
        } catch (const std::exception& error) { // out of memory on a huge file, say
            *read = std::make_shared<Library>(Library::unread(
                folder,
                tr("The library could not be read: %1").arg(QString::fromLocal8Bit(error.what()))));
        }
    });
    connect(m_reader, &QThread::finished, this, [this, read] {
        m_reader->deleteLater();
        m_reader = nullptr;
        if (std::exchange(m_readAgain, false))
            readLibrary();
        else
            takeLibrary(*read);
    });
    m_reader->start(QThread::LowPriority);
}

// The library's session files as they are now, by name, size and time, but
// for the one open here: its own writes are no reason to read the library.
QStringList LearningPanel::sessionFiles() const {
    QStringList files;
    const QString own = QFileInfo(m_doc.path()).canonicalFilePath();
    for (const QFileInfo& info : librarySessionFiles(m_folder)) {
        if (info.canonicalFilePath() != own) {
            files << info.fileName() + u'|' + QString::number(info.size()) + u'|' +
                         info.lastModified().toString(Qt::ISODateWithMs);
        }
    }
    return files;
}

void LearningPanel::takeLibrary(std::shared_ptr<Library> library) {
    m_library = std::move(library);
    showUnreadable();
    refill(selectedText()); // the status, at once
    search();
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    QStringList unreadable;
    for (const UnreadableFile& file : m_library->unreadable()) {
        if (unreadable.size() < kWatchedUnreadable)
            unreadable << QDir(m_folder).filePath(file.fileName);
    }
    if (!unreadable.isEmpty())
        m_watcher->addPaths(unreadable);
    Q_EMIT libraryRead();
}

// Files not read: how many on a quiet button, and each by name and why when
// it is pressed, so a facilitator can say which to send again.
namespace {

// The reason, without the file's name it starts with (the line above has
// it): in a narrow panel the second line shows only its start.
QString reasonAfterName(const UnreadableFile& file) {
    QString reason = file.reason;
    for (const QString& opening : {u"“%1” could not be opened. "_s, u"“%1” "_s}) {
        const QString named = opening.arg(file.fileName);
        if (reason.startsWith(named)) {
            reason.remove(0, named.size());
            break;
        }
    }
    return reason.isEmpty() ? file.reason : reason;
}

} // namespace

void LearningPanel::showUnreadable() {
    const std::vector<UnreadableFile>& unreadable =
        m_library ? m_library->unreadable() : std::vector<UnreadableFile>{};
    const auto count = static_cast<int>(unreadable.size());
    const bool open = m_showUnreadable->isChecked();
    m_showUnreadable->setText(open ? tr("Hide the files not read")
                                   : tr("Show the files not read (%1)").arg(count));
    m_showUnreadable->setToolTip(tr("The files in the library’s folder that could not be read "
                                    "as workshops, and why: the library leaves them out."));
    m_showUnreadable->setVisible(count > 0);
    m_unreadable->setVisible(count > 0 && open);
    if (m_unreadable->topLevelItemCount() == count) {
        bool same = true;
        for (int i = 0; i < count && same; ++i)
            same = m_unreadable->topLevelItem(i)->data(0, Qt::UserRole).toString() ==
                   unreadable[static_cast<std::size_t>(i)].fileName;
        if (same)
            return; // the same files: the list stays where it was scrolled to
    }
    m_unreadable->clear();
    for (const UnreadableFile& file : unreadable) {
        auto* row = new QTreeWidgetItem(m_unreadable);
        row->setText(0, file.fileName + u"\n    "_s + reasonAfterName(file));
        row->setToolTip(0, file.reason);
        row->setData(0, Qt::UserRole, file.fileName);
    }
}

void LearningPanel::showFor(std::optional<Id> blocker, const QString& text) {
    if (text == m_text && blocker == m_blocker) {
        updateButton(); // the board may have changed under it
        return;
    }
    m_blocker = blocker;
    if (text == m_text) {
        refill(selectedText()); // the same solutions, marked for this blocker
        return;
    }
    m_text = text;
    search();
}

// What the library holds for the text, found off the interface thread: the
// list keeps the last answer until this one comes. A search under way when
// the text changes is left to end, its answer dropped, and the latest text
// searched for then: at most one search at a time, and the last text wins.
void LearningPanel::search() {
    if (!m_library)
        return;
    if (m_text.trimmed().isEmpty()) {
        takeFound({}, m_text); // nothing to search for
        return;
    }
    if (m_searcher)
        return; // its end searches again
    auto found = std::make_shared<std::vector<LearnedSolution>>();
    const QString text = m_text;
    m_searcher = QThread::create([found, library = m_library, text] {
        try {
            *found = library->solutionsFor(text);
            // What the list shows of each: the interface thread never
            // handles (nor frees) thousands of sources.
            for (LearnedSolution& solution : *found) {
                solution.workshops = solution.sources.size();
                if (solution.sources.size() > kListedSources)
                    solution.sources.resize(kListedSources);
            }
        } catch (const std::exception&) { // out of memory: nothing found
            found->clear();
        }
    });
    connect(m_searcher, &QThread::finished, this, [this, found, library = m_library, text] {
        m_searcher->deleteLater();
        m_searcher = nullptr;
        if (library != m_library || text != m_text)
            search(); // the text or the library changed meanwhile
        else
            takeFound(std::move(*found), text);
    });
    m_searcher->start();
}

// The solution selected stays selected while the text is the same (the
// library read again), else the first is.
void LearningPanel::takeFound(std::vector<LearnedSolution> found, const QString& text) {
    const QString selected = text == m_listedText ? selectedText() : QString();
    m_found = std::move(found);
    m_listedText = text;
    refill(selected);
    Q_EMIT solutionsShown();
}

QString LearningPanel::selectedText() const {
    const std::size_t row = selectedRow();
    return row < m_found.size() ? m_found[row].text : QString();
}

// The rows, in place of the last: the solutions found for the text, those
// already here marked so; `selected` selected if listed, else the first.
void LearningPanel::refill(const QString& selected) {
    if (!m_library)
        return;
    m_list->clear();
    for (const LearnedSolution& solution : m_found) {
        auto* row = new QTreeWidgetItem(m_list);
        // How many workshops found it, and whether it is here already, on
        // the first line: the second is cut short in a narrow panel.
        QString words = solution.text;
        const int workshops =
            static_cast<int>(std::max(solution.workshops, solution.sources.size()));
        if (workshops > 1)
            words = tr("%1 (%n workshops)", nullptr, workshops).arg(words);
        if (alreadyHere(solution.text))
            words = tr("%1 (already a solution here)").arg(words);
        row->setText(0, words + u"\n    "_s + sourceLine(solution));
        row->setToolTip(0, allSources(solution, workshops));
    }
    const QString overview = m_library->overview();
    if (m_listedText.trimmed().isEmpty()) {
        m_status->setText(overview + u' ' +
                          tr("Select or type a blocker to see what other workshops did about "
                             "blockers like it."));
    } else if (m_found.empty()) {
        m_status->setText(overview + u' ' +
                          tr("None had a blocker like “%1”.").arg(m_listedText.simplified()));
    } else {
        m_status->setText(overview + u' ' +
                          tr("For blockers like “%1”:").arg(m_listedText.simplified()));
        const auto same =
            std::find_if(m_found.begin(), m_found.end(),
                         [&](const LearnedSolution& s) { return sameTitle(s.text, selected); });
        const auto at = same == m_found.end() ? 0 : same - m_found.begin();
        m_list->setCurrentItem(m_list->topLevelItem(static_cast<int>(at)));
    }
    updateButton();
}

bool LearningPanel::alreadyHere(const QString& text) const {
    return m_blocker && hasSolutionLike(m_doc.data(), *m_blocker, text);
}

std::size_t LearningPanel::selectedRow() const {
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    return row < 0 ? m_found.size() : static_cast<std::size_t>(row);
}

// Why the solution selected cannot be added now; empty when it can.
QString LearningPanel::whyNotAdded() const {
    if (m_doc.isReadOnly())
        return tr("This session is open read-only, so nothing can be added to it.");
    if (!m_blocker || !m_doc.data().blocker(*m_blocker))
        return tr("Add the blocker first (Enter), then its solutions from here.");
    const std::size_t row = selectedRow();
    if (row >= m_found.size())
        return tr("Select one of the solutions first.");
    if (alreadyHere(m_found[row].text))
        return tr("It is a solution of this blocker already.");
    return {};
}

void LearningPanel::updateButton() {
    const QString why = whyNotAdded();
    m_add->setEnabled(why.isEmpty());
    m_add->setToolTip(why.isEmpty() ? tr("Adds the solution selected under the blocker selected, "
                                         "noting the workshop it came from (Enter)")
                                    : why);
}

void LearningPanel::addSelected() {
    updateButton(); // the board may have changed since
    if (!m_add->isEnabled()) {
        m_status->setText(m_library ? m_library->overview() + u' ' + whyNotAdded() : whyNotAdded());
        return;
    }
    const std::size_t row = selectedRow();
    // Copies: adding refills the list.
    const QString text = m_found[row].text;
    const LearnedSource source = m_found[row].sources.front();
    if (const std::optional<Id> id = edits::addSolution(m_doc, *m_blocker, {text, {}, {}, {}, {}},
                                                        {source.workshop, source.date}))
        Q_EMIT solutionAdded(*id);
    // The button goes grey (the solution is here now): the hands stay on the
    // list, not wherever Qt would send the focus next.
    m_list->setFocus(Qt::OtherFocusReason);
}

bool LearningPanel::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            addSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace unblock::app
