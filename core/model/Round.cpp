#include "model/Round.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace unblock {
namespace {

template <typename Enum, std::size_t N>
std::optional<Enum> lookup(const std::array<std::pair<Enum, const char16_t*>, N>& table,
                           const QString& key) {
    for (const auto& [value, name] : table) {
        if (key == QStringView(name))
            return value;
    }
    return std::nullopt;
}

template <typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char16_t*>, N>& table, Enum value) {
    for (const auto& [candidate, name] : table) {
        if (candidate == value)
            return QString::fromUtf16(name);
    }
    Q_UNREACHABLE();
}

constexpr std::array subjects{std::pair{RoundSubject::Blockers, u"blockers"},
                              std::pair{RoundSubject::Solutions, u"solutions"}};
constexpr std::array methods{
    std::pair{VoteMethod::Dots, u"dots"}, std::pair{VoteMethod::Approval, u"approval"},
    std::pair{VoteMethod::Borda, u"borda"}, std::pair{VoteMethod::Schulze, u"schulze"}};
constexpr std::array states{std::pair{RoundState::Open, u"open"},
                            std::pair{RoundState::Closed, u"closed"},
                            std::pair{RoundState::Revealed, u"revealed"}};

} // namespace

QString toKey(RoundSubject subject) {
    return nameOf(subjects, subject);
}
QString toKey(VoteMethod method) {
    return nameOf(methods, method);
}
QString toKey(RoundState state) {
    return nameOf(states, state);
}

std::optional<RoundSubject> roundSubjectFromKey(const QString& key) {
    return lookup(subjects, key);
}
std::optional<VoteMethod> voteMethodFromKey(const QString& key) {
    return lookup(methods, key);
}
std::optional<RoundState> roundStateFromKey(const QString& key) {
    return lookup(states, key);
}

QString displayName(VoteMethod method) {
    switch (method) {
    case VoteMethod::Dots:
        return QCoreApplication::translate("VoteMethod", "dot voting");
    case VoteMethod::Approval:
        return QCoreApplication::translate("VoteMethod", "approval voting");
    case VoteMethod::Borda:
        return QCoreApplication::translate("VoteMethod", "Borda count (ranked ballots)");
    case VoteMethod::Schulze:
        return QCoreApplication::translate("VoteMethod", "Schulze method (ranked ballots)");
    }
    Q_UNREACHABLE();
}

bool isRanked(VoteMethod method) {
    return method == VoteMethod::Borda || method == VoteMethod::Schulze;
}

} // namespace unblock
