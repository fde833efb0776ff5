#include "browse/dependencytreemodel.h"

#include "model/dependencytree.h"

#include <QHash>
#include <QPair>

namespace envlens {

namespace {

using Node = DependencyTreeModel::Node;

Node::Kind kindOf(const DependencyNode &node, const TreeRequirement *requirement)
{
    switch (node.kind) {
    case DependencyNode::Kind::Model:
    case DependencyNode::Kind::Group: return Node::Group;
    case DependencyNode::Kind::Flavor: return Node::Flavor;
    case DependencyNode::Kind::RecordedVersion: return Node::Requirement;
    case DependencyNode::Kind::EnvFile:
        return requirement && requirement->kind == TreeRequirement::Kind::Constraint ? Node::Constraint : Node::File;
    case DependencyNode::Kind::Requirement:
        if (!requirement)
            return Node::Requirement;
        switch (requirement->kind) {
        case TreeRequirement::Kind::Requirement: return Node::Requirement;
        case TreeRequirement::Kind::Constraint: return Node::Constraint;
        default: return Node::Option;
        }
    case DependencyNode::Kind::CondaDependency: return Node::Requirement;
    case DependencyNode::Kind::CodeFile: return Node::File;
    case DependencyNode::Kind::Import: return Node::Import;
    case DependencyNode::Kind::Wheel: return Node::Wheel;
    case DependencyNode::Kind::Artifact: return Node::Artifact;
    case DependencyNode::Kind::Issue: return Node::MissingFile;
    }
    return Node::Group;
}

// Requirement rows of the conda pip list and the locked set carry no index into
// DependencyTree::requirements; their file and line find them in the tree's other sets.
struct RequirementIndex
{
    QHash<QPair<QString, int>, const TreeRequirement *> byPlace;

    explicit RequirementIndex(const DependencyTree &tree)
    {
        for (const QVector<TreeRequirement> *set : {&tree.locked, &tree.condaPip, &tree.requirements}) {
            for (const TreeRequirement &r : *set)
                byPlace.insert(qMakePair(r.file, r.line), &r);
        }
    }

    const TreeRequirement *find(const DependencyTree &tree, const DependencyNode &node) const
    {
        if (node.requirement >= 0 && node.requirement < tree.requirements.size())
            return &tree.requirements.at(node.requirement);
        if (node.kind != DependencyNode::Kind::Requirement)
            return nullptr;
        return byPlace.value(qMakePair(node.file, node.line), nullptr);
    }
};

void copyChildren(const Model &model, const DependencyTree &tree, const RequirementIndex &index,
                  const DependencyNode &from, Node *to)
{
    for (const DependencyNode &child : from.children) {
        const TreeRequirement *requirement = index.find(tree, child);
        const bool named = requirement && !requirement->name.isEmpty();
        Node::Kind kind = kindOf(child, requirement);
        if (child.kind == DependencyNode::Kind::EnvFile) {
            const RequirementsFile *file = model.requirementsFile(child.file);
            kind = file && file->constraint ? Node::Constraint : Node::File;
        }
        Node *row = to->add(kind, named ? requirement->name : child.label, child.file, child.line);
        if (named) {
            const QString extras = requirement->extras.isEmpty()
                                       ? QString()
                                       : QLatin1Char('[') + requirement->extras.join(QLatin1Char(',')) + QLatin1Char(']');
            row->spec = extras + requirement->spec;
            row->marker = requirement->marker;
            row->toolTip = requirement->text + (requirement->active ? QString() : QLatin1Char('\n') + child.detail);
        } else {
            row->spec = child.detail;
            row->toolTip = child.label;
        }
        copyChildren(model, tree, index, child, row);
    }
}

} // namespace

std::unique_ptr<DependencyTreeModel::Node> buildDependencyNodes(const Model &model)
{
    // The core builds the tree (the CLI's `tree` shows the same); this only adapts it for the view.
    const DependencyTree tree = DependencyTree::build(model);
    auto root = std::make_unique<Node>();
    const RequirementIndex index(tree);
    copyChildren(model, tree, index, tree.root, root.get());
    return root;
}

} // namespace envlens
