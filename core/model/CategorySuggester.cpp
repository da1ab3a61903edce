#include "model/CategorySuggester.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace unblock {
namespace {

// Signal words for the starting taxonomy, keyed by its English names.
const QHash<QString, QStringList>& signalWords() {
    static const QHash<QString, QStringList> words{
        {u"leadership & management support"_s,
         {u"leader"_s, u"leadership"_s, u"management"_s, u"manager"_s, u"director"_s,
          u"executive"_s, u"senior"_s, u"sponsor"_s, u"vision"_s}},
        {u"culture & resistance to change"_s,
         {u"culture"_s, u"resist"_s, u"resistance"_s, u"obstructive"_s, u"attitude"_s, u"fear"_s,
          u"cooperation"_s, u"mindset"_s, u"change"_s}},
        {u"budgets & finance"_s,
         {u"budget"_s, u"budgets"_s, u"money"_s, u"finance"_s, u"funding"_s, u"cost"_s, u"costs"_s,
          u"savings"_s, u"cuts"_s}},
        {u"skills & resources"_s,
         {u"skills"_s, u"skill"_s, u"training"_s, u"resources"_s, u"capacity"_s, u"expertise"_s,
          u"staffing"_s}},
        {u"customer insight"_s,
         {u"customer"_s, u"customers"_s, u"resident"_s, u"residents"_s, u"user"_s, u"users"_s,
          u"insight"_s, u"research"_s, u"feedback"_s, u"analytics"_s, u"data"_s}},
        {u"service-area silos & departmental focus"_s,
         {u"silo"_s, u"silos"_s, u"department"_s, u"departmental"_s, u"departments"_s,
          u"conflict"_s, u"conflicts"_s, u"service"_s}},
        {u"content & jargon"_s,
         {u"content"_s, u"jargon"_s, u"pages"_s, u"writing"_s, u"language"_s, u"wording"_s}},
        {u"devolved publishing"_s,
         {u"devolved"_s, u"publishing"_s, u"publishers"_s, u"editors"_s, u"cms"_s}},
        {u"procurement & suppliers"_s,
         {u"procurement"_s, u"supplier"_s, u"suppliers"_s, u"contract"_s, u"contracts"_s,
          u"vendor"_s, u"tender"_s}},
        {u"legacy & ageing software"_s,
         {u"legacy"_s, u"ageing"_s, u"aging"_s, u"old"_s, u"software"_s, u"systems"_s}},
        {u"integration, apis & middleware"_s,
         {u"integration"_s, u"integrate"_s, u"api"_s, u"apis"_s, u"middleware"_s, u"interfaces"_s}},
        {u"infrastructure, broadband & demographics"_s,
         {u"infrastructure"_s, u"broadband"_s, u"connectivity"_s, u"demographic"_s,
          u"demographics"_s, u"rural"_s, u"wifi"_s, u"exclusion"_s}},
        {u"governance & politics"_s,
         {u"governance"_s, u"politics"_s, u"political"_s, u"members"_s, u"councillors"_s,
          u"committee"_s, u"policy"_s}},
        {u"collaboration between authorities"_s,
         {u"authorities"_s, u"authority"_s, u"collaboration"_s, u"partnership"_s, u"partners"_s,
          u"councils"_s}},
    };
    return words;
}

QStringList wordsOf(const QString& text) {
    static const QRegularExpression separators(u"[^\\w]+"_s,
                                               QRegularExpression::UseUnicodePropertiesOption);
    QStringList words;
    for (const QString& word : text.toCaseFolded().split(separators, Qt::SkipEmptyParts)) {
        if (word.size() >= 3 && word != u"and" && word != u"the")
            words << word;
    }
    return words;
}

} // namespace

std::optional<Id> suggestCategory(const QString& blockerTitle,
                                  const std::vector<Category>& categories) {
    const QStringList words = wordsOf(blockerTitle);
    std::optional<Id> best;
    qsizetype bestScore = 0;
    for (const Category& category : categories) {
        QStringList cues = wordsOf(category.name);
        cues << signalWords().value(category.name.toCaseFolded());
        qsizetype score = 0;
        for (const QString& word : words)
            score += cues.contains(word) ? 1 : 0;
        if (score > bestScore) {
            bestScore = score;
            best = category.id;
        }
    }
    return best;
}

} // namespace unblock
