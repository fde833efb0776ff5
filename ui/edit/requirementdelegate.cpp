#include "requirementdelegate.h"

#include "requirementrows.h"
#include "requirementstablemodel.h"

#include <QCompleter>
#include <QLineEdit>
#include <QStringListModel>

namespace envlens {

RequirementDelegate::RequirementDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

void RequirementDelegate::setPackageNames(const QStringList &names) { m_packageNames = names; }

QWidget *RequirementDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    auto *editor = new QLineEdit(parent);
    editor->setObjectName(QStringLiteral("requirementCellEditor"));
    editor->setFrame(false);
    if (index.column() == RequirementsTableModel::PackageColumn && !m_packageNames.isEmpty()) {
        auto *completer = new QCompleter(m_packageNames, editor);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        editor->setCompleter(completer);
    }
    const auto *model = qobject_cast<const RequirementsTableModel *>(index.model());
    const int row = index.row();
    const int column = index.column();
    connect(editor, &QLineEdit::textChanged, editor, [editor, model, row, column](const QString &text) {
        if (model)
            markEditor(editor, RequirementText::error(model->composedText(row, column, text)));
    });
    return editor;
}

void RequirementDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *line = qobject_cast<QLineEdit *>(editor);
    if (!line)
        return;
    line->setText(index.data(Qt::EditRole).toString());
    markEditor(line, index.data(RequirementsTableModel::ErrorRole).toString());
}

void RequirementDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        model->setData(index, line->text(), Qt::EditRole);
}

void RequirementDelegate::markEditor(QWidget *editor, const QString &error)
{
    // A fixed red background with dark text stays readable in light and dark palettes.
    editor->setStyleSheet(error.isEmpty() ? QString()
                                          : QStringLiteral("QLineEdit { background: #f8d0d0; color: #000000; }"));
    editor->setToolTip(error);
    editor->setProperty("invalid", !error.isEmpty());
}

} // namespace envlens
