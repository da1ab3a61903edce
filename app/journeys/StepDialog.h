#pragma once

#include "journey/Journey.h"
#include "model/Result.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace unblock::app {

// Everything about one step of a journey.
class StepDialog : public QDialog {
    Q_OBJECT

public:
    StepDialog(const JourneyStep& step, const std::vector<Channel>& channels,
               QWidget* parent = nullptr);
    // The step as edited; the cost field takes pounds ("3.76", "£3.76") or
    // nothing (the channel's figure).
    JourneyStep step() const;

    void accept() override;

private:
    JourneyStep m_step;
    QPlainTextEdit* m_description;
    QComboBox* m_channel;
    QLineEdit* m_actor;
    QSpinBox* m_minutes;
    QLineEdit* m_cost;
    QCheckBox* m_avoidable;
    QCheckBox* m_pain;
    QLineEdit* m_painNote;
    QSpinBox* m_emotion;
};

} // namespace unblock::app
