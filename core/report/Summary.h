#pragma once

#include "model/Result.h"
#include "model/SessionData.h"
#include "ranking/Ranking.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace unblock {

// The summary of a workshop as a document model, in the shape of the
// hand-written summary of a Really Useful Day. Writers turn it into
// Markdown (and, later, PDF, ODT, HTML and CSV); none of them decides content.

struct SummaryBlocker {
    Id id = 0;
    QString title;
    QString category;
    QString group;
    QStringList mergedTitles; // blockers merged into this one, their text kept
    QStringList solutions;
    std::optional<qint64> score; // from the ranking round, when there is one
    int rank = 0;
};

struct SummaryGroup {
    QString name; // empty for blockers with no group
    std::vector<SummaryBlocker> blockers;
};

struct SummaryDocument {
    SessionDetails details;
    QStringList groups;
    // From the round the top section is ranked by.
    QString votingLine; // "Dot voting, 24 voters on paper"
    QString scoreName;  // "dots"
    QString topNote;    // ties that widened it, or too few votes
    int topRequested = 0;
    std::vector<SummaryBlocker> top;
    std::vector<SummaryGroup> others; // every other blocker, by group
};

struct SummaryOptions {
    int topCount = 3;
    // The round that ranks the blockers; by default the latest round on blockers.
    std::optional<Id> roundId;
};

Result<SummaryDocument> buildSummary(const SessionData& session,
                                     const SummaryOptions& options = {});

} // namespace unblock
