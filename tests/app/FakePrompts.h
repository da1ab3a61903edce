#pragma once

#include "window/Prompts.h"

#include <QStringList>

#include <functional>

namespace unblock::test {

// Prompts with the answers a test sets, remembering what was said. A real
// prompt runs an event loop while it waits for the person; `whileAsking`
// stands for what arrives meanwhile (phones' ballots, say).
class FakePrompts : public app::Prompts {
public:
    void showError(QWidget*, const QString& title, const QString& message) override {
        errors << title + QStringLiteral(": ") + message;
    }
    void inform(QWidget*, const QString&, const QString& message) override { notices << message; }
    bool offerReadOnly(QWidget*, const QString& message) override {
        asking();
        offers << message;
        return acceptReadOnly;
    }
    QString openFileName(QWidget*) override {
        asking();
        return fileToOpen;
    }
    QStringList openFileNames(QWidget*, const QString&) override {
        asking();
        return filesToOpen;
    }
    QString saveFileName(QWidget*, const QString&) override {
        asking();
        return fileToSave;
    }
    QString importFileName(QWidget*, const QString&, const QString& filters) override {
        asking();
        offeredFilters = filters;
        return fileToImport;
    }
    QString exportFileName(QWidget*, const QString&, const QString& filters,
                           const QString&) override {
        asking();
        offeredFilters = filters;
        return fileToSave;
    }
    std::optional<int> chooseItem(QWidget*, const QString&, const QString&,
                                  const QStringList& items,
                                  std::optional<int> preselected) override {
        asking();
        offeredItems = items;
        offeredPreselected = preselected;
        return itemToChoose;
    }
    std::optional<QString> askText(QWidget*, const QString&, const QString&,
                                   const QString&) override {
        asking();
        return textToGive;
    }
    bool confirm(QWidget*, const QString&, const QString& question) override {
        asking();
        questions << question;
        return confirmAnswer;
    }
    std::optional<SessionDetails> askNewSessionDetails(QWidget*) override {
        asking();
        return newSessionDetails;
    }
    std::optional<store::SharingOptions> askSharingOptions(QWidget*) override {
        asking();
        return sharingOptions;
    }

    void asking() {
        ++asked;
        if (whileAsking)
            whileAsking();
    }

    std::function<void()> whileAsking;
    int asked = 0;
    QStringList errors;
    QStringList notices;
    QStringList offers;
    QStringList offeredItems;
    std::optional<int> offeredPreselected; // the item Enter would have taken
    QString offeredFilters;
    bool acceptReadOnly = true;
    QString fileToOpen;
    QStringList filesToOpen;
    QString fileToSave;
    QString fileToImport;
    std::optional<int> itemToChoose;
    std::optional<QString> textToGive;
    QStringList questions;
    bool confirmAnswer = true;
    std::optional<SessionDetails> newSessionDetails = SessionDetails{};
    std::optional<store::SharingOptions> sharingOptions =
        store::SharingOptions{}; // nothing: cancel
};

} // namespace unblock::test
