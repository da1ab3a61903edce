#include "support/FaultyVfs.h"

#include <atomic>
#include <sqlite3.h>

namespace unblock::test {
namespace {

struct State {
    sqlite3_vfs* real = nullptr;
    sqlite3_vfs vfs{};
    sqlite3_io_methods methods{};
    std::atomic<long> count{0};
    std::atomic<long> failAt{0};
    std::atomic<bool> failed{false};
    std::atomic<bool> counting{false};
    FaultyVfs::Fault fault = FaultyVfs::Fault::IoError;
};

State g_state;

// What SQLite allocates for each open file: ours, then the real VFS's.
struct File {
    sqlite3_file base;
    sqlite3_file* real;
};

sqlite3_file* realOf(sqlite3_file* file) {
    return reinterpret_cast<File*>(file)->real;
}

// The next operation: SQLITE_OK, or the fault when it is the chosen one.
int nextOperation(int ioError, bool isWrite = false) {
    if (!g_state.counting)
        return SQLITE_OK;
    const long n = ++g_state.count;
    if (n != g_state.failAt.load())
        return SQLITE_OK;
    g_state.failed = true;
    return isWrite && g_state.fault == FaultyVfs::Fault::DiskFull ? SQLITE_FULL : ioError;
}

int xClose(sqlite3_file* f) {
    return realOf(f)->pMethods->xClose(realOf(f));
}
int xRead(sqlite3_file* f, void* buffer, int amount, sqlite3_int64 offset) {
    if (const int rc = nextOperation(SQLITE_IOERR_READ); rc != SQLITE_OK)
        return rc;
    return realOf(f)->pMethods->xRead(realOf(f), buffer, amount, offset);
}
int xWrite(sqlite3_file* f, const void* buffer, int amount, sqlite3_int64 offset) {
    if (const int rc = nextOperation(SQLITE_IOERR_WRITE, true); rc != SQLITE_OK)
        return rc;
    return realOf(f)->pMethods->xWrite(realOf(f), buffer, amount, offset);
}
int xTruncate(sqlite3_file* f, sqlite3_int64 size) {
    if (const int rc = nextOperation(SQLITE_IOERR_TRUNCATE); rc != SQLITE_OK)
        return rc;
    return realOf(f)->pMethods->xTruncate(realOf(f), size);
}
int xSync(sqlite3_file*, int) {
    return nextOperation(SQLITE_IOERR_FSYNC); // counted, not passed on (see the header)
}
int xFileSize(sqlite3_file* f, sqlite3_int64* size) {
    return realOf(f)->pMethods->xFileSize(realOf(f), size);
}
int xLock(sqlite3_file* f, int level) {
    if (const int rc = nextOperation(SQLITE_IOERR_LOCK); rc != SQLITE_OK)
        return rc;
    return realOf(f)->pMethods->xLock(realOf(f), level);
}
int xUnlock(sqlite3_file* f, int level) {
    return realOf(f)->pMethods->xUnlock(realOf(f), level);
}
int xCheckReservedLock(sqlite3_file* f, int* out) {
    return realOf(f)->pMethods->xCheckReservedLock(realOf(f), out);
}
int xFileControl(sqlite3_file* f, int op, void* arg) {
    return realOf(f)->pMethods->xFileControl(realOf(f), op, arg);
}
int xSectorSize(sqlite3_file* f) {
    return realOf(f)->pMethods->xSectorSize(realOf(f));
}
int xDeviceCharacteristics(sqlite3_file* f) {
    return realOf(f)->pMethods->xDeviceCharacteristics(realOf(f));
}

int xOpen(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags) {
    auto* ours = reinterpret_cast<File*>(file);
    ours->base.pMethods = nullptr; // SQLite closes only a file whose methods are set
    ours->real = reinterpret_cast<sqlite3_file*>(ours + 1);
    const int rc = g_state.real->xOpen(g_state.real, name, ours->real, flags, outFlags);
    if (rc == SQLITE_OK && ours->real->pMethods)
        ours->base.pMethods = &g_state.methods;
    return rc;
}

// The rest of the VFS (delete, access, names, randomness, time) is the real one's.
int xDelete(sqlite3_vfs*, const char* name, int syncDir) {
    return g_state.real->xDelete(g_state.real, name, syncDir);
}
int xAccess(sqlite3_vfs*, const char* name, int flags, int* out) {
    return g_state.real->xAccess(g_state.real, name, flags, out);
}
int xFullPathname(sqlite3_vfs*, const char* name, int size, char* out) {
    return g_state.real->xFullPathname(g_state.real, name, size, out);
}
int xRandomness(sqlite3_vfs*, int size, char* out) {
    return g_state.real->xRandomness(g_state.real, size, out);
}
int xSleep(sqlite3_vfs*, int microseconds) {
    return g_state.real->xSleep(g_state.real, microseconds);
}
int xCurrentTime(sqlite3_vfs*, double* out) {
    return g_state.real->xCurrentTime(g_state.real, out);
}
int xGetLastError(sqlite3_vfs*, int size, char* out) {
    return g_state.real->xGetLastError(g_state.real, size, out);
}
int xCurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* out) {
    return g_state.real->xCurrentTimeInt64(g_state.real, out);
}

} // namespace

FaultyVfs::FaultyVfs() {
    g_state.real = sqlite3_vfs_find(nullptr);
    sqlite3_vfs& vfs = g_state.vfs;
    vfs = sqlite3_vfs{};
    vfs.iVersion = 2;
    vfs.szOsFile = static_cast<int>(sizeof(File)) + g_state.real->szOsFile;
    vfs.mxPathname = g_state.real->mxPathname;
    vfs.zName = "unblock-faulty";
    vfs.xOpen = xOpen;
    vfs.xDelete = xDelete;
    vfs.xAccess = xAccess;
    vfs.xFullPathname = xFullPathname;
    vfs.xRandomness = xRandomness;
    vfs.xSleep = xSleep;
    vfs.xCurrentTime = xCurrentTime;
    vfs.xGetLastError = xGetLastError;
    vfs.xCurrentTimeInt64 = xCurrentTimeInt64;

    // Version 1 of the file methods: no shared memory (no WAL) and no
    // memory-mapped reads, so every read goes through xRead.
    sqlite3_io_methods& m = g_state.methods;
    m = sqlite3_io_methods{};
    m.iVersion = 1;
    m.xClose = xClose;
    m.xRead = xRead;
    m.xWrite = xWrite;
    m.xTruncate = xTruncate;
    m.xSync = xSync;
    m.xFileSize = xFileSize;
    m.xLock = xLock;
    m.xUnlock = xUnlock;
    m.xCheckReservedLock = xCheckReservedLock;
    m.xFileControl = xFileControl;
    m.xSectorSize = xSectorSize;
    m.xDeviceCharacteristics = xDeviceCharacteristics;

    failAt(0);
    sqlite3_vfs_register(&vfs, 1);
}

FaultyVfs::~FaultyVfs() {
    sqlite3_vfs_unregister(&g_state.vfs);
    sqlite3_vfs_register(g_state.real, 1);
}

void FaultyVfs::failAt(long n, Fault fault) {
    g_state.count = 0;
    g_state.failed = false;
    g_state.fault = fault;
    g_state.failAt = n;
    g_state.counting = true;
}

void FaultyVfs::disarm() {
    g_state.failAt = 0;
    g_state.counting = false;
}

long FaultyVfs::operations() const {
    return g_state.count;
}

bool FaultyVfs::failed() const {
    return g_state.failed;
}

} // namespace unblock::test
