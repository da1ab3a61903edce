#include "voting/PhonesPanel.h"

#include "document/Edits.h"
#include "document/PhoneRoom.h"
#include "document/SessionDocument.h"
#include "ranking/Ranking.h"
#include "remote/PhoneNetworks.h"
#include "store/Rounds.h"
#include "window/Prompts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>

#include <map>

namespace unblock::app {

PhonesPanel::PhonesPanel(SessionDocument& doc, PhoneRoom& room, Prompts& prompts, QWidget* parent)
    : QGroupBox(tr("Phones"), parent)
    , m_doc(doc)
    , m_room(room)
    , m_host(room.host())
    , m_prompts(prompts)
    , m_networks(new QComboBox(this))
    , m_toggle(new QPushButton(this))
    , m_clear(new QPushButton(tr("Clear a Phone’s &Ballot…"), this))
    , m_status(new QLabel(this))
    , m_call(new QComboBox(this))
    , m_names(new QCheckBox(tr("Ask for &names"), this))
    , m_pause(new QPushButton(tr("Pa&use Call"), this))
    , m_secondsBetween(new QSpinBox(this))
    , m_perPhone(new QSpinBox(this)) {
    m_call->addItems({tr("Nothing (phones only vote)"), tr("Blockers, each phone for its table"),
                      tr("Solutions to one blocker…"),
                      tr("Solutions to the top %1 blockers").arg(kDefaultTopCount)});
    m_call->setAccessibleName(tr("Phones may send"));
    m_call->setToolTip(tr("A call for items: what the room may add from phones. What they "
                          "send waits beside the board until you accept it."));
    m_names->setToolTip(tr("Phones may give a name with each item; otherwise items are "
                           "anonymous"));
    m_pause->setCheckable(true);
    m_pause->setToolTip(tr("Phones keep their words but cannot send them until you resume"));
    m_secondsBetween->setRange(0, kMostSecondsBetweenItems);
    m_secondsBetween->setSuffix(tr(" s"));
    m_secondsBetween->setAccessibleName(tr("Seconds between one phone’s items"));
    m_secondsBetween->setToolTip(tr("A phone waits this long after an item before the next"));
    m_perPhone->setRange(1, kMostItemsPerPhone);
    m_perPhone->setAccessibleName(tr("Items per phone in a call"));
    m_perPhone->setToolTip(tr("The most items one phone may send in a call"));
    m_networks->setAccessibleName(tr("Network phones use"));
    m_networks->setToolTip(tr("The network phones join by: the one on the room’s wifi"));
    m_toggle->setToolTip(tr("Lets phones on this network vote in the round shown, or stops them"));
    m_clear->setToolTip(tr("Takes one phone’s ballot out of the round; Undo puts it back"));
    m_clear->setObjectName(QStringLiteral("clearPhoneBallot"));
    m_toggle->setCheckable(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QGridLayout(this);
    layout->addWidget(new QLabel(tr("Network:"), this), 0, 0);
    layout->addWidget(m_networks, 0, 1);
    layout->addWidget(m_toggle, 0, 2);
    layout->addWidget(m_clear, 0, 3);
    auto* callLabel = new QLabel(tr("Phones may &send:"), this);
    callLabel->setBuddy(m_call);
    layout->addWidget(callLabel, 1, 0);
    layout->addWidget(m_call, 1, 1);
    layout->addWidget(m_names, 1, 2);
    layout->addWidget(m_pause, 1, 3);
    // Each limit its own label: a sentence in pieces cannot be translated.
    auto* limits = new QHBoxLayout;
    auto* gapLabel = new QLabel(tr("Seconds be&tween a phone’s items:"), this);
    gapLabel->setBuddy(m_secondsBetween);
    auto* mostLabel = new QLabel(tr("Items per phone in a ca&ll:"), this);
    mostLabel->setBuddy(m_perPhone);
    limits->addWidget(gapLabel);
    limits->addWidget(m_secondsBetween);
    limits->addWidget(mostLabel);
    limits->addWidget(m_perPhone);
    limits->addStretch();
    layout->addLayout(limits, 2, 1, 1, 3);
    layout->addWidget(m_status, 3, 0, 1, 4);
    layout->setColumnStretch(1, 1);
    refreshNetworks();
    connect(m_toggle, &QPushButton::toggled, this, &PhonesPanel::setOn);
    connect(m_clear, &QPushButton::clicked, this, &PhonesPanel::clearPhoneBallot);
    connect(m_call, &QComboBox::currentIndexChanged, this, &PhonesPanel::applyCall);
    connect(m_names, &QCheckBox::toggled, this, &PhonesPanel::applyCall);
    for (QSpinBox* limit : {m_secondsBetween, m_perPhone}) {
        limit->setKeyboardTracking(false); // "50" typed is 50, never 5 on the way
        connect(limit, &QSpinBox::valueChanged, this, &PhonesPanel::applyCall);
    }
    connect(m_pause, &QPushButton::toggled, this, &PhonesPanel::applyCall);
    connect(&m_room, &PhoneRoom::changed, this, &PhonesPanel::showState);
    connect(&doc, &SessionDocument::updated, this, [this](const SessionUpdate& update) {
        if (update.phones || update.reloaded)
            showSettings();
        if (update.touchesBoard()) // the blockers a call for solutions names may be renamed or go
            showState();
    });
    setEnabled(!doc.isReadOnly());
    showSettings();
    showState();
}

// The controls show the session's settings: as they were when the session
// was last open, however long ago, on whichever laptop.
void PhonesPanel::showSettings() {
    const PhoneSettings& settings = m_doc.data().phones;
    const QSignalBlocker call(m_call);
    const QSignalBlocker names(m_names);
    const QSignalBlocker pause(m_pause);
    const QSignalBlocker between(m_secondsBetween);
    const QSignalBlocker most(m_perPhone);
    m_call->setCurrentIndex(static_cast<int>(settings.call));
    m_names->setChecked(settings.names);
    m_pause->setChecked(settings.paused);
    m_secondsBetween->setValue(settings.secondsBetween);
    m_perPhone->setValue(settings.perPhone);
}

PhonesPanel::~PhonesPanel() {
    m_room.disconnect(this);
}

remote::PhoneHost& PhonesPanel::host() {
    return m_host;
}

// Shown again (the Voting tab chosen): the laptop may have joined a network since.
void PhonesPanel::showEvent(QShowEvent* event) {
    if (!m_host.isOn())
        refreshNetworks();
    QGroupBox::showEvent(event);
}

// The network chosen is this laptop's, not the session's: it is remembered
// here (QSettings) by its interface, whose address may change.
void PhonesPanel::refreshNetworks() {
    const QString chosen = m_networks->count() > 0
                               ? m_networks->currentData(kInterfaceRole).toString()
                               : QSettings().value(kNetworkKey).toString();
    const QSignalBlocker quiet(m_networks);
    m_networks->clear();
    for (const remote::PhoneNetwork& network : remote::phoneNetworks()) {
        m_networks->addItem(network.name, network.address.toString());
        m_networks->setItemData(m_networks->count() - 1, network.interfaceName, kInterfaceRole);
    }
    m_networks->setCurrentIndex(std::max(0, m_networks->findData(chosen, kInterfaceRole)));
}

void PhonesPanel::setOn(bool on) {
    if (on == m_host.isOn())
        return;
    if (!on) {
        m_host.stop();
        return;
    }
    QSettings().setValue(kNetworkKey, m_networks->currentData(kInterfaceRole));
    const Status started = m_host.start(QHostAddress(m_networks->currentData().toString()));
    if (!started) {
        showState();
        m_prompts.showError(this, tr("Phones cannot vote"), started.error().message);
    }
}

// What phones can do now, as they find it: the round they vote in (the
// session's open one, whichever round this window shows) and the call.
void PhonesPanel::showState() {
    const bool on = m_host.isOn();
    {
        const QSignalBlocker quiet(m_toggle);
        m_toggle->setChecked(on);
    }
    m_toggle->setText(on ? tr("&Stop Phone Voting") : tr("Let &Phones Vote"));
    m_networks->setEnabled(!on);
    m_clear->setEnabled(m_room.round().has_value());
    m_pause->setEnabled(m_host.items().call().has_value());
    if (!on) {
        m_status->setText(tr("Off. Phones can vote once you start it: they scan the code on "
                             "the projector, on the same network as this laptop."));
        return;
    }
    QStringList can;
    const Round* round = m_room.round() ? m_doc.data().round(*m_room.round()) : nullptr;
    if (round) {
        can << tr("Phones vote in “%1”.")
                   .arg(round->title.isEmpty() ? tr("Round %1").arg(round->id) : round->title);
    }
    if (const auto& call = m_host.items().call())
        can << (call->paused ? tr("The call for items is paused.") : callText(*call));
    if (can.isEmpty())
        can << tr("No round is open and nothing is asked for: phones wait.");
    const int phones = m_host.livePhones();
    const QString connected =
        phones == 1 ? tr("1 phone connected.") : tr("%1 phones connected.").arg(phones);
    m_status->setText(tr("On at %1, join code %2. %3 %4")
                          .arg(m_host.address(), remote::RemoteAccess::readable(m_host.joinCode()),
                               connected, can.join(u' ')));
}

QString PhonesPanel::callText(const remote::ItemCall& call) const {
    if (call.asks == IncomingKind::Blocker)
        return tr("Phones may send blockers.");
    QStringList titles;
    for (const Id id : call.blockers) {
        if (const Blocker* blocker = m_doc.data().blocker(id))
            titles << tr("“%1”").arg(blocker->title);
    }
    if (titles.isEmpty())
        return tr("Phones may send solutions, but their blockers are no longer on the board.");
    return tr("Phones may send solutions to %1.").arg(QLocale().createSeparatedList(titles));
}

std::vector<Id> PhonesPanel::blockersToAnswer(PhoneCall call) {
    const SessionData& session = m_doc.data();
    if (call == PhoneCall::SolutionsToTop) {
        std::vector<Id> top = revealedTopBlockers(session, kDefaultTopCount);
        if (top.empty())
            m_prompts.inform(this, tr("Solutions from Phones"),
                             tr("Reveal a round on blockers first: phones are asked for "
                                "solutions to its top %1.")
                                 .arg(kDefaultTopCount));
        return top;
    }
    std::vector<Id> open;
    QStringList titles;
    for (const Blocker& blocker : session.blockers) {
        if (!blocker.mergedInto) {
            open.push_back(blocker.id);
            titles << blocker.title;
        }
    }
    if (open.empty()) {
        m_prompts.inform(this, tr("Solutions from Phones"),
                         tr("Add a blocker first: phones send solutions to one."));
        return {};
    }
    // The prompt runs an event loop: ids, not blockers, are kept across it.
    const std::optional<int> chosen = m_prompts.chooseItem(
        this, tr("Solutions from Phones"), tr("Phones send solutions &to:"), titles, std::nullopt);
    if (!chosen)
        return {};
    const Id id = open[std::size_t(*chosen)];
    if (!m_doc.data().blocker(id)) { // deleted while the facilitator chose
        m_prompts.inform(this, tr("Solutions from Phones"),
                         tr("That blocker is no longer on the board."));
        return {};
    }
    return {id};
}

// What the facilitator set is kept in the session, and phones follow the
// session (PhoneRoom): a new call, the same with names asked or not, paused,
// or with other limits.
void PhonesPanel::applyCall() {
    const PhoneSettings now = m_doc.data().phones; // a copy: a prompt may run below
    PhoneSettings next = now;
    next.call = static_cast<PhoneCall>(m_call->currentIndex());
    next.names = m_names->isChecked();
    next.paused = m_pause->isChecked();
    next.secondsBetween = m_secondsBetween->value();
    next.perPhone = m_perPhone->value();
    const bool forSolutions =
        next.call == PhoneCall::SolutionsToOne || next.call == PhoneCall::SolutionsToTop;
    if (!forSolutions) {
        next.blockers.clear();
    } else if (next.call != now.call) { // names asked or not, the same call goes on
        next.blockers = blockersToAnswer(next.call);
        if (next.blockers.empty()) { // cancelled: the call already open goes on
            showSettings();
            return;
        }
    }
    if (next == now || !edits::setPhoneSettings(m_doc, next))
        showSettings(); // refused (said by the document): the controls say what holds
}

// Someone voted from two browsers, or handed their phone on: the facilitator
// clears that phone's ballot (the phone shows its label) and it may vote again.
void PhonesPanel::clearPhoneBallot() {
    const Round* round = m_room.round() ? m_doc.data().round(*m_room.round()) : nullptr;
    if (!round)
        return;
    std::map<QString, int> marks; // voter name → items marked
    for (const Vote& vote : round->votes) {
        if (remote::RemoteAccess::isPhone(vote.voter))
            ++marks[vote.voter];
    }
    if (marks.empty()) {
        m_prompts.inform(this, tr("Clear a Phone’s Ballot"), tr("No phone has voted yet."));
        return;
    }
    QStringList labels;
    std::vector<QString> voters;
    for (const auto& [voter, count] : marks) {
        const QString phone = remote::RemoteAccess::phoneLabel(voter);
        labels << (count == 1 ? tr("Phone %1: 1 item marked").arg(phone)
                              : tr("Phone %1: %2 items marked").arg(phone).arg(count));
        voters.push_back(voter);
    }
    // The chooser runs the event loop, and phones' ballots arriving meanwhile
    // change the round: it is named by id afterwards, never through `round`.
    const Id roundId = round->id;
    const std::optional<int> chosen = m_prompts.chooseItem(
        this, tr("Clear a Phone’s Ballot"), tr("Each phone shows its &label under its ballot:"),
        labels, std::nullopt);
    if (chosen)
        edits::clearBallot(m_doc, roundId, voters.at(static_cast<std::size_t>(*chosen)));
}

} // namespace unblock::app
