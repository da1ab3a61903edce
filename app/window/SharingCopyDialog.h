#pragma once

#include "store/SharingCopy.h"

#include <QDialog>

class QCheckBox;

namespace unblock::app {

// File ▸ Save a Copy for Sharing: what the copy leaves out, and whether it
// keeps the owners of actions (off unless the organiser ticks it, so no
// name leaves by accident). The file is chosen next.
class SharingCopyDialog : public QDialog {
    Q_OBJECT
public:
    explicit SharingCopyDialog(QWidget* parent = nullptr);
    store::SharingOptions options() const;
    QCheckBox* keepOwnersBox() const { return m_keepOwners; }

private:
    QCheckBox* m_keepOwners;
};

} // namespace unblock::app
