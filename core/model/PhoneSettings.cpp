#include "model/PhoneSettings.h"

#include <QCoreApplication>

#include <set>

using namespace Qt::StringLiterals;

namespace unblock {
namespace {

// Q_DECLARE_TR_FUNCTIONS names the context for lupdate and at run time alike.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PhoneSettings)
};

} // namespace

std::optional<QString> phoneSettingsProblem(const PhoneSettings& s) {
    if (s.secondsBetween < 0 || s.secondsBetween > kMostSecondsBetweenItems) {
        return Tr::tr("The seconds between a phone’s items are %1; they can be 0 to %2.")
            .arg(s.secondsBetween)
            .arg(kMostSecondsBetweenItems);
    }
    if (s.perPhone < 1 || s.perPhone > kMostItemsPerPhone) {
        return Tr::tr("The items per phone are %1; they can be 1 to %2.")
            .arg(s.perPhone)
            .arg(kMostItemsPerPhone);
    }
    const bool forSolutions =
        s.call == PhoneCall::SolutionsToOne || s.call == PhoneCall::SolutionsToTop;
    if (forSolutions && s.blockers.empty())
        return Tr::tr("A call for solutions names no blocker they would answer.");
    if (!forSolutions && !s.blockers.empty())
        return Tr::tr("Only a call for solutions names blockers.");
    if (std::set<Id>(s.blockers.begin(), s.blockers.end()).size() != s.blockers.size())
        return Tr::tr("A call for solutions names a blocker twice.");
    return std::nullopt;
}

QString toKey(PhoneCall call) {
    switch (call) {
    case PhoneCall::Nothing:
        return u"nothing"_s;
    case PhoneCall::Blockers:
        return u"blockers"_s;
    case PhoneCall::SolutionsToOne:
        return u"solutions to one"_s;
    case PhoneCall::SolutionsToTop:
        return u"solutions to the top"_s;
    }
    return {};
}

std::optional<PhoneCall> phoneCallFromKey(const QString& key) {
    for (const PhoneCall call : {PhoneCall::Nothing, PhoneCall::Blockers, PhoneCall::SolutionsToOne,
                                 PhoneCall::SolutionsToTop}) {
        if (toKey(call) == key)
            return call;
    }
    return std::nullopt;
}

} // namespace unblock
