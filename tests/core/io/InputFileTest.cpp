#include "io/InputFile.h"

#include "support/TestSupport.h"

#include <QFile>

using namespace unblock;
using namespace unblock::test;
using namespace Qt::StringLiterals;

TEST_CASE("An input file is read whole, or refused with the reason") {
    TempDir dir;
    const QString csv = dir.path(u"steps.csv"_s);
    writeAll(csv, "step\nRings the council\n");
    CHECK(expectOk(readInputFile(csv)) == "step\nRings the council\n");

    const Error missing = expectError(readInputFile(dir.path(u"gone.csv"_s)));
    CHECK(missing.code == ErrorCode::IoError);
    CHECK(missing.message.contains(u"gone.csv”"_s));
    CHECK(missing.message.contains(u"could not be read"_s));

    // Past the limit, the file is refused: never its first part read as if
    // it were all (the window once read 20 MiB of a steps spreadsheet).
    const QString huge = dir.path(u"huge.csv"_s);
    QFile sparse(huge);
    REQUIRE(sparse.open(QIODevice::WriteOnly));
    REQUIRE(sparse.resize(kLargestInputFile + 1));
    sparse.close();
    const Error tooLarge = expectError(readInputFile(huge));
    CHECK(tooLarge.code == ErrorCode::InvalidInput);
    CHECK(tooLarge.message.contains(
        u"larger than Unblock reads: files of up to 268,435,456 bytes"_s));

    REQUIRE(QFile::resize(huge, kLargestInputFile));
    CHECK(expectOk(readInputFile(huge)).size() == kLargestInputFile);
}
