#pragma once

#include <QString>

#include <optional>

namespace unblock {

enum class RoundSubject { Blockers, Solutions };
enum class VoteMethod { Dots, Approval, Borda, Schulze };
enum class RoundState { Open, Closed, Revealed };

// Stable names used in the session file, the JSON format and on the command line.
QString toKey(RoundSubject subject);
QString toKey(VoteMethod method);
QString toKey(RoundState state);
std::optional<RoundSubject> roundSubjectFromKey(const QString& key);
std::optional<VoteMethod> voteMethodFromKey(const QString& key);
std::optional<RoundState> roundStateFromKey(const QString& key);

// Words for people: "dot voting", "Schulze (ranked ballots)".
QString displayName(VoteMethod method);

// Ranked methods take a preference order; the others take dots or ticks.
bool isRanked(VoteMethod method);

} // namespace unblock
