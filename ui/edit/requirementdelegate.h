#pragma once

#include <QStyledItemDelegate>

class QAbstractItemModel;

namespace envlens {

/**
 * Line editors for the requirement cells that validate the whole line as you type (red with the
 * reason as tooltip) and complete package names from the model.
 */
class RequirementDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit RequirementDelegate(QObject *parent = nullptr);

    /** The names offered while typing in the package column. */
    void setPackageNames(const QStringList &names);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

    /** Shows editor as valid or not for `error` (empty: valid). */
    static void markEditor(QWidget *editor, const QString &error);

private:
    QStringList m_packageNames;
};

} // namespace envlens
