#pragma once

#include "journey/Journey.h"

#include <QWidget>

#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QSpinBox;

namespace unblock::app {

// "What if N% of this channel's contacts moved online?" for the journey
// shown: the share, the channel (those the journey uses, with a figure, that
// are not online already) and the saving a year.
class WhatIfPanel : public QWidget {
    Q_OBJECT
public:
    explicit WhatIfPanel(QWidget* parent = nullptr);

    // The journey shown and the session's channels, or none. The panel keeps
    // copies: it answers again whenever the share or channel changes.
    void showJourney(const Journey* journey, const std::vector<Channel>& channels);

    QSpinBox* share() const { return m_share; }
    QComboBox* channel() const { return m_channel; }
    QString answer() const;

private:
    void fillChannels();
    void showAnswer();

    QSpinBox* m_share;
    QComboBox* m_channel;
    QLabel* m_answer;
    std::optional<Journey> m_journey;
    std::vector<Channel> m_channels;
};

} // namespace unblock::app
