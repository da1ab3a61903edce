// Capture on the board: the blocker and solution typed, what they read
// like, the group they go in, and the blocker solutions go under.
#include "board/BoardPage.h"
#include "board/CaptureLine.h"
#include "board/LearningPanel.h"
#include "document/Edits.h"
#include "document/SessionDocument.h"
#include "model/CategorySuggester.h"
#include "model/Likeness.h"
#include "model/TextRules.h"
#include "window/Prompts.h"

#include <QComboBox>
#include <QFontMetrics>
#include <QLabel>
#include <QTimer>
#include <QTreeView>

namespace unblock::app {

using Kind = BoardModel::Kind;

namespace {
std::optional<Id> groupFromBox(const QComboBox* box) {
    const Id id = box->currentData().toLongLong();
    return id == BoardModel::kNoGroup ? std::nullopt : std::optional<Id>(id);
}
} // namespace

void BoardPage::addBlocker() {
    addTypedBlocker();
}

void BoardPage::showAlike() {
    m_alikeTimer->stop();
    const std::vector<AlikeBlocker> alike = m_doc.boardLikeness().alike(m_blockerEdit->text(), 1);
    m_alikeTarget = alike.empty() ? std::nullopt : std::optional<Id>(alike.front().blockerId);
    if (m_alikeTarget) {
        m_alikeLabel->setText(tr("Looks like “%1” (%2). Ctrl+Enter adds it merged into that one.")
                                  .arg(m_doc.data().blocker(*m_alikeTarget)->title,
                                       describeLikeness(alike.front().likeness)));
    }
    m_alikeLabel->setVisible(m_alikeTarget.has_value());
    showLearning();
}

// What other workshops did: about the blocker being typed (none can be
// added under it until it is on the board), else the one solutions go under.
void BoardPage::showLearning() {
    const QString typed = m_blockerEdit->text();
    if (!typed.trimmed().isEmpty()) {
        m_learning->showFor(std::nullopt, typed);
        return;
    }
    const Blocker* b = m_target ? m_doc.data().blocker(*m_target) : nullptr;
    m_learning->showFor(m_target, b ? b->title : QString());
}

// One step: the blocker typed, merged into the one it reads like.
void BoardPage::addBlockerMergedIntoAlike() {
    showAlike(); // typed faster than the pause
    if (!m_alikeTarget) {
        addTypedBlocker();
        return;
    }
    const Id target = *m_alikeTarget;
    if (const std::optional<store::BlockerFields> fields = typedBlocker())
        blockerAdded(edits::addBlockerMergedInto(m_doc, *fields, target));
}

std::optional<Id> BoardPage::addTypedBlocker() {
    const std::optional<store::BlockerFields> fields = typedBlocker();
    return fields ? blockerAdded(edits::addBlocker(m_doc, *fields)) : std::nullopt;
}

// The facilitator goes on with the blocker just added: its solutions next.
std::optional<Id> BoardPage::blockerAdded(std::optional<Id> id) {
    if (id) {
        // A long one was split: said beside the line until the next blocker
        // is added, however soon the typing goes on.
        const Blocker* added = m_doc.data().blocker(*id);
        m_splitNote = added && !added->detail.isEmpty()
                          ? tr("Added with its first part as the title and the whole text as "
                               "its detail (Details…, Ctrl+D on the board).")
                          : QString();
        m_blockerEdit->clear();
        showLengthNote();
        setTarget(id);
        selectItem(Kind::Blocker, *id);
    }
    return id;
}

// Under the blocker line: how long the typing is, once that matters, else
// what became of the last long one.
void BoardPage::showLengthNote() {
    const QString length = m_blockerEdit->lengthNote();
    m_lengthLabel->setText(length.isEmpty() ? m_splitNote : length);
    m_lengthLabel->setVisible(!m_lengthLabel->text().isEmpty());
}

// The blocker typed, as it will be added; none when there is nothing typed
// or the facilitator says not to.
std::optional<store::BlockerFields> BoardPage::typedBlocker() {
    const QString typed = m_blockerEdit->text();
    if (typed.trimmed().isEmpty())
        return std::nullopt;
    store::BlockerFields fields;
    fields.groupId = groupFromBox(m_groupBox);
    // Too long for a title: its first part is the title, all of it the
    // detail, as the note under the line says. No question is asked: the
    // room's next words would answer it.
    if (tidyText(typed).size() > TextLimits::line) {
        const SplitTitle split = splitLongTitle(typed);
        fields.title = split.title;
        fields.detail = split.detail;
    } else {
        fields.title = typed;
    }
    if (!confirmNewTitle(fields.title, fields.groupId))
        return std::nullopt;
    fields.categoryId = suggestCategory(fields.title, m_doc.data().categories);
    return fields;
}

// The same title twice in one group is usually the same sticky note read
// out twice: asked first, not refused.
bool BoardPage::confirmNewTitle(const QString& title, std::optional<Id> group) {
    const std::optional<Id> same = m_doc.boardTitles().find(title, group);
    if (!same)
        return true;
    return m_prompts.confirm(
        this, tr("Add It Again?"),
        tr("“%1” is already on the board in %2. Add it again?")
            .arg(m_doc.data().blocker(*same)->title, m_groupBox->currentText()));
}

void BoardPage::addSolution() {
    const QString text = m_solutionEdit->text();
    if (text.trimmed().isEmpty() || !m_target)
        return;
    const Id blocker = *m_target;
    if (const std::optional<Id> id = edits::addSolution(m_doc, blocker, {text, {}, {}, {}, {}})) {
        m_solutionEdit->clear();
        selectItem(Kind::Solution, *id);
        setTarget(blocker);
    }
}

// Several lines pasted into the solution line: one solution a line, if the
// facilitator says so; else they go in as one line.
void BoardPage::addSolutions(const QStringList& lines) {
    if (!m_target || !m_prompts.confirm(this, tr("One Solution per Line?"),
                                        tr("You pasted %n line(s). Add each as a solution?",
                                           nullptr, static_cast<int>(lines.size())))) {
        m_solutionEdit->insert(lines.join(u' '));
        return;
    }
    const Id blocker = *m_target;
    for (const QString& line : lines) {
        const std::optional<Id> id = edits::addSolution(m_doc, blocker, {line, {}, {}, {}, {}});
        if (!id)
            return; // the document said why; the rest stay unsent
        selectItem(Kind::Solution, *id);
    }
    setTarget(blocker);
}

void BoardPage::setTarget(std::optional<Id> blocker) {
    const Blocker* b = blocker ? m_doc.data().blocker(*blocker) : nullptr;
    m_target = b ? std::optional<Id>(b->id) : std::nullopt;
    m_solutionEdit->setEnabled(m_target.has_value() && !m_doc.isReadOnly());
    showTarget();
    showLearning();
}

// One line however long the title: cut to the label's width, whole in its tooltip.
void BoardPage::showTarget() {
    const Blocker* b = m_target ? m_doc.data().blocker(*m_target) : nullptr;
    if (!b) {
        m_targetLabel->setText(tr("Add or select a blocker to give it solutions."));
        m_targetLabel->setToolTip(QString());
        return;
    }
    const QString whole = tr("Solutions go under: %1").arg(b->title);
    const int width = m_targetLabel->width() > 100 ? m_targetLabel->width() : 600;
    m_targetLabel->setText(m_targetLabel->fontMetrics().elidedText(whole, Qt::ElideRight, width));
    m_targetLabel->setToolTip(whole);
}

} // namespace unblock::app
