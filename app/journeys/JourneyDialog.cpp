#include "journeys/JourneyDialog.h"

#include "journey/JourneyRules.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QSpinBox>

namespace unblock::app {
namespace {

QComboBox* channelBox(const std::vector<Channel>& channels, std::optional<Id> chosen) {
    auto* box = new QComboBox;
    box->addItem(JourneyDialog::tr("Not known"));
    for (const Channel& c : channels) {
        box->addItem(c.name, QVariant::fromValue(c.id));
        if (chosen == c.id)
            box->setCurrentIndex(box->count() - 1);
    }
    return box;
}

std::optional<Id> chosenChannel(const QComboBox* box) {
    return box->currentData().isValid() ? std::optional<Id>(box->currentData().value<Id>())
                                        : std::nullopt;
}

} // namespace

JourneyDialog::JourneyDialog(const Journey& journey, const std::vector<Channel>& channels,
                             QWidget* parent)
    : QDialog(parent)
    , m_journey(journey)
    , m_title(new QLineEdit(journey.title))
    , m_persona(new QLineEdit(journey.persona))
    , m_preferred(channelBox(channels, journey.preferredChannelId))
    , m_second(channelBox(channels, journey.secondChoiceChannelId))
    , m_volume(new QSpinBox) {
    setWindowTitle(tr("Journey"));
    m_volume->setRange(0, static_cast<int>(JourneyLimits::annualVolume));
    m_volume->setGroupSeparatorShown(true);
    m_volume->setValue(static_cast<int>(journey.annualVolume));
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Persona or segment:"), m_persona);
    form->addRow(tr("P&referred channel:"), m_preferred);
    form->addRow(tr("&Second choice:"), m_second);
    form->addRow(tr("Journeys a &year:"), m_volume);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

Journey JourneyDialog::journey() const {
    Journey out = m_journey;
    out.title = m_title->text().trimmed();
    out.persona = m_persona->text().trimmed();
    out.preferredChannelId = chosenChannel(m_preferred);
    out.secondChoiceChannelId = chosenChannel(m_second);
    out.annualVolume = m_volume->value();
    return out;
}

void JourneyDialog::accept() {
    if (Status valid = checkJourney(journey()); !valid) {
        QMessageBox::warning(this, tr("Journey"), valid.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace unblock::app
