#include "app/EveryDialog.h"

#include "board/ItemDetailsDialog.h"
#include "document/Edits.h"
#include "document/SessionDocument.h"
#include "journey/Journey.h"
#include "journeys/ChannelsDialog.h"
#include "journeys/JourneyDialog.h"
#include "journeys/StepDialog.h"
#include "report/CompareDialog.h"
#include "report/SummaryDialog.h"
#include "voting/KioskDialog.h"
#include "voting/RoundDialog.h"
#include "window/DetailsDialog.h"
#include "window/ItemChooser.h"
#include "window/MainWindow.h"
#include "window/Preferences.h"
#include "window/PreferencesDialog.h"
#include "window/SharingCopyDialog.h"

#include <QInputDialog>

namespace unblock::test {
namespace {

// What the dialogs need of the session: a blocker, an open round, a journey.
void prepare(app::SessionDocument& doc) {
    if (doc.data().blockers.empty())
        app::edits::addBlocker(doc, {QStringLiteral("Weak leadership"), {}, {}, {}, {}});
    const auto& rounds = doc.data().rounds;
    if (std::none_of(rounds.begin(), rounds.end(),
                     [](const Round& r) { return r.state == RoundState::Open; })) {
        store::RoundSpec spec;
        spec.title = QStringLiteral("Top blockers");
        spec.budget = 3;
        app::edits::startRound(doc, spec);
    }
    if (doc.data().journeys.empty()) {
        Journey journey;
        journey.title = QStringLiteral("Renewing a parking permit");
        journey.steps.push_back({});
        journey.steps.back().description = QStringLiteral("Rings the contact centre");
        app::edits::addJourney(doc, journey);
    }
}

Id openRound(const SessionData& data) {
    for (const Round& r : data.rounds) {
        if (r.state == RoundState::Open)
            return r.id;
    }
    return 0;
}

} // namespace

std::vector<std::unique_ptr<QDialog>> everyDialog(app::MainWindow& window, app::Prompts& prompts) {
    app::SessionDocument& doc = *window.document();
    prepare(doc);
    const SessionData& data = doc.data();
    const Blocker& blocker = data.blockers.front();
    const Journey& journey = data.journeys.front();
    std::vector<std::unique_ptr<QDialog>> dialogs;
    dialogs.push_back(std::make_unique<app::DetailsDialog>(data.details, &window));
    dialogs.push_back(std::make_unique<app::DetailsDialog>(
        SessionDetails{}, &window, app::DetailsDialog::Purpose::NewSession));
    dialogs.push_back(std::make_unique<app::ItemDetailsDialog>(app::edits::fieldsOf(blocker),
                                                               data.categories, &window));
    dialogs.push_back(std::make_unique<app::ItemDetailsDialog>(
        store::SolutionFields{QStringLiteral("Coaching"), 3, 2, QStringLiteral("Siân"), {}},
        &window));
    dialogs.push_back(std::make_unique<app::PreferencesDialog>(app::Preferences::load(), &window));
    dialogs.push_back(std::make_unique<app::SharingCopyDialog>(&window));
    dialogs.push_back(std::make_unique<app::KioskDialog>(doc, prompts, openRound(data), &window));
    dialogs.push_back(std::make_unique<app::SummaryDialog>(data, doc.path(), prompts, &window));
    dialogs.push_back(std::make_unique<app::CompareDialog>(prompts, &window));
    dialogs.push_back(std::make_unique<app::RoundDialog>(doc, blocker.id, &window));
    dialogs.push_back(std::make_unique<app::ChannelsDialog>(data.channels, &window));
    dialogs.push_back(std::make_unique<app::JourneyDialog>(journey, data.channels, &window));
    dialogs.push_back(
        std::make_unique<app::StepDialog>(journey.steps.front(), data.channels, &window));
    dialogs.push_back(std::make_unique<app::ItemChooser>(
        &window, QStringLiteral("Merge Into"), QStringLiteral("&Merge into:"),
        QStringList{QStringLiteral("Budgets — Table 1")}, std::nullopt));
    auto text = std::make_unique<QInputDialog>(&window);
    text->setLabelText(QStringLiteral("A &word for the phone (it may be left empty):"));
    dialogs.push_back(std::move(text));
    return dialogs;
}

bool hasMnemonic(const QString& text) {
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != u'&')
            continue;
        if (text[i + 1] != u'&')
            return true;
        ++i; // "&&" is a literal ampersand
    }
    return false;
}

} // namespace unblock::test
