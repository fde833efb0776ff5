#pragma once

#include "requirementrows.h"

#include <QAbstractTableModel>
#include <QVector>

namespace envlens {

/**
 * Requirements as a table: package, extras, specifier, marker, source file:line and status.
 * Editable tables compose the line from the cells and validate it with the core PEP 508 parser;
 * an invalid row keeps what was typed, shows red with the reason as tooltip, and is never applied.
 */
class RequirementsTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { PackageColumn, ExtrasColumn, SpecColumn, MarkerColumn, SourceColumn, StatusColumn, ColumnCount };
    enum Role {
        StatusRole = Qt::UserRole + 1, // int: RequirementRow::Status
        ErrorRole,                     // why the row is invalid; empty when valid
        TextRole,                      // the whole requirement line
    };

    explicit RequirementsTableModel(QObject *parent = nullptr);

    void setRows(const QVector<RequirementRow> &rows);
    const QVector<RequirementRow> &rows() const { return m_rows; }
    const RequirementRow *row(int index) const;

    void setEditable(bool editable) { m_editable = editable; }
    bool isEditable() const { return m_editable; }

    /** Appends an empty row for the user to fill; returns its index. */
    int appendDraft();
    void removeRowAt(int index);
    bool hasInvalidRows() const;
    /** Marks a row invalid with the core's reason (an edit it refused). */
    void setRowError(int index, const QString &error);
    /** The rows the user typed that are not valid yet (kept across refreshes). */
    QVector<RequirementRow> invalidRows() const;

    /** The line that `value` in `column` would make of the row (for validation as you type). */
    QString composedText(int row, int column, const QString &value) const;

    static QString statusLabel(RequirementRow::Status status);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    /** A row's text changed and is valid: the editor turns it into an edit. */
    void rowEdited(int row);
    void validityChanged(bool anyInvalid);

private:
    QVector<RequirementRow> m_rows;
    bool m_editable = false;
};

} // namespace envlens
