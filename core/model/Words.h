#pragma once

#include <QString>
#include <QStringList>

// The words of a blocker as core compares them: the category suggester finds
// its cues with them, and the likeness of two blockers counts the words they
// share.
namespace unblock::words {

// The words of a text, normalised: case-folded, split at anything but
// letters, digits and apostrophes, a possessive "'s" dropped and other
// apostrophes taken out ("don’t" → "dont"). A currency sign becomes the word
// "£", as amounts of money say something.
QStringList foldedWords(const QString& text);

// A small English stemmer for folded words: it maps a word's forms to one key
// ("systems" and "system", "changed" and "changing"), not to the dictionary
// root.
QString stem(QString word);

// Words that say nothing on their own, English and Welsh ("the", "lack",
// "y", "diffyg"): not cues, not what makes two blockers alike.
bool isStopWord(const QString& word);

} // namespace unblock::words
