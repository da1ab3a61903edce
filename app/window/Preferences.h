#pragma once

#include "journey/Journey.h"
#include "presenter/PresenterTheme.h"
#include "ranking/Ranking.h"

#include <QString>

#include <vector>

namespace unblock::app {

// What a facilitator sets once for every workshop, kept with QSettings.
// Whatever is stored is checked when read: a value out of range (settings
// edited by hand, or left by another version) gives way to its default.
struct Preferences {
    int dotsPerVoter = 3; // a new round's dots (or choices) per voter
    int maxPerItem = 0;   // a new dot round's most dots on one item; 0: no limit
    int summaryTopCount = kDefaultTopCount;
    QString presenterScreen; // a screen's name; empty: the second screen when there is one
    PresenterTheme presenterTheme = PresenterTheme::Dark;
    std::vector<Channel> channels = defaultChannels(); // the table new sessions start with
    QString language; // a code from languages() ("cy"); empty: the system's
    // The library: a folder of past session files whose solutions the board
    // offers for blockers that read alike; empty: none.
    QString libraryFolder;

    static Preferences load();
    void save() const;
};

} // namespace unblock::app
