#pragma once

#include <QDialog>

#include <optional>

class QComboBox;

namespace unblock::app {

// Asks for one of a list (Prompts::chooseItem). Nothing is chosen unless the
// caller says which is likely, so Enter alone never takes an item nobody
// picked; a long item is cut to fit the screen with its whole text in the
// tooltip.
class ItemChooser : public QDialog {
    Q_OBJECT
public:
    ItemChooser(QWidget* parent, const QString& title, const QString& label,
                const QStringList& items, std::optional<int> preselected);

    std::optional<int> chosen() const;

private:
    QComboBox* m_list;
};

} // namespace unblock::app
