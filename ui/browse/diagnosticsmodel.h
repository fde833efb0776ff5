#pragma once

#include "checks/diagnostic.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>
#include <QVector>

namespace envlens {

/** The diagnostics of one model as a table: severity, id, message, file:line, fix. */
class DiagnosticsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, IdColumn, MessageColumn, LocationColumn, FixColumn, ColumnCount };
    enum Role {
        SeverityRole = Qt::UserRole + 1, // int: 0 error, 1 warning, 2 info
        SortRole,                        // a value that sorts the column meaningfully
        FileRole,
        LineRole,
        ColumnRole,
        FixTitleRole,
    };

    explicit DiagnosticsModel(QObject *parent = nullptr);

    void setDiagnostics(const QVector<Diagnostic> &diagnostics);
    const QVector<Diagnostic> &diagnostics() const { return m_diagnostics; }
    const Diagnostic *diagnostic(int row) const;

    /** The user-facing, translated word for a severity ("Error"...); the JSON words stay English. */
    static QString severityLabel(Severity severity);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<Diagnostic> m_diagnostics;
};

/** Sorts the diagnostics and hides severities (a bit mask: 1 error, 2 warning, 4 info) and non-matching text. */
class DiagnosticsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit DiagnosticsFilterModel(QObject *parent = nullptr);

    void setSeverityMask(int mask);
    int severityMask() const { return m_severityMask; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_severityMask = 0x7;
};

} // namespace envlens
