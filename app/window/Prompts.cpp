#include "window/Prompts.h"

#include "window/DetailsDialog.h"
#include "window/ItemChooser.h"
#include "window/SharingCopyDialog.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>

namespace unblock::app {

namespace {
QString sessionFilter() {
    return QObject::tr("Unblock sessions (*.unblock);;All files (*)");
}
} // namespace

void Prompts::showError(QWidget* parent, const QString& title, const QString& message) {
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

void Prompts::inform(QWidget* parent, const QString& title, const QString& message) {
    QMessageBox box(QMessageBox::Information, title, message, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

bool Prompts::offerReadOnly(QWidget* parent, const QString& message) {
    QMessageBox box(QMessageBox::Question, QObject::tr("Open read-only?"), message,
                    QMessageBox::NoButton, parent);
    box.setTextFormat(Qt::PlainText);
    QPushButton* readOnly = box.addButton(QObject::tr("Open &Read-Only"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == readOnly;
}

QString Prompts::openFileName(QWidget* parent) {
    return QFileDialog::getOpenFileName(parent, QObject::tr("Open Session"), {}, sessionFilter());
}

QString Prompts::saveFileName(QWidget* parent, const QString& title) {
    QString name = QFileDialog::getSaveFileName(parent, title, {}, sessionFilter());
    if (!name.isEmpty() && !name.contains(u'.'))
        name += QStringLiteral(".unblock");
    return name;
}

QStringList Prompts::openFileNames(QWidget* parent, const QString& title) {
    return QFileDialog::getOpenFileNames(parent, title, {}, sessionFilter());
}

QString Prompts::importFileName(QWidget* parent, const QString& title, const QString& filters) {
    return QFileDialog::getOpenFileName(parent, title, {}, filters);
}

bool Prompts::saveWhole(QWidget* parent, const QString& title, const QString& path,
                        const QByteArray& bytes) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        showError(parent, title,
                  QCoreApplication::translate("Prompts", "Could not write “%1”: %2")
                      .arg(path, file.errorString()));
        return false;
    }
    return true;
}

QString Prompts::exportFileName(QWidget* parent, const QString& title, const QString& filters,
                                const QString& suggestedName) {
    QString filter;
    QString name = QFileDialog::getSaveFileName(parent, title, suggestedName, filters, &filter);
    // "PDF (*.pdf)" → ".pdf"
    const QRegularExpressionMatch suffix =
        QRegularExpression(QStringLiteral("\\*(\\.[a-z]+)")).match(filter);
    if (!name.isEmpty() && QFileInfo(name).suffix().isEmpty() && suffix.hasMatch())
        name += suffix.captured(1);
    return name;
}

// Long titles are shortened in the list, so the dialog (and its OK button)
// stays on the screen; the choice is by position, so two that shorten alike
// are still told apart.
std::optional<int> Prompts::chooseItem(QWidget* parent, const QString& title, const QString& label,
                                       const QStringList& items, std::optional<int> preselected) {
    ItemChooser dialog(parent, title, label, items, preselected);
    dialog.exec();
    return dialog.chosen();
}

std::optional<QString> Prompts::askText(QWidget* parent, const QString& title, const QString& label,
                                        const QString& text) {
    bool ok = false;
    const QString answer =
        QInputDialog::getText(parent, title, label, QLineEdit::Normal, text, &ok);
    return ok ? std::optional<QString>(answer) : std::nullopt;
}

bool Prompts::confirm(QWidget* parent, const QString& title, const QString& question) {
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::Yes | QMessageBox::No,
                    parent);
    box.setTextFormat(Qt::PlainText);
    return box.exec() == QMessageBox::Yes;
}

std::optional<SessionDetails> Prompts::askNewSessionDetails(QWidget* parent) {
    DetailsDialog dialog(SessionDetails{}, parent, DetailsDialog::Purpose::NewSession);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.details();
}

std::optional<store::SharingOptions> Prompts::askSharingOptions(QWidget* parent) {
    SharingCopyDialog dialog(parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.options();
}

} // namespace unblock::app
