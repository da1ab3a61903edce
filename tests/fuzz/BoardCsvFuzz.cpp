// The blocker spreadsheet a facilitator types on the day, from any program:
// parsed, and when accepted, added to a session file.
#include "FuzzSupport.h"
#include "io/CsvImport.h"
#include "store/BoardImport.h"
#include "store/SessionFile.h"

#include <cstdlib>

using namespace unblock;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    fuzz::startQt();
    Result<store::BoardSheet> sheet = parseBoardCsv(fuzz::bytes(data, size));
    if (!sheet) {
        if (sheet.error().message.isEmpty())
            std::abort(); // every refusal says why
        return 0;
    }
    auto file = store::SessionFile::create(fuzz::freshSessionPath());
    if (!file)
        qFatal("fuzz: cannot create a session file: %s", qPrintable(file.error().message));
    // A sheet the parser accepts may still break a rule the store checks
    // (a category's name, say): refused with a reason is fine, a crash is not.
    Result<store::ImportReport> added = store::appendBoard(*file.value(), sheet.value());
    if (!added && added.error().message.isEmpty())
        std::abort();
    return 0;
}
