#include "board/CategoryDelegate.h"

#include "board/BoardModel.h"
#include "document/SessionDocument.h"

#include <QComboBox>

namespace unblock::app {

CategoryDelegate::CategoryDelegate(const SessionDocument& doc, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_doc(doc) {}

QWidget* CategoryDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                        const QModelIndex& index) const {
    if (index.column() != 1 || BoardModel::kindOf(index) != BoardModel::Kind::Blocker)
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto* box = new QComboBox(parent);
    box->setAccessibleName(tr("Category"));
    box->addItem(tr("(no category)"), QString());
    for (const Category& c : m_doc.data().categories)
        box->addItem(c.name, c.name);
    return box;
}

void CategoryDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    if (auto* box = qobject_cast<QComboBox*>(editor)) {
        const int at = box->findData(index.data(Qt::EditRole).toString());
        box->setCurrentIndex(at < 0 ? 0 : at);
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void CategoryDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                    const QModelIndex& index) const {
    if (auto* box = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, box->currentData());
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace unblock::app
