#include "model/Likeness.h"

#include "model/Words.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

using namespace Qt::StringLiterals;

namespace unblock {
namespace {

// Words of one meaning in a workshop about council services, English and
// Welsh: each group counts as one word. Kept short on purpose: a synonym here
// makes blockers alike across the whole board.
const QHash<QString, QString>& synonyms() {
    static const QHash<QString, QString> table = [] {
        const std::vector<QStringList> groups{
            {u"budget"_s, u"money"_s, u"fund"_s, u"funding"_s, u"finance"_s, u"financial"_s,
             u"cash"_s, u"cyllideb"_s, u"cyllid"_s, u"arian"_s},
            {u"leadership"_s, u"leader"_s, u"lead"_s, u"arweinyddiaeth"_s, u"arweinydd"_s},
            {u"management"_s, u"manager"_s, u"manage"_s, u"rheolwr"_s, u"rheolwyr"_s, u"rheoli"_s},
            {u"staff"_s, u"employee"_s, u"workforce"_s, u"officer"_s, u"colleague"_s},
            {u"old"_s, u"ageing"_s, u"aging"_s, u"aged"_s, u"legacy"_s, u"outdated"_s, u"hen"_s},
            {u"customer"_s, u"resident"_s, u"citizen"_s, u"user"_s, u"cwsmer"_s, u"cwsmeriaid"_s},
            {u"knowledge"_s, u"know"_s, u"insight"_s, u"understanding"_s, u"gwybodaeth"_s},
            {u"website"_s, u"site"_s, u"web"_s, u"gwefan"_s},
            {u"fear"_s, u"afraid"_s, u"scared"_s, u"ofn"_s, u"ofni"_s},
            {u"skill"_s, u"expertise"_s, u"sgil"_s, u"sgiliau"_s},
            {u"cooperation"_s, u"cooperate"_s, u"cooperative"_s, u"uncooperative"_s},
            {u"integration"_s, u"integrate"_s, u"integrated"_s, u"unintegrated"_s},
            {u"investment"_s, u"invest"_s, u"underinvestment"_s, u"buddsoddiad"_s},
            {u"connect"_s, u"disconnect"_s, u"disconnected"_s, u"connected"_s},
        };
        QHash<QString, QString> result;
        for (const QStringList& group : groups) {
            for (const QString& word : group)
                result.insert(words::stem(word), words::stem(group.front()));
        }
        return result;
    }();
    return table;
}

// Words that say little about what a blocker is ("poor broadband" and "poor
// leadership" are not alike): they count half.
bool isWeakWord(const QString& key) {
    static const QSet<QString> weak = [] {
        QSet<QString> result;
        for (const QString& word :
             {u"poor"_s,   u"bad"_s,       u"badly"_s,   u"weak"_s,    u"slow"_s,   u"new"_s,
              u"big"_s,    u"small"_s,     u"huge"_s,    u"limited"_s, u"little"_s, u"enough"_s,
              u"issue"_s,  u"problem"_s,   u"council"_s, u"service"_s, u"system"_s, u"work"_s,
              u"need"_s,   u"use"_s,       u"way"_s,     u"area"_s,    u"amount"_s, u"everywhere"_s,
              u"always"_s, u"really"_s,    u"old"_s,     u"gwael"_s,   u"gwan"_s,   u"araf"_s,
              u"cyngor"_s, u"gwasanaeth"_s})
            result.insert(words::stem(word));
        return result;
    }();
    return weak.contains(key);
}

// A word of a text as compared: its key (stem, or its synonym group's), as
// folded, and its weight.
struct Term {
    QString key;
    QString word;
    double weight;
};

// Accents go before comparing ("ŵ" is "w"), so that a word typed without
// them on a phone still matches.
QString withoutAccents(const QString& text) {
    QString result;
    for (QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing)
            result += c;
    }
    return result;
}

std::vector<Term> termsOf(const QString& text) {
    std::vector<Term> terms;
    for (const QString& word : words::foldedWords(withoutAccents(text))) {
        if (word.size() < 2 || words::isStopWord(word))
            continue;
        const QString stem = words::stem(word);
        const QString key = synonyms().value(stem, stem);
        const bool seen = std::any_of(terms.begin(), terms.end(),
                                      [&](const Term& term) { return term.key == key; });
        if (!seen)
            terms.push_back({key, word, isWeakWord(key) ? 0.5 : 1.0});
    }
    return terms;
}

// Optimal string alignment distance (edits, with a swap of neighbours as
// one), giving up past `limit`. Three rows are enough (a swap looks two
// back), kept in one small allocation: it runs for many pairs of words.
qsizetype editDistance(QStringView a, QStringView b, qsizetype limit) {
    if (std::abs(a.size() - b.size()) > limit)
        return limit + 1;
    const auto width = static_cast<std::size_t>(b.size() + 1);
    std::vector<qsizetype> rows(3 * width);
    qsizetype* before = rows.data();          // row i - 2
    qsizetype* last = rows.data() + width;    // row i - 1
    qsizetype* now = rows.data() + 2 * width; // row i
    for (qsizetype j = 0; j <= b.size(); ++j)
        last[j] = j;
    for (qsizetype i = 1; i <= a.size(); ++i) {
        now[0] = i;
        qsizetype best = now[0];
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const qsizetype cost = a[i - 1] == b[j - 1] ? 0 : 1;
            now[j] = std::min({last[j] + 1, now[j - 1] + 1, last[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                now[j] = std::min(now[j], before[j - 2] + 1);
            best = std::min(best, now[j]);
        }
        if (best > limit)
            return limit + 1; // every path is already past the limit
        std::swap(before, last);
        std::swap(last, now);
    }
    return last[b.size()];
}

// Two words spelt alike: one slip in a word of five letters or more (two in
// one of nine or more), or a shared start of six letters or more covering
// three quarters of the shorter word (a Welsh or English longer form).
bool speltAlike(const QString& a, const QString& b) {
    const qsizetype shorter = std::min(a.size(), b.size());
    if (shorter < 5)
        return false;
    qsizetype common = 0;
    while (common < shorter && a[common] == b[common])
        ++common;
    if (common >= 6 && common * 4 >= shorter * 3)
        return true;
    const qsizetype slips = shorter >= 9 ? 2 : 1;
    return editDistance(a, b, slips) <= slips;
}

bool termsMatch(const Term& a, const Term& b) {
    return a.key == b.key || speltAlike(a.key, b.key) || speltAlike(a.word, b.word);
}

double totalWeight(const std::vector<Term>& terms) {
    double total = 0;
    for (const Term& term : terms)
        total += term.weight;
    return total;
}

// The score is the mean of two ratios of the words matched (each matched
// once, at the lesser weight): to both texts' words (Dice), and to the
// shorter text's words, so that a phone's short "No money" is alike to the
// board's longer "Budgets / finite resources and money worries".
Likeness likenessOf(const std::vector<Term>& a, const std::vector<Term>& b) {
    Likeness result;
    double matched = 0;
    std::vector<bool> used(b.size(), false);
    for (const Term& term : a) {
        for (std::size_t j = 0; j < b.size(); ++j) {
            if (!used[j] && termsMatch(term, b[j])) {
                used[j] = true;
                matched += std::min(term.weight, b[j].weight);
                result.sharedWords << term.word;
                break;
            }
        }
    }
    const double weightA = totalWeight(a);
    const double weightB = totalWeight(b);
    if (matched == 0)
        return result;
    const double dice = 2 * matched / (weightA + weightB);
    const double overlap = matched / std::min(weightA, weightB);
    result.score = (dice + overlap) / 2;
    return result;
}

} // namespace

Likeness likeness(const QString& first, const QString& second) {
    return likenessOf(termsOf(first), termsOf(second));
}

QString describeLikeness(const Likeness& likeness) {
    return QCoreApplication::translate("Likeness", "shares: %1")
        .arg(likeness.sharedWords.join(u", "_s));
}

// The texts, each read into its words once; and each word they use, once,
// with the texts that use it: a text shares no word with most of a
// library's, and those need not be scored.
struct AlikeIndex::Index {
    struct Entry {
        Id id;
        std::vector<Term> terms;
        bool gone = false; // its text changed or left: never a candidate again
    };
    std::vector<Entry> entries;
    std::vector<Term> words;
    std::vector<std::vector<std::size_t>> textsWith; // per word, the entries that have it
    QHash<QString, std::size_t> wordAt;              // by key and word
    std::unordered_map<Id, std::vector<std::size_t>> entriesOf; // an id's live entries

    void remove(Id id) {
        const auto it = entriesOf.find(id);
        if (it == entriesOf.end())
            return;
        for (const std::size_t entry : it->second)
            entries[entry].gone = true;
        entriesOf.erase(it);
    }

    void add(Id id, const QString& text) {
        const std::size_t entry = entries.size();
        entriesOf[id].push_back(entry);
        entries.push_back({id, termsOf(text)});
        for (const Term& term : entries.back().terms) {
            const QString key = term.key + u'\x1f' + term.word;
            auto known = wordAt.find(key);
            if (known == wordAt.end()) {
                known = wordAt.insert(key, words.size());
                words.push_back(term);
                textsWith.emplace_back();
            }
            textsWith[*known].push_back(entry);
        }
    }

    // The entries with a word that matches one of `terms`, in the order added.
    std::vector<std::size_t> candidates(const std::vector<Term>& terms) const {
        std::vector<bool> sharesWord(entries.size(), false);
        for (std::size_t word = 0; word < words.size(); ++word) {
            const bool matches = std::any_of(terms.begin(), terms.end(), [&](const Term& term) {
                return termsMatch(term, words[word]);
            });
            if (matches) {
                for (std::size_t entry : textsWith[word])
                    sharesWord[entry] = true;
            }
        }
        std::vector<std::size_t> result;
        for (std::size_t entry = 0; entry < sharesWord.size(); ++entry) {
            if (sharesWord[entry] && !entries[entry].gone)
                result.push_back(entry);
        }
        return result;
    }
};

AlikeIndex::AlikeIndex(const SessionData& session)
    : m_index(std::make_unique<Index>()) {
    for (const Blocker& blocker : session.blockers) {
        if (!blocker.mergedInto)
            m_index->add(blocker.id, blocker.title);
    }
}

AlikeIndex::AlikeIndex(const std::vector<std::pair<Id, QString>>& texts)
    : m_index(std::make_unique<Index>()) {
    m_index->entries.reserve(texts.size());
    for (const auto& [id, text] : texts)
        m_index->add(id, text);
}

AlikeIndex::~AlikeIndex() = default;
AlikeIndex::AlikeIndex(AlikeIndex&&) noexcept = default;
AlikeIndex& AlikeIndex::operator=(AlikeIndex&&) noexcept = default;

std::vector<AlikeBlocker> AlikeIndex::alike(const QString& text, std::size_t limit,
                                            double threshold) const {
    const std::vector<Term> terms = termsOf(text);
    std::vector<AlikeBlocker> found;
    for (std::size_t entry : m_index->candidates(terms)) {
        const Index::Entry& other = m_index->entries[entry];
        Likeness alike = likenessOf(terms, other.terms);
        if (alike.score >= threshold)
            found.push_back({other.id, std::move(alike)});
    }
    // Equally alike, the older comes first: an index followed change by
    // change holds its texts in another order than one read whole, and
    // both must offer the same blockers.
    std::sort(found.begin(), found.end(), [](const AlikeBlocker& x, const AlikeBlocker& y) {
        if (x.likeness.score != y.likeness.score)
            return x.likeness.score > y.likeness.score;
        return x.blockerId < y.blockerId;
    });
    std::unordered_set<Id> listed;
    std::erase_if(found,
                  [&listed](const AlikeBlocker& x) { return !listed.insert(x.blockerId).second; });
    if (found.size() > limit)
        found.resize(limit);
    return found;
}

void AlikeIndex::follow(const SessionData& session, const SessionUpdate& update) {
    if (update.reloaded) {
        *this = AlikeIndex(session);
        return;
    }
    for (const Id id : update.blockers.removed)
        m_index->remove(id);
    for (const std::vector<Id>* ids : {&update.blockers.added, &update.blockers.changed}) {
        for (const Id id : *ids) {
            m_index->remove(id);
            const Blocker* blocker = session.blocker(id);
            if (blocker && !blocker->mergedInto)
                m_index->add(id, blocker->title);
        }
    }
}

std::vector<AlikeBlocker> alikeBlockers(const QString& text, const SessionData& session,
                                        std::size_t limit) {
    return AlikeIndex(session).alike(text, limit);
}

} // namespace unblock
