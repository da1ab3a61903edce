#pragma once

#include "model/SessionData.h"
#include "store/Blockers.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace unblock::app {

// Everything about one blocker (title, category, detail, author) or one
// solution (text, impact, effort, owner, due date) in one form.
class ItemDetailsDialog : public QDialog {
    Q_OBJECT
public:
    ItemDetailsDialog(const store::BlockerFields& blocker, const std::vector<Category>& categories,
                      QWidget* parent = nullptr);
    ItemDetailsDialog(const store::SolutionFields& solution, QWidget* parent = nullptr);

    store::BlockerFields blockerFields() const;
    store::SolutionFields solutionFields() const;
    QComboBox* categoryBox() const { return m_category; }

private:
    void finish(QFormLayout* form);
    static QSpinBox* scoreBox(const std::optional<int>& value, const QString& name,
                              QWidget* parent);

    store::BlockerFields m_blocker;
    QLineEdit* m_title = nullptr;
    QComboBox* m_category = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QLineEdit* m_person = nullptr;
    QSpinBox* m_impact = nullptr;
    QSpinBox* m_effort = nullptr;
    QCheckBox* m_hasDue = nullptr;
    QDateEdit* m_due = nullptr;
};

} // namespace unblock::app
