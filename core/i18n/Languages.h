#pragma once

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QCoreApplication;
class QTranslator;

namespace unblock {

// A language Unblock is translated into.
struct Language {
    QString code;       // as in the translation files' names: "en_GB", "cy"
    QString nativeName; // how its speakers name it, so they can find it in any language
};

// English (the source), then Welsh.
const std::vector<Language>& languages();

// Whether `code` is one of languages()' codes ("cy"; not "cy-GB").
bool isOffered(const QString& code);

// The language to show: the chosen one when Unblock has it, else the first of
// the system's languages that Unblock has (QLocale::uiLanguages()), else English.
QString resolveLanguage(const QString& chosen, const QStringList& systemLanguages);

// Unblock's translation for one language, loaded but not installed: the phone
// server answers each phone in the phone's own language. Null when there is none.
std::unique_ptr<QTranslator> unblockTranslator(const QString& language);

// Installs Unblock's translation and Qt's own (for standard buttons and
// dialogs) for the language into the application, which owns them.
void installTranslations(QCoreApplication& app, const QString& language);

} // namespace unblock
