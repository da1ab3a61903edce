#pragma once

#include "model/SessionData.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLineEdit;
class QSpinBox;

namespace unblock::app {

// The workshop's title block: title, date, venue, facilitator, attendees.
class DetailsDialog : public QDialog {
    Q_OBJECT
public:
    DetailsDialog(const SessionDetails& details, QWidget* parent = nullptr);
    SessionDetails details() const;

private:
    QLineEdit* m_title;
    QCheckBox* m_hasDate;
    QDateEdit* m_date;
    QLineEdit* m_venue;
    QLineEdit* m_facilitator;
    QSpinBox* m_attendees;
};

} // namespace unblock::app
