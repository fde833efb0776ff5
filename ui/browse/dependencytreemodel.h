#pragma once

#include "checks/diagnostic.h"

#include <QAbstractItemModel>
#include <QIcon>

#include <memory>
#include <vector>

namespace envlens {

struct Model;

/**
 * What the user browses for an open model, as a tree: MLmodel and its flavors, the environment
 * files, requirements with their includes and constraints, code/ files and their imports, wheels
 * and artifacts. Each row has a name, a spec, a marker, where it comes from (file:line) and a
 * status from the diagnostics found at that place.
 */
class DependencyTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, SpecColumn, MarkerColumn, SourceColumn, ColumnCount };
    enum Role {
        FileRole = Qt::UserRole + 1, // the model file this row opens ("" for groups)
        LineRole,                    // 1-based line in it, 0 for a whole file
        KindRole,                    // Node::Kind as int
        SeverityRole,                // worst diagnostic here: 0 error, 1 warning, 2 info, -1 none
    };

    struct Node
    {
        enum Kind { Group, File, MissingFile, Flavor, Python, Requirement, Include, Constraint, Option, Import, Wheel, Artifact };

        Kind kind = Group;
        QString name;
        QString spec;
        QString marker;
        QString file;
        int line = 0;
        QString toolTip;
        Node *parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Node>> children;

        Node *add(Kind kind, const QString &name, const QString &file = QString(), int line = 0);
    };

    explicit DependencyTreeModel(QObject *parent = nullptr);
    ~DependencyTreeModel() override;

    void setModel(std::shared_ptr<const Model> model);
    void setDiagnostics(const QVector<Diagnostic> &diagnostics);
    /** The diagnostics whose status a row shows (its file, and its line when it has one). */
    QVector<Diagnostic> diagnosticsAt(const QModelIndex &index) const;

    /** Total number of rows at every depth (for tests and the status bar). */
    int totalRowCount() const;
    /** The first row whose name is name (depth-first), invalid when none. */
    QModelIndex findRow(const QString &name, Node::Kind kind) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const Node *nodeAt(const QModelIndex &index) const;
    QIcon iconFor(const Node &node) const;
    int severityAt(const Node &node) const;
    QString statusToolTip(const Node &node) const;
    static bool isAt(const Diagnostic &diagnostic, const Node &node);

    std::shared_ptr<const Model> m_model;
    std::unique_ptr<Node> m_root;
    QVector<Diagnostic> m_diagnostics;
};

/** Builds the browse tree of a model; the nodes point into the model's files by path and line. */
std::unique_ptr<DependencyTreeModel::Node> buildDependencyNodes(const Model &model);

} // namespace envlens
