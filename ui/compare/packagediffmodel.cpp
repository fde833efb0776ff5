#include "compare/packagediffmodel.h"

#include "compare/changestyle.h"

#include <QFont>

namespace envlens {

PackageDiffModel::PackageDiffModel(QObject *parent) : QAbstractTableModel(parent) { }

void PackageDiffModel::setDiff(const ModelDiff &diff)
{
    beginResetModel();
    m_rows.clear();
    const auto append = [this](const QVector<PackageDiff> &rows, Section section) {
        for (const PackageDiff &d : rows)
            m_rows.append(Row { d, section });
    };
    append(diff.packages, Requirements);
    append(diff.constraints, Constraints);
    append(diff.locked, Locked);
    append(diff.conda.dependencies, Conda);
    append(diff.conda.pip, CondaPip);
    endResetModel();
}

void PackageDiffModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int PackageDiffModel::changedCount() const
{
    int count = 0;
    for (const Row &r : m_rows)
        count += r.diff.change != DiffChange::Unchanged ? 1 : 0;
    return count;
}

QString PackageDiffModel::sectionName(Section section)
{
    switch (section) {
    case Requirements:
        return tr("Requirements");
    case Constraints:
        return tr("Constraints");
    case Locked:
        return tr("Locked");
    case Conda:
        return tr("Conda");
    case CondaPip:
        return tr("Conda pip");
    }
    return QString();
}

int PackageDiffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PackageDiffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PackageDiffModel::text(const Row &r, int column, bool forSorting)
{
    const PackageDiff &d = r.diff;
    switch (column) {
    case NameColumn:
        if (forSorting)
            return d.name.toLower();
        return d.marker.isEmpty() ? d.name : d.name + QStringLiteral("; ") + d.marker;
    case OldColumn:
        return d.oldText;
    case NewColumn:
        return d.newText;
    case ChangeColumn:
        return forSorting ? QVariant(ChangeStyle::rank(d.change)) : QVariant(ChangeStyle::label(d.change));
    case SourceColumn:
        return sectionName(r.section);
    default:
        return QVariant();
    }
}

QVariant PackageDiffModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row &r = m_rows.at(index.row());
    const PackageDiff &d = r.diff;
    switch (role) {
    case ChangeRole:
        return int(d.change);
    case SectionRole:
        return int(r.section);
    case Qt::DisplayRole:
    case SortRole:
        return text(r, index.column(), role == SortRole);
    case Qt::DecorationRole:
        return index.column() == ChangeColumn ? QVariant(ChangeStyle::icon(d.change)) : QVariant();
    case Qt::ForegroundRole:
        return index.column() == ChangeColumn && d.change != DiffChange::Unchanged
            ? QVariant(ChangeStyle::color(d.change))
            : QVariant();
    case Qt::FontRole:
        if (d.change != DiffChange::Unchanged && index.column() == NameColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return QVariant();
    case Qt::ToolTipRole: {
        if (index.column() == OldColumn && !d.oldFile.isEmpty())
            return tr("%1, line %2").arg(d.oldFile).arg(d.oldLine);
        if (index.column() == NewColumn && !d.newFile.isEmpty())
            return tr("%1, line %2").arg(d.newFile).arg(d.newLine);
        return QVariant();
    }
    case Qt::AccessibleTextRole:
        if (index.column() == ChangeColumn)
            return ChangeStyle::label(d.change);
        return QVariant();
    default:
        return QVariant();
    }
}

QVariant PackageDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Package");
    case OldColumn:
        return tr("Old");
    case NewColumn:
        return tr("New");
    case ChangeColumn:
        return tr("Change");
    case SourceColumn:
        return tr("Source");
    default:
        return QVariant();
    }
}

PackageDiffFilter::PackageDiffFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(PackageDiffModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void PackageDiffFilter::setChangesOnly(bool changesOnly)
{
    if (m_changesOnly == changesOnly)
        return;
    m_changesOnly = changesOnly;
    invalidateFilter();
}

void PackageDiffFilter::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (m_search == trimmed)
        return;
    m_search = trimmed;
    invalidateFilter();
}

bool PackageDiffFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex name = model->index(sourceRow, PackageDiffModel::NameColumn, sourceParent);
    if (m_changesOnly && name.data(PackageDiffModel::ChangeRole).toInt() == int(DiffChange::Unchanged))
        return false;
    if (m_search.isEmpty())
        return true;
    for (int column : { PackageDiffModel::NameColumn, PackageDiffModel::OldColumn, PackageDiffModel::NewColumn }) {
        if (model->index(sourceRow, column, sourceParent).data().toString().contains(m_search, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace envlens
