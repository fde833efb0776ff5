#pragma once

#include "diff/modeldiff.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>
#include <QVector>

namespace envlens {

/**
 * The packages of a ModelDiff as a table: one row per requirement, constraint, lock pin, conda
 * dependency and conda pip entry, with both sides' lines as written and the change class.
 */
class PackageDiffModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, OldColumn, NewColumn, ChangeColumn, SourceColumn, ColumnCount };
    enum Section { Requirements, Constraints, Locked, Conda, CondaPip };
    enum Role {
        ChangeRole = Qt::UserRole + 1, // int(DiffChange)
        SectionRole, // int(Section)
        SortRole, // what the proxy sorts by
    };

    struct Row
    {
        PackageDiff diff;
        Section section = Requirements;
    };

    explicit PackageDiffModel(QObject *parent = nullptr);

    void setDiff(const ModelDiff &diff);
    void clear();
    const Row &row(int index) const { return m_rows.at(index); }
    int changedCount() const;

    static QString sectionName(Section section);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static QVariant text(const Row &row, int column, bool forSorting);

    QVector<Row> m_rows;
};

/** "Changes only" and a search over names and both specs, on top of PackageDiffModel. */
class PackageDiffFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PackageDiffFilter(QObject *parent = nullptr);

    bool changesOnly() const { return m_changesOnly; }
    void setChangesOnly(bool changesOnly);
    QString searchText() const { return m_search; }
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_changesOnly = false;
    QString m_search;
};

} // namespace envlens
