#pragma once

#include "model/SessionData.h"

#include <QString>

#include <optional>

namespace unblock {

// How the count of a round's paper dots stands while the facilitator types
// it in: how many are counted of how many the people on paper could place,
// and a warning when the two cannot both be right.
struct PaperProgress {
    int counted = 0;
    std::optional<int> possible; // people on paper × dots each, when both are known
    QString text;                // "12 of 72 dots counted"
    QString warning;             // empty, or what to check
};

PaperProgress paperProgress(const Round& round);

// Everyone who has voted in the round, kiosk, phone and paper alike, in the
// words every screen uses: "People who have voted: 27 (24 on paper)".
QString turnoutText(const Round& round);

} // namespace unblock
