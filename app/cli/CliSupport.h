#pragma once

#include "model/Result.h"
#include "model/SessionData.h"
#include "store/SessionFile.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <memory>

namespace unblock::cli {

// Exit codes: 0 success, 1 the command failed, 2 the command line was wrong.
enum ExitCode { Success = 0, Failed = 1, Usage = 2 };

// Thrown by the helpers below; main() prints it as one line on stderr.
struct CliError {
    QString message;
    ExitCode code = Failed;
};

[[noreturn]] void failWith(const Error& error);
void printOut(const QString& text);

// One command's parser: its own --help, and errors as CliError.
class CommandLine {
public:
    CommandLine(const QString& name, const QString& description);
    QCommandLineParser& parser() { return m_parser; }
    const QCommandLineParser& parser() const { return m_parser; }
    void addPositional(const QString& name, const QString& description);
    // The last positional may be repeated ("A B [MORE…]").
    void allowMorePositionals() { m_moreAllowed = true; }
    // Parses; prints help and returns false when --help was asked for.
    bool parse(const QStringList& arguments);
    QString positional(int index) const;
    int intOption(const QString& name, int fallback, int minimum) const;

private:
    QString m_name;
    QCommandLineParser m_parser;
    int m_positionalCount = 0;
    bool m_moreAllowed = false;
};

std::unique_ptr<store::SessionFile> openSession(const QString& path, store::OpenMode mode);
SessionData loadOrFail(const store::SessionFile& file);

// Writes `bytes` to `path` completely or not at all (QSaveFile).
void writeFileAtomically(const QString& path, const QByteArray& bytes);
QByteArray readInputFile(const QString& path);

} // namespace unblock::cli
