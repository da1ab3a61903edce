#include "cli/CliSupport.h"

#include "io/InputFile.h"
#include "store/Snapshot.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <cerrno>
#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

namespace unblock::cli {
namespace {
// Q_DECLARE_TR_FUNCTIONS names the context for lupdate and at run time alike.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

void failWith(const Error& error) {
    throw CliError{error.message, Failed};
}

void printOut(const QString& text) {
    const QByteArray utf8 = text.toUtf8();
    const auto size = static_cast<std::size_t>(utf8.size());
    // Output to a full disk or a closed pipe is a failure, not a quiet success.
    if (std::fwrite(utf8.constData(), 1, size, stdout) != size || std::fflush(stdout) != 0) {
        throw CliError{Tr::tr("Could not write to standard output: %1.")
                           .arg(QString::fromLocal8Bit(std::strerror(errno))),
                       Failed};
    }
}

CommandLine::CommandLine(const QString& name, const QString& description)
    : m_name(name) {
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
}

void CommandLine::addPositional(const QString& name, const QString& description) {
    m_parser.addPositionalArgument(name, description);
    ++m_positionalCount;
}

bool CommandLine::parse(const QStringList& arguments) {
    if (!m_parser.parse(arguments))
        throw CliError{m_name + u": " + m_parser.errorText(), Usage};
    if (m_parser.isSet(u"help"_s)) {
        // The parser names the program as it was started (argv[0]).
        const QString program = QCoreApplication::arguments().constFirst();
        printOut(m_parser.helpText().replace(program, u"unblock-cli " + m_name));
        return false;
    }
    const qsizetype given = m_parser.positionalArguments().size();
    if (given < m_positionalCount || (given > m_positionalCount && !m_moreAllowed)) {
        throw CliError{
            Tr::tr("%1: wrong number of arguments (%3 given, %2 expected); see “unblock-cli "
                   "%1 --help”.")
                .arg(m_name)
                .arg(m_positionalCount)
                .arg(given),
            Usage};
    }
    return true;
}

QString CommandLine::positional(int index) const {
    return m_parser.positionalArguments().at(index);
}

int CommandLine::intOption(const QString& name, int fallback, int minimum) const {
    if (!m_parser.isSet(name))
        return fallback;
    bool ok = false;
    const int value = m_parser.value(name).toInt(&ok);
    if (!ok || value < minimum) {
        throw CliError{Tr::tr("%1: --%2 needs a whole number of at least %3, not “%4”.")
                           .arg(m_name, name)
                           .arg(minimum)
                           .arg(m_parser.value(name)),
                       Usage};
    }
    return value;
}

std::unique_ptr<store::SessionFile> openSession(const QString& path, store::OpenMode mode) {
    Result<std::unique_ptr<store::SessionFile>> file = store::SessionFile::open(path, mode);
    if (!file)
        failWith(file.error());
    for (const QString& notice : file.value()->notices())
        std::fprintf(stderr, "unblock-cli: %s\n", notice.toUtf8().constData());
    return std::move(file.value());
}

SessionData loadOrFail(const store::SessionFile& file) {
    Result<SessionData> data = store::loadSession(file);
    if (!data)
        failWith(data.error());
    return std::move(data.value());
}

void writeFileAtomically(const QString& path, const QByteArray& bytes) {
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        throw CliError{Tr::tr("Could not write “%1”: %2.").arg(path, out.errorString()), Failed};
    }
}

QByteArray readInputFile(const QString& path) {
    Result<QByteArray> bytes = unblock::readInputFile(path);
    if (!bytes)
        failWith(bytes.error());
    return std::move(bytes.value());
}

} // namespace unblock::cli
