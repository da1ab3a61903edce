#pragma once

#include "window/Preferences.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace unblock::app {

// File ▸ Preferences: the language, a new round's dots and limit per item, how many top
// blockers the summary lists, which screen the presenter takes and its
// colours, the channel costs new sessions start with, and the library of
// past sessions the board learns from. Saved when accepted.
class PreferencesDialog : public QDialog {
    Q_OBJECT

public:
    explicit PreferencesDialog(Preferences prefs, QWidget* parent = nullptr);

    Preferences preferences() const;
    QSpinBox* dotsBox() const { return m_dots; }
    QSpinBox* capBox() const { return m_cap; }
    QSpinBox* topCountBox() const { return m_topCount; }
    QComboBox* screenBox() const { return m_screen; }
    QComboBox* themeBox() const { return m_theme; }
    QComboBox* languageBox() const { return m_language; }
    QLabel* channelsLabel() const { return m_channelsText; }
    QLineEdit* libraryEdit() const { return m_library; }
    // How many sessions the library folder holds, or why it cannot be one.
    QLabel* libraryNote() const { return m_libraryNote; }
    // Opens the channel table (a ChannelsDialog) for new sessions.
    void editChannels();

    void accept() override;

private:
    void setUpVoting(const Preferences& prefs);
    void setUpPresenter(const Preferences& prefs);
    void setUpLanguage(const Preferences& prefs);
    QPushButton* setUpChannels();
    QPushButton* setUpLibrary(const Preferences& prefs);
    QString libraryFolder() const;
    void checkLibrary();
    void layOut(QPushButton* editChannels, QPushButton* chooseLibrary);
    void showChannels();

    std::vector<Channel> m_channels;
    QSpinBox* m_dots;
    QSpinBox* m_cap;
    QSpinBox* m_topCount;
    QComboBox* m_screen;
    QComboBox* m_theme;
    QComboBox* m_language;
    QLabel* m_channelsText;
    QString m_chosenLibrary; // as the dialog opened
    QLineEdit* m_library;
    QLabel* m_libraryNote;
    QPushButton* m_ok = nullptr;
};

} // namespace unblock::app
