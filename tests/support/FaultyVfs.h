#pragma once
// A SQLite VFS for tests, over the system's own, that fails one chosen
// operation: the Nth read, write, sync, truncate or lock, counted together
// from the moment it is armed. While it lives it is SQLite's default VFS, so
// every connection Unblock opens goes through it, unchanged.
//
// Syncs are counted (and can fail) but not passed on: what a test checks is
// what a failure does, not what the disk keeps, and a thousand runs of a
// workshop must take seconds.

namespace unblock::test {

class FaultyVfs {
public:
    enum class Fault {
        IoError,  // SQLITE_IOERR_READ, _WRITE, _FSYNC, _TRUNCATE or _LOCK
        DiskFull, // SQLITE_FULL for a write; other operations fail as IoError
    };

    FaultyVfs();
    ~FaultyVfs();
    FaultyVfs(const FaultyVfs&) = delete;
    FaultyVfs& operator=(const FaultyVfs&) = delete;

    // Counts from zero, and fails operation `n` (1 is the first) with `fault`;
    // n = 0 only counts.
    void failAt(long n, Fault fault = Fault::IoError);
    // Stops failing and counting.
    void disarm();
    long operations() const; // from failAt to disarm
    // Whether the armed operation was reached (and failed).
    bool failed() const;
};

} // namespace unblock::test
