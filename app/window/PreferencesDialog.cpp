#include "window/PreferencesDialog.h"

#include "i18n/Languages.h"
#include "journey/CostToServe.h"
#include "journeys/ChannelsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
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
    , m_channelsText(new QLabel(this)) {
    setWindowTitle(tr("Preferences"));
    setUpVoting(prefs);
    setUpPresenter(prefs);
    setUpLanguage(prefs);
    layOut(setUpChannels());
    showChannels();
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

void PreferencesDialog::layOut(QPushButton* editChannels) {
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
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Keeps these preferences"));
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
    return prefs;
}

void PreferencesDialog::accept() {
    preferences().save();
    QDialog::accept();
}

} // namespace unblock::app
