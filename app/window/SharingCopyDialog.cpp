#include "window/SharingCopyDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace unblock::app {

SharingCopyDialog::SharingCopyDialog(QWidget* parent)
    : QDialog(parent)
    , m_keepOwners(new QCheckBox(tr("&Keep the names of the people who own actions"), this)) {
    setWindowTitle(tr("Save a Copy for Sharing"));
    auto* what = new QLabel(
        tr("The copy leaves out people’s names: who wrote each blocker, the names sent from "
           "phones, the facilitator’s name and, unless you tick below, who owns each action. "
           "The votes stay as they were, but not who cast them. Anything deleted is wiped from "
           "the copy too. This session is not changed."),
        this);
    what->setTextFormat(Qt::PlainText);
    what->setWordWrap(true);
    m_keepOwners->setChecked(false);
    m_keepOwners->setToolTip(tr("The owners of solutions and of actions carried from earlier "
                                "workshops. Leave it unticked for a copy that goes beyond the "
                                "people named."));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Choose File…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addWidget(m_keepOwners);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

store::SharingOptions SharingCopyDialog::options() const {
    store::SharingOptions options;
    options.keepOwners = m_keepOwners->isChecked();
    return options;
}

} // namespace unblock::app
