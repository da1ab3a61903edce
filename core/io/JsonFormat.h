#pragma once

#include "model/Result.h"
#include "model/SessionData.h"

#include <QByteArray>

namespace unblock {

// The session exchange format: one JSON document holding a whole session,
// ids included, so export then import gives the same session.
//   { "format": "unblock-session", "version": 1, "session": {…},
//     "categories": […], "groups": […], "blockers": […], "solutions": […],
//     "rounds": [{…, "votes": […], "tallies": […]}] }
constexpr int kJsonFormatVersion = 1;

QByteArray exportJson(const SessionData& data);

// Parses and validates a session document. Errors say where: the line and
// column of a syntax error, or the item that breaks a rule.
Result<SessionData> importJson(const QByteArray& json);

} // namespace unblock
