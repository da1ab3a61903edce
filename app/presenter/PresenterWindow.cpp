#include "presenter/PresenterWindow.h"

#include "document/SessionDocument.h"
#include "presenter/BoardScene.h"
#include "presenter/JourneyView.h"
#include "presenter/PlainLabel.h"
#include "presenter/QrCodeView.h"
#include "presenter/RevealChart.h"
#include "ranking/Ranking.h"
#include "ranking/RoundStates.h"
#include "ranking/Turnout.h"
#include "remote/RemoteAccess.h"
#include "report/Summary.h"

#include <QAction>
#include <QActionEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace unblock::app {

PresenterWindow::PresenterWindow(SessionDocument& doc, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_doc(doc)
    , m_title(plainLabel(this))
    , m_countdown(plainLabel(this))
    , m_pages(new QStackedWidget(this))
    , m_boardScene(new BoardScene(this))
    , m_votingPage(new QWidget(this))
    , m_message(plainLabel(m_votingPage))
    , m_phoneJoin(new QWidget(m_votingPage))
    , m_phoneCode(new QrCodeView(m_phoneJoin))
    , m_phoneText(plainLabel(m_phoneJoin))
    , m_reveal(new RevealChart(this))
    , m_journeyPage(new QWidget(this))
    , m_journey(new JourneyView(m_journeyPage))
    , m_journeyText(plainLabel(m_journeyPage))
    , m_keys(plainLabel(this)) {
    setWindowTitle(tr("Unblock — Presenter"));
    setAccessibleName(tr("Presenter"));
    setAutoFillBackground(true);
    setTheme(Theme::Dark);
    m_message->setAlignment(Qt::AlignCenter);
    m_countdown->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_countdown->hide();
    m_pages->addWidget(m_boardScene);
    auto* join = new QVBoxLayout(m_phoneJoin);
    join->setContentsMargins(0, 0, 0, 0);
    join->addWidget(m_phoneCode, 1);
    join->addWidget(m_phoneText);
    m_phoneText->setAlignment(Qt::AlignCenter);
    m_phoneJoin->hide();
    auto* voting = new QHBoxLayout(m_votingPage);
    voting->setContentsMargins(0, 0, 0, 0);
    voting->addWidget(m_message, 3);
    voting->addWidget(m_phoneJoin, 2);
    m_pages->addWidget(m_votingPage);
    m_pages->addWidget(m_reveal);
    m_journeyText->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto* journeyLayout = new QVBoxLayout(m_journeyPage);
    journeyLayout->setContentsMargins(0, 0, 0, 0);
    journeyLayout->addWidget(m_journey);
    journeyLayout->addWidget(m_journeyText, 1);
    m_pages->addWidget(m_journeyPage);
    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_countdown);
    m_keys->setObjectName(QStringLiteral("keys"));
    m_keys->setAccessibleName(tr("Keys"));
    m_keys->hide();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->addLayout(header);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_keys);
    // The room's screen follows what it shows; hidden, it waits until shown.
    connect(&doc, &SessionDocument::updated, this, [this](const SessionUpdate& u) {
        if (shows(u))
            refreshWhenSeen();
    });
    resize(1024, 768);
    refreshWhenSeen();
}

void PresenterWindow::setPhoneJoin(const QString& joinUrl, const QString& address,
                                   const QString& code) {
    m_phoneCode->setText(joinUrl);
    m_phoneText->setText(tr("Vote from your phone: scan the code, or open\n%1\nand type %2")
                             .arg(address, remote::RemoteAccess::readable(code)));
    m_boardScene->setJoin(joinUrl, address, code);
    refreshWhenSeen();
}

void PresenterWindow::setCallForItems(bool open) {
    m_boardScene->setCallOpen(open);
    refreshWhenSeen();
}

void PresenterWindow::showBoard() {
    m_scene = Scene::Board;
    m_round.reset();
    refreshWhenSeen();
}

void PresenterWindow::showRound(Id roundId) {
    if (m_scene != Scene::Voting || m_round != roundId)
        m_revealed = false;
    m_scene = Scene::Voting;
    m_round = roundId;
    refreshWhenSeen();
}

void PresenterWindow::showJourney(Id journeyId, std::optional<int> step) {
    m_scene = Scene::Journey;
    m_round.reset();
    m_journeyId = journeyId;
    m_step = step;
    refreshWhenSeen();
}

// What the group walks the room through: the diagram, then the chosen step
// in words large enough to read from the back, then what the journey costs.
bool PresenterWindow::fillJourney() {
    const SessionData& session = m_doc.data();
    const auto found = std::find_if(session.journeys.begin(), session.journeys.end(),
                                    [&](const Journey& j) { return j.id == m_journeyId; });
    if (found == session.journeys.end())
        return false;
    const Journey& journey = *found;
    const SummaryJourney worked = summaryJourney(journey, session);
    m_title->setText(journey.title);
    const bool stepShown = m_step && *m_step < static_cast<int>(worked.steps.size());
    m_journey->setDiagram(journeyDiagram(journey, session.channels),
                          stepShown ? m_step : std::nullopt);
    QStringList lines;
    if (stepShown) {
        const SummaryJourneyStep& s = worked.steps[static_cast<std::size_t>(*m_step)];
        lines
            << tr("Step %1 of %2: %3").arg(*m_step + 1).arg(worked.steps.size()).arg(s.description);
        QStringList facts{s.channel, s.actor, s.cost};
        if (s.avoidable)
            facts << tr("avoidable");
        facts.removeAll(QString());
        lines << facts.join(QStringLiteral(" · "));
        if (!s.painPoint.isEmpty())
            lines << tr("Pain point: %1").arg(s.painPoint);
        lines << QString();
    }
    lines << worked.totals.join(QStringLiteral(" · "));
    if (!worked.saving.isEmpty())
        lines << worked.saving;
    m_journeyText->setText(lines.join(u'\n'));
    return true;
}

void PresenterWindow::setCountdown(const QString& text, bool finished) {
    m_countdown->setVisible(!text.isEmpty());
    m_countdown->setText(finished ? tr("Time is up") : text);
    m_finished = finished;
    // The end is signalled by words and by inverting the colours.
    QPalette inverted = palette();
    if (finished) {
        inverted.setColor(QPalette::WindowText, palette().color(QPalette::Window));
        inverted.setColor(QPalette::Window, palette().color(QPalette::WindowText));
    }
    m_countdown->setPalette(inverted);
    m_countdown->setAutoFillBackground(finished);
}

void PresenterWindow::setTheme(Theme theme) {
    m_theme = theme;
    struct Colours {
        QColor page, text, bar, barText;
    };
    const Colours colours =
        theme == Theme::HighContrast ? Colours{Qt::black, QColor(255, 255, 0), Qt::white, Qt::black}
        : theme == Theme::Light      ? Colours{Qt::white, Qt::black, QColor(11, 79, 156), Qt::white}
                                : Colours{Qt::black, Qt::white, QColor(255, 214, 0), Qt::black};
    QPalette themed;
    themed.setColor(QPalette::Window, colours.page);
    themed.setColor(QPalette::WindowText, colours.text);
    themed.setColor(QPalette::Highlight, colours.bar);
    themed.setColor(QPalette::HighlightedText, colours.barText);
    setPalette(themed);
    setCountdown(m_countdown->isHidden() ? QString() : m_countdown->text(), m_finished);
    fitTypeWhenSeen();
}

void PresenterWindow::setZoom(int steps) {
    m_zoom = steps;
    fitTypeWhenSeen();
}

// The pages' size: as laid out once shown; before, what it will be (the
// window less its margins, title and keys), so what it would show is known.
QSize PresenterWindow::pageRoom() const {
    if (m_pages->isVisible())
        return m_pages->size();
    const QMargins margins = layout()->contentsMargins();
    const int title = m_title->sizeHint().height() + layout()->spacing();
    return size().shrunkBy(margins) - QSize(0, title);
}

void PresenterWindow::applyFonts() {
    const qreal scale = 1.0 + 0.1 * m_zoom;
    const int base = std::max(12, static_cast<int>(height() / 26.0 * scale));
    QFont body = font();
    body.setBold(m_theme == Theme::HighContrast); // thin strokes wash out first
    body.setPixelSize(base);
    QFont big = body;
    big.setPixelSize(base * 2);
    big.setBold(true);
    m_title->setFont(big);
    m_countdown->setFont(big);
    // The board shrinks its type until every column fits the screen.
    m_boardScene->fitType(body, pageRoom());
    QFont message = body;
    message.setPixelSize(static_cast<int>(base * 1.6));
    m_message->setFont(message);
    m_phoneText->setFont(body);
    m_journeyText->setFont(body);
    m_reveal->setFont(body);
    QFont keys = body;
    keys.setPixelSize(std::max(12, base / 2));
    m_keys->setFont(keys);
}

void PresenterWindow::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    fitTypeWhenSeen();
}

// Laying out the room's screen costs (its type is fitted to the screen):
// hidden, it is only marked out of date, and brought up to date when shown.
void PresenterWindow::refreshWhenSeen() {
    if (isVisible())
        refresh();
    else
        m_stale = true;
}

// Fitting the type to the screen measures every label on it: hidden, the
// presenter only notes that it is to be done when shown.
void PresenterWindow::fitTypeWhenSeen() {
    if (isVisible())
        applyFonts();
    else
        m_stale = true;
}

// What changed while hidden is laid out now (shown, or asked what it shows).
void PresenterWindow::bringUpToDate() {
    if (m_stale)
        refresh();
}

void PresenterWindow::refresh() {
    m_stale = false;
    const SessionData& session = m_doc.data();
    const Round* round = m_round ? session.round(*m_round) : nullptr;
    if (m_scene == Scene::Journey && fillJourney()) {
        m_pages->setCurrentWidget(m_journeyPage);
    } else if (m_scene == Scene::Board || m_scene == Scene::Journey || !round) {
        m_title->setText(session.details.title.isEmpty() ? tr("Blockers") : session.details.title);
        m_boardScene->fill(session);
        m_pages->setCurrentWidget(m_boardScene);
    } else if (resultsMayBeShown(*round)) {
        m_title->setText(round->title.isEmpty() ? tr("Results") : round->title);
        if (!m_revealed) {
            if (Result<RoundInput> input = roundInput(session, round->id)) {
                const RankingResult result = rank(input.value());
                m_reveal->reveal(result.method, topOnScreen(result));
            }
            m_revealed = true;
        }
        m_pages->setCurrentWidget(m_reveal);
    } else {
        m_revealed = false;
        m_title->setText(round->title.isEmpty() ? tr("Voting") : round->title);
        const QString budget =
            round->budget ? tr("Votes per person: %1").arg(*round->budget) : QString();
        m_message->setText(round->state == RoundState::Open
                               ? tr("Voting in progress\n\n%1").arg(turnoutText(*round)) +
                                     (budget.isEmpty() ? QString() : QStringLiteral(" · ") + budget)
                               : tr("Voting has closed.\n\nThe results are coming."));
        // The code beside the round the phones vote in, and no other.
        m_phoneJoin->setVisible(roundOpenToPhones(session) == round->id &&
                                !m_phoneCode->text().isEmpty());
        m_pages->setCurrentWidget(m_votingPage);
    }
    showKeys();
    applyFonts();
}

QString PresenterWindow::keysText() const {
    QStringList keys;
    for (const QAction* action : actions()) {
        if (action->isEnabled() && !action->shortcut().isEmpty()) {
            keys << tr("%1: %2").arg(action->shortcut().toString(QKeySequence::NativeText),
                                     QString(action->text()).remove(u'&').remove(u'…'));
        }
    }
    if (m_pages->currentWidget() == m_reveal || m_pages->currentWidget() == m_journeyPage)
        keys << tr("Space or →: next");
    keys << tr("Esc: leave the presenter");
    return keys.join(QStringLiteral("   ·   "));
}

// The keys show only while the presenter has the keyboard: with a second
// screen, the facilitator works in the main window and the room sees none.
void PresenterWindow::showKeys() {
    m_keys->setText(keysText());
    m_keys->setVisible(isActiveWindow());
}

void PresenterWindow::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::ActivationChange)
        showKeys();
}

void PresenterWindow::actionEvent(QActionEvent* event) {
    QWidget::actionEvent(event);
    if (event->type() == QEvent::ActionAdded)
        connect(event->action(), &QAction::changed, this, &PresenterWindow::showKeys,
                Qt::UniqueConnection);
    showKeys();
}

void PresenterWindow::step(int delta) {
    if (m_pages->currentWidget() == m_reveal && delta > 0)
        m_reveal->showNext();
    else if (m_pages->currentWidget() == m_reveal)
        m_reveal->showPrevious();
    else if (m_pages->currentWidget() == m_journeyPage)
        Q_EMIT stepRequested(delta);
}

// Whether the scene shows something the update changed: the board shows
// tables and blockers' titles, not their categories or solutions; a round,
// its turnout and its items' titles; a journey, its own steps and the
// channels they are drawn in.
bool PresenterWindow::shows(const SessionUpdate& u) const {
    if (u.reloaded || u.details)
        return true;
    const Fields titleOrPlace =
        BlockerField::Title | BlockerField::Group | BlockerField::Place | BlockerField::Merge;
    switch (m_scene) {
    case Scene::Board:
        return !u.groups.empty() || !u.blockers.added.empty() || !u.blockers.removed.empty() ||
               u.blockers.changedIn(titleOrPlace);
    case Scene::Voting:
        return !u.rounds.empty() || !u.ballots.empty() || !u.blockers.removed.empty() ||
               !u.solutions.removed.empty() ||
               u.blockers.changedIn(BlockerField::Title | BlockerField::Merge) ||
               u.solutions.changedIn(SolutionField::Text);
    case Scene::Journey:
        return !u.channels.empty() ||
               (m_journeyId && std::find(u.journeys.changed.begin(), u.journeys.changed.end(),
                                         *m_journeyId) != u.journeys.changed.end()) ||
               !u.journeys.added.empty() || !u.journeys.removed.empty();
    }
    return true;
}

void PresenterWindow::showEvent(QShowEvent* event) {
    bringUpToDate();
    QWidget::showEvent(event);
}

RevealChart* PresenterWindow::revealChart() {
    bringUpToDate();
    return m_reveal;
}

QString PresenterWindow::sceneText() {
    bringUpToDate();
    if (m_pages->currentWidget() == m_reveal)
        return m_title->text() + u'\n' + m_reveal->accessibleDescription();
    if (m_pages->currentWidget() == m_votingPage) {
        return m_title->text() + u'\n' + m_message->text() +
               (m_phoneJoin->isVisibleTo(this) ? u'\n' + m_phoneText->text() : QString());
    }
    if (m_pages->currentWidget() == m_journeyPage)
        return m_title->text() + u'\n' + m_journeyText->text();
    return m_title->text() + u'\n' + m_boardScene->text();
}

void PresenterWindow::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Escape) {
        if (isFullScreen())
            showNormal();
        else
            hide();
        return;
    }
    if (event->matches(QKeySequence::ZoomIn) ||
        (event->modifiers() & Qt::ControlModifier && event->key() == Qt::Key_Equal)) {
        setZoom(m_zoom + 1);
        return;
    }
    if (event->matches(QKeySequence::ZoomOut)) {
        setZoom(m_zoom - 1);
        return;
    }
    if (event->modifiers() == Qt::NoModifier) {
        switch (event->key()) {
        case Qt::Key_Space:
        case Qt::Key_Right:
        case Qt::Key_PageDown:
            step(+1);
            return;
        case Qt::Key_Left:
        case Qt::Key_PageUp:
            step(-1);
            return;
        default:
            break;
        }
    }
    QWidget::keyPressEvent(event);
}

} // namespace unblock::app
