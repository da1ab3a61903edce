#pragma once

#include "journey/Journey.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace unblock::app {

// A journey's own fields: title, persona or segment with the channels it
// prefers, and how many such journeys a year.
class JourneyDialog : public QDialog {
    Q_OBJECT

public:
    JourneyDialog(const Journey& journey, const std::vector<Channel>& channels,
                  QWidget* parent = nullptr);
    Journey journey() const;
    void accept() override;

private:
    Journey m_journey;
    QLineEdit* m_title;
    QLineEdit* m_persona;
    QComboBox* m_preferred;
    QComboBox* m_second;
    QSpinBox* m_volume;
};

} // namespace unblock::app
