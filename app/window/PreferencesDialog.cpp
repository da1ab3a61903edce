#include "window/PreferencesDialog.h"

#include "i18n/Languages.h"
#include "journey/CostToServe.h"
#include "journeys/ChannelsDialog.h"
#include "report/SharedLearning.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>
#include <QVBoxLayout>

namespace unblock::app {

PreferencesDialog::PreferencesDialog(Preferences prefs, QWidget* parent)
    : QDialog(parent)
    , m_channels(std::move(prefs.channels))
    , m_dots(new QSpinBox(this))
    , m_cap(new QSpinBox(this))
    , m_topCount(new QSpinBox(this))
    , m_screen(new QComboBox(this))
    , m_theme(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_channelsText(new QLabel(this))
    , m_library(new QLineEdit(this))
    , m_libraryNote(new QLabel(this)) {
    setWindowTitle(tr("Preferences"));
    setUpVoting(prefs);
    setUpPresenter(prefs);
    setUpLanguage(prefs);
    QPushButton* chooseLibrary = setUpLibrary(prefs);
    layOut(setUpChannels(), chooseLibrary);
    showChannels();
    checkLibrary();
}

// What a new round and a new summary start with.
void PreferencesDialog::setUpVoting(const Preferences& prefs) {
    m_dots->setRange(1, 100);
    m_dots->setValue(prefs.dotsPerVoter);
    m_dots->setAccessibleName(tr("Dots per voter in a new round"));
    m_dots->setToolTip(tr("What a new round offers each voter; each round can still change it"));
    m_cap->setRange(0, 100);
    m_cap->setSpecialValueText(tr("no limit"));
    m_cap->setValue(prefs.maxPerItem);
    m_cap->setAccessibleName(tr("Most dots on one item in a new round"));
    m_cap->setToolTip(tr("The most dots one voter can put on one item in a new dot round"));
    m_topCount->setRange(1, 50);
    m_topCount->setValue(prefs.summaryTopCount);
    m_topCount->setAccessibleName(tr("Top blockers the summary lists"));
    m_topCount->setToolTip(tr("How many top blockers a new summary lists"));
}

// Where the presenter opens, and in which colours.
void PreferencesDialog::setUpPresenter(const Preferences& prefs) {
    m_screen->addItem(tr("The second screen, when there is one"), QString());
    for (const QScreen* screen : QGuiApplication::screens())
        m_screen->addItem(screen->name(), screen->name());
    if (!prefs.presenterScreen.isEmpty() && m_screen->findData(prefs.presenterScreen) < 0)
        m_screen->addItem(tr("%1 (not connected now)").arg(prefs.presenterScreen),
                          prefs.presenterScreen);
    m_screen->setCurrentIndex(std::max(0, m_screen->findData(prefs.presenterScreen)));
    m_screen->setAccessibleName(tr("Screen the presenter uses"));
    m_screen->setToolTip(tr("Where the presenter opens: the projector or a second screen"));
    using Theme = PresenterTheme;
    m_theme->addItem(tr("White on black"), static_cast<int>(Theme::Dark));
    m_theme->addItem(tr("High contrast: bold yellow on black"),
                     static_cast<int>(Theme::HighContrast));
    m_theme->addItem(tr("Black on white, for a bright room"), static_cast<int>(Theme::Light));
    m_theme->setCurrentIndex(m_theme->findData(static_cast<int>(prefs.presenterTheme)));
    m_theme->setAccessibleName(tr("Presenter colours"));
    m_theme->setToolTip(tr("The presenter’s colours: high contrast reads best from the back"));
}

void PreferencesDialog::setUpLanguage(const Preferences& prefs) {
    // Each language by its own name, so its speakers find it whatever is shown now.
    m_language->addItem(tr("The system’s language"), QString());
    for (const Language& language : languages())
        m_language->addItem(language.nativeName, language.code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(prefs.language)));
    m_language->setAccessibleName(tr("Language"));
    m_language->setToolTip(tr("The language Unblock speaks, from when it next starts"));
}

// The library: a folder of past sessions, typed or pasted (a shared drive's
// path) or chosen, and said at once if it is not a folder.
QPushButton* PreferencesDialog::setUpLibrary(const Preferences& prefs) {
    m_chosenLibrary = prefs.libraryFolder;
    m_library->setText(QDir::toNativeSeparators(prefs.libraryFolder));
    m_library->setPlaceholderText(tr("None"));
    m_library->setClearButtonEnabled(true);
    m_library->setAccessibleName(tr("Library of past sessions"));
    m_library->setToolTip(tr("A folder of past session files, the council’s own or shared: the "
                             "board shows what they did about blockers like the one selected"));
    m_libraryNote->setTextFormat(Qt::PlainText);
    m_libraryNote->setWordWrap(true);
    connect(m_library, &QLineEdit::textChanged, this, &PreferencesDialog::checkLibrary);
    auto* choose = new QPushButton(tr("C&hoose…"), this);
    choose->setAccessibleName(tr("Choose the library folder"));
    choose->setToolTip(tr("Opens a folder chooser for the library of past sessions"));
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(
            this, tr("Library of Past Sessions"), libraryFolder());
        if (!folder.isEmpty())
            m_library->setText(QDir::toNativeSeparators(folder));
    });
    return choose;
}

QString PreferencesDialog::libraryFolder() const {
    const QString typed = m_library->text().trimmed();
    return typed.isEmpty() ? QString() : QDir::cleanPath(QDir::fromNativeSeparators(typed));
}

// How many sessions the folder holds, or why it cannot be the library. OK
// waits for a folder there is, but for the one already chosen: a shared
// drive that is offline today is kept, not lost with the other preferences.
void PreferencesDialog::checkLibrary() {
    const QString folder = libraryFolder();
    const QString shown = QDir::toNativeSeparators(folder);
    const QFileInfo info(folder);
    bool usable = true;
    if (folder.isEmpty()) {
        m_libraryNote->setText(tr("No library: the board shows only this workshop."));
    } else if (!info.isDir() && folder == m_chosenLibrary) {
        m_libraryNote->setText(tr("“%1” cannot be found now. It stays the library, read again when "
                                  "a session is opened.")
                                   .arg(shown));
    } else if (!info.isDir()) {
        usable = false;
        m_libraryNote->setText(
            info.exists() ? tr("“%1” is a file, not a folder. Choose the folder that holds the "
                               "session files.")
                                .arg(shown)
                          : tr("There is no folder “%1”.").arg(shown));
    } else {
        const auto sessions = static_cast<int>(librarySessionFiles(folder).size());
        m_libraryNote->setText(tr("%n session file(s) in this folder.", nullptr, sessions));
    }
    m_ok->setEnabled(usable);
}

// The channel costs new sessions start with, and the button that edits them.
QPushButton* PreferencesDialog::setUpChannels() {
    m_channelsText->setTextFormat(Qt::PlainText);
    m_channelsText->setWordWrap(true);
    auto* edit = new QPushButton(tr("&Edit…"), this);
    edit->setAccessibleName(tr("Edit the channel costs for new sessions"));
    edit->setToolTip(tr("The channels and costs every new session starts with"));
    connect(edit, &QPushButton::clicked, this, &PreferencesDialog::editChannels);

    return edit;
}

void PreferencesDialog::layOut(QPushButton* editChannels, QPushButton* chooseLibrary) {
    auto* form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    auto* restartNote = new QLabel(tr("A new language takes effect when Unblock next starts."));
    restartNote->setWordWrap(true);
    form->addRow(QString(), restartNote);
    form->addRow(tr("&Dots (or choices) per voter:"), m_dots);
    form->addRow(tr("Most dots on &one item:"), m_cap);
    form->addRow(tr("&Top blockers in the summary:"), m_topCount);
    form->addRow(tr("&Presenter screen:"), m_screen);
    form->addRow(tr("Presenter &colours:"), m_theme);
    form->addRow(tr("Channel costs for new sessions:"), m_channelsText);
    form->addRow(QString(), editChannels);
    auto* library = new QHBoxLayout;
    library->addWidget(m_library, 1);
    library->addWidget(chooseLibrary);
    auto* libraryLabel = new QLabel(tr("Li&brary of past sessions:"), this); // a row of two
    libraryLabel->setBuddy(m_library);
    form->addRow(libraryLabel, library);
    form->addRow(QString(), m_libraryNote);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setToolTip(tr("Keeps these preferences"));
    buttons->button(QDialogButtonBox::Cancel)->setToolTip(tr("Closes without changing anything"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

// The channels with a figure, by name; the others counted.
void PreferencesDialog::showChannels() {
    QStringList figures;
    int unpriced = 0;
    for (const Channel& c : m_channels) {
        if (c.costPerContact)
            figures << tr("%1 %2").arg(c.name, formatPounds(*c.costPerContact));
        else
            ++unpriced;
    }
    if (unpriced == 1)
        figures << tr("1 more without a figure");
    else if (unpriced > 1)
        figures << tr("%1 more without a figure").arg(unpriced);
    m_channelsText->setText(figures.join(QStringLiteral(", ")));
}

void PreferencesDialog::editChannels() {
    ChannelsDialog dialog(m_channels, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_channels = dialog.channels();
        showChannels();
    }
}

Preferences PreferencesDialog::preferences() const {
    Preferences prefs;
    prefs.dotsPerVoter = m_dots->value();
    prefs.maxPerItem = std::min(m_cap->value(), m_dots->value());
    prefs.summaryTopCount = m_topCount->value();
    prefs.presenterScreen = m_screen->currentData().toString();
    prefs.presenterTheme = static_cast<PresenterTheme>(m_theme->currentData().toInt());
    prefs.channels = m_channels;
    prefs.language = m_language->currentData().toString();
    prefs.libraryFolder = libraryFolder();
    return prefs;
}

void PreferencesDialog::accept() {
    preferences().save();
    QDialog::accept();
}

} // namespace unblock::app
