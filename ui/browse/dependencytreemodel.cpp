#include "browse/dependencytreemodel.h"

#include "common/icons.h"

#include "model/model.h"

namespace envlens {

DependencyTreeModel::Node *DependencyTreeModel::Node::add(Kind childKind, const QString &childName,
                                                          const QString &childFile, int childLine)
{
    auto child = std::make_unique<Node>();
    child->kind = childKind;
    child->name = childName;
    child->file = childFile;
    child->line = childLine;
    child->parent = this;
    child->row = static_cast<int>(children.size());
    children.push_back(std::move(child));
    return children.back().get();
}

DependencyTreeModel::DependencyTreeModel(QObject *parent) : QAbstractItemModel(parent), m_root(std::make_unique<Node>()) {}

DependencyTreeModel::~DependencyTreeModel() = default;

void DependencyTreeModel::setModel(std::shared_ptr<const Model> model)
{
    beginResetModel();
    m_model = std::move(model);
    m_root = m_model ? buildDependencyNodes(*m_model) : std::make_unique<Node>();
    endResetModel();
}

void DependencyTreeModel::setDiagnostics(const QVector<Diagnostic> &diagnostics)
{
    m_diagnostics = diagnostics;
    // Statuses can change anywhere in the tree: tell every parent about all of its rows.
    std::vector<const Node *> parents{m_root.get()};
    while (!parents.empty()) {
        const Node *node = parents.back();
        parents.pop_back();
        if (node->children.empty())
            continue;
        const QModelIndex parentIndex = node == m_root.get() ? QModelIndex() : createIndex(node->row, 0, const_cast<Node *>(node));
        emit dataChanged(index(0, 0, parentIndex), index(static_cast<int>(node->children.size()) - 1, ColumnCount - 1, parentIndex));
        for (const auto &child : node->children)
            parents.push_back(child.get());
    }
}

int DependencyTreeModel::totalRowCount() const
{
    int count = 0;
    std::vector<const Node *> stack{m_root.get()};
    while (!stack.empty()) {
        const Node *node = stack.back();
        stack.pop_back();
        count += static_cast<int>(node->children.size());
        for (const auto &child : node->children)
            stack.push_back(child.get());
    }
    return count;
}

QModelIndex DependencyTreeModel::findRow(const QString &name, Node::Kind kind) const
{
    std::vector<const Node *> stack;
    for (auto it = m_root->children.rbegin(); it != m_root->children.rend(); ++it)
        stack.push_back(it->get());
    while (!stack.empty()) {
        const Node *node = stack.back();
        stack.pop_back();
        if (node->kind == kind && node->name == name)
            return createIndex(node->row, 0, const_cast<Node *>(node));
        for (auto it = node->children.rbegin(); it != node->children.rend(); ++it)
            stack.push_back(it->get());
    }
    return QModelIndex();
}

const DependencyTreeModel::Node *DependencyTreeModel::nodeAt(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<const Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex DependencyTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return QModelIndex();
    const Node *node = nodeAt(parent);
    return createIndex(row, column, node->children.at(static_cast<size_t>(row)).get());
}

QModelIndex DependencyTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return QModelIndex();
    const Node *parentNode = nodeAt(child)->parent;
    if (!parentNode || parentNode == m_root.get())
        return QModelIndex();
    return createIndex(parentNode->row, 0, const_cast<Node *>(parentNode));
}

int DependencyTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return static_cast<int>(nodeAt(parent)->children.size());
}

int DependencyTreeModel::columnCount(const QModelIndex &) const { return ColumnCount; }

bool DependencyTreeModel::isAt(const Diagnostic &diagnostic, const Node &node)
{
    // A whole-file row collects every finding in its file; a line row only its own line.
    return !node.file.isEmpty() && diagnostic.location.file == node.file
        && (node.line <= 0 || diagnostic.location.line == node.line);
}

QVector<Diagnostic> DependencyTreeModel::diagnosticsAt(const QModelIndex &index) const
{
    QVector<Diagnostic> found;
    if (!index.isValid())
        return found;
    const Node *node = nodeAt(index);
    for (const Diagnostic &d : m_diagnostics) {
        if (isAt(d, *node))
            found.append(d);
    }
    return found;
}

int DependencyTreeModel::severityAt(const Node &node) const
{
    int worst = -1;
    if (node.file.isEmpty())
        return worst;
    for (const Diagnostic &d : m_diagnostics) {
        if (!isAt(d, node))
            continue;
        const int rank = static_cast<int>(d.severity);
        if (worst < 0 || rank < worst)
            worst = rank;
    }
    return worst;
}

QString DependencyTreeModel::statusToolTip(const Node &node) const
{
    QStringList lines;
    if (!node.toolTip.isEmpty())
        lines << node.toolTip;
    for (const Diagnostic &d : m_diagnostics) {
        if (isAt(d, node))
            lines << QStringLiteral("[%1] %2").arg(d.id, d.message);
    }
    return lines.join(QLatin1Char('\n'));
}

QIcon DependencyTreeModel::iconFor(const Node &node) const
{
    switch (node.kind) {
    case Node::Group: return Icons::icon(Icons::Folder);
    case Node::File:
        return Icons::icon(node.file.endsWith(QLatin1String(".py")) ? Icons::PythonFile
                           : node.file.endsWith(QLatin1String(".yaml")) || node.file == QLatin1String("MLmodel")
                               ? Icons::EnvironmentFile
                               : Icons::TextFile);
    case Node::MissingFile: return Icons::icon(Icons::Error);
    case Node::Flavor: return Icons::icon(Icons::Flavor);
    case Node::Python: return Icons::icon(Icons::PythonFile);
    case Node::Requirement: return Icons::icon(Icons::Package);
    case Node::Include: return Icons::icon(Icons::TextFile);
    case Node::Constraint: return Icons::icon(Icons::Constraint);
    case Node::Option: return Icons::icon(Icons::TextFile);
    case Node::Import: return Icons::icon(Icons::PythonFile);
    case Node::Wheel: return Icons::icon(Icons::Archive);
    case Node::Artifact: return Icons::icon(Icons::Locked);
    }
    return QIcon();
}

QVariant DependencyTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const Node &node = *nodeAt(index);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return node.name;
        case SpecColumn: return node.spec;
        case MarkerColumn: return node.marker;
        case SourceColumn:
            if (node.file.isEmpty() || node.kind == Node::File || node.kind == Node::MissingFile)
                return QString();
            return node.line > 0 ? node.file + QLatin1Char(':') + QString::number(node.line) : node.file;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == NameColumn) {
            switch (severityAt(node)) {
            case 0: return Icons::icon(Icons::Error);
            case 1: return Icons::icon(Icons::Warning);
            default: return iconFor(node);
            }
        }
        break;
    case Qt::ToolTipRole: return statusToolTip(node);
    case FileRole: return node.file;
    case LineRole: return node.line;
    case KindRole: return static_cast<int>(node.kind);
    case SeverityRole: return severityAt(node);
    default: break;
    }
    return QVariant();
}

QVariant DependencyTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case NameColumn: return tr("Name");
    case SpecColumn: return tr("Version / spec");
    case MarkerColumn: return tr("Marker");
    case SourceColumn: return tr("From");
    }
    return QVariant();
}

} // namespace envlens
