#pragma once

#include "checks/importtables.h"
#include "checks/requirementset.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

namespace envlens {
struct Model;
}

// What the code checks know about a model's code folders and what its requirements provide.
namespace envlens::code {

// A top-level module inside a code folder: code/foo.py, code/foo/ (package or namespace
// package), code/foo.cpython-311-x86_64-linux-gnu.so.
struct CodeModule
{
    QString name; // "foo"
    QString root; // the code folder, "code"
    QString path; // the file that stands for it: code/foo.py, code/foo/__init__.py, else its first file
};

// The modules importable from the code folders, each folder taken as a sys.path root as MLflow
// adds it at load (every flavor's `code:` folder, else code/).
class ModuleIndex
{
public:
    static ModuleIndex build(const Model &model);

    const QVector<CodeModule> &modules() const { return m_modules; }
    bool contains(const QString &name) const { return m_names.contains(name); }

private:
    QVector<CodeModule> m_modules;
    QSet<QString> m_names;
};

// Requirement-set lines that install a named package (constraints and options do not).
QVector<const RequirementEntry *> installingEntries(const RequirementSet &set);

// The top-level import names a distribution provides ("pyyaml" -> "yaml").
QStringList topLevelImports(const ImportTables &tables, const QString &distribution);

// The distributions a model's environment is known to have: every package of the requirement set
// (the locked pins too, when the set is locked) and the shipped dependency closure of each,
// except MLflow's own dependencies: MLflow never prunes those from inferred requirements
// (_prune_packages), so code that needs one has it listed, and relying on mlflow to bring it
// breaks where the serving image provides its own mlflow or mlflow-skinny.
class ProvidedImports
{
public:
    static ProvidedImports build(const RequirementSet &set, const ImportTables &tables);

    bool hasDistribution(const QString &normalizedName) const { return m_distributions.contains(normalizedName); }
    // Whether some provided distribution supplies `module` ("yaml", "google.cloud.storage").
    bool provides(const QString &module) const;

private:
    const ImportTables *m_tables = nullptr;
    QSet<QString> m_distributions;
    QSet<QString> m_importNames; // dotted or not, as the table writes them
};

} // namespace envlens::code
