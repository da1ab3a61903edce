#include "journeys/ChannelsDialog.h"

#include "journey/CostToServe.h"
#include "journey/JourneyRules.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace unblock::app {
namespace {

enum Column { NameColumn, CostColumn, SourceColumn, OnlineColumn };

QString poundsText(const std::optional<Pence>& pence) {
    // Typed back in as it is shown, without the pound sign or separators.
    return pence ? QString::number(static_cast<double>(*pence) / 100, 'f', 2) : QString();
}

} // namespace

ChannelsDialog::ChannelsDialog(const std::vector<Channel>& channels, QWidget* parent)
    : QDialog(parent)
    , m_table(new QTableWidget(0, 4)) {
    setWindowTitle(tr("Channels and Costs"));
    m_table->setHorizontalHeaderLabels(
        {tr("Channel"), tr("Cost per contact (£)"), tr("Source of the figure"), tr("Online")});
    m_table->horizontalHeader()->setSectionResizeMode(SourceColumn, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Channels"));
    m_table->setAccessibleDescription(
        tr("One row per channel. Leave a cost empty when it is not known."));
    for (const Channel& c : channels)
        addRow(c);
    m_table->resizeColumnsToContents();

    auto* add = new QPushButton(tr("&Add Channel"));
    auto* remove = new QPushButton(tr("&Remove Channel"));
    auto* defaults = new QPushButton(tr("&Default Figures"));
    defaults->setToolTip(tr("Web £0.27, telephone £3.76, face to face £9.34 (Socitm 2008)"));
    connect(add, &QPushButton::clicked, this, &ChannelsDialog::addChannel);
    connect(remove, &QPushButton::clicked, this, &ChannelsDialog::removeChannel);
    connect(defaults, &QPushButton::clicked, this, &ChannelsDialog::useDefaultFigures);
    auto* rowButtons = new QHBoxLayout;
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addWidget(defaults);
    rowButtons->addStretch(1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChannelsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChannelsDialog::reject);

    auto* note = new QLabel(tr("What one contact costs the council, by channel. Use your own "
                               "figures where you have them, and say where they come from."));
    note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_table, 1);
    layout->addLayout(rowButtons);
    layout->addWidget(buttons);
    resize(760, 420);
}

void ChannelsDialog::addRow(const Channel& channel) {
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, NameColumn, new QTableWidgetItem(channel.name));
    auto* cost = new QTableWidgetItem(poundsText(channel.costPerContact));
    cost->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->setItem(row, CostColumn, cost);
    m_table->setItem(row, SourceColumn, new QTableWidgetItem(channel.source));
    auto* online = new QTableWidgetItem;
    online->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    online->setCheckState(channel.online ? Qt::Checked : Qt::Unchecked);
    m_table->setItem(row, OnlineColumn, online);
    m_ids.push_back(channel.id);
}

void ChannelsDialog::addChannel() {
    Channel added;
    added.id = 1;
    for (Id id : m_ids)
        added.id = std::max(added.id, id + 1);
    added.name = tr("New channel");
    addRow(added);
    m_table->setCurrentCell(m_table->rowCount() - 1, NameColumn);
    m_table->editItem(m_table->item(m_table->rowCount() - 1, NameColumn));
}

void ChannelsDialog::removeChannel() {
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    m_ids.erase(m_ids.begin() + row);
}

// The published figures for the channels that have one; other rows keep theirs.
void ChannelsDialog::useDefaultFigures() {
    for (const Channel& d : defaultChannels()) {
        const auto at = std::find(m_ids.begin(), m_ids.end(), d.id);
        if (at == m_ids.end() || !d.costPerContact)
            continue;
        const int row = static_cast<int>(at - m_ids.begin());
        m_table->item(row, CostColumn)->setText(poundsText(d.costPerContact));
        m_table->item(row, SourceColumn)->setText(d.source);
    }
}

Result<std::vector<Channel>> ChannelsDialog::read() const {
    std::vector<Channel> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        Channel c;
        c.id = m_ids[static_cast<std::size_t>(row)];
        c.name = m_table->item(row, NameColumn)->text().trimmed();
        c.source = m_table->item(row, SourceColumn)->text().trimmed();
        c.online = m_table->item(row, OnlineColumn)->checkState() == Qt::Checked;
        const Result<std::optional<Pence>> cost =
            parsePounds(m_table->item(row, CostColumn)->text());
        Status valid = cost ? checkChannel(Channel{c.id, c.name, cost.value(), c.source, c.online})
                            : Status{cost.error()};
        if (!valid) {
            return Error{ErrorCode::InvalidInput,
                         tr("Row %1: %2").arg(row + 1).arg(valid.error().message)};
        }
        c.costPerContact = cost.value();
        out.push_back(c);
    }
    if (Status table = checkChannelTable(out); !table)
        return table.error();
    return out;
}

void ChannelsDialog::accept() {
    Result<std::vector<Channel>> table = read();
    if (!table) {
        QMessageBox::warning(this, windowTitle(), table.error().message);
        return;
    }
    m_result = std::move(table.value());
    QDialog::accept();
}

} // namespace unblock::app
