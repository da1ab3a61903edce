#include "board/ItemDetailsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace unblock::app {

QSpinBox* ItemDetailsDialog::scoreBox(const std::optional<int>& value, const QString& name,
                                      QWidget* parent) {
    auto* box = new QSpinBox(parent);
    box->setRange(0, 5);
    box->setSpecialValueText(tr("not scored"));
    box->setValue(value.value_or(0));
    box->setAccessibleName(name);
    return box;
}

ItemDetailsDialog::ItemDetailsDialog(const store::BlockerFields& blocker,
                                     const std::vector<Category>& categories, QWidget* parent)
    : QDialog(parent)
    , m_blocker(blocker)
    , m_title(new QLineEdit(blocker.title, this))
    , m_category(new QComboBox(this))
    , m_text(new QPlainTextEdit(blocker.detail, this))
    , m_person(new QLineEdit(blocker.author, this)) {
    setWindowTitle(tr("Blocker Details"));
    m_title->setAccessibleName(tr("Blocker"));
    m_category->setAccessibleName(tr("Category"));
    m_category->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_category->setMinimumContentsLength(24);
    m_category->addItem(tr("(none)"));
    for (const Category& c : categories)
        m_category->addItem(c.name, static_cast<qlonglong>(c.id));
    if (blocker.categoryId)
        m_category->setCurrentIndex(
            std::max(0, m_category->findData(static_cast<qlonglong>(*blocker.categoryId))));
    m_text->setAccessibleName(tr("Detail"));
    m_text->setTabChangesFocus(true);
    m_person->setAccessibleName(tr("Raised by"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Blocker:"), m_title);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("&Detail:"), m_text);
    form->addRow(tr("&Raised by:"), m_person);
    finish(form);
}

ItemDetailsDialog::ItemDetailsDialog(const store::SolutionFields& solution, QWidget* parent)
    : QDialog(parent)
    , m_text(new QPlainTextEdit(solution.text, this))
    , m_person(new QLineEdit(solution.owner, this))
    , m_impact(scoreBox(solution.impact, tr("Impact, 1 to 5"), this))
    , m_effort(scoreBox(solution.effort, tr("Effort, 1 to 5"), this))
    , m_hasDue(new QCheckBox(tr("Due by"), this))
    , m_due(new QDateEdit(solution.due.isValid() ? solution.due : QDate::currentDate().addMonths(1),
                          this)) {
    setWindowTitle(tr("Solution Details"));
    m_text->setAccessibleName(tr("Solution"));
    m_text->setTabChangesFocus(true);
    m_person->setAccessibleName(tr("Owner"));
    m_hasDue->setChecked(solution.due.isValid());
    m_due->setEnabled(solution.due.isValid());
    m_due->setCalendarPopup(true);
    m_due->setAccessibleName(tr("Due date"));
    connect(m_hasDue, &QCheckBox::toggled, m_due, &QWidget::setEnabled);
    auto* due = new QHBoxLayout;
    due->addWidget(m_hasDue);
    due->addWidget(m_due, 1);
    auto* form = new QFormLayout;
    form->addRow(tr("&Solution:"), m_text);
    form->addRow(tr("&Impact:"), m_impact);
    form->addRow(tr("&Effort:"), m_effort);
    form->addRow(tr("&Owner:"), m_person);
    auto* dueLabel = new QLabel(tr("D&ue:"), this); // a row of two: its buddy is set here
    dueLabel->setBuddy(m_hasDue);
    form->addRow(dueLabel, due);
    finish(form);
}

void ItemDetailsDialog::finish(QFormLayout* form) {
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

store::BlockerFields ItemDetailsDialog::blockerFields() const {
    store::BlockerFields fields = m_blocker;
    fields.title = m_title->text();
    const QVariant category = m_category->currentData();
    fields.categoryId =
        category.isValid() ? std::optional<Id>(category.toLongLong()) : std::nullopt;
    fields.detail = m_text->toPlainText();
    fields.author = m_person->text();
    return fields;
}

store::SolutionFields ItemDetailsDialog::solutionFields() const {
    auto score = [](const QSpinBox* box) {
        return box->value() == 0 ? std::nullopt : std::optional<int>(box->value());
    };
    return {m_text->toPlainText(), score(m_impact), score(m_effort), m_person->text(),
            m_hasDue->isChecked() ? m_due->date() : QDate()};
}

} // namespace unblock::app
