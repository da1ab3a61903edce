#pragma once

#include "window/Prompts.h"

#include <QStringList>

namespace unblock::test {

// Prompts with the answers a test sets, remembering what was said.
class FakePrompts : public app::Prompts {
public:
    void showError(QWidget*, const QString& title, const QString& message) override {
        errors << title + QStringLiteral(": ") + message;
    }
    void inform(QWidget*, const QString&, const QString& message) override { notices << message; }
    bool offerReadOnly(QWidget*, const QString& message) override {
        offers << message;
        return acceptReadOnly;
    }
    QString openFileName(QWidget*) override { return fileToOpen; }
    QStringList openFileNames(QWidget*, const QString&) override { return filesToOpen; }
    QString saveFileName(QWidget*, const QString&) override { return fileToSave; }
    QString importFileName(QWidget*, const QString&, const QString& filters) override {
        offeredFilters = filters;
        return fileToImport;
    }
    QString exportFileName(QWidget*, const QString&, const QString& filters,
                           const QString&) override {
        offeredFilters = filters;
        return fileToSave;
    }
    std::optional<int> chooseItem(QWidget*, const QString&, const QString&,
                                  const QStringList& items) override {
        offeredItems = items;
        return itemToChoose;
    }
    std::optional<QString> askText(QWidget*, const QString&, const QString&,
                                   const QString&) override {
        return textToGive;
    }
    bool confirm(QWidget*, const QString&, const QString& question) override {
        questions << question;
        return confirmAnswer;
    }
    std::optional<SessionDetails> askNewSessionDetails(QWidget*) override {
        return newSessionDetails;
    }

    QStringList errors;
    QStringList notices;
    QStringList offers;
    QStringList offeredItems;
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
};

} // namespace unblock::test
