#include "browse/diagnosticsmodel.h"

#include "common/icons.h"

namespace envlens {

namespace {

int severityRank(Severity severity) { return static_cast<int>(severity); }

QString locationText(const Location &location)
{
    if (location.file.isEmpty())
        return QString();
    if (location.line <= 0)
        return location.file;
    return location.file + QLatin1Char(':') + QString::number(location.line);
}

} // namespace

DiagnosticsModel::DiagnosticsModel(QObject *parent) : QAbstractTableModel(parent) {}

void DiagnosticsModel::setDiagnostics(const QVector<Diagnostic> &diagnostics)
{
    beginResetModel();
    m_diagnostics = diagnostics;
    endResetModel();
}

const Diagnostic *DiagnosticsModel::diagnostic(int row) const
{
    return row >= 0 && row < m_diagnostics.size() ? &m_diagnostics.at(row) : nullptr;
}

QString DiagnosticsModel::severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return tr("Error");
    case Severity::Warning:
        return tr("Warning");
    case Severity::Info:
        return tr("Info");
    }
    return QString();
}

int DiagnosticsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_diagnostics.size());
}

int DiagnosticsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant DiagnosticsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Diagnostic &d = m_diagnostics.at(index.row());
    const FixIt *fix = d.defaultFix();

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn: return severityLabel(d.severity);
        case IdColumn: return d.id;
        case MessageColumn: return d.message;
        case LocationColumn: return locationText(d.location);
        case FixColumn: return fix ? fix->title : QString();
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn) {
            switch (d.severity) {
            case Severity::Error: return Icons::icon(Icons::Error);
            case Severity::Warning: return Icons::icon(Icons::Warning);
            case Severity::Info: return Icons::icon(Icons::Info);
            }
        }
        break;
    case Qt::ToolTipRole: {
        QString tip = d.message;
        for (const Location &related : d.related)
            tip += QLatin1Char('\n') + tr("See %1: %2").arg(locationText(related), related.message);
        for (const FixIt &f : d.fixes)
            tip += QLatin1Char('\n') + tr("Fix: %1").arg(f.title);
        return tip;
    }
    case SeverityRole: return severityRank(d.severity);
    case FileRole: return d.location.file;
    case LineRole: return d.location.line;
    case ColumnRole: return d.location.column;
    case FixTitleRole: return fix ? fix->title : QString();
    case SortRole:
        switch (index.column()) {
        case SeverityColumn: return severityRank(d.severity);
        case LocationColumn:
            // Files by name, then lines by number (not "a:10" before "a:9").
            return d.location.file + QLatin1Char('\x1f') + QStringLiteral("%1").arg(d.location.line, 8, 10, QLatin1Char('0'));
        default: return data(index, Qt::DisplayRole);
        }
    default:
        break;
    }
    return QVariant();
}

QVariant DiagnosticsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case IdColumn: return tr("Check");
    case MessageColumn: return tr("Message");
    case LocationColumn: return tr("Location");
    case FixColumn: return tr("Fix");
    }
    return QVariant();
}

DiagnosticsFilterModel::DiagnosticsFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(DiagnosticsModel::SortRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(-1);
}

void DiagnosticsFilterModel::setSeverityMask(int mask)
{
    if (mask == m_severityMask)
        return;
    m_severityMask = mask;
    invalidateFilter();
}

bool DiagnosticsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const int severity = index.data(DiagnosticsModel::SeverityRole).toInt();
    if (!(m_severityMask & (1 << severity)))
        return false;
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace envlens
