#pragma once

#include "model/Result.h"
#include "model/SessionData.h"

#include <QByteArray>
#include <QJsonValue>

#include <optional>

namespace unblock {

// A JSON number that is a whole number, held exactly (JSON numbers are
// doubles, exact up to 2^53), or nothing: for ids and counts that files and
// phones send.
std::optional<qint64> jsonWholeNumber(const QJsonValue& value);

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
