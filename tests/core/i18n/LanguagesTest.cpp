// Which language Unblock speaks, and that its translations load: Unblock's
// own (core, the app, the phone page) and Qt's for standard buttons.
#include "i18n/Languages.h"

#include "ranking/Ranking.h"
#include "remote/PhoneWords.h"
#include "report/SummaryFormats.h"
#include "support/TestSupport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTranslator>

using namespace unblock;
using namespace Qt::StringLiterals;

TEST_CASE("The language chosen in Preferences comes first, then the system's, then English") {
    CHECK(resolveLanguage(u"cy"_s, {u"en-GB"_s}) == u"cy");
    CHECK(resolveLanguage(u"en_GB"_s, {u"cy-GB"_s}) == u"en_GB");
    CHECK(resolveLanguage({}, {u"cy-GB"_s, u"en-GB"_s}) == u"cy");
    CHECK(resolveLanguage({}, {u"fr-FR"_s, u"cy"_s}) == u"cy");
    CHECK(resolveLanguage({}, {u"en-US"_s, u"cy"_s}) == u"en_GB");
    CHECK(resolveLanguage({}, {u"de-DE"_s}) == u"en_GB");
    CHECK(resolveLanguage({}, {}) == u"en_GB");
    // A stored choice Unblock has no translation for gives way to the system.
    CHECK(resolveLanguage(u"klingon"_s, {u"cy_GB"_s}) == u"cy");
}

TEST_CASE("Welsh shows core's words in Welsh, Qt's standard buttons included") {
    const test::ScopedLanguage welsh(u"cy"_s);
    CHECK(summaryFileFilters().startsWith(u"PDF (*.pdf);;Testun OpenDocument"));
    CHECK(QCoreApplication::translate("QPlatformTheme", "Cancel") == u"Diddymu");
    CHECK(QCoreApplication::translate("QLineEdit", "&Paste") == u"&Gludo");
    CHECK(scoreText(VoteMethod::Dots, 12) == u"12 dot"); // Welsh counts in the singular
}

TEST_CASE("English is the source: its file gives the plural forms") {
    const test::ScopedLanguage english(u"en_GB"_s);
    CHECK(summaryFileFilters().startsWith(u"PDF (*.pdf);;OpenDocument text"));
    CHECK(QCoreApplication::translate("unblock::app::PresenterWindow", "and %n more", nullptr, 1) ==
          u"and 1 more");
    CHECK(scoreText(VoteMethod::Dots, 1) == u"1 dot");
    CHECK(scoreText(VoteMethod::Dots, 12) == u"12 dots");
    CHECK(scoreText(VoteMethod::Borda, 1) == u"1 Borda point");
}

TEST_CASE("A language Unblock does not have loads no translator") {
    CHECK(unblockTranslator(u"fr"_s) == nullptr);
    CHECK(unblockTranslator(u"../../etc/passwd"_s) == nullptr);
    CHECK(unblockTranslator(u"cy"_s) != nullptr);
}

TEST_CASE("The phone page's words come in the phone's language, whatever the laptop speaks") {
    const QJsonObject welsh = remote::phoneWords({u"cy-GB"_s, u"en-GB"_s});
    CHECK(welsh.value(u"language"_s).toString() == u"cy");
    CHECK(welsh.value(u"words"_s)[u"heading"_s].toString() == u"Pleidleisiwch o’ch ffôn");
    CHECK(welsh.value(u"words"_s)[u"dotsLeft"_s].toString() == u"Dotiau ar ôl: {n} o {total}");
    const QJsonObject english = remote::phoneWords({u"fr-FR"_s});
    CHECK(english.value(u"language"_s).toString() == u"en_GB");
    CHECK(english.value(u"words"_s)[u"heading"_s].toString() == u"Vote from your phone");
    const QJsonArray offered = english.value(u"languages"_s).toArray();
    REQUIRE(offered.size() == 2);
    CHECK(offered[1][u"name"_s].toString() == u"Cymraeg");
}
