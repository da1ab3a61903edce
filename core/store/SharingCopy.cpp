#include "store/SharingCopy.h"

#include "store/SafeCopy.h"
#include "store/Schema.h"
#include "store/SessionFile.h"
#include "store/SessionLock.h"
#include "store/Sqlite.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLockFile>
#include <QRandomGenerator>
#include <QSet>
#include <QStringList>
#include <QUuid>

#include <sqlite3.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace unblock::store {
namespace {

// Q_DECLARE_TR_FUNCTIONS names the context for lupdate and at run time alike.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Store)
};

enum class Sharing {
    Keep,       // the workshop's own words, settings and times: what is shared
    Clear,      // a person's name: always emptied
    Owner,      // a person's name, kept only when the organiser asks
    NewVoterId, // an id that may name or single out a person: replaced
};

struct SharedColumn {
    const char* table;
    const char* column;
    Sharing sharing;
};

// Every column of the schema that can hold text (in a STRICT table an
// INTEGER column cannot), and what a copy for sharing does with it. A column
// not here refuses the copy: a new one is decided about before it can leave.
// Free text (a blocker's detail, a reason given to a phone) may mention
// someone, as any words may; only the columns that are for a person are
// cleared.
constexpr SharedColumn kTextColumns[] = {
    {"meta", "key", Sharing::Keep},
    {"meta", "value", Sharing::Keep}, // the app's version, when the file was made
    {"session", "title", Sharing::Keep},
    {"session", "uid", Sharing::Keep}, // the workshop's, never a person's
    {"session", "date", Sharing::Keep},
    {"session", "venue", Sharing::Keep}, // a place
    {"session", "facilitator", Sharing::Clear},
    {"categories", "name", Sharing::Keep},
    {"groups", "name", Sharing::Keep},
    {"blockers", "title", Sharing::Keep},
    {"blockers", "detail", Sharing::Keep},
    {"blockers", "author", Sharing::Clear},
    {"blockers", "created", Sharing::Keep},
    {"solutions", "text", Sharing::Keep},
    {"solutions", "owner", Sharing::Owner},
    {"solutions", "due", Sharing::Keep},
    {"solutions", "status", Sharing::Keep},
    {"solutions", "status_changed", Sharing::Keep},
    {"solutions", "from_workshop", Sharing::Keep}, // another workshop's title
    {"solutions", "from_date", Sharing::Keep},
    {"rounds", "title", Sharing::Keep},
    {"rounds", "subject", Sharing::Keep},
    {"rounds", "method", Sharing::Keep},
    {"rounds", "state", Sharing::Keep},
    {"rounds", "created", Sharing::Keep},
    {"voters", "token", Sharing::NewVoterId},
    {"channels", "name", Sharing::Keep},
    {"channels", "source", Sharing::Keep},
    {"journeys", "title", Sharing::Keep},
    {"journeys", "persona", Sharing::Keep}, // a kind of resident ("older, offline")
    {"journeys", "variant", Sharing::Keep},
    {"journeys", "photo", Sharing::Keep}, // re-encoded when added: no camera's metadata
    {"journey_steps", "description", Sharing::Keep},
    {"journey_steps", "actor", Sharing::Keep}, // a role ("contact centre")
    {"journey_steps", "pain_note", Sharing::Keep},
    {"incoming", "kind", Sharing::Keep},
    {"incoming", "text", Sharing::Keep}, // what the phone sent: the room's words
    {"incoming", "name", Sharing::Clear},
    {"incoming", "received", Sharing::Keep},
    {"incoming", "state", Sharing::Keep},
    {"incoming", "reason", Sharing::Keep},
    {"carried_actions", "text", Sharing::Keep},
    {"carried_actions", "blocker", Sharing::Keep},
    {"carried_actions", "owner", Sharing::Owner},
    {"carried_actions", "due", Sharing::Keep},
    {"carried_actions", "status", Sharing::Keep},
    {"carried_actions", "status_changed", Sharing::Keep},
    {"carried_actions", "from_workshop", Sharing::Keep},
    {"carried_actions", "from_date", Sharing::Keep},
    {"carried_actions", "from_session", Sharing::Keep},
    {"phone_settings", "call", Sharing::Keep},
};

QString doing() {
    return Tr::tr("making the copy for sharing");
}

// The copy's own connection, in memory: the session's pages come into it,
// and only what is left once the names are out goes to the disk.
class MemoryCopy {
public:
    MemoryCopy() {
        const int rc = sqlite3_open(":memory:", &m_db);
        if (rc != SQLITE_OK)
            throw Failure{sqliteError(m_db, rc, doing())};
        // What is copied in is a file from anywhere: nothing in it runs.
        sqlite3_db_config(m_db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
        sqlite3_db_config(m_db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
        sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
        sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
        // VACUUM's working copy stays in memory too, not in a temporary file.
        Database(m_db).exec("PRAGMA temp_store = MEMORY");
    }
    ~MemoryCopy() { sqlite3_close(m_db); }
    MemoryCopy(const MemoryCopy&) = delete;
    MemoryCopy& operator=(const MemoryCopy&) = delete;
    sqlite3* handle() const { return m_db; }

private:
    sqlite3* m_db = nullptr;
};

// The session's pages as they are, free ones included, inside the read
// transaction the caller holds on `source`.
void copyPages(sqlite3* source, sqlite3* memory) {
    // An in-memory destination takes the source's pages only at its own size.
    Database(memory).exec(
        QByteArray("PRAGMA page_size = " +
                   QByteArray::number(Database(source).pragmaInt("PRAGMA page_size")))
            .constData());
    sqlite3_backup* backup = sqlite3_backup_init(memory, "main", source, "main");
    if (!backup)
        throw Failure{sqliteError(memory, sqlite3_errcode(memory), doing())};
    const int stepRc = sqlite3_backup_step(backup, -1);
    const int finishRc = sqlite3_backup_finish(backup);
    if (stepRc != SQLITE_DONE)
        throw Failure{sqliteError(memory, stepRc, doing())};
    if (finishRc != SQLITE_OK)
        throw Failure{sqliteError(memory, finishRc, doing())};
}

// A newer format may keep names where this version does not look: the copy
// is refused rather than made with them in it.
void requireKnownColumns(Database& db) {
    if (const int version = db.pragmaInt("PRAGMA user_version"); version > kCurrentVersion) {
        fail(ErrorCode::UnsupportedVersion,
             Tr::tr("It was saved by a newer version of Unblock (file format %1), which may keep "
                    "people's names where this version does not look for them. Make the copy "
                    "for sharing in that version.")
                 .arg(version));
    }
    QSet<QString> known;
    for (const SharedColumn& c : kTextColumns)
        known.insert(QString::fromLatin1(c.table) + u'.' + QString::fromLatin1(c.column));
    QStringList unknown;
    Statement columns =
        db.prepare("SELECT m.name, p.name FROM sqlite_schema m JOIN pragma_table_info(m.name) p "
                   "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
                   "AND upper(p.type) <> 'INTEGER' ORDER BY m.name, p.cid");
    while (columns.next()) {
        const QString column = columns.text(0) + u'.' + columns.text(1);
        if (!known.contains(column))
            unknown << column;
    }
    if (!unknown.isEmpty()) {
        fail(ErrorCode::UnsupportedVersion,
             Tr::tr("It has columns this version of Unblock does not know (%1), which might hold "
                    "people's names, so no copy for sharing was made.")
                 .arg(unknown.join(u", ")));
    }
}

QString randomHex() {
    return QString::number(QRandomGenerator::system()->generate64(), 16).rightJustified(16, u'0');
}

// A new id of the same kind as `token` (a phone's, a kiosk turn's, any
// other), so the window still tells phones from the kiosk in the copy.
QString newVoterId(const QString& token) {
    if (token.startsWith(u"phone-"))
        return u"phone-"_s + randomHex();
    if (token.startsWith(u"kiosk-"))
        return u"kiosk-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    return u"voter-"_s + randomHex();
}

void replaceVoterIds(Database& db) {
    std::vector<std::pair<Id, QString>> voters;
    QSet<QString> taken;
    Statement read = db.prepare("SELECT id, token FROM voters ORDER BY id");
    while (read.next()) {
        voters.emplace_back(read.int64(0), read.text(1));
        taken.insert(read.text(1));
    }
    Statement write = db.prepare("UPDATE voters SET token = ? WHERE id = ?");
    for (const auto& [id, token] : voters) {
        // Never an id some voter has, old or new: the column is UNIQUE.
        QString fresh;
        do {
            fresh = newVoterId(token);
        } while (taken.contains(fresh));
        taken.insert(fresh);
        write.bind(1, fresh).bind(2, id).run();
    }
}

void clearColumn(Database& db, const SharedColumn& c) {
    const QByteArray sql =
        QByteArray("UPDATE ") + c.table + " SET " + c.column + " = '' WHERE " + c.column + " <> ''";
    db.exec(sql.constData());
}

void leaveOutNames(Database& db, const SharingOptions& options) {
    // Deleted and overwritten content is zeroed where it was, whatever the
    // SQLite this runs on was built with.
    db.exec("PRAGMA secure_delete = ON");
    if (db.pragmaInt("PRAGMA secure_delete") != 1)
        fail(ErrorCode::IoError, Tr::tr("This SQLite cannot wipe deleted content."));
    db.exec("BEGIN");
    for (const SharedColumn& c : kTextColumns) {
        if (c.sharing == Sharing::Clear || (c.sharing == Sharing::Owner && !options.keepOwners))
            clearColumn(db, c);
        else if (c.sharing == Sharing::NewVoterId)
            replaceVoterIds(db);
    }
    db.exec("COMMIT");
    // Rebuilt from its rows alone, so neither a free page nor the unused
    // space of a page holds anything deleted (before the copy, or just now).
    db.exec("VACUUM");
    if (const int freePages = db.pragmaInt("PRAGMA freelist_count"); freePages != 0)
        fail(ErrorCode::IoError, Tr::tr("The copy still had %n free page(s).", nullptr, freePages));
}

bool isSameFile(const QString& a, const QString& b) {
    if (a == b)
        return true;
    const QFileInfo first(a);
    const QFileInfo second(b);
    return first.exists() && second.exists() &&
           first.canonicalFilePath() == second.canonicalFilePath();
}

} // namespace

Status saveSharingCopy(const SessionFile& file, const QString& target,
                       const SharingOptions& options) {
    const QString absolute = QFileInfo(target).absoluteFilePath();
    if (isSameFile(absolute, file.path())) {
        return Error{ErrorCode::InvalidInput,
                     Tr::tr("“%1” is the session itself; choose another file for the copy.")
                         .arg(QFileInfo(absolute).fileName())};
    }
    Result<std::unique_ptr<QLockFile>> lock = lockSession(absolute);
    if (!lock)
        return lock.error();
    try {
        MemoryCopy memory;
        if (Status copied =
                file.read([&](Database& db) { copyPages(db.handle(), memory.handle()); });
            !copied)
            return copied;
        Database db(memory.handle());
        requireKnownColumns(db);
        leaveOutNames(db, options);
        return copyDatabase(memory.handle(), absolute);
    } catch (const Failure& failure) {
        return failure.error;
    }
}

} // namespace unblock::store
