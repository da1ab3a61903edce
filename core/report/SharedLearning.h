#pragma once

#include "model/Likeness.h"
#include "report/Comparison.h"

#include <QDate>
#include <QFileInfoList>
#include <QString>

#include <atomic>
#include <memory>
#include <vector>

namespace unblock {

// Shared learning: what other workshops did about blockers like the one at
// hand. Their session files sit in a folder, the library (Preferences): the
// council's own past workshops, or ones shared between councils.

// One workshop that recorded a solution, and how its room voted on it.
struct LearnedSource {
    QString text;     // the solution as this workshop wrote it
    QString workshop; // its title, else its file's name
    QDate date;       // the day it was held, if it says
    QString blocker;  // the blocker the solution answered there, as titled
    int rank = 0;     // its place among that blocker's solutions in their vote; 0: never voted on
    QString votes;    // "5 dots, ranked 1 of 4"; empty when never voted on
    // How that room voted on the blocker itself (its latest revealed round on
    // blockers): "7 dots, ranked 2 of 9"; empty when it was not voted on.
    QString blockerVotes;
};

// How a workshop voted, in words the panel shows: on the blocker and on the
// solution, each said apart ("blocker: 7 dots, ranked 2 of 9 · this
// solution: not voted on").
QString learnedVotes(const LearnedSource& source);

// A solution other workshops recorded for a blocker that reads like one here.
struct LearnedSolution {
    QString text;                       // as the best voted workshop wrote it
    Likeness likeness;                  // of the blocker here and the one it answered there
    std::vector<LearnedSource> sources; // every workshop that recorded it, best voted first
    // How many workshops recorded it, when `sources` was cut to the best
    // voted few for showing; 0: `sources` holds them all.
    std::size_t workshops = 0;
};

// The workshop open here, which its library leaves out: its own file, and
// copies of it (a format migration's backup, the file a Save As left
// behind), known by the same title and date.
struct ThisWorkshop {
    QString path;
    QString title;
    QDate date;
};

// The session files a folder holds as a library: *.unblock, not hidden, not
// in subfolders, by name.
QFileInfoList librarySessionFiles(const QString& folder);

class Library {
public:
    Library();
    ~Library();
    Library(Library&&) noexcept;
    Library& operator=(Library&&) noexcept;

    // Reads every session file (*.unblock) in `folder`, not its subfolders
    // nor hidden files, each opened read-only and never changed, but for
    // `here`. A file that cannot be read is listed with the reason and
    // skipped. Setting `stop` (from another thread) ends the reading before
    // the next file; what is returned then is not the whole library.
    static Library read(const QString& folder, const ThisWorkshop& here = {},
                        const std::atomic<bool>* stop = nullptr);
    // A library that could not be read at all, and why.
    static Library unread(const QString& folder, const QString& problem);

    QString folder() const { return m_folder; }
    int workshopCount() const { return m_workshopCount; }
    const std::vector<UnreadableFile>& unreadable() const { return m_unreadable; }
    // Why the folder itself could not be read; empty when it was.
    QString problem() const { return m_problem; }
    // "12 workshops in the library. 1 file could not be read.", or the problem.
    QString overview() const;

    // The solutions other workshops recorded for blockers that read like
    // `blockerTitle` (kLearnFromThreshold or more), the same words from several
    // workshops as one: the closest blockers first, then those most
    // workshops recorded, then the best voted. At most `limit`.
    std::vector<LearnedSolution> solutionsFor(const QString& blockerTitle,
                                              std::size_t limit = 12) const;

private:
    struct Entry;
    void add(const WorkshopSession& workshop, std::vector<std::pair<Id, QString>>& titles);

    QString m_folder;
    QString m_problem;
    int m_workshopCount = 0;
    std::vector<UnreadableFile> m_unreadable;
    std::vector<Entry> m_blockers; // every blocker with a solution, merged duplicates under theirs
    std::unique_ptr<AlikeIndex> m_index; // by index into m_blockers, each title a blocker goes by
};

// Whether the blocker, or one merged with it, has a solution in these words
// already (whatever their case and spacing).
bool hasSolutionLike(const SessionData& session, Id blockerId, const QString& text);

} // namespace unblock
