#include "journeys/WhatIfPanel.h"

#include "journey/CostToServe.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

#include <algorithm>

namespace unblock::app {

WhatIfPanel::WhatIfPanel(QWidget* parent)
    : QWidget(parent)
    , m_share(new QSpinBox)
    , m_channel(new QComboBox)
    , m_answer(new QLabel) {
    m_share->setRange(0, 100);
    m_share->setValue(50);
    m_share->setSuffix(QStringLiteral(" %"));
    m_share->setAccessibleName(tr("Share of contacts that move online"));
    m_share->setToolTip(tr("What share of the channel’s contacts would move online"));
    m_channel->setAccessibleName(tr("Channel whose contacts move online"));
    m_channel->setToolTip(tr("The channel whose contacts would move online"));
    m_answer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_share, &QSpinBox::valueChanged, this, &WhatIfPanel::showAnswer);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &WhatIfPanel::showAnswer);

    auto* label = new QLabel(tr("&What if"));
    label->setBuddy(m_share);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_share);
    layout->addWidget(new QLabel(tr("of")));
    layout->addWidget(m_channel);
    layout->addWidget(new QLabel(tr("contacts moved online?")));
    layout->addWidget(m_answer, 1);
}

void WhatIfPanel::showJourney(const Journey* journey, const std::vector<Channel>& channels) {
    m_journey = journey ? std::optional<Journey>(*journey) : std::nullopt;
    m_channels = channels;
    fillChannels();
}

QString WhatIfPanel::answer() const {
    return m_answer->text();
}

// The channels a contact could move online from: those this journey uses,
// with a figure, other than online ones. The one chosen stays chosen.
void WhatIfPanel::fillChannels() {
    const QVariant keep = m_channel->currentData();
    {
        const QSignalBlocker quiet(m_channel);
        m_channel->clear();
        for (const Channel& c : m_channels) {
            const bool used =
                m_journey && std::any_of(m_journey->steps.begin(), m_journey->steps.end(),
                                         [&](const JourneyStep& s) { return s.channelId == c.id; });
            if (used && c.costPerContact && !c.online)
                m_channel->addItem(c.name, QVariant::fromValue(c.id));
        }
        m_channel->setCurrentIndex(std::max(m_channel->findData(keep), 0));
    }
    showAnswer();
}

void WhatIfPanel::showAnswer() {
    const bool choosable = m_channel->count() > 0;
    m_share->setEnabled(choosable);
    m_channel->setEnabled(choosable);
    if (!m_journey || !choosable) {
        m_answer->setText(tr("(no contacts with a cost on a channel that could move online)"));
        return;
    }
    if (m_journey->annualVolume <= 0) {
        m_answer->setText(tr("Give the journeys a year (Edit Journey) to see the saving."));
        return;
    }
    const Result<std::optional<Pence>> saving = movedOnlineSaving(
        *m_journey, m_channels, m_channel->currentData().value<Id>(), m_share->value());
    if (!saving)
        m_answer->setText(saving.error().message);
    else if (!saving.value())
        m_answer->setText(tr("Unknown: the online channel has no cost per contact."));
    else
        m_answer->setText(tr("Saves %1 a year.").arg(formatPounds(*saving.value())));
}

} // namespace unblock::app
