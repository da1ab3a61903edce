// The translation files against the sources: lupdate (as the
// update-translations target runs it) finds nothing to add or drop, and the
// Welsh is complete and keeps every placeholder, shortcut key and edge
// space its English has.
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

using namespace unblock::test;
using namespace Qt::StringLiterals;

namespace {

struct Message {
    QString context;
    QString source;
    QString comment;
    QStringList translations; // one, or each plural form
    bool unfinished = false;

    QString key() const { return context + u" | " + source + u" | " + comment; }
};

QList<Message> readTs(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QString context;
    bool numerus = false;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
            messages.append(Message{context, {}, {}, {}, false});
        } else if (name == u"source") {
            messages.last().source = xml.readElementText();
        } else if (name == u"comment") {
            messages.last().comment = xml.readElementText();
        } else if (name == u"translation") {
            messages.last().unfinished =
                xml.attributes().value(QLatin1String("type")) == u"unfinished";
            if (!numerus)
                messages.last().translations << xml.readElementText();
        } else if (name == u"numerusform") {
            messages.last().translations << xml.readElementText();
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return messages;
}

QSet<QString> keys(const QList<Message>& messages) {
    QSet<QString> result;
    for (const Message& m : messages)
        result.insert(m.key());
    return result;
}

// lupdate over the sources into a copy of `name`; the copy's messages.
QList<Message> updatedCopy(const QString& name, const QStringList& options) {
    static TempDir dir;
    const QString copy = dir.path(name);
    QFile::remove(copy);
    REQUIRE(QFile::copy(QStringLiteral(UNBLOCK_SOURCE_DIR "/translations/") + name, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(UNBLOCK_SOURCE_DIR));
    lupdate.start(QStringLiteral(LUPDATE),
                  QStringList{u"-locations"_s, u"none"_s, u"-no-obsolete"_s, u"-source-language"_s,
                              u"en_GB"_s} +
                      options + QStringList{u"core"_s, u"app"_s, u"-ts"_s, copy});
    REQUIRE(lupdate.waitForFinished(120000));
    INFO(lupdate.readAllStandardError().toStdString());
    REQUIRE(lupdate.exitCode() == 0);
    return readTs(copy);
}

void checkInStep(const QString& name, const QStringList& options) {
    const QSet<QString> committed =
        keys(readTs(QStringLiteral(UNBLOCK_SOURCE_DIR "/translations/") + name));
    const QSet<QString> current = keys(updatedCopy(name, options));
    const QStringList missing = QSet<QString>(current).subtract(committed).values();
    const QStringList vanished = QSet<QString>(committed).subtract(current).values();
    INFO("Run “cmake --build BUILD --target update-translations”, then translate in Qt Linguist.");
    INFO("In the sources but not in " << name.toStdString() << ": "
                                      << missing.join(u"; ").toStdString());
    CHECK(missing.isEmpty());
    INFO("In " << name.toStdString()
               << " but gone from the sources: " << vanished.join(u"; ").toStdString());
    CHECK(vanished.isEmpty());
}

// What a translation must carry over from its source: %1, %L2, %n, {title}.
QSet<QString> placeholders(const QString& text) {
    static const QRegularExpression pattern(u"%L?\\d+|%n|\\{\\w+\\}"_s);
    QSet<QString> found;
    for (const auto& match : pattern.globalMatch(text))
        found.insert(match.captured());
    return found;
}

// A shortcut key is & before a letter; "&&" and "A & B" are the character itself.
int shortcutKeys(const QString& text) {
    static const QRegularExpression pattern(u"&[^&\\s]"_s);
    return static_cast<int>(text.count(pattern));
}

QStringList problems(const Message& m, const QString& translation) {
    QStringList found;
    if (translation.trimmed().isEmpty())
        found << u"not translated"_s;
    if (placeholders(translation) != placeholders(m.source))
        found << u"placeholders differ"_s;
    if (shortcutKeys(translation) != shortcutKeys(m.source))
        found << u"shortcut keys differ"_s;
    if (translation.startsWith(u' ') != m.source.startsWith(u' ') ||
        translation.endsWith(u'\n') != m.source.endsWith(u'\n'))
        found << u"edge spaces or line breaks differ"_s;
    return found;
}

} // namespace

// [lupdate]: these run Qt's lupdate, a program of the build's host (a Linux
// one in the Windows build, which Wine cannot start from a Windows test).
TEST_CASE("The Welsh translation has every string in the sources and none that has gone",
          "[lupdate]") {
    checkInStep(u"unblock_cy.ts"_s, {});
}

TEST_CASE("The English translation has every plural in the sources and none that has gone",
          "[lupdate]") {
    checkInStep(u"unblock_en_GB.ts"_s, {u"-pluralonly"_s});
}

TEST_CASE("Every translation is complete and keeps placeholders, shortcut keys and edge spaces") {
    for (const char* name : {"unblock_cy.ts", "unblock_en_GB.ts", "qtbase_cy.ts"}) {
        const QList<Message> messages =
            readTs(QStringLiteral(UNBLOCK_SOURCE_DIR "/translations/") + QLatin1String(name));
        CHECK_FALSE(messages.isEmpty());
        QStringList wrong;
        for (const Message& m : messages) {
            if (m.translations.isEmpty())
                wrong << m.key() + u": not translated";
            for (const QString& translation : m.translations) {
                const QStringList found = problems(m, translation);
                if (!found.isEmpty())
                    wrong << m.key() + u": " + found.join(u", ") + u" in “" + translation + u"”";
            }
        }
        INFO(name << ": " << wrong.join(u"\n").toStdString());
        CHECK(wrong.isEmpty());
    }
}
