// Session JSON from anyone: parsed and validated, and when accepted, written
// into a new session file that must read back as the same session.
#include "FuzzSupport.h"
#include "io/JsonFormat.h"
#include "store/SessionFile.h"
#include "store/Snapshot.h"

#include <algorithm>
#include <cstdlib>
#include <tuple>

using namespace unblock;

namespace {

template <typename T> void sortById(std::vector<T>& items) {
    std::sort(items.begin(), items.end(), [](const T& a, const T& b) { return a.id < b.id; });
}

// The file gives every list in its own order (by position, by voter), which
// a JSON document need not follow: the same session, in one order, to compare.
SessionData inOneOrder(SessionData data) {
    sortById(data.categories);
    sortById(data.groups);
    sortById(data.blockers);
    sortById(data.solutions);
    sortById(data.rounds);
    sortById(data.channels);
    sortById(data.journeys);
    sortById(data.incoming);
    sortById(data.carried);
    for (Round& round : data.rounds) {
        std::sort(round.items.begin(), round.items.end());
        std::sort(round.ballots.begin(), round.ballots.end());
        std::sort(round.votes.begin(), round.votes.end(), [](const Vote& a, const Vote& b) {
            return std::tie(a.voter, a.itemId, a.value) < std::tie(b.voter, b.itemId, b.value);
        });
        std::sort(round.tallies.begin(), round.tallies.end(),
                  [](const Tally& a, const Tally& b) { return a.itemId < b.itemId; });
    }
    return data;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    fuzz::startQt();
    Result<SessionData> session = importJson(fuzz::bytes(data, size));
    if (!session) {
        if (session.error().message.isEmpty())
            std::abort(); // every refusal says why
        return 0;
    }
    auto file = store::SessionFile::create(fuzz::freshSessionPath());
    if (!file)
        qFatal("fuzz: cannot create a session file: %s", qPrintable(file.error().message));
    if (Status written = store::writeSession(*file.value(), session.value()); !written)
        qFatal("fuzz: an accepted session was not written: %s",
               qPrintable(written.error().message));
    Result<SessionData> reloaded = store::loadSession(*file.value());
    // An export from before journeys has no channels: the file keeps the
    // table it was made with (store/Snapshot.cpp), so they are not compared.
    if (reloaded && session->channels.empty())
        session->channels = reloaded->channels;
    if (!reloaded || !(inOneOrder(reloaded.value()) == inOneOrder(session.value())))
        qFatal("fuzz: the session file does not read back as the session imported");
    return 0;
}
