#pragma once

#include "model/Result.h"
#include "model/SessionData.h"
#include "store/SessionFile.h"
#include "support/catch.h"

#include <QByteArray>
#include <QImageIOHandler>
#include <QList>
#include <QObject>
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <utility>
#include <vector>

namespace unblock::test {

// The value of a Result that the test expects to succeed; fails the test,
// showing the error's message, otherwise.
template <typename T> T expectOk(Result<T> result) {
    if (!result.ok())
        FAIL(result.error().message.toStdString());
    return std::move(result.value());
}

inline void expectOk(const Status& status) {
    if (!status.ok())
        FAIL(status.error().message.toStdString());
}

// The error of a Result that the test expects to fail.
template <typename T> Error expectError(const Result<T>& result) {
    if (result.ok())
        FAIL("expected an error, but the call succeeded");
    return result.error();
}

// Unblock in one language (as installTranslations gives it at start) for the
// life of this object; its translators are taken out again afterwards.
class ScopedLanguage {
public:
    explicit ScopedLanguage(const QString& language);
    ~ScopedLanguage();
    ScopedLanguage(const ScopedLanguage&) = delete;
    ScopedLanguage& operator=(const ScopedLanguage&) = delete;

private:
    QList<QObject*> m_before; // the translators already installed stay
};

// A fresh folder, removed after the test.
class TempDir {
public:
    TempDir();
    QString path(const QString& name) const;

private:
    QTemporaryDir m_dir;
};

QByteArray sha256Of(const QString& path);
QByteArray readAll(const QString& path);
void writeAll(const QString& path, const QByteArray& bytes);

std::unique_ptr<store::SessionFile> createSession(const QString& path);
std::unique_ptr<store::SessionFile> openSession(const QString& path,
                                                store::OpenMode mode = store::OpenMode::ReadWrite);

// The demo session (resources/samples/really-useful-day.json).
SessionData demoData();
// The demo with an impact and an effort given to its first solutions, one
// pair each; and `count` such pairs at random (1 to 5 each), from `seed`.
SessionData scoredDemo(const std::vector<std::pair<int, int>>& scores);
std::vector<std::pair<int, int>> randomScores(int count, quint32 seed);
QString demoJsonPath();
// The demo, written to a session file at `path`.
void writeDemoSession(const QString& path);

QString testDataPath(const QString& name);

// tests/data/hostile-strings.json: text attendees might type or files might
// hold (markup, formulas, bidi, controls, the text rules' limits…), which
// every surface is tested with.
struct HostileText {
    QString kind;
    QString text;
};
std::vector<HostileText> hostileStrings();

// A picture file's bytes: a width × height image, in `format` ("png",
// "jpeg"), stored turned by `transformation` (as phones store portraits).
QByteArray pictureFile(int width, int height, const char* format,
                       QImageIOHandler::Transformations transformation = {});

} // namespace unblock::test
