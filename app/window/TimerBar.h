#pragma once

#include "model/CountdownTimer.h"

#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QSpinBox;
class QTimer;

namespace unblock::app {

// Times an activity: minutes, start, pause and resume, one more minute, and a
// clear end (words on both screens, and a beep). The clock can be replaced so
// tests need not wait.
class TimerBar : public QWidget {
    Q_OBJECT
public:
    using Clock = CountdownTimer::Clock;
    explicit TimerBar(QWidget* parent = nullptr);

    void setClock(std::function<Clock::time_point()> clock) { m_now = std::move(clock); }
    QList<QAction*> actions() const { return {m_start, m_pause, m_addMinute}; }
    QString displayText() const;
    bool finished() const;
    void tick(); // reads the clock and updates; the QTimer calls it

Q_SIGNALS:
    // Empty text when no countdown is running.
    void countdownChanged(const QString& text, bool finished);

private:
    void start();
    void togglePause();
    void addMinute();

    CountdownTimer m_timer;
    std::function<Clock::time_point()> m_now = [] {
        return Clock::now();
    };
    QSpinBox* m_minutes;
    QLabel* m_display;
    QTimer* m_ticker;
    QAction* m_start;
    QAction* m_pause;
    QAction* m_addMinute;
    bool m_announcedEnd = false;
};

} // namespace unblock::app
