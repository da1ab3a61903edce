#include "model/CategorySuggester.h"

#include "model/Words.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <utility>

using namespace Qt::StringLiterals;

namespace unblock {
namespace {

using words::foldedWords;
using words::isStopWord;
using words::stem;

// How the suggester works, in short: the blocker's words are normalised
// (case-folded, apostrophes and simple English endings taken off, so that
// "Suppliers'", "supplier" and "suppliers" are one word), then each category
// scores the cues it shares with the blocker. A cue is a word or a phrase of
// two or three words, with a weight; a cue that several of the offered
// categories share is split between them, so a common word cannot decide on
// its own, and a word within a phrase that is a cue does not count again on
// its own ("content owners" is about publishing, not about content). The best
// category is suggested only if it scores at least kMinimumScore and no other
// category scores as much.

// Weights: a strong cue names the category on its own ("broadband",
// "councillor"); a normal cue is a good sign but turns up elsewhere too
// ("contract", "manager"); a weak cue only tips the balance ("data", "users",
// "service": council staff say them about everything).
constexpr double kStrong = 3.0;
constexpr double kNormal = 2.0;
constexpr double kWeak = 1.0;

// One normal cue is enough; one weak cue is not.
constexpr double kMinimumScore = kNormal;

// A term a text offers for matching: a stemmed word (but a stop word), or a
// run of two or three neighbouring stems (stop words included, so "sign off"
// and "out of date" are phrases), with the positions of its first and last
// words.
struct Term {
    QString text;
    qsizetype first;
    qsizetype last;
};

std::vector<Term> termsOf(const QString& text) {
    const QStringList words = foldedWords(text);
    QStringList stems;
    stems.reserve(words.size());
    for (const QString& word : words)
        stems << stem(word);
    std::vector<Term> terms;
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (!isStopWord(words[i]))
            terms.push_back({stems[i], i, i});
        QString phrase = stems[i];
        for (qsizetype j = i + 1; j < words.size() && j < i + 3; ++j) {
            phrase += u' ' + stems[j];
            terms.push_back({phrase, i, j});
        }
    }
    return terms;
}

using CueWeights = QHash<QString, double>; // stemmed term → weight

struct CueGroup {
    double weight;
    QStringList cues; // words or phrases of two or three words, as written
};

// The cues of the starting taxonomy, keyed by its English names, case-folded.
// Written from the Really Useful Day's blockers and what council staff say in
// such workshops. The words of each name are among its cues, but for "focus"
// and "between", which say nothing on their own.
const QHash<QString, CueWeights>& builtInCues() {
    static const QHash<QString, CueWeights> table = [] {
        const std::pair<QString, std::vector<CueGroup>> lists[] = {
            {u"leadership & management support"_s,
             {{kStrong,
               {u"leadership"_s, u"director"_s, u"directors"_s, u"chief executive"_s,
                u"senior managers"_s, u"senior management"_s, u"management team"_s,
                u"middle management"_s, u"management support"_s, u"sponsor"_s, u"boss"_s,
                u"heads of"_s, u"head of"_s, u"nobody owns"_s, u"no one owns"_s, u"visionary"_s}},
              {kNormal,
               {u"leader"_s, u"leaders"_s, u"manager"_s, u"managers"_s, u"management"_s,
                u"executive"_s, u"senior"_s, u"champion"_s, u"vision"_s, u"strategy"_s,
                u"ownership"_s, u"backing"_s, u"priorities"_s}},
              {kWeak, {u"support"_s, u"corporate"_s, u"top"_s}}}},
            {u"culture & resistance to change"_s,
             {{kStrong, {u"culture"_s,     u"cultural"_s,     u"resistance"_s, u"resist"_s,
                         u"resistant"_s,   u"obstructive"_s,  u"mindset"_s,    u"attitude"_s,
                         u"attitudes"_s,   u"fear"_s,         u"scared"_s,     u"afraid"_s,
                         u"cooperation"_s, u"co operation"_s, u"averse"_s,     u"reluctant"_s,
                         u"reluctance"_s,  u"always done"_s,  u"buy in"_s,     u"comfort zone"_s}},
              {kNormal,
               {u"worry"_s, u"worried"_s, u"believe"_s, u"prefer"_s, u"rather"_s, u"threat"_s,
                u"protective"_s, u"jobs"_s, u"personal"_s, u"ignore"_s, u"old habits"_s,
                u"members of staff"_s /* employees, not councillors */}},
              {kWeak, {u"change"_s, u"staff"_s, u"trust"_s, u"paper"_s, u"new"_s}}}},
            {u"budgets & finance"_s,
             {{kStrong,
               {u"budget"_s, u"budgets"_s, u"funding"_s, u"money"_s, u"savings"_s, u"cuts"_s,
                u"afford"_s, u"deficit"_s, u"austerity"_s, u"investment"_s, u"business case"_s,
                u"financial"_s, u"roi"_s, u"funded"_s, u"unfunded"_s}},
              {kNormal,
               {u"finance"_s, u"cost"_s, u"costs"_s, u"fund"_s, u"save"_s, u"invest"_s, u"spend"_s,
                u"grant"_s, u"capital"_s, u"fees"_s, u"price"_s, u"expensive"_s, u"cash"_s,
                u"cashable"_s, u"£"_s}},
              {kWeak, {u"pay"_s, u"revenue"_s}}}},
            {u"skills & resources"_s,
             {{kStrong,
               {u"skills"_s,       u"skill"_s,           u"training"_s,      u"trained"_s,
                u"untrained"_s,    u"expertise"_s,       u"expert"_s,        u"capacity"_s,
                u"capability"_s,   u"staffing levels"_s, u"short staffed"_s, u"enough staff"_s,
                u"understaffed"_s, u"recruit"_s,         u"recruitment"_s,   u"vacancies"_s,
                u"workload"_s,     u"stretched"_s,       u"no time"_s,       u"too busy"_s,
                u"small team"_s}},
              {kNormal,
               {u"resources"_s, u"resource"_s, u"developer"_s, u"developers"_s, u"contractors"_s,
                u"busy"_s, u"firefighting"_s, u"analysts"_s, u"know how"_s, u"knows how"_s,
                u"apprentices"_s, u"learn"_s, u"one person"_s}},
              {kWeak, {u"technical"_s, u"time"_s, u"knowledge"_s, u"experience"_s, u"leaving"_s}}}},
            {u"customer insight"_s,
             {{kStrong,
               {u"insight"_s, u"research"_s, u"analytics"_s, u"feedback"_s, u"survey"_s,
                u"surveys"_s, u"personas"_s, u"user testing"_s, u"user needs"_s,
                u"customer knowledge"_s, u"satisfaction"_s, u"assume"_s, u"assumptions"_s,
                u"avoidable contact"_s, u"failure demand"_s}},
              {kNormal,
               {u"complaints"_s, u"usability"_s, u"evidence"_s, u"statistics"_s, u"stats"_s,
                u"metrics"_s, u"know why"_s, u"behaviour"_s, u"expectations"_s,
                u"customer journey"_s}},
              {kWeak,
               {u"customer"_s, u"customers"_s, u"resident"_s, u"residents"_s, u"user"_s, u"users"_s,
                u"citizen"_s, u"citizens"_s, u"data"_s, u"needs"_s, u"asked"_s, u"no idea"_s}}}},
            {u"service-area silos & departmental focus"_s,
             {{kStrong,
               {u"silo"_s, u"silos"_s, u"siloed"_s, u"departmental"_s, u"org chart"_s,
                u"service area"_s, u"service areas"_s, u"service line"_s, u"territorial"_s,
                u"turf"_s, u"conflicts"_s, u"structures"_s}},
              {kNormal,
               {u"department"_s, u"departments"_s, u"their own"_s, u"its own"_s, u"compete"_s,
                u"structure"_s, u"structured"_s, u"joined up"_s, u"each service"_s,
                u"every service"_s}},
              {kWeak, {u"service"_s, u"services"_s, u"blame"_s, u"cross"_s}}}},
            {u"content & jargon"_s,
             {{kStrong,
               {u"content"_s, u"jargon"_s, u"acronyms"_s, u"wording"_s, u"plain english"_s,
                u"readability"_s, u"pdf"_s, u"pdfs"_s, u"navigation"_s, u"legalese"_s,
                u"out of date"_s, u"a to z"_s}},
              {kNormal,
               {u"text"_s, u"leaflet"_s, u"search"_s, u"language"_s, u"pages"_s, u"tone"_s,
                u"written"_s, u"writing"_s}},
              {kWeak,
               {u"page"_s, u"information"_s, u"find"_s, u"read"_s, u"understand"_s,
                u"duplicate"_s}}}},
            {u"devolved publishing"_s,
             {{kStrong,
               {u"devolved"_s, u"publishing"_s, u"publishers"_s, u"publisher"_s, u"editors"_s,
                u"editor"_s, u"content owners"_s, u"style guide"_s, u"editorial"_s,
                u"decentralised"_s, u"put live"_s, u"go live"_s}},
              {kNormal,
               {u"cms"_s, u"publish"_s, u"published"_s, u"authors"_s, u"author"_s, u"permissions"_s,
                u"rights"_s, u"upload"_s, u"distributed"_s}},
              {kWeak, {u"review"_s, u"approval"_s, u"live"_s}}}},
            {u"procurement & suppliers"_s,
             {{kStrong,
               {u"procurement"_s, u"procure"_s, u"supplier"_s, u"suppliers"_s, u"vendor"_s,
                u"vendors"_s, u"tender"_s, u"tenders"_s, u"contract"_s, u"contracts"_s,
                u"locked in"_s, u"lock in"_s, u"purchase"_s, u"outsourced"_s}},
              {kNormal,
               {u"provider"_s, u"framework"_s, u"quotes"_s, u"specification"_s, u"specifications"_s,
                u"spec"_s, u"buy"_s, u"buying"_s, u"licence"_s, u"licences"_s, u"charges"_s,
                u"renewal"_s, u"third party"_s}},
              {kWeak, {u"roadmap"_s, u"product"_s, u"contractors"_s}}}},
            {u"legacy & ageing software"_s,
             {{kStrong,
               {u"legacy"_s, u"ageing"_s, u"aging"_s, u"obsolete"_s, u"unsupported"_s,
                u"out of support"_s, u"no longer supported"_s, u"end of life"_s, u"upgrade"_s,
                u"upgrades"_s, u"green screen"_s, u"mainframe"_s, u"internet explorer"_s,
                u"years old"_s, u"old system"_s, u"old software"_s}},
              {kNormal,
               {u"old"_s, u"outdated"_s, u"software"_s, u"windows"_s, u"version"_s, u"patch"_s}},
              {kWeak,
               {u"system"_s, u"systems"_s, u"database"_s, u"databases"_s, u"older"_s, u"platform"_s,
                u"breaks"_s, u"updated"_s, u"maintain"_s}}}},
            {u"integration, apis & middleware"_s,
             {{kStrong, {u"integration"_s,
                         u"integrate"_s,
                         u"integrated"_s,
                         u"unintegrated"_s,
                         u"api"_s,
                         u"apis"_s,
                         u"middleware"_s,
                         u"interface"_s,
                         u"interfaces"_s,
                         u"rekeying"_s,
                         u"rekey"_s,
                         u"re key"_s,
                         u"retype"_s,
                         u"typed in"_s,
                         u"back office"_s,
                         u"don't talk"_s,
                         u"between systems"_s,
                         u"single sign"_s,
                         u"connector"_s,
                         u"sync"_s}},
              {kNormal,
               {u"link"_s, u"linked"_s, u"connect"_s, u"connected"_s, u"reconcile"_s, u"login"_s,
                u"logins"_s, u"password"_s, u"import"_s, u"export"_s, u"feed"_s, u"transfer"_s,
                u"manual"_s, u"talk to"_s, u"details"_s}},
              {kWeak,
               {u"system"_s, u"systems"_s, u"database"_s, u"crm"_s, u"records"_s, u"emails"_s,
                u"portal"_s, u"duplicate"_s, u"passed"_s}}}},
            {u"infrastructure, broadband & demographics"_s,
             {{kStrong,
               {u"infrastructure"_s,  u"broadband"_s,   u"connectivity"_s,  u"demographic"_s,
                u"demographics"_s,    u"rural"_s,       u"wifi"_s,          u"wi fi"_s,
                u"exclusion"_s,       u"excluded"_s,    u"mobile signal"_s, u"elderly"_s,
                u"older people"_s,    u"deprivation"_s, u"deprived"_s,      u"poverty"_s,
                u"poorest"_s,         u"low income"_s,  u"bank account"_s,  u"first language"_s,
                u"internet access"_s, u"go online"_s,   u"get online"_s,    u"laptops"_s,
                u"hardware"_s,        u"devices"_s,     u"outage"_s,        u"population"_s}},
              {kNormal,
               {u"network"_s, u"signal"_s, u"slow"_s, u"speed"_s, u"computers"_s, u"mobile"_s,
                u"villages"_s, u"poor"_s, u"smartphone"_s}},
              {kWeak, {u"phones"_s, u"online"_s, u"internet"_s, u"down"_s}}}},
            {u"governance & politics"_s,
             {{kStrong,
               {u"governance"_s,       u"politics"_s,       u"political"_s,       u"politicians"_s,
                u"councillor"_s,       u"councillors"_s,    u"cabinet"_s,         u"committee"_s,
                u"portfolio holder"_s, u"elected"_s,        u"election"_s,        u"elections"_s,
                u"purdah"_s,           u"scrutiny"_s,       u"data protection"_s, u"gdpr"_s,
                u"pet project"_s,      u"council leader"_s, u"mayor"_s,           u"red tape"_s}},
              {kNormal,
               {u"members"_s, u"member"_s, u"sign off"_s, u"legal"_s, u"policy"_s, u"policies"_s,
                u"decisions"_s, u"approve"_s, u"approval"_s, u"overturned"_s, u"audit"_s,
                u"statutory"_s, u"bureaucracy"_s}},
              {kWeak, {u"rules"_s, u"risk"_s}}}},
            {u"collaboration between authorities"_s,
             {{kStrong,
               {u"collaboration"_s, u"collaborate"_s, u"partnership"_s, u"shared service"_s,
                u"county"_s, u"district"_s, u"districts"_s, u"neighbouring"_s, u"other councils"_s,
                u"two tier"_s, u"unitary"_s, u"nhs"_s, u"dfg"_s, u"dfgs"_s,
                u"disabled facilities"_s, u"which council"_s, u"between authorities"_s}},
              {kNormal,
               {u"authorities"_s, u"authority"_s, u"partners"_s, u"borough"_s, u"health"_s,
                u"police"_s, u"reuse"_s, u"joint"_s, u"pooled"_s, u"every council"_s,
                u"each council"_s, u"lga"_s}},
              {kWeak, {u"council"_s, u"councils"_s, u"share"_s}}}},
        };
        QHash<QString, CueWeights> result;
        for (const auto& [name, groups] : lists) {
            CueWeights& weights = result[name];
            for (const CueGroup& group : groups) {
                for (const QString& cue : group.cues) {
                    const QStringList words = foldedWords(cue);
                    QString term;
                    for (const QString& word : words)
                        term += (term.isEmpty() ? QString() : u" "_s) + stem(word);
                    weights[term] = std::max(weights.value(term), group.weight);
                }
            }
        }
        return result;
    }();
    return table;
}

// A category outside the starting taxonomy is cued by the words of its name.
CueWeights nameCues(const QString& name) {
    CueWeights weights;
    const QStringList words = foldedWords(name);
    for (const QString& word : words) {
        if (!isStopWord(word))
            weights.insert(stem(word), kNormal);
    }
    return weights;
}

} // namespace

std::optional<Id> suggestCategory(const QString& blockerTitle,
                                  const std::vector<Category>& categories) {
    const std::vector<Term> terms = termsOf(blockerTitle);
    if (terms.empty() || categories.empty())
        return std::nullopt;

    // Each category's cues, looked up once.
    std::vector<CueWeights> ownCues(categories.size());
    std::vector<const CueWeights*> cues(categories.size());
    for (std::size_t i = 0; i < categories.size(); ++i) {
        const auto builtIn = builtInCues().constFind(categories[i].name.toCaseFolded());
        if (builtIn != builtInCues().cend()) {
            cues[i] = &*builtIn;
        } else {
            ownCues[i] = nameCues(categories[i].name);
            cues[i] = &ownCues[i];
        }
    }
    auto isCue = [&](const QString& term) {
        return std::any_of(cues.begin(), cues.end(),
                           [&](const CueWeights* c) { return c->contains(term); });
    };

    // The words within phrases that are cues; they do not count on their own.
    // (The last term always ends at the last word.)
    const qsizetype wordCount = terms.back().last + 1;
    std::vector<bool> inPhrase(static_cast<std::size_t>(wordCount), false);
    for (const Term& term : terms) {
        if (term.last > term.first && isCue(term.text)) {
            for (qsizetype i = term.first; i <= term.last; ++i)
                inPhrase[static_cast<std::size_t>(i)] = true;
        }
    }

    // A term that cues several categories is shared out between them; a term
    // said twice counts once.
    std::vector<double> scores(categories.size(), 0.0);
    std::vector<qsizetype> firstCue(categories.size(), wordCount);
    std::vector<double> weights(categories.size());
    QSet<QString> counted;
    for (const Term& term : terms) {
        if (term.last == term.first && inPhrase[static_cast<std::size_t>(term.first)])
            continue;
        if (counted.contains(term.text))
            continue;
        counted.insert(term.text);
        int sharedBy = 0;
        for (std::size_t i = 0; i < categories.size(); ++i) {
            weights[i] = cues[i]->value(term.text, 0.0);
            sharedBy += weights[i] > 0.0 ? 1 : 0;
        }
        for (std::size_t i = 0; sharedBy > 0 && i < categories.size(); ++i) {
            scores[i] += weights[i] / sharedBy;
            if (weights[i] > 0.0)
                firstCue[i] = std::min(firstCue[i], term.first);
        }
    }

    // The best, if it is good enough. Between equal scores, the category cued
    // first wins: a blocker usually names what it is about first ("Managers
    // won't sign off…", "Service area conflicts – … content"); if that does
    // not part them either, there is no reason to pick one.
    auto beats = [&](std::size_t a, std::size_t b) {
        if (std::abs(scores[a] - scores[b]) > 1e-9)
            return scores[a] > scores[b];
        return firstCue[a] < firstCue[b];
    };
    std::size_t best = 0;
    for (std::size_t i = 1; i < categories.size(); ++i) {
        if (beats(i, best))
            best = i;
    }
    if (scores[best] < kMinimumScore)
        return std::nullopt;
    for (std::size_t i = 0; i < categories.size(); ++i) {
        if (i != best && !beats(best, i))
            return std::nullopt;
    }
    return categories[best].id;
}

} // namespace unblock
