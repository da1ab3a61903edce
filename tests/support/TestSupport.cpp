#include "support/TestSupport.h"

#include "i18n/Languages.h"
#include "io/JsonFormat.h"
#include "store/Snapshot.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QImageWriter>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTranslator>

namespace unblock::test {

ScopedLanguage::ScopedLanguage(const QString& language)
    : m_before(QCoreApplication::instance()->children()) {
    installTranslations(*QCoreApplication::instance(), language);
}

ScopedLanguage::~ScopedLanguage() {
    for (QTranslator* translator : QCoreApplication::instance()->findChildren<QTranslator*>()) {
        if (m_before.contains(translator))
            continue;
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

TempDir::TempDir() {
    REQUIRE(m_dir.isValid());
}

QString TempDir::path(const QString& name) const {
    return m_dir.filePath(name);
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeAll(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

QByteArray sha256Of(const QString& path) {
    return QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256).toHex();
}

std::unique_ptr<store::SessionFile> createSession(const QString& path) {
    return expectOk(store::SessionFile::create(path));
}

std::unique_ptr<store::SessionFile> openSession(const QString& path, store::OpenMode mode) {
    return expectOk(store::SessionFile::open(path, mode));
}

QString demoJsonPath() {
    return QStringLiteral(UNBLOCK_SOURCE_DIR "/resources/samples/really-useful-day.json");
}

SessionData demoData() {
    return expectOk(importJson(readAll(demoJsonPath())));
}

SessionData scoredDemo(const std::vector<std::pair<int, int>>& scores) {
    SessionData data = demoData();
    REQUIRE(scores.size() <= data.solutions.size());
    for (std::size_t i = 0; i < scores.size(); ++i) {
        data.solutions[i].impact = scores[i].first;
        data.solutions[i].effort = scores[i].second;
    }
    return data;
}

std::vector<std::pair<int, int>> randomScores(int count, quint32 seed) {
    QRandomGenerator random(seed);
    std::vector<std::pair<int, int>> scores;
    for (int i = 0; i < count; ++i)
        scores.emplace_back(1 + random.bounded(5), 1 + random.bounded(5));
    return scores;
}

void writeDemoSession(const QString& path) {
    auto file = createSession(path);
    expectOk(store::writeSession(*file, demoData()));
}

QByteArray pictureFile(int width, int height, const char* format,
                       QImageIOHandler::Transformations transformation) {
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(0x1d, 0x70, 0xb8));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.setTransformation(transformation);
    REQUIRE(writer.write(image));
    return bytes;
}

QString testDataPath(const QString& name) {
    return QStringLiteral(UNBLOCK_TEST_DATA "/") + name;
}

std::vector<HostileText> hostileStrings() {
    const QJsonObject root =
        QJsonDocument::fromJson(readAll(testDataPath(QStringLiteral("hostile-strings.json"))))
            .object();
    std::vector<HostileText> strings;
    for (const QJsonValue& entry : root.value(QStringLiteral("strings")).toArray()) {
        strings.push_back(
            {entry[QStringLiteral("kind")].toString(), entry[QStringLiteral("text")].toString()});
    }
    REQUIRE(strings.size() >= 200);
    return strings;
}

} // namespace unblock::test
