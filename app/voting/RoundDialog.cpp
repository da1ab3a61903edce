#include "voting/RoundDialog.h"

#include "document/SessionDocument.h"
#include "window/Preferences.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace unblock::app {
namespace {

// A title short enough for a list or a round's name.
QString shortTitle(const QString& title) {
    return title.size() > 60 ? title.left(59) + QChar(0x2026) : title;
}

// `title`, or when a round already has it, "title (2)", "title (3)"…: two
// rounds of one name are two rows the room cannot tell apart.
QString unusedTitle(const QString& title, const std::vector<Round>& rounds) {
    const auto taken = [&rounds](const QString& candidate) {
        return std::any_of(rounds.begin(), rounds.end(),
                           [&candidate](const Round& r) { return r.title == candidate; });
    };
    QString candidate = title;
    for (int n = 2; taken(candidate); ++n)
        candidate = QStringLiteral("%1 (%2)").arg(title).arg(n);
    return candidate;
}

} // namespace

RoundDialog::RoundDialog(const SessionDocument& doc, std::optional<Id> selectedBlocker,
                         QWidget* parent)
    : QDialog(parent)
    , m_blocker(selectedBlocker)
    , m_blockersTitle(unusedTitle(tr("Top blockers"), doc.data().rounds))
    , m_title(new QLineEdit(m_blockersTitle, this))
    , m_subject(new QComboBox(this))
    , m_method(new QComboBox(this))
    , m_budget(new QSpinBox(this))
    , m_cap(new QSpinBox(this)) {
    setWindowTitle(tr("New Voting Round"));
    m_subject->addItem(tr("The blockers"), static_cast<int>(RoundSubject::Blockers));
    if (const Blocker* b = selectedBlocker ? doc.data().blocker(*selectedBlocker) : nullptr) {
        m_subject->addItem(tr("The solutions of “%1”").arg(shortTitle(b->title)),
                           static_cast<int>(RoundSubject::Solutions));
        m_solutionsTitle =
            unusedTitle(tr("Solutions to “%1”").arg(shortTitle(b->title)), doc.data().rounds);
    }
    m_subject->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_subject->setMinimumContentsLength(30);
    for (VoteMethod m :
         {VoteMethod::Dots, VoteMethod::Approval, VoteMethod::Borda, VoteMethod::Schulze})
        m_method->addItem(displayName(m), static_cast<int>(m));
    m_budget->setRange(1, 100);
    m_cap->setRange(0, 100);
    m_cap->setSpecialValueText(tr("no limit"));
    const Preferences prefs = Preferences::load();
    m_budget->setValue(prefs.dotsPerVoter);
    m_cap->setValue(prefs.maxPerItem);
    m_title->setAccessibleName(tr("Round title"));
    m_subject->setAccessibleName(tr("What is voted on"));
    m_method->setAccessibleName(tr("Voting method"));
    m_budget->setAccessibleName(tr("Votes per voter"));
    m_cap->setAccessibleName(tr("Most dots on one item"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Vote on:"), m_subject);
    form->addRow(tr("&Method:"), m_method);
    form->addRow(tr("&Dots (or choices) per voter:"), m_budget);
    form->addRow(tr("Most dots on &one item:"), m_cap);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_method, &QComboBox::currentIndexChanged, this, &RoundDialog::methodChanged);
    // The title says what is voted on, until the facilitator writes their own.
    connect(m_title, &QLineEdit::textEdited, this, [this] { m_titleTyped = true; });
    connect(m_subject, &QComboBox::currentIndexChanged, this, [this] {
        if (m_titleTyped)
            return;
        const auto subject = static_cast<RoundSubject>(m_subject->currentData().toInt());
        m_title->setText(subject == RoundSubject::Solutions ? m_solutionsTitle : m_blockersTitle);
    });
}

void RoundDialog::methodChanged() {
    m_cap->setEnabled(static_cast<VoteMethod>(m_method->currentData().toInt()) == VoteMethod::Dots);
}

store::RoundSpec RoundDialog::spec() const {
    const auto subject = static_cast<RoundSubject>(m_subject->currentData().toInt());
    const auto method = static_cast<VoteMethod>(m_method->currentData().toInt());
    store::RoundSpec spec;
    spec.title = m_title->text();
    spec.subject = subject;
    spec.subjectBlockerId = subject == RoundSubject::Solutions ? m_blocker : std::nullopt;
    spec.method = method;
    spec.budget = m_budget->value();
    if (method == VoteMethod::Dots && m_cap->value() > 0)
        spec.maxPerItem = m_cap->value();
    return spec;
}

} // namespace unblock::app
