#include "model/Incoming.h"

using namespace Qt::StringLiterals;

namespace unblock {

QString toKey(IncomingKind kind) {
    return kind == IncomingKind::Solution ? u"solution"_s : u"blocker"_s;
}

QString toKey(IncomingState state) {
    switch (state) {
    case IncomingState::Waiting:
        return u"waiting"_s;
    case IncomingState::Accepted:
        return u"accepted"_s;
    case IncomingState::Merged:
        return u"merged"_s;
    case IncomingState::Rejected:
        return u"rejected"_s;
    }
    return {};
}

std::optional<IncomingKind> incomingKindFromKey(const QString& key) {
    for (const IncomingKind kind : {IncomingKind::Blocker, IncomingKind::Solution}) {
        if (toKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

std::optional<IncomingState> incomingStateFromKey(const QString& key) {
    for (const IncomingState state : {IncomingState::Waiting, IncomingState::Accepted,
                                      IncomingState::Merged, IncomingState::Rejected}) {
        if (toKey(state) == key)
            return state;
    }
    return std::nullopt;
}

} // namespace unblock
