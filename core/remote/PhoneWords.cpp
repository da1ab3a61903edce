#include "remote/PhoneWords.h"

#include "i18n/Languages.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

namespace unblock::remote {
namespace {

struct Word {
    const char* key; // what phone.js asks for
    const char* text;
};

// {n}, {total}, {max}, {title} and {label} are filled in by the page.
constexpr Word kWords[] = {
    {"heading", QT_TRANSLATE_NOOP("PhonePage", "Vote from your phone")},
    {"codeLabel", QT_TRANSLATE_NOOP("PhonePage", "Join code")},
    {"codeHint",
     QT_TRANSLATE_NOOP("PhonePage", "Type the code shown on the screen at the front of the room.")},
    {"join", QT_TRANSLATE_NOOP("PhonePage", "Join")},
    {"joining", QT_TRANSLATE_NOOP("PhonePage", "Joining…")},
    {"send", QT_TRANSLATE_NOOP("PhonePage", "Send my votes")},
    {"sending", QT_TRANSLATE_NOOP("PhonePage", "Sending…")},
    {"sent",
     QT_TRANSLATE_NOOP("PhonePage", "Your votes are in. You can change them until voting closes.")},
    {"waiting", QT_TRANSLATE_NOOP("PhonePage", "Waiting for the facilitator to open a vote.")},
    {"closed", QT_TRANSLATE_NOOP("PhonePage", "Voting has closed. Thank you.")},
    {"reconnecting", QT_TRANSLATE_NOOP("PhonePage", "Connection lost. Reconnecting…")},
    {"cannotReach",
     QT_TRANSLATE_NOOP("PhonePage",
                       "The laptop cannot be reached. Check you are on the same wifi.")},
    {"dotsRules",
     QT_TRANSLATE_NOOP("PhonePage", "You have {n} dots. Put up to {max} on one item.")},
    {"dotsRulesNoCap",
     QT_TRANSLATE_NOOP("PhonePage", "You have {n} dots. Put as many as you like on one item.")},
    {"dotsFree",
     QT_TRANSLATE_NOOP("PhonePage", "Put as many dots as you like on the items you support.")},
    {"dotsLeft", QT_TRANSLATE_NOOP("PhonePage", "Dots left: {n} of {total}")},
    {"dots", QT_TRANSLATE_NOOP("PhonePage", "{n} dots")},
    {"oneDot", QT_TRANSLATE_NOOP("PhonePage", "1 dot")},
    {"addDot", QT_TRANSLATE_NOOP("PhonePage", "Add a dot to {title}")},
    {"removeDot", QT_TRANSLATE_NOOP("PhonePage", "Remove a dot from {title}")},
    {"approvalRules", QT_TRANSLATE_NOOP("PhonePage", "Tick up to {n} items you support.")},
    {"approvalFree", QT_TRANSLATE_NOOP("PhonePage", "Tick every item you support.")},
    {"ticksLeft", QT_TRANSLATE_NOOP("PhonePage", "Ticks left: {n} of {total}")},
    {"rankedRules",
     QT_TRANSLATE_NOOP(
         "PhonePage",
         "Put up to {n} items in order of preference: add them, then move them up or down.")},
    {"rankedFree",
     QT_TRANSLATE_NOOP(
         "PhonePage",
         "Put the items in order of preference: add them, then move them up or down.")},
    {"placesLeft", QT_TRANSLATE_NOOP("PhonePage", "Places left: {n} of {total}")},
    {"place", QT_TRANSLATE_NOOP("PhonePage", "Number {n}")},
    {"addRank", QT_TRANSLATE_NOOP("PhonePage", "Add")},
    {"addRankName", QT_TRANSLATE_NOOP("PhonePage", "Add {title} to my order")},
    {"up", QT_TRANSLATE_NOOP("PhonePage", "Up")},
    {"upName", QT_TRANSLATE_NOOP("PhonePage", "Move {title} up")},
    {"down", QT_TRANSLATE_NOOP("PhonePage", "Down")},
    {"downName", QT_TRANSLATE_NOOP("PhonePage", "Move {title} down")},
    {"remove", QT_TRANSLATE_NOOP("PhonePage", "Remove")},
    {"removeName", QT_TRANSLATE_NOOP("PhonePage", "Take {title} out of my order")},
    {"thisPhone", QT_TRANSLATE_NOOP("PhonePage", "This phone: {label}")},
    // A call for items: {name} is a table, {title} a blocker, {max} the limit.
    {"headingCall", QT_TRANSLATE_NOOP("PhonePage", "Add yours from your phone")},
    {"callBlockers", QT_TRANSLATE_NOOP("PhonePage", "Add a blocker")},
    {"callBlockersHint",
     QT_TRANSLATE_NOOP("PhonePage", "What stops services being better? One blocker at a time.")},
    {"callSolutions", QT_TRANSLATE_NOOP("PhonePage", "Add a solution")},
    {"callSolutionsHint",
     QT_TRANSLATE_NOOP("PhonePage", "What would remove the blocker? One solution at a time.")},
    {"tableLabel", QT_TRANSLATE_NOOP("PhonePage", "Your table")},
    {"tableChoose", QT_TRANSLATE_NOOP("PhonePage", "Choose your table")},
    {"tablePicked", QT_TRANSLATE_NOOP("PhonePage", "Your table: {name}")},
    {"blockerLabel", QT_TRANSLATE_NOOP("PhonePage", "The blocker your solution is for")},
    {"blockerChoose", QT_TRANSLATE_NOOP("PhonePage", "Choose the blocker")},
    {"noBlockers",
     QT_TRANSLATE_NOOP("PhonePage",
                       "There is no blocker to answer now. Wait for the facilitator.")},
    {"enterSends", QT_TRANSLATE_NOOP("PhonePage", "One item at a time: Enter sends it.")},
    {"solutionFor", QT_TRANSLATE_NOOP("PhonePage", "Your solution is for: {title}")},
    {"blockerText", QT_TRANSLATE_NOOP("PhonePage", "Your blocker")},
    {"solutionText", QT_TRANSLATE_NOOP("PhonePage", "Your solution")},
    {"count", QT_TRANSLATE_NOOP("PhonePage", "{n} of {max} characters")},
    {"nameLabel", QT_TRANSLATE_NOOP("PhonePage", "Your name (optional)")},
    {"nameHint", QT_TRANSLATE_NOOP("PhonePage", "Leave it empty to stay anonymous.")},
    {"sendItem", QT_TRANSLATE_NOOP("PhonePage", "Send")},
    {"itemSent", QT_TRANSLATE_NOOP("PhonePage", "Sent. The facilitator will look at it.")},
    {"itemKept",
     QT_TRANSLATE_NOOP("PhonePage",
                       "The laptop cannot be reached. Your words are kept: press Send again.")},
    {"paused",
     QT_TRANSLATE_NOOP("PhonePage", "The facilitator has paused the call. Keep your words: it will "
                                    "open again.")},
    {"callClosed", QT_TRANSLATE_NOOP("PhonePage", "The call for items has closed. Thank you.")},
    {"yourItems", QT_TRANSLATE_NOOP("PhonePage", "What you sent")},
    {"stateWaiting", QT_TRANSLATE_NOOP("PhonePage", "Waiting for the facilitator")},
    {"stateOnBoard", QT_TRANSLATE_NOOP("PhonePage", "On the board")},
    {"stateMerged", QT_TRANSLATE_NOOP("PhonePage", "Merged into “{title}”")},
    {"stateNotAdded", QT_TRANSLATE_NOOP("PhonePage", "Not added")},
    {"stateNotAddedWhy", QT_TRANSLATE_NOOP("PhonePage", "Not added: {reason}")},
};

QJsonObject wordsIn(const QString& language) {
    const std::unique_ptr<QTranslator> translator = unblockTranslator(language);
    QJsonObject words;
    for (const Word& word : kWords) {
        const QString translated =
            translator ? translator->translate("PhonePage", word.text) : QString();
        words.insert(QLatin1String(word.key),
                     translated.isEmpty() ? QString::fromUtf8(word.text) : translated);
    }
    return words;
}

} // namespace

QJsonObject phoneWords(const QStringList& wanted) {
    const QString language = resolveLanguage(QString(), wanted);
    static QHash<QString, QJsonObject> made; // a translation is read once
    if (!made.contains(language))
        made.insert(language, wordsIn(language));
    QJsonArray offered;
    for (const Language& l : languages())
        offered.append(QJsonObject{{u"code"_s, l.code}, {u"name"_s, l.nativeName}});
    return {
        {u"language"_s, language}, {u"languages"_s, offered}, {u"words"_s, made.value(language)}};
}

} // namespace unblock::remote
