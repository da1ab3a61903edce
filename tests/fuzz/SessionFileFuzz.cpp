// A session file from anyone, as the library and `unblock-cli` meet one:
// opened, summarised, compared and read as a library. An input is either a
// whole file (it starts with SQLite's header: the seeds are real sessions, so
// libFuzzer mutates their bytes), or a list of changes made with SQL to a
// valid session, each as a program that ignores Unblock's rules would make
// it: any type of value into any column, a table's rules dropped, merges into
// loops, huge counts. Either way Unblock reads it or refuses it with a reason;
// it never crashes, hangs or reads half of it.
#include "FuzzSupport.h"
#include "io/JsonFormat.h"
#include "report/Comparison.h"
#include "report/SharedLearning.h"
#include "report/Summary.h"
#include "report/SummaryFormats.h"
#include "store/SessionFile.h"
#include "store/Snapshot.h"

#include <QDir>
#include <QFile>

#include <array>
#include <sqlite3.h>

using namespace unblock;

namespace {

constexpr std::array kTables{"session",
                             "categories",
                             "groups",
                             "blockers",
                             "solutions",
                             "rounds",
                             "voters",
                             "votes",
                             "tallies",
                             "round_items",
                             "ballots",
                             "channels",
                             "journeys",
                             "journey_steps",
                             "incoming",
                             "carried_actions",
                             "meta",
                             "phone_settings",
                             "phone_call_blockers"};

// A valid session to change, written once from the sample workshop.
const QByteArray& baseSession() {
    static const QByteArray bytes = [] {
        QFile sample(QStringLiteral(UNBLOCK_FUZZ_BASE_SESSION));
        if (!sample.open(QIODevice::ReadOnly))
            qFatal("fuzz: cannot read %s", UNBLOCK_FUZZ_BASE_SESSION);
        const Result<SessionData> data = importJson(sample.readAll());
        const QString path = QDir(fuzz::scratchDir()).filePath(QStringLiteral("base/base.unblock"));
        QDir().mkpath(QFileInfo(path).absolutePath());
        auto file = store::SessionFile::create(path);
        if (!data || !file || !store::writeSession(*file.value(), data.value()))
            qFatal("fuzz: cannot write the base session");
        file.value().reset();
        QFile written(path);
        written.open(QIODevice::ReadOnly);
        return written.readAll();
    }();
    return bytes;
}

// Reads the input a byte, a number or a run of bytes at a time.
class Reader {
public:
    explicit Reader(const QByteArray& input)
        : m_input(input) {}
    bool atEnd() const { return m_at >= m_input.size(); }
    quint8 byte() { return atEnd() ? 0 : static_cast<quint8>(m_input[m_at++]); }
    qint64 number() {
        qint64 n = 0;
        for (int i = 0; i < 8; ++i)
            n = (n << 8) | byte();
        return n;
    }
    QByteArray run() {
        const qsizetype length = std::min<qsizetype>(byte(), m_input.size() - m_at);
        const QByteArray taken = m_input.mid(m_at, length);
        m_at += length;
        return taken;
    }

private:
    QByteArray m_input;
    qsizetype m_at = 0;
};

void bindValue(sqlite3_stmt* statement, int index, Reader& in) {
    switch (in.byte() % 7) {
    case 0:
        sqlite3_bind_null(statement, index);
        break;
    case 1:
        sqlite3_bind_int64(statement, index, in.number());
        break;
    case 2:
        sqlite3_bind_int64(statement, index, static_cast<qint8>(in.byte()));
        break;
    case 3:
        sqlite3_bind_double(statement, index, static_cast<double>(in.number()) / 7.0);
        break;
    case 4: {
        const QByteArray text = in.run();
        sqlite3_bind_text(statement, index, text.constData(), static_cast<int>(text.size()),
                          SQLITE_TRANSIENT);
        break;
    }
    case 5: {
        const QByteArray blob = in.run();
        sqlite3_bind_blob(statement, index, blob.constData(), static_cast<int>(blob.size()),
                          SQLITE_TRANSIENT);
        break;
    }
    default: { // huge: a text far beyond any limit
        const QByteArray text(100000 + in.byte() * 1000, 'x');
        sqlite3_bind_text(statement, index, text.constData(), static_cast<int>(text.size()),
                          SQLITE_TRANSIENT);
    }
    }
}

// A column of a table by number, as the file's own schema lists them.
QByteArray columnOf(sqlite3* db, const char* table, quint8 pick) {
    sqlite3_stmt* columns = nullptr;
    const QByteArray sql = QByteArray("SELECT name FROM pragma_table_info('") + table + "')";
    sqlite3_prepare_v2(db, sql.constData(), -1, &columns, nullptr);
    std::vector<QByteArray> names;
    while (sqlite3_step(columns) == SQLITE_ROW)
        names.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(columns, 0)));
    sqlite3_finalize(columns);
    return names.empty() ? QByteArray() : names[pick % names.size()];
}

void exec(sqlite3* db, const QByteArray& sql) {
    sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr);
}

void runWithValue(sqlite3* db, const QByteArray& sql, Reader& in) {
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &statement, nullptr) == SQLITE_OK) {
        bindValue(statement, 1, in);
        sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
}

// One change as a careless program would make it; what SQLite refuses (a
// type into a STRICT table) is simply not made.
void change(sqlite3* db, Reader& in) {
    const char* table = kTables[in.byte() % kTables.size()];
    const QByteArray column = columnOf(db, table, in.byte());
    const QByteArray row = QByteArray::number(in.byte() % 16);
    switch (in.byte() % 6) {
    case 0: // a value of any type into any column of one row
        runWithValue(db,
                     "UPDATE " + QByteArray(table) + " SET " + column +
                         " = ?1 WHERE rowid = "
                         "(SELECT rowid FROM " +
                         table + " LIMIT 1 OFFSET " + row + ")",
                     in);
        break;
    case 1: // a new row, its first column given, the rest as they default
        runWithValue(db, "INSERT INTO " + QByteArray(table) + "(" + column + ") VALUES (?1)", in);
        break;
    case 2: // a table's rules dropped: STRICT, or its CHECKs
        exec(db, in.byte() % 2 ? "UPDATE sqlite_schema SET sql = replace(sql, ') STRICT', ')')"
                               : "UPDATE sqlite_schema SET sql = replace(sql, 'CHECK', '')");
        break;
    case 3: { // merges: a chain, maybe round into a loop (20,000 long: bench-merge-chain)
        const QByteArray length = QByteArray::number(1 + in.number() % 2000);
        const QByteArray into = QByteArray::number(in.byte() % 40);
        exec(db, "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " +
                     length +
                     ") INSERT OR IGNORE INTO blockers(id, title, created, position, "
                     "merged_into) SELECT 5000 + i, 'Link ' || i, '2026-11-01T09:00:00.000Z', "
                     "i, 5001 + i FROM n; UPDATE blockers SET merged_into = " +
                     into + " WHERE id = 5000 + " + length);
        break;
    }
    case 4: // a huge count where counts are kept
        runWithValue(db, "UPDATE tallies SET dots = ?1", in);
        break;
    default: // a row gone
        exec(db, "DELETE FROM " + QByteArray(table) + " WHERE rowid = (SELECT rowid FROM " + table +
                     " LIMIT 1 OFFSET " + row + ")");
    }
}

void writeChanged(const QString& path, const QByteArray& input) {
    QFile out(path);
    out.open(QIODevice::WriteOnly);
    out.write(baseSession());
    out.close();
    sqlite3* db = nullptr;
    sqlite3_open(QFile::encodeName(path).constData(), &db);
    exec(db, "PRAGMA writable_schema = ON; PRAGMA ignore_check_constraints = ON; "
             "PRAGMA foreign_keys = OFF; BEGIN");
    Reader in(input);
    for (int changes = 0; !in.atEnd() && changes < 8; ++changes)
        change(db, in);
    exec(db, "COMMIT");
    sqlite3_close(db);
}

void summarise(const SessionData& data) {
    const Result<SummaryDocument> summary = buildSummary(data);
    if (!summary)
        return;
    for (const SummaryFormat format : {SummaryFormat::Markdown, SummaryFormat::Csv}) {
        if (!writeSummary(summary.value(), format))
            qFatal("fuzz: a session that opened was not summarised");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    fuzz::startQt();
    const QByteArray input = fuzz::bytes(data, size);
    const QString path = fuzz::freshSessionPath();
    if (input.startsWith(QByteArrayLiteral("SQLite format 3"))) {
        QFile out(path);
        out.open(QIODevice::WriteOnly);
        out.write(input);
    } else {
        writeChanged(path, input);
    }
    // Read-only first (the library's and the command line's way), then for
    // editing (the window's), which may migrate an older format.
    const Result<WorkshopSession> workshop = loadWorkshop(path);
    if (workshop) {
        summarise(workshop->data);
        const Comparison comparison = compareWorkshops({workshop.value(), workshop.value()});
        (void)writeComparison(comparison, ComparisonFormat::Markdown);
    } else if (workshop.error().message.isEmpty()) {
        qFatal("fuzz: a refusal without a reason");
    }
    const Library library = Library::read(fuzz::scratchDir());
    if (workshop && !library.unreadable().empty())
        qFatal("fuzz: the library could not read a file the comparison read");
    if (!workshop && library.unreadable().empty() && library.workshopCount() > 0)
        qFatal("fuzz: the library read a file the comparison refused");
    (void)library.solutionsFor(QStringLiteral("Paper forms"));
    if (auto file = store::SessionFile::open(path))
        (void)store::loadSession(*file.value());
    return 0;
}
