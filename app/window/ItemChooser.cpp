#include "window/ItemChooser.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace unblock::app {
namespace {

constexpr qsizetype kMostShown = 80; // characters of an item in the list

} // namespace

ItemChooser::ItemChooser(QWidget* parent, const QString& title, const QString& label,
                         const QStringList& items, std::optional<int> preselected)
    : QDialog(parent)
    , m_list(new QComboBox(this)) {
    setWindowTitle(title);
    for (const QString& item : items) {
        m_list->addItem(item.size() > kMostShown ? item.left(kMostShown - 1) + QChar(0x2026)
                                                 : item);
        m_list->setItemData(m_list->count() - 1, item, Qt::ToolTipRole);
    }
    m_list->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_list->setMinimumContentsLength(40);
    m_list->setPlaceholderText(tr("Choose one…"));
    m_list->setCurrentIndex(preselected.value_or(-1));
    auto* caption = new QLabel(label, this);
    caption->setBuddy(m_list);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(m_list->currentIndex() >= 0);
    connect(m_list, &QComboBox::currentIndexChanged, ok,
            [ok](int index) { ok->setEnabled(index >= 0); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(caption);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    m_list->setFocus();
}

std::optional<int> ItemChooser::chosen() const {
    if (result() != QDialog::Accepted || m_list->currentIndex() < 0)
        return std::nullopt;
    return m_list->currentIndex();
}

} // namespace unblock::app
