#include "store/SessionStart.h"

#include "model/ActionPlan.h"
#include "store/CarriedActions.h"
#include "store/Details.h"
#include "store/Journeys.h"
#include "store/SessionFile.h"
#include "store/Snapshot.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace unblock::store {
namespace {

// Q_DECLARE_TR_FUNCTIONS names the context for lupdate and at run time alike.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SessionStart)
};

Status writeStart(SessionFile& file, const SessionStart& start) {
    if (start.defaultCategories) {
        if (Status added = addDefaultCategories(file); !added)
            return added;
    }
    for (const QString& category : start.categories) {
        if (Result<Id> added = addCategory(file, category); !added)
            return added.error();
    }
    for (const QString& group : start.groups) {
        if (Result<Id> added = addGroup(file, group); !added)
            return added.error();
    }
    if (!start.carried.empty()) {
        if (Status added = addCarriedActions(file, start.carried); !added)
            return added;
    }
    if (start.details != SessionDetails{}) {
        if (Status set = setDetails(file, start.details); !set)
            return set;
    }
    if (start.channels.empty())
        return {};
    Result<SessionData> created = loadSession(file);
    if (!created)
        return created.error();
    const std::vector<Channel> channels = channelsByName(created->channels, start.channels);
    if (Status put = putChannels(file, channels); !put) {
        return Error{put.error().code,
                     Tr::tr("The channel costs for new sessions could not be used: %1 Change "
                            "them in Preferences.")
                         .arg(put.error().message)};
    }
    return {};
}

} // namespace

SessionStart reallyUsefulDay(const SessionDetails& details) {
    SessionStart start;
    start.details = details;
    start.defaultCategories = true;
    for (int table = 1; table <= 4; ++table)
        start.groups << Tr::tr("Table %1").arg(table);
    return start;
}

SessionStart blankSession(const SessionDetails& details) {
    SessionStart start;
    start.details = details;
    start.defaultCategories = false;
    return start;
}

SessionStart nextWorkshop(const SessionData& previous, const QString& previousName,
                          const SessionDetails& details) {
    SessionStart start = blankSession(details);
    for (const Category& c : previous.categories)
        start.categories << c.name;
    for (const Group& g : previous.groups)
        start.groups << g.name;
    start.channels = previous.channels;
    start.carried = actionsToCarry(previous, previousName);
    return start;
}

Result<SessionStart> nextWorkshopFrom(const QString& previousPath, const SessionDetails& details) {
    Result<std::unique_ptr<SessionFile>> previous =
        SessionFile::open(previousPath, OpenMode::ReadOnly);
    if (!previous)
        return previous.error();
    Result<SessionData> data = loadSession(*previous.value());
    if (!data)
        return data.error();
    return nextWorkshop(data.value(), QFileInfo(previousPath).completeBaseName(), details);
}

std::vector<Channel> channelsByName(const std::vector<Channel>& existing,
                                    std::vector<Channel> wanted) {
    Id next = 1;
    for (const Channel& c : existing)
        next = std::max(next, c.id + 1);
    for (Channel& c : wanted) {
        const auto same = std::find_if(existing.begin(), existing.end(), [&](const Channel& e) {
            return e.name.trimmed().toCaseFolded() == c.name.trimmed().toCaseFolded();
        });
        c.id = same != existing.end() ? same->id : next++;
    }
    return wanted;
}

Result<std::unique_ptr<SessionFile>> createSession(const QString& path, const SessionStart& start) {
    Result<std::unique_ptr<SessionFile>> created = SessionFile::create(path);
    if (!created)
        return created.error();
    if (Status written = writeStart(*created.value(), start); !written) {
        created.value().reset();
        QFile::remove(path);
        return written.error();
    }
    return created;
}

} // namespace unblock::store
