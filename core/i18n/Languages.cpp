#include "i18n/Languages.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace unblock {
namespace {

// "cy-GB" and "cy_GB" to "cy"; "en-GB" and "en-US" to "en_GB", Unblock's only English.
QString offeredFor(const QString& systemLanguage) {
    const QString primary = systemLanguage.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
    if (primary == u"en")
        return u"en_GB"_s;
    return isOffered(primary) ? primary : QString();
}

void install(QCoreApplication& app, std::unique_ptr<QTranslator> translator) {
    if (!translator)
        return;
    translator->setParent(&app);
    QCoreApplication::installTranslator(translator.release());
}

// Qt's translation of its own strings. Debian has none for Welsh, so Unblock
// carries the few it shows (qtbase_cy.ts); Qt's, where present, come first.
std::unique_ptr<QTranslator> qtTranslator(const QString& language) {
    auto translator = std::make_unique<QTranslator>();
    const QString dir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (translator->load(u"qtbase_"_s + language, dir) ||
        translator->load(u"qtbase_"_s + language, u":/i18n"_s))
        return translator;
    return nullptr;
}

} // namespace

const std::vector<Language>& languages() {
    static const std::vector<Language> all{{u"en_GB"_s, u"English"_s}, {u"cy"_s, u"Cymraeg"_s}};
    return all;
}

bool isOffered(const QString& code) {
    const auto& all = languages();
    return std::any_of(all.begin(), all.end(), [&](const Language& l) { return l.code == code; });
}

QString resolveLanguage(const QString& chosen, const QStringList& systemLanguages) {
    if (isOffered(chosen))
        return chosen;
    for (const QString& language : systemLanguages) {
        const QString offered = offeredFor(language);
        if (!offered.isEmpty())
            return offered;
    }
    return u"en_GB"_s;
}

std::unique_ptr<QTranslator> unblockTranslator(const QString& language) {
    auto translator = std::make_unique<QTranslator>();
    if (!isOffered(language) || !translator->load(u":/i18n/unblock_"_s + language))
        return nullptr;
    return translator;
}

void installTranslations(QCoreApplication& app, const QString& language) {
    install(app, qtTranslator(language));
    install(app, unblockTranslator(language));
}

} // namespace unblock
