#include "voting/VotingPage.h"

#include "document/Edits.h"
#include "document/KeyedRows.h"
#include "document/SessionDocument.h"
#include "ranking/BallotRules.h"
#include "ranking/Ranking.h"
#include "ranking/RoundStates.h"
#include "ranking/Turnout.h"
#include "voting/KioskDialog.h"
#include "voting/PaperTally.h"
#include "voting/PhonesPanel.h"
#include "voting/ResultsView.h"
#include "voting/RoundDialog.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <unordered_set>

namespace unblock::app {
namespace {

QString stateText(const Round& round) {
    switch (round.state) {
    case RoundState::Open:
        return VotingPage::tr("Open: voting is in progress. Results are hidden.");
    case RoundState::Closed:
        return VotingPage::tr("Closed: no more votes. Results are still hidden.");
    case RoundState::Revealed:
        return VotingPage::tr("Revealed: the results are shown.");
    }
    return {};
}

QString roundLabel(const Round& round) {
    const QString title =
        round.title.isEmpty() ? VotingPage::tr("Round %1").arg(round.id) : round.title;
    return VotingPage::tr("%1 (%2)").arg(title, displayName(round.method));
}

} // namespace

VotingPage::VotingPage(SessionDocument& doc, PhoneRoom& phones, Prompts& prompts,
                       std::function<std::optional<Id>()> selectedBlocker, QWidget* parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_prompts(prompts)
    , m_selectedBlocker(std::move(selectedBlocker))
    , m_roundRows(new KeyedRows({tr("Round")}, this))
    , m_rounds(new QComboBox(this))
    , m_state(new QLabel(this))
    , m_tally(new PaperTally(this))
    , m_paperVoters(new QSpinBox(this))
    , m_paperCount(new QLabel(this))
    , m_resultArea(new QStackedWidget(this))
    , m_hidden(new QLabel(this))
    , m_results(new ResultsView(this))
    , m_phones(new PhonesPanel(doc, phones, prompts, this)) {
    setUpControls();
    buildActions();
    layOut();
    connectControls();
    refresh();
}

void VotingPage::setUpControls() {
    m_rounds->setModel(m_roundRows);
    m_rounds->setAccessibleName(tr("Voting round"));
    m_rounds->setToolTip(tr("The round to vote in, count or reveal"));
    m_state->setTextFormat(Qt::PlainText);
    m_state->setWordWrap(true);
    m_paperVoters->setRange(0, kMostPaperVoters);
    m_paperVoters->setAccessibleName(tr("People who voted on paper"));
    m_paperVoters->setToolTip(tr("How many people put dots on paper, so the turnout counts them"));
    m_paperCount->setTextFormat(Qt::PlainText);
    m_paperCount->setWordWrap(true);
    m_paperCount->setAccessibleName(tr("Paper dots counted so far"));
    m_hidden->setTextFormat(Qt::PlainText);
    m_hidden->setWordWrap(true);
    m_hidden->setAlignment(Qt::AlignCenter);
    m_resultArea->addWidget(m_hidden);
    m_resultArea->addWidget(m_results);
}

void VotingPage::buildActions() {
    auto make = [this](const QString& text, const QKeySequence& keys, auto slot) {
        auto* action = new QAction(text, this);
        action->setShortcut(keys);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_new = make(tr("&New Round…"), QKeySequence(Qt::CTRL | Qt::Key_R), &VotingPage::newRound);
    m_close = make(tr("&Close Voting"), QKeySequence(Qt::CTRL | Qt::Key_E),
                   [this] { setState(RoundState::Closed); });
    m_reveal = make(tr("&Reveal Results"), QKeySequence(Qt::CTRL | Qt::Key_J),
                    [this] { setState(RoundState::Revealed); });
    m_reopen = make(tr("Re-&open Voting"), QKeySequence(), [this] { setState(RoundState::Open); });
    m_kiosk =
        make(tr("&Kiosk Voting…"), QKeySequence(Qt::CTRL | Qt::Key_K), &VotingPage::openKiosk);
}

void VotingPage::layOut() {
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Round:"), this));
    bar->addWidget(m_rounds, 1);
    for (QAction* action : actions()) {
        auto* button = new QToolButton(this);
        button->setDefaultAction(action);
        bar->addWidget(button);
    }
    auto* paper = new QFormLayout;
    paper->addRow(tr("People who voted on &paper:"), m_paperVoters);
    paper->addRow(m_paperCount);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_state);
    layout->addWidget(m_phones);
    layout->addLayout(paper);
    layout->addWidget(m_tally, 1);
    layout->addWidget(m_resultArea, 2);
}

// The page follows the document: the rounds, their counts and results.
void VotingPage::connectControls() {
    connect(m_rounds, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_refreshing)
            refresh();
    });
    connect(m_paperVoters, &QSpinBox::valueChanged, this, [this](int count) {
        if (m_refreshing || !currentRound())
            return;
        const Id round = *currentRound();
        edits::setPaperVoters(m_doc, round, count);
    });
    connect(m_tally, &PaperTally::dotsCounted, this,
            [this](Id round, Id item, int dots) { edits::setTally(m_doc, round, item, dots); });
    connect(&m_doc, &SessionDocument::updated, this, [this](const SessionUpdate& u) {
        if (u.touchesVoting())
            refresh();
    });
}

QList<QAction*> VotingPage::actions() const {
    return {m_new, m_close, m_reveal, m_reopen, m_kiosk};
}

std::optional<Id> VotingPage::currentRound() const {
    const int row = m_rounds->currentIndex();
    return row >= 0 ? std::optional<Id>(m_roundRows->keyAt(row)) : std::nullopt;
}

void VotingPage::selectRound(Id roundId) {
    const int at = m_roundRows->rowOf(roundId);
    if (at >= 0)
        m_rounds->setCurrentIndex(at);
}

std::optional<Id> VotingPage::startRound(const store::RoundSpec& spec) {
    const std::optional<Id> id = edits::startRound(m_doc, spec);
    if (id)
        selectRound(*id);
    return id;
}

void VotingPage::setState(RoundState state) {
    if (const std::optional<Id> round = currentRound())
        edits::setRoundState(m_doc, *round, state);
}

void VotingPage::newRound() {
    RoundDialog dialog(m_doc, m_selectedBlocker(), this);
    if (dialog.exec() == QDialog::Accepted && startRound(dialog.spec()))
        Q_EMIT roundStarted();
}

void VotingPage::openKiosk() {
    const std::optional<Id> round = currentRound();
    if (!round)
        return;
    KioskDialog kiosk(m_doc, m_prompts, *round, this);
    kiosk.exec();
}

bool VotingPage::resultsVisible() const {
    return m_resultArea->currentWidget() == m_results;
}

void VotingPage::refresh() {
    m_refreshing = true;
    const std::optional<Id> selected = currentRound();
    followRounds();
    if (selected)
        selectRound(*selected);
    else if (m_rounds->count() > 0)
        m_rounds->setCurrentIndex(m_rounds->count() - 1);
    const Round* round = currentRound() ? m_doc.data().round(*currentRound()) : nullptr;
    if (round) {
        m_state->setText(stateText(*round));
        m_paperVoters->setValue(round->paperVoters);
        refreshTally(*round);
        showResults(*round);
    } else {
        m_state->setText(tr("No voting yet. Start a round with Voting ▸ New Round."));
        m_tally->clearRound();
        m_tally->hide();
        m_paperCount->hide();
        m_resultArea->setCurrentWidget(m_hidden);
        m_hidden->setText(QString());
    }
    m_refreshing = false;
    updateActions();
    Q_EMIT roundShown();
}

// The rounds list follows the session by id: a new round at the end, one
// gone, one whose label changed; the one chosen stays chosen.
void VotingPage::followRounds() {
    std::vector<KeyedRows::Key> order;
    std::unordered_set<KeyedRows::Key> relabelled;
    for (const Round& round : m_doc.data().rounds) {
        order.push_back(round.id);
        const int row = m_roundRows->rowOf(round.id);
        if (row >= 0 && m_roundRows->index(row, 0).data().toString() != roundLabel(round))
            relabelled.insert(round.id);
    }
    m_roundRows->follow(order, relabelled, [this](KeyedRows::Key id) {
        const QString label = roundLabel(*m_doc.data().round(id));
        return KeyedRows::Row{{{label, label, {}, {}, false, Qt::AlignLeft | Qt::AlignVCenter}},
                              false};
    });
}

void VotingPage::refreshTally(const Round& round) {
    const bool countable = takesPaperDots(round);
    // Paper dots are counted while the round is open; afterwards the results need the room.
    m_tally->setVisible(countable);
    m_paperCount->setVisible(countable);
    if (!countable) {
        m_tally->clearRound(); // nothing to follow until the round is open again
        return;
    }
    Result<RoundInput> input = roundInput(m_doc.data(), round.id);
    m_tally->showRound(round, input ? input->candidates : std::vector<Candidate>{},
                       !m_doc.isReadOnly());
    const PaperProgress progress = paperProgress(round);
    m_paperCount->setText(progress.warning.isEmpty() ? progress.text
                                                     : progress.text + u"\n⚠ " + progress.warning);
}

void VotingPage::showResults(const Round& round) {
    if (!resultsMayBeShown(round)) {
        // While the results are hidden the paper tally gets the room.
        m_resultArea->setMaximumHeight(120);
        m_hidden->setText(
            tr("Results stay hidden until you reveal them.\n%1").arg(turnoutText(round)));
        m_resultArea->setCurrentWidget(m_hidden);
        return;
    }
    if (Result<RoundInput> input = roundInput(m_doc.data(), round.id)) {
        m_resultArea->setMaximumHeight(QWIDGETSIZE_MAX);
        m_results->show(rank(input.value()));
        m_resultArea->setCurrentWidget(m_results);
    }
}

void VotingPage::updateActions() {
    const Round* round = currentRound() ? m_doc.data().round(*currentRound()) : nullptr;
    const bool writable = !m_doc.isReadOnly();
    m_new->setEnabled(writable);
    const auto may = [&](RoundState to) {
        return writable && round && checkStateChange(*round, to).ok();
    };
    m_close->setEnabled(may(RoundState::Closed));
    m_reveal->setEnabled(may(RoundState::Revealed));
    m_reopen->setEnabled(may(RoundState::Open));
    m_kiosk->setEnabled(writable && round && takesBallots(*round));
}

} // namespace unblock::app
