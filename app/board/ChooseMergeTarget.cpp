#include "board/ChooseMergeTarget.h"

#include "window/Prompts.h"

#include <QCoreApplication>

namespace unblock::app {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ChooseMergeTarget)
};

} // namespace

std::optional<Id> chooseMergeTarget(Prompts& prompts, QWidget* parent, const QString& title,
                                    const std::vector<MergeTarget>& targets) {
    if (targets.empty()) {
        prompts.inform(parent, title,
                       Tr::tr("There is no other blocker on the board to merge into."));
        return std::nullopt;
    }
    QStringList labels;
    for (const MergeTarget& target : targets)
        labels << mergeTargetLabel(target);
    const bool likely = targets.front().likeness.has_value();
    const std::optional<int> chosen =
        prompts.chooseItem(parent, title, Tr::tr("&Merge into:"), labels,
                           likely ? std::optional<int>(0) : std::nullopt);
    if (!chosen)
        return std::nullopt;
    return targets.at(static_cast<std::size_t>(*chosen)).blockerId;
}

} // namespace unblock::app
