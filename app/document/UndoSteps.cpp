#include "document/UndoSteps.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace unblock::app::edits {
namespace {

// Q_DECLARE_TR_FUNCTIONS names the context for lupdate and at run time alike.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Edits)
};

// One step: what to do and how to take it back, both written through core.
class StoreCommand : public QUndoCommand {
public:
    StoreCommand(SessionDocument& doc, const QString& text, Change redo, Change undo,
                 bool* firstRunOk)
        : QUndoCommand(text)
        , m_doc(doc)
        , m_redo(std::move(redo))
        , m_undo(std::move(undo))
        , m_firstRunOk(firstRunOk) {}

    void redo() override {
        const bool first = m_firstRunOk != nullptr;
        const bool ok =
            m_doc.apply(m_redo, first ? QString() : Tr::tr("Could not redo “%1”").arg(text()));
        if (first) {
            *m_firstRunOk = ok;
            m_firstRunOk = nullptr;
        }
        // A refused edit never reaches the stack, and one that cannot be
        // redone leaves it: QUndoStack drops obsolete commands.
        if (!ok)
            setObsolete(true);
    }
    // One that cannot be undone (say, paper dots counted in a round closed
    // since) leaves the stack too: its change stays in the file, the stack
    // still says what the file holds, and the reason is shown.
    void undo() override {
        if (!m_doc.apply(m_undo, Tr::tr("Could not undo “%1”").arg(text())))
            setObsolete(true);
    }

private:
    SessionDocument& m_doc;
    Change m_redo;
    Change m_undo;
    bool* m_firstRunOk; // where push() learns how the first run went
};

} // namespace

bool push(SessionDocument& doc, const QString& text, Step step) {
    if (doc.isReadOnly()) {
        Q_EMIT doc.failed(doc.file().readOnlyReason());
        return false;
    }
    bool ok = false;
    doc.undoStack()->push(
        new StoreCommand(doc, text, std::move(step.redo), std::move(step.undo), &ok));
    return ok;
}

Step together(std::vector<Step> steps) {
    auto parts = std::make_shared<const std::vector<Step>>(std::move(steps));
    return {[parts](store::SessionFile& file) {
                return file.transaction([&]() -> Status {
                    for (const Step& part : *parts) {
                        if (Status done = part.redo(file); !done)
                            return done;
                    }
                    return {};
                });
            },
            [parts](store::SessionFile& file) {
                return file.transaction([&]() -> Status {
                    for (auto part = parts->rbegin(); part != parts->rend(); ++part) {
                        if (Status done = part->undo(file); !done)
                            return done;
                    }
                    return {};
                });
            }};
}

} // namespace unblock::app::edits
