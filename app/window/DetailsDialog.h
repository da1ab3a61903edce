#pragma once

#include "model/SessionData.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLineEdit;
class QSpinBox;

namespace unblock::app {

// The workshop's title block: title, date, venue, facilitator, attendees.
// For a new session it is asked for at once (dated today), with Skip to
// leave it for later.
class DetailsDialog : public QDialog {
    Q_OBJECT
public:
    enum class Purpose { Edit, NewSession };
    DetailsDialog(const SessionDetails& details, QWidget* parent = nullptr,
                  Purpose purpose = Purpose::Edit);
    SessionDetails details() const;
    bool skipped() const { return m_skipped; }

private:
    QLineEdit* m_title;
    QCheckBox* m_hasDate;
    QDateEdit* m_date;
    QLineEdit* m_venue;
    QLineEdit* m_facilitator;
    QSpinBox* m_attendees;
    bool m_skipped = false;
};

} // namespace unblock::app
