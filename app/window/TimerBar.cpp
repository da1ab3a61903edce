#include "window/TimerBar.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>

namespace unblock::app {

using namespace std::chrono;
using State = CountdownTimer::State;

TimerBar::TimerBar(QWidget* parent)
    : QWidget(parent)
    , m_minutes(new QSpinBox(this))
    , m_display(new QLabel(this))
    , m_ticker(new QTimer(this))
    , m_start(new QAction(tr("&Start Timer"), this))
    , m_pause(new QAction(tr("&Pause Timer"), this))
    , m_addMinute(new QAction(tr("&Add a Minute"), this)) {
    m_minutes->setRange(1, 180);
    m_minutes->setValue(10);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setAccessibleName(tr("Activity length in minutes"));
    m_display->setTextFormat(Qt::PlainText);
    m_display->setAccessibleName(tr("Time left"));
    m_display->setMinimumWidth(80);
    m_start->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_pause->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_T));
    m_addMinute->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    connect(m_start, &QAction::triggered, this, &TimerBar::start);
    connect(m_pause, &QAction::triggered, this, &TimerBar::togglePause);
    connect(m_addMinute, &QAction::triggered, this, &TimerBar::addMinute);
    connect(m_ticker, &QTimer::timeout, this, &TimerBar::tick);
    m_ticker->setInterval(250);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Timer:"), this));
    layout->addWidget(m_minutes);
    for (QAction* action : actions()) {
        auto* button = new QToolButton(this);
        button->setDefaultAction(action);
        layout->addWidget(button);
    }
    layout->addWidget(m_display);
    tick();
}

void TimerBar::start() {
    m_timer.start(minutes(m_minutes->value()), m_now());
    m_announcedEnd = false;
    m_ticker->start();
    tick();
}

void TimerBar::togglePause() {
    if (m_timer.state(m_now()) == State::Paused)
        m_timer.resume(m_now());
    else
        m_timer.pause(m_now());
    tick();
}

void TimerBar::addMinute() {
    m_timer.add(minutes(1), m_now());
    m_announcedEnd = false;
    if (!m_ticker->isActive())
        m_ticker->start();
    tick();
}

bool TimerBar::finished() const {
    return m_timer.state(m_now()) == State::Finished;
}

QString TimerBar::displayText() const {
    const State state = m_timer.state(m_now());
    if (state == State::Idle)
        return {};
    if (state == State::Finished)
        return tr("Time is up");
    const auto left = duration_cast<seconds>(m_timer.remaining(m_now()) + milliseconds(999));
    const QString clock = QStringLiteral("%1:%2")
                              .arg(left.count() / 60)
                              .arg(left.count() % 60, 2, 10, QLatin1Char('0'));
    return state == State::Paused ? tr("%1 (paused)").arg(clock) : clock;
}

void TimerBar::tick() {
    const State state = m_timer.state(m_now());
    m_pause->setEnabled(state == State::Running || state == State::Paused);
    m_pause->setText(state == State::Paused ? tr("&Resume Timer") : tr("&Pause Timer"));
    m_addMinute->setEnabled(state != State::Idle);
    m_display->setText(displayText());
    if (state == State::Finished) {
        m_ticker->stop();
        if (!m_announcedEnd) {
            m_announcedEnd = true;
            QApplication::beep();
        }
    }
    Q_EMIT countdownChanged(displayText(), state == State::Finished);
}

} // namespace unblock::app
