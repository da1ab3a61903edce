// A journey's steps from a spreadsheet, read against the usual channels.
#include "FuzzSupport.h"
#include "io/JourneyCsv.h"
#include "store/SessionStart.h"

#include <cstdlib>

using namespace unblock;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    fuzz::startQt();
    static const std::vector<Channel> channels = store::reallyUsefulDay({}).channels;
    Result<std::vector<JourneyStep>> steps =
        parseJourneyStepsCsv(fuzz::bytes(data, size), channels);
    if (!steps && steps.error().message.isEmpty())
        std::abort(); // every refusal says why
    return 0;
}
