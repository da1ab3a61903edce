#include "window/Preferences.h"

#include "i18n/Languages.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace unblock::app {
namespace {

int whole(const QSettings& settings, const QString& key, int lowest, int highest, int fallback) {
    bool ok = false;
    const int value = settings.value(key).toInt(&ok);
    return ok && value >= lowest && value <= highest ? value : fallback;
}

// The stored channel table as it is, never quietly dropped: a table a
// session cannot take is refused by core's one rule (checkChannelTable)
// when a session starts from it, and the facilitator is told why.
std::optional<std::vector<Channel>> storedChannels(QSettings& settings) {
    const int rows = settings.beginReadArray(u"channels"_s);
    std::vector<Channel> channels;
    for (int row = 0; row < rows; ++row) {
        settings.setArrayIndex(row);
        Channel c;
        c.id = row + 1;
        c.name = settings.value(u"name"_s).toString();
        c.source = settings.value(u"source"_s).toString();
        c.online = settings.value(u"online"_s).toBool();
        if (const QVariant pence = settings.value(u"pence"_s); pence.isValid()) {
            bool ok = false;
            c.costPerContact = pence.toLongLong(&ok);
            if (!ok)
                c.costPerContact = -1; // not a figure: refused, with the reason, by the rule
        }
        channels.push_back(c);
    }
    settings.endArray();
    if (channels.empty())
        return std::nullopt;
    return channels;
}

} // namespace

Preferences Preferences::load() {
    QSettings settings;
    settings.beginGroup(u"preferences"_s);
    Preferences prefs;
    prefs.dotsPerVoter = whole(settings, u"dotsPerVoter"_s, 1, 100, prefs.dotsPerVoter);
    prefs.maxPerItem = whole(settings, u"maxPerItem"_s, 0, prefs.dotsPerVoter, prefs.maxPerItem);
    prefs.summaryTopCount = whole(settings, u"summaryTopCount"_s, 1, 50, prefs.summaryTopCount);
    prefs.presenterScreen = settings.value(u"presenterScreen"_s).toString().left(200);
    prefs.presenterTheme = static_cast<PresenterTheme>(
        whole(settings, u"presenterTheme"_s, 0, 2, static_cast<int>(prefs.presenterTheme)));
    const QString language = settings.value(u"language"_s).toString();
    if (isOffered(language))
        prefs.language = language;
    prefs.libraryFolder = settings.value(u"libraryFolder"_s).toString().left(4096);
    if (std::optional<std::vector<Channel>> channels = storedChannels(settings))
        prefs.channels = std::move(*channels);
    return prefs;
}

void Preferences::save() const {
    QSettings settings;
    settings.beginGroup(u"preferences"_s);
    settings.setValue(u"dotsPerVoter"_s, dotsPerVoter);
    settings.setValue(u"maxPerItem"_s, maxPerItem);
    settings.setValue(u"summaryTopCount"_s, summaryTopCount);
    settings.setValue(u"presenterScreen"_s, presenterScreen);
    settings.setValue(u"presenterTheme"_s, static_cast<int>(presenterTheme));
    settings.setValue(u"language"_s, language);
    settings.setValue(u"libraryFolder"_s, libraryFolder);
    settings.remove(u"channels"_s);
    settings.beginWriteArray(u"channels"_s, static_cast<int>(channels.size()));
    for (int row = 0; row < static_cast<int>(channels.size()); ++row) {
        const Channel& c = channels[static_cast<std::size_t>(row)];
        settings.setArrayIndex(row);
        settings.setValue(u"name"_s, c.name);
        settings.setValue(u"source"_s, c.source);
        settings.setValue(u"online"_s, c.online);
        if (c.costPerContact)
            settings.setValue(u"pence"_s, static_cast<qlonglong>(*c.costPerContact));
    }
    settings.endArray();
}

} // namespace unblock::app
