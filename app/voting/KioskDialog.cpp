#include "voting/KioskDialog.h"

#include "document/Edits.h"
#include "document/SessionDocument.h"
#include "ranking/RoundInput.h"
#include "ranking/RoundStates.h"
#include "ranking/Turnout.h"
#include "store/Rounds.h"
#include "window/Prompts.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QUuid>
#include <QVBoxLayout>

namespace unblock::app {
namespace {

RoundRules rulesIn(const SessionData& data, Id roundId) {
    const Round* r = data.round(roundId);
    return r ? rulesOf(*r) : RoundRules{};
}

std::vector<std::pair<Id, QString>> itemsOf(const SessionData& data, Id roundId) {
    std::vector<std::pair<Id, QString>> items;
    if (Result<RoundInput> input = roundInput(data, roundId)) {
        for (const Candidate& c : input->candidates)
            items.emplace_back(c.id, c.title);
    }
    return items;
}

std::vector<Id> idsOf(const std::vector<std::pair<Id, QString>>& items) {
    std::vector<Id> ids;
    for (const auto& [id, title] : items)
        ids.push_back(id);
    return ids;
}

QString valueText(VoteMethod method, int value) {
    if (value == 0)
        return QStringLiteral("–");
    if (method == VoteMethod::Approval)
        return KioskDialog::tr("✓ yes");
    if (isRanked(method))
        return KioskDialog::tr("choice %1").arg(value);
    return KioskDialog::tr("dots: %1").arg(value);
}

} // namespace

KioskDialog::KioskDialog(SessionDocument& doc, Prompts& prompts, Id roundId, QWidget* parent)
    : QDialog(parent)
    , m_doc(doc)
    , m_prompts(prompts)
    , m_round(roundId)
    , m_draft(rulesIn(doc.data(), roundId), idsOf(itemsOf(doc.data(), roundId)))
    , m_pages(new QStackedWidget(this))
    , m_welcome(new QLabel(this))
    , m_question(new QLabel(this))
    , m_remaining(new QLabel(this))
    , m_reason(new QLabel(this))
    , m_startButton(new QPushButton(tr("&Start my private ballot"), this))
    , m_castButton(new QPushButton(tr("&Cast my vote"), this)) {
    setWindowTitle(tr("Kiosk Voting"));
    QFont big = font();
    big.setPointSize(big.pointSize() + 4);
    setFont(big);

    auto* ready = new QWidget(m_pages);
    auto* readyLayout = new QVBoxLayout(ready);
    m_welcome->setTextFormat(Qt::PlainText);
    m_welcome->setWordWrap(true);
    m_welcome->setAlignment(Qt::AlignCenter);
    auto* finish = new QPushButton(tr("&Finish voting on this laptop"), ready);
    m_startButton->setToolTip(
        tr("Hides everyone’s votes and opens a fresh ballot for the next person"));
    m_castButton->setToolTip(tr("Records your ballot and hides it, ready for the next person"));
    finish->setToolTip(tr("Closes the laptop ballot and goes back to the facilitator’s window"));
    readyLayout->addStretch();
    readyLayout->addWidget(m_welcome);
    readyLayout->addWidget(m_startButton, 0, Qt::AlignCenter);
    readyLayout->addStretch();
    readyLayout->addWidget(finish, 0, Qt::AlignRight);

    auto* ballot = new QWidget(m_pages);
    buildBallot(ballot, itemsOf(doc.data(), roundId));
    m_pages->addWidget(ready);
    m_pages->addWidget(ballot);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);

    connect(m_startButton, &QPushButton::clicked, this, &KioskDialog::startBallot);
    connect(m_castButton, &QPushButton::clicked, this, &KioskDialog::cast);
    connect(finish, &QPushButton::clicked, this, &KioskDialog::reject);
    m_welcome->setText(tr("Pass the laptop to the first voter."));
    resize(900, 640);
}

void KioskDialog::buildBallot(QWidget* page, const std::vector<std::pair<Id, QString>>& items) {
    auto* outer = new QVBoxLayout(page);
    // What the round asks, in the voter's view: its title and its rule.
    const Round* round = m_doc.data().round(m_round);
    m_question->setTextFormat(Qt::PlainText);
    m_question->setWordWrap(true);
    m_question->setAccessibleName(tr("What this vote is about"));
    if (round) {
        const QString title = round->title.isEmpty() ? tr("Vote") : round->title;
        m_question->setText(title + u'\n' + ballotRuleText(rulesIn(m_doc.data(), m_round)));
    }
    QFont heading = m_question->font();
    heading.setBold(true);
    m_question->setFont(heading);
    outer->addWidget(m_question);
    m_remaining->setTextFormat(Qt::PlainText);
    m_remaining->setAccessibleName(tr("What you have left"));
    m_reason->setTextFormat(Qt::PlainText);
    m_reason->setWordWrap(true);
    m_reason->setAccessibleName(tr("Why a choice is not available"));
    outer->addWidget(m_remaining);

    auto* scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    scroll->setAccessibleName(tr("Items on the ballot"));
    scroll->setToolTip(tr("Every item you can vote for, with buttons to add or take off a vote"));
    auto* list = new QWidget(scroll);
    auto* grid = new QGridLayout(list);
    int row = 0;
    for (const auto& [id, title] : items) {
        auto* label = new QLabel(title, list);
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        auto* remove = new QPushButton(QStringLiteral("−"), list);
        auto* count = new QLabel(list);
        auto* add = new QPushButton(QStringLiteral("+"), list);
        remove->setAccessibleName(tr("Take a vote off: %1").arg(title));
        add->setAccessibleName(tr("Add a vote to: %1").arg(title));
        remove->setToolTip(tr("Takes one of your votes off this item"));
        count->setMinimumWidth(90);
        count->setAlignment(Qt::AlignCenter);
        grid->addWidget(label, row, 0);
        grid->addWidget(remove, row, 1);
        grid->addWidget(count, row, 2);
        grid->addWidget(add, row, 3);
        grid->setColumnStretch(0, 1);
        const Id item = id;
        connect(add, &QPushButton::clicked, this, [this, item] {
            m_draft.add(item);
            refresh();
            // Buttons that stop working say why, in words.
            m_reason->setText(m_draft.whyNotAdd(item));
        });
        connect(remove, &QPushButton::clicked, this, [this, item] {
            m_draft.remove(item);
            refresh();
            m_reason->clear();
        });
        m_rows.push_back({id, count, add, remove});
        ++row;
    }
    // Rows keep their places whatever the rest of the page does: spare room
    // goes below them, and the reason line always keeps room for two lines.
    grid->setRowStretch(row, 1);
    scroll->setWidget(list);
    outer->addWidget(scroll, 1);
    m_reason->setMinimumHeight(m_reason->fontMetrics().lineSpacing() * 2 + 4);
    m_reason->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    outer->addWidget(m_reason);
    outer->addWidget(m_castButton, 0, Qt::AlignRight);
}

void KioskDialog::refresh() {
    const Round* round = m_doc.data().round(m_round);
    const VoteMethod method = round ? round->method : VoteMethod::Dots;
    for (const Row& row : m_rows) {
        row.count->setText(valueText(method, m_draft.valueOf(row.item)));
        row.remove->setEnabled(m_draft.canRemove(row.item));
        const bool canAdd = m_draft.canAdd(row.item);
        // The voter's last dot: focus stays on this row (its "−"), where Qt
        // would move it on from the button going grey and scroll the list
        // away from the voter's place.
        if (!canAdd && row.add->hasFocus() && row.remove->isEnabled())
            row.remove->setFocus(Qt::OtherFocusReason);
        row.add->setEnabled(canAdd);
        const QString whyNot = m_draft.whyNotAdd(row.item);
        row.add->setToolTip(whyNot.isEmpty() ? tr("Puts one of your votes on this item") : whyNot);
    }
    const int left = m_draft.remaining();
    m_remaining->setText(left < 0 ? tr("Choose as many as you like.")
                                  : tr("Left to place: %1").arg(left));
}

void KioskDialog::startBallot() {
    m_draft.clear();
    m_reason->clear();
    refresh();
    m_pages->setCurrentIndex(1);
    if (!m_rows.empty())
        m_rows.front().add->setFocus();
}

int KioskDialog::ballotsCast() const {
    const Round* round = m_doc.data().round(m_round);
    return round ? unblock::ballotsCast(*round) : 0;
}

bool KioskDialog::onBallot() const {
    return m_pages->currentIndex() == 1;
}

void KioskDialog::showStartPage(const QString& message) {
    m_draft.clear();
    m_reason->clear();
    m_welcome->setText(message);
    m_pages->setCurrentIndex(0);
    m_startButton->setFocus();
}

void KioskDialog::cast() {
    const int left = m_draft.remaining();
    if (left > 0 && !m_prompts.confirm(this, tr("Cast your vote?"),
                                       tr("You have %n vote(s) left. Cast anyway?", nullptr, left)))
        return;
    const QString voter =
        QStringLiteral("kiosk-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const auto ballot = m_draft.entries();
    const bool ok = edits::castKioskBallot(m_doc, m_round, voter, ballot);
    if (!ok)
        return; // the document reported core's reason; the ballot stays for correction
    const Round* round = m_doc.data().round(m_round);
    showStartPage(tr("Thank you: your vote is in. %1\n\nPass the laptop to the next voter.")
                      .arg(round ? turnoutText(*round) : QString()));
}

void KioskDialog::reject() {
    if (onBallot()) {
        if (m_prompts.confirm(this, tr("Leave without casting?"),
                              tr("Your choices on this ballot will not be recorded. Leave it "
                                 "without casting your vote?")))
            showStartPage(tr("That ballot was not cast.\n\nPass the laptop to the next voter."));
        return;
    }
    if (m_prompts.confirm(this, tr("Finish voting on this laptop?"),
                          tr("The facilitator’s window comes back. Finish voting on this laptop?")))
        QDialog::reject();
}

} // namespace unblock::app
