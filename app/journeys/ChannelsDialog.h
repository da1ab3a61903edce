#pragma once

#include "journey/Journey.h"
#include "model/Result.h"

#include <QDialog>

class QTableWidget;

namespace unblock::app {

// The session's channel table: each channel's name, what one contact costs,
// where that figure comes from, and whether it is the online channel. A
// council replaces the 2008 benchmarks with its own figures here.
class ChannelsDialog : public QDialog {
    Q_OBJECT

public:
    ChannelsDialog(const std::vector<Channel>& channels, QWidget* parent = nullptr);
    // The table as edited; valid once the dialog is accepted.
    std::vector<Channel> channels() const { return m_result; }
    QTableWidget* table() const { return m_table; }
    void accept() override;

private:
    void addRow(const Channel& channel);
    void addChannel();
    void removeChannel();
    void useDefaultFigures();
    Result<std::vector<Channel>> read() const;

    std::vector<Id> m_ids; // row → channel id
    std::vector<Channel> m_result;
    QTableWidget* m_table;
};

} // namespace unblock::app
