#include "requirementstablemodel.h"

#include "common/icons.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QPalette>

namespace envlens {

namespace {

QString cellText(const RequirementParts &parts, int column)
{
    switch (column) {
    case RequirementsTableModel::PackageColumn: return parts.package;
    case RequirementsTableModel::ExtrasColumn: return parts.extras;
    case RequirementsTableModel::SpecColumn: return parts.spec;
    case RequirementsTableModel::MarkerColumn: return parts.marker;
    default: return QString();
    }
}

void setCell(RequirementParts &parts, int column, const QString &value)
{
    switch (column) {
    case RequirementsTableModel::PackageColumn: parts.package = value.trimmed(); break;
    case RequirementsTableModel::ExtrasColumn: parts.extras = value.trimmed(); break;
    case RequirementsTableModel::SpecColumn: parts.spec = value.trimmed(); break;
    case RequirementsTableModel::MarkerColumn: parts.marker = value.trimmed(); break;
    default: break;
    }
}

// Readable on light and dark palettes: a tint, not a full colour.
QColor statusTint(RequirementRow::Status status)
{
    switch (status) {
    case RequirementRow::Status::Added: return QColor(46, 160, 67, 60);
    case RequirementRow::Status::Changed: return QColor(210, 153, 34, 70);
    case RequirementRow::Status::Removed: return QColor(128, 128, 128, 50);
    case RequirementRow::Status::Existing: break;
    }
    return QColor();
}

} // namespace

RequirementsTableModel::RequirementsTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void RequirementsTableModel::setRows(const QVector<RequirementRow> &rows)
{
    const bool wasInvalid = hasInvalidRows();
    beginResetModel();
    m_rows = rows;
    endResetModel();
    if (wasInvalid != hasInvalidRows())
        emit validityChanged(hasInvalidRows());
}

const RequirementRow *RequirementsTableModel::row(int index) const
{
    return index >= 0 && index < m_rows.size() ? &m_rows.at(index) : nullptr;
}

int RequirementsTableModel::appendDraft()
{
    const bool wasInvalid = hasInvalidRows();
    const int index = int(m_rows.size());
    beginInsertRows(QModelIndex(), index, index);
    RequirementRow draft;
    draft.status = RequirementRow::Status::Added;
    draft.error = RequirementText::error(QString());
    m_rows.append(draft);
    endInsertRows();
    if (!wasInvalid)
        emit validityChanged(true);
    return index;
}

void RequirementsTableModel::removeRowAt(int index)
{
    if (index < 0 || index >= m_rows.size())
        return;
    const bool wasInvalid = hasInvalidRows();
    beginRemoveRows(QModelIndex(), index, index);
    m_rows.remove(index);
    endRemoveRows();
    if (wasInvalid != hasInvalidRows())
        emit validityChanged(hasInvalidRows());
}

bool RequirementsTableModel::hasInvalidRows() const
{
    for (const RequirementRow &row : m_rows) {
        if (!row.error.isEmpty() && row.status != RequirementRow::Status::Removed)
            return true;
    }
    return false;
}

void RequirementsTableModel::setRowError(int index, const QString &error)
{
    if (index < 0 || index >= m_rows.size())
        return;
    const bool wasInvalid = hasInvalidRows();
    m_rows[index].error = error;
    emit dataChanged(this->index(index, 0), this->index(index, ColumnCount - 1));
    if (wasInvalid != hasInvalidRows())
        emit validityChanged(hasInvalidRows());
}

QVector<RequirementRow> RequirementsTableModel::invalidRows() const
{
    QVector<RequirementRow> invalid;
    for (const RequirementRow &row : m_rows) {
        if (!row.error.isEmpty() && row.status != RequirementRow::Status::Removed)
            invalid.append(row);
    }
    return invalid;
}

QString RequirementsTableModel::composedText(int row, int column, const QString &value) const
{
    if (row < 0 || row >= m_rows.size())
        return QString();
    RequirementParts parts = m_rows.at(row).parts;
    setCell(parts, column, value);
    return RequirementText::join(parts);
}

QString RequirementsTableModel::statusLabel(RequirementRow::Status status)
{
    switch (status) {
    case RequirementRow::Status::Existing: return tr("Existing");
    case RequirementRow::Status::Added: return tr("Added");
    case RequirementRow::Status::Changed: return tr("Changed");
    case RequirementRow::Status::Removed: return tr("Removed");
    }
    return QString();
}

int RequirementsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RequirementsTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant RequirementsTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return QVariant();
    const RequirementRow &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (column == SourceColumn)
            return row.file.isEmpty() ? QString() : row.file + QLatin1Char(':') + QString::number(row.line);
        if (column == StatusColumn)
            return statusLabel(row.status);
        return cellText(row.parts, column);
    case Qt::ToolTipRole:
        if (!row.error.isEmpty())
            return row.error;
        if (row.status == RequirementRow::Status::Changed)
            return tr("Was: %1").arg(row.originalText);
        return row.text;
    case Qt::DecorationRole:
        if (column == PackageColumn && !row.error.isEmpty() && row.status != RequirementRow::Status::Removed)
            return Icons::icon(Icons::Error);
        // The status shows beside the name too, so it stays visible in narrow tables.
        if (column == StatusColumn || column == PackageColumn) {
            switch (row.status) {
            case RequirementRow::Status::Added: return Icons::icon(Icons::Package);
            case RequirementRow::Status::Changed: return Icons::icon(Icons::Warning);
            case RequirementRow::Status::Removed: return Icons::icon(Icons::Close);
            case RequirementRow::Status::Existing: return Icons::icon(Icons::Ok);
            }
        }
        return QVariant();
    case Qt::BackgroundRole:
        if (!row.error.isEmpty() && row.status != RequirementRow::Status::Removed)
            return QBrush(QColor(220, 50, 47, 90));
        if (row.status != RequirementRow::Status::Existing)
            return QBrush(statusTint(row.status));
        return QVariant();
    case Qt::FontRole:
        if (row.status == RequirementRow::Status::Removed) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return QVariant();
    case StatusRole: return static_cast<int>(row.status);
    case ErrorRole: return row.error;
    case TextRole: return row.text;
    default: return QVariant();
    }
}

QVariant RequirementsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PackageColumn: return tr("Package");
    case ExtrasColumn: return tr("Extras");
    case SpecColumn: return tr("Version");
    case MarkerColumn: return tr("Marker");
    case SourceColumn: return tr("Source");
    case StatusColumn: return tr("Status");
    default: return QVariant();
    }
}

Qt::ItemFlags RequirementsTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid() || !m_editable || index.column() > MarkerColumn)
        return flags;
    if (m_rows.at(index.row()).status == RequirementRow::Status::Removed)
        return flags;
    return flags | Qt::ItemIsEditable;
}

bool RequirementsTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    RequirementRow &row = m_rows[index.row()];
    if (cellText(row.parts, index.column()) == value.toString().trimmed() && row.error.isEmpty())
        return false;
    const bool wasInvalid = hasInvalidRows();
    setCell(row.parts, index.column(), value.toString());
    row.text = RequirementText::join(row.parts);
    row.error = RequirementText::error(row.text);
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    if (wasInvalid != hasInvalidRows())
        emit validityChanged(hasInvalidRows());
    if (row.error.isEmpty())
        emit rowEdited(index.row());
    return true;
}

} // namespace envlens
