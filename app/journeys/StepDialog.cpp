#include "journeys/StepDialog.h"

#include "journey/CostToServe.h"
#include "journey/JourneyRules.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace unblock::app {

StepDialog::StepDialog(const JourneyStep& step, const std::vector<Channel>& channels,
                       QWidget* parent)
    : QDialog(parent)
    , m_step(step)
    , m_description(new QPlainTextEdit(step.description))
    , m_channel(new QComboBox)
    , m_actor(new QLineEdit(step.actor))
    , m_minutes(new QSpinBox)
    , m_cost(new QLineEdit)
    , m_avoidable(new QCheckBox(tr("&Avoidable contact")))
    , m_pain(new QCheckBox(tr("&Pain point")))
    , m_painNote(new QLineEdit(step.painNote))
    , m_emotion(new QSpinBox) {
    setWindowTitle(tr("Step"));
    m_description->setTabChangesFocus(true);
    m_channel->addItem(tr("No channel"));
    for (const Channel& c : channels) {
        m_channel->addItem(c.name, QVariant::fromValue(c.id));
        if (step.channelId == c.id)
            m_channel->setCurrentIndex(m_channel->count() - 1);
    }
    m_minutes->setRange(-1, JourneyLimits::minutes);
    m_minutes->setSpecialValueText(tr("not known"));
    m_minutes->setValue(step.minutes.value_or(-1));
    m_cost->setPlaceholderText(tr("the channel's figure"));
    if (step.cost)
        m_cost->setText(QString::number(static_cast<double>(*step.cost) / 100, 'f', 2));
    m_avoidable->setChecked(step.avoidable);
    m_pain->setChecked(step.painPoint);
    m_emotion->setRange(-2, 2);
    m_emotion->setValue(step.emotion);
    m_emotion->setToolTip(tr("−2 angry … 0 neutral … +2 delighted"));
    auto* form = new QFormLayout(this);
    form->addRow(tr("&What happens:"), m_description);
    form->addRow(tr("&Channel:"), m_channel);
    form->addRow(tr("&Who:"), m_actor);
    form->addRow(tr("&Minutes:"), m_minutes);
    form->addRow(tr("C&ost of this contact (£):"), m_cost);
    form->addRow(QString(), m_avoidable);
    form->addRow(QString(), m_pain);
    form->addRow(tr("Pain point &note:"), m_painNote);
    form->addRow(tr("&Feeling (−2 to +2):"), m_emotion);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

JourneyStep StepDialog::step() const {
    JourneyStep out = m_step;
    out.description = m_description->toPlainText().trimmed();
    out.channelId = m_channel->currentData().isValid()
                        ? std::optional<Id>(m_channel->currentData().value<Id>())
                        : std::nullopt;
    out.actor = m_actor->text().trimmed();
    out.minutes = m_minutes->value() < 0 ? std::nullopt : std::optional<int>(m_minutes->value());
    const Result<std::optional<Pence>> cost = parsePounds(m_cost->text());
    out.cost = cost ? cost.value() : std::nullopt;
    out.avoidable = m_avoidable->isChecked();
    out.painPoint = m_pain->isChecked();
    out.painNote = m_painNote->text().trimmed();
    out.emotion = m_emotion->value();
    return out;
}

void StepDialog::accept() {
    const Result<std::optional<Pence>> cost = parsePounds(m_cost->text());
    Status valid = cost ? checkStep(step()) : Status{cost.error()};
    if (!valid) {
        QMessageBox::warning(this, tr("Step"), valid.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace unblock::app
