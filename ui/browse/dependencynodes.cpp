#include "browse/dependencytreemodel.h"

#include "model/dependencytree.h"

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

void copyChildren(const DependencyTree &tree, const DependencyNode &from, Node *to)
{
    for (const DependencyNode &child : from.children) {
        const TreeRequirement *requirement =
            child.requirement >= 0 && child.requirement < tree.requirements.size() ? &tree.requirements.at(child.requirement)
                                                                                   : nullptr;
        const bool named = requirement && !requirement->name.isEmpty();
        Node *row = to->add(kindOf(child, requirement), named ? requirement->name : child.label, child.file, child.line);
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
        copyChildren(tree, child, row);
    }
}

} // namespace

std::unique_ptr<DependencyTreeModel::Node> buildDependencyNodes(const Model &model)
{
    // The core builds the tree (the CLI's `tree` shows the same); this only adapts it for the view.
    const DependencyTree tree = DependencyTree::build(model);
    auto root = std::make_unique<Node>();
    copyChildren(tree, tree.root, root.get());
    return root;
}

} // namespace envlens
