#include "model/Words.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace unblock::words {
namespace {

bool isVowel(QChar c) {
    return c == u'a' || c == u'e' || c == u'i' || c == u'o' || c == u'u' || c == u'y';
}

bool hasVowel(QStringView word) {
    for (QChar c : word) {
        if (isVowel(c))
            return true;
    }
    return false;
}

} // namespace

bool isStopWord(const QString& word) {
    static const QSet<QString> words{
        u"a"_s,
        u"about"_s,
        u"after"_s,
        u"again"_s,
        u"all"_s,
        u"also"_s,
        u"am"_s,
        u"an"_s,
        u"and"_s,
        u"any"_s,
        u"anyone"_s,
        u"are"_s,
        u"arent"_s,
        u"as"_s,
        u"at"_s,
        u"be"_s,
        u"been"_s,
        u"before"_s,
        u"being"_s,
        u"but"_s,
        u"by"_s,
        u"can"_s,
        u"cannot"_s,
        u"cant"_s,
        u"could"_s,
        u"couldnt"_s,
        u"did"_s,
        u"didnt"_s,
        u"do"_s,
        u"does"_s,
        u"doesnt"_s,
        u"dont"_s,
        u"each"_s,
        u"eg"_s,
        u"etc"_s,
        u"even"_s,
        u"every"_s,
        u"everyone"_s,
        u"for"_s,
        u"from"_s,
        u"get"_s,
        u"gets"_s,
        u"got"_s,
        u"had"_s,
        u"has"_s,
        u"hasnt"_s,
        u"have"_s,
        u"havent"_s,
        u"he"_s,
        u"her"_s,
        u"here"_s,
        u"his"_s,
        u"how"_s,
        u"i"_s,
        u"ie"_s,
        u"if"_s,
        u"in"_s,
        u"into"_s,
        u"is"_s,
        u"isnt"_s,
        u"it"_s,
        u"its"_s,
        u"just"_s,
        u"lack"_s,
        u"like"_s,
        u"lot"_s,
        u"lots"_s,
        u"many"_s,
        u"may"_s,
        u"me"_s,
        u"might"_s,
        u"more"_s,
        u"most"_s,
        u"much"_s,
        u"must"_s,
        u"my"_s,
        u"never"_s,
        u"no"_s,
        u"nobody"_s,
        u"none"_s,
        u"not"_s,
        u"nothing"_s,
        u"of"_s,
        u"off"_s,
        u"on"_s,
        u"one"_s,
        u"only"_s,
        u"or"_s,
        u"other"_s,
        u"our"_s,
        u"out"_s,
        u"over"_s,
        u"people"_s,
        u"same"_s,
        u"she"_s,
        u"should"_s,
        u"so"_s,
        u"some"_s,
        u"still"_s,
        u"than"_s,
        u"that"_s,
        u"the"_s,
        u"their"_s,
        u"them"_s,
        u"then"_s,
        u"there"_s,
        u"these"_s,
        u"they"_s,
        u"thing"_s,
        u"things"_s,
        u"this"_s,
        u"those"_s,
        u"to"_s,
        u"too"_s,
        u"under"_s,
        u"up"_s,
        u"us"_s,
        u"very"_s,
        u"was"_s,
        u"wasnt"_s,
        u"we"_s,
        u"were"_s,
        u"what"_s,
        u"when"_s,
        u"where"_s,
        u"which"_s,
        u"who"_s,
        u"why"_s,
        u"will"_s,
        u"with"_s,
        u"without"_s,
        u"wont"_s,
        u"would"_s,
        u"wouldnt"_s,
        u"you"_s,
        u"your"_s,
        // Welsh: the articles, pronouns, prepositions and the verb "to be"
        // in its common forms, and "diffyg" (lack) and "dim" (no, none).
        u"ac"_s,
        u"am"_s,
        u"ar"_s,
        u"bod"_s,
        u"chi"_s,
        u"diffyg"_s,
        u"digon"_s,
        u"dim"_s,
        u"ei"_s,
        u"ein"_s,
        u"eich"_s,
        u"eu"_s,
        u"fy"_s,
        u"gan"_s,
        u"gyda"_s,
        u"heb"_s,
        u"mae"_s,
        u"mewn"_s,
        u"neu"_s,
        u"nhw"_s,
        u"ni"_s,
        u"nid"_s,
        u"o"_s,
        u"ond"_s,
        u"rhy"_s,
        u"sy"_s,
        u"sydd"_s,
        u"syn"_s,
        u"wedi"_s,
        u"y"_s,
        u"yn"_s,
        u"yng"_s,
        u"ym"_s,
        u"ymysg"_s,
        u"yr"_s,
        u"yw"_s,
    };
    return words.contains(word);
}

// A small English stemmer, for case-folded words without apostrophes. It only
// has to map a word's forms to one key (cues go through it too), not to find
// the dictionary root: plurals ("authorities" → "authority", "systems" →
// "system"), then -ing and -ed ("publishing" → "publish", "devolved" →
// "devolv"), then a final double consonant and a final "e", so that "change",
// "changed" and "changing", or "plan" and "planning", meet.
QString stem(QString word) {
    if (word.size() <= 3)
        return word;
    if (word.endsWith(u"ies"_s) && word.size() > 4)
        word = word.chopped(3) + u'y';
    else if (word.endsWith(u"sses"_s))
        word.chop(2);
    else if (word.endsWith(u's') && !word.endsWith(u"ss"_s) && !word.endsWith(u"us"_s) &&
             !word.endsWith(u"is"_s))
        word.chop(1);
    // The rest must keep three letters and a vowel: "thing" and "need" stay.
    if (word.endsWith(u"ing"_s) && word.size() >= 6 && hasVowel(QStringView(word).chopped(3)))
        word.chop(3);
    else if (word.endsWith(u"ed"_s) && word.size() >= 5 && hasVowel(QStringView(word).chopped(2)))
        word.chop(2);
    const qsizetype n = word.size();
    if (n >= 4 && word[n - 1] == word[n - 2] && !isVowel(word[n - 1]) && word[n - 1] != u'l' &&
        word[n - 1] != u's' && word[n - 1] != u'z')
        word.chop(1);
    if (word.size() >= 4 && word.endsWith(u'e'))
        word.chop(1);
    return word;
}

QStringList foldedWords(const QString& text) {
    QStringList words;
    QString word;
    auto finish = [&] {
        while (word.startsWith(u'\''))
            word.remove(0, 1);
        while (word.endsWith(u'\''))
            word.chop(1);
        if (word.endsWith(u"'s"_s))
            word.chop(2);
        word.remove(u'\'');
        if (!word.isEmpty())
            words << word;
        word.clear();
    };
    for (QChar c : text.toCaseFolded()) {
        if (c.isLetterOrNumber()) {
            word += c;
        } else if (c == u'\'' || c == u'\u2019' || c == u'\u2018') {
            word += u'\'';
        } else {
            finish();
            if (c.category() == QChar::Symbol_Currency)
                words << u"£"_s;
        }
    }
    finish();
    return words;
}

} // namespace unblock::words
