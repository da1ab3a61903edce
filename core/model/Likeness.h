#pragma once

#include "model/SessionChange.h"
#include "model/SessionData.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace unblock {

// How alike two blockers read, and why: the words they share. Words are
// compared as core's word rules normalise them (case, accents, apostrophes,
// English endings), a few workshop synonyms count as one word ("money",
// "budget", "funding"), and words spelt alike match too: a typo
// ("procurment"), a Welsh mutation ("cyllideb", "gyllideb"), or one word's
// longer form ("etifeddol", "etifeddiaeth"). Words that say little on their
// own ("poor", "old", "council") count half. It needs no dictionary beyond
// these and nothing from the internet.
struct Likeness {
    double score = 0;        // 0 (no word in common) to 1 (the same words)
    QStringList sharedWords; // the first text's words that match, as folded
};

// Blockers that score at least this are offered as "looks like …: merge?".
// Chosen on the labelled pairs in tests/data/alike-pairs.tsv: LikenessTest
// prints the precision and recall there.
inline constexpr double kAlikeThreshold = 0.55;
// What other workshops did about blockers that read alike is offered from
// this score: there recall matters more, since nothing is merged and the
// closest come first. On the same pairs: precision 0.83, recall 0.96.
inline constexpr double kLearnFromThreshold = 0.40;

Likeness likeness(const QString& first, const QString& second);

// "shares: budget, resources", for the facilitator.
QString describeLikeness(const Likeness& likeness);

struct AlikeBlocker {
    Id blockerId = 0;
    Likeness likeness;
};

// The blockers on the board (not merged into another), each read once, to
// find those that read like a text: for a list of many texts (the items
// phones sent) against one board.
class AlikeIndex {
public:
    explicit AlikeIndex(const SessionData& session);
    // Any texts, each under an id of the caller's (one id may have several).
    explicit AlikeIndex(const std::vector<std::pair<Id, QString>>& texts);
    ~AlikeIndex();
    AlikeIndex(AlikeIndex&&) noexcept;
    AlikeIndex& operator=(AlikeIndex&&) noexcept;

    // The blockers that read like `text` at `threshold` or more, most
    // alike first (equally alike: the lowest id first), at most `limit` of
    // them; an id with several texts is listed once, at its most alike.
    std::vector<AlikeBlocker> alike(const QString& text, std::size_t limit = 3,
                                    double threshold = kAlikeThreshold) const;

    // An index of the board follows its changes by id, reading again only
    // the blockers a change touched (added, renamed, merged or separated,
    // removed): a big board is never read whole after an edit.
    void follow(const SessionData& session, const SessionUpdate& update);

private:
    struct Index;
    std::unique_ptr<Index> m_index;
};

// The same for one text.
std::vector<AlikeBlocker> alikeBlockers(const QString& text, const SessionData& session,
                                        std::size_t limit = 3);

} // namespace unblock
