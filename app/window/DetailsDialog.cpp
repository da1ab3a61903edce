#include "window/DetailsDialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace unblock::app {

DetailsDialog::DetailsDialog(const SessionDetails& details, QWidget* parent, Purpose purpose)
    : QDialog(parent)
    , m_title(new QLineEdit(details.title, this))
    , m_hasDate(new QCheckBox(tr("Held on"), this))
    , m_date(new QDateEdit(details.date.isValid() ? details.date : QDate::currentDate(), this))
    , m_venue(new QLineEdit(details.venue, this))
    , m_facilitator(new QLineEdit(details.facilitator, this))
    , m_attendees(new QSpinBox(this)) {
    const bool fresh = purpose == Purpose::NewSession;
    setWindowTitle(fresh ? tr("About This Workshop") : tr("Session Details"));
    // A new session is most often made on the day, or for a day soon.
    const bool dated = details.date.isValid() || fresh;
    m_hasDate->setChecked(dated);
    m_date->setCalendarPopup(true);
    m_date->setEnabled(dated);
    m_attendees->setRange(0, 10000);
    m_attendees->setValue(details.attendees);
    m_title->setAccessibleName(tr("Workshop title"));
    m_date->setAccessibleName(tr("Date"));
    m_venue->setAccessibleName(tr("Venue"));
    m_facilitator->setAccessibleName(tr("Facilitator"));
    m_attendees->setAccessibleName(tr("Number of attendees"));
    auto* date = new QHBoxLayout;
    date->addWidget(m_hasDate);
    date->addWidget(m_date, 1);
    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    // A row of several widgets gets no buddy from QFormLayout: without
    // one, the label would show its "&".
    auto* dateLabel = new QLabel(tr("&Date:"), this);
    dateLabel->setBuddy(m_hasDate);
    form->addRow(dateLabel, date);
    form->addRow(tr("&Venue:"), m_venue);
    form->addRow(tr("&Facilitator:"), m_facilitator);
    form->addRow(tr("&Attendees:"), m_attendees);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    if (fresh) {
        buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start"));
        QPushButton* skip = buttons->addButton(tr("S&kip for Now"), QDialogButtonBox::AcceptRole);
        skip->setToolTip(tr("Starts the session without these; File ▸ Session Details adds them "
                            "later"));
        connect(skip, &QPushButton::clicked, this, [this] { m_skipped = true; });
    }
    auto* layout = new QVBoxLayout(this);
    if (fresh) {
        auto* why = new QLabel(tr("The summary’s title block shows these."), this);
        layout->addWidget(why);
    }
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(m_hasDate, &QCheckBox::toggled, m_date, &QWidget::setEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

SessionDetails DetailsDialog::details() const {
    if (m_skipped)
        return {};
    return {m_title->text(), m_hasDate->isChecked() ? m_date->date() : QDate(), m_venue->text(),
            m_facilitator->text(), m_attendees->value()};
}

} // namespace unblock::app
