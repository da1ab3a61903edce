// A new session starts with the usual tables, categories, the council's own
// channel costs and its title block, all of it or none.
#include "store/SessionStart.h"

#include "model/Taxonomy.h"
#include "store/SessionFile.h"
#include "store/Snapshot.h"
#include "support/TestSupport.h"

#include <QFileInfo>

using namespace unblock;
using namespace unblock::test;
using namespace Qt::StringLiterals;

namespace {

const Channel* channelNamed(const SessionData& data, const QString& name) {
    for (const Channel& c : data.channels) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

} // namespace

TEST_CASE("A Really Useful Day starts with four tables, the categories and its title block") {
    TempDir dir;
    SessionDetails details;
    details.title = u"Digital by default"_s;
    details.date = QDate(2027, 3, 4);
    const store::SessionStart start = store::reallyUsefulDay(details);
    auto file = expectOk(store::createSession(dir.path(u"day.unblock"_s), start));
    const SessionData data = expectOk(store::loadSession(*file));
    REQUIRE(data.groups.size() == 4);
    CHECK(data.groups[3].name == u"Table 4");
    CHECK(std::ssize(data.categories) == defaultCategories().size());
    CHECK(data.details.title == u"Digital by default");
    CHECK(data.details.date == QDate(2027, 3, 4));
    CHECK(data.channels == defaultChannels());
}

TEST_CASE("The council's channel table, new channels included, replaces the benchmarks") {
    TempDir dir;
    std::vector<Channel> council = defaultChannels();
    council[0].costPerContact = 15;
    council[0].source = u"Our web team, 2026"_s;
    council.push_back({0, u"Council app"_s, 9, u"App store analytics, 2026"_s, true});
    store::SessionStart start;
    start.channels = council;
    auto file = expectOk(store::createSession(dir.path(u"costed.unblock"_s), start));
    const SessionData data = expectOk(store::loadSession(*file));
    REQUIRE(data.channels.size() == council.size());
    const Channel* web = channelNamed(data, defaultChannels()[0].name);
    REQUIRE(web);
    CHECK(web->id == defaultChannels()[0].id); // journeys refer to channels by id
    CHECK(web->costPerContact == 15);
    const Channel* app = channelNamed(data, u"Council app"_s);
    REQUIRE(app);
    CHECK(app->costPerContact == 9);
    CHECK(app->id > static_cast<Id>(defaultChannels().size()));
    CHECK(app->source == u"App store analytics, 2026");
}

TEST_CASE("A channel table that cannot be used says so, and leaves no file behind") {
    TempDir dir;
    const QString path = dir.path(u"refused.unblock"_s);
    store::SessionStart start;
    start.channels = {{0, u"Phone"_s, 376, QString(), false},
                      {0, u"phone"_s, 400, QString(), false}};
    const Error error = expectError(store::createSession(path, start));
    CHECK(error.message.contains(u"Preferences"));
    CHECK(error.message.contains(u"phone"));
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("Channels kept by name keep the ids of the same names and number the new ones on") {
    const std::vector<Channel> existing{{1, u"Web"_s, 27, {}, true}, {4, u"Post"_s, {}, {}, false}};
    const std::vector<Channel> fitted =
        store::channelsByName(existing, {{0, u"post"_s, 60, {}, false},
                                         {0, u"App"_s, 9, {}, true},
                                         {0, u"Web"_s, 20, {}, true},
                                         {0, u"Kiosk"_s, {}, {}, false}});
    REQUIRE(fitted.size() == 4);
    CHECK(fitted[0].id == 4);
    CHECK(fitted[1].id == 5);
    CHECK(fitted[2].id == 1);
    CHECK(fitted[3].id == 6);
}
