#pragma once

#include <QStyledItemDelegate>

namespace unblock::app {

class SessionDocument;

// Edits a blocker's category with a list of the session's categories.
class CategoryDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    CategoryDelegate(const SessionDocument& doc, QObject* parent);
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;

private:
    const SessionDocument& m_doc;
};

} // namespace unblock::app
