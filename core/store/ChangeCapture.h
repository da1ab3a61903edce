#pragma once

// What a write transaction touched, recorded row by row, for every table
// (WITHOUT ROWID ones and cascades included), by SQLite's pre-update hook:
// the capture table says how a row of each table reaches the session in
// memory. SessionFile installs the hook around each transaction.
#include "model/SessionChange.h"
#include "store/SessionFile.h"

#include <QByteArrayView>

#include <sqlite3.h>

namespace unblock::store {

struct Touched {
    SessionChange change;
    const CaptureColumns* columns = nullptr;
    bool writing = false;
};

// The pre-update hook; `context` is the transaction's Touched.
void recordRow(void* context, sqlite3* db, int op, const char* database, const char* table,
               sqlite3_int64 oldRowid, sqlite3_int64 newRowid);
// Whether the capture table knows `table` (a table it does not know is
// read whole after a change: nothing is missed).
bool capturesChangesOfTable(QByteArrayView table);
// Each keyed table's naming column, from the file's own schema.
CaptureColumns captureColumnsOf(Database& db);

} // namespace unblock::store
