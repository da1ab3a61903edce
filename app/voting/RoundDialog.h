#pragma once

#include "store/Rounds.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace unblock::app {

class SessionDocument;

// The settings of a new voting round: what is voted on (the blockers, or the
// solutions of the selected blocker), its title (named after what is voted
// on), the method, dots per voter and the cap.
class RoundDialog : public QDialog {
    Q_OBJECT
public:
    RoundDialog(const SessionDocument& doc, std::optional<Id> selectedBlocker,
                QWidget* parent = nullptr);
    store::RoundSpec spec() const;
    QComboBox* subjectBox() const { return m_subject; }

private:
    void methodChanged();

    std::optional<Id> m_blocker;
    QString m_blockersTitle; // the title a round on the blockers starts with
    QLineEdit* m_title;
    QComboBox* m_subject;
    QComboBox* m_method;
    QSpinBox* m_budget;
    QSpinBox* m_cap;
    QString m_solutionsTitle; // the title a round on the blocker's solutions starts with
    bool m_titleTyped = false;
};

} // namespace unblock::app
