#pragma once

#include "model/model.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace envlens {

// One line of a requirement set, as the tree, the CLI's JSON and the GUI show it.
struct TreeRequirement
{
    enum class Kind { Requirement, Constraint, Option, Path, Url, Invalid };

    Kind kind = Kind::Requirement;
    QString name;         // PEP 503 normalised; empty for options and nameless paths/URLs
    QString text;         // the logical line as pip reads it
    QString spec;         // packaging's str(SpecifierSet); empty when none
    QStringList extras;
    QString marker;       // packaging's str(Marker); empty when none
    bool active = true;   // the marker holds in the target environment
    QString file;         // relative to the model root
    int line = 0;         // 1-based physical line
    QString target;       // -r/-c file, path or URL the line names
};

QString treeRequirementKindName(TreeRequirement::Kind kind); // "requirement", "constraint", ...

// A node of the browsable tree: model → flavors → environment files → requirements → includes
// and constraints; code/ files → imports; wheels; artifacts; the locked set. Plain data: the GUI
// wraps it in an item model.
struct DependencyNode
{
    enum class Kind {
        Model,
        Group,           // a heading: "Flavors", "Environment files", "Code", "Wheels", "Artifacts", "Locked"
        Flavor,
        RecordedVersion, // sklearn_version: 1.6.1
        EnvFile,         // MLmodel, conda.yaml, python_env.yaml, requirements.txt, an include
        Requirement,
        CondaDependency,
        CodeFile,
        Import,
        Wheel,
        Artifact,
        Issue,           // a loading issue
    };

    Kind kind = Kind::Group;
    QString label;          // what the tree shows first ("scikit-learn==1.6.1", "code/utils.py")
    QString detail;         // second column ("inactive: sys_platform == \"win32\"", "4.7 KiB")
    QString file;           // where it is written (relative to the model root); empty when nowhere
    int line = 0;
    int requirement = -1;   // index into DependencyTree::requirements (Requirement nodes of the set)
    QVector<DependencyNode> children;
};

class DependencyTree
{
public:
    // `platform` overrides the model's target platform (linux, windows, macos) when not empty.
    static DependencyTree build(const Model &model, const QString &platform = QString());

    DependencyNode root;
    QString pythonVersion;                 // the target Python the markers were evaluated for
    QString platform;
    QVector<TreeRequirement> requirements; // the requirement set (requirements.txt + includes +
                                           // constraints; else the conda pip list)
    QVector<TreeRequirement> condaPip;     // conda.yaml's pip list
    QVector<TreeRequirement> locked;       // the locked pins when the set uses MLflow's lock layout
};

} // namespace envlens
