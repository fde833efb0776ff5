#include "checks/codechecks.h"

#include "checks/checkhelpers.h"
#include "checks/codemodules.h"

#include <QCoreApplication>
#include <QSet>

namespace envlens {

namespace {

using checks::locationAt;
using Kind = pep::PipLine::Kind;

using checks::CheckText;

// Why an import might not run on load, for the message: it still fails when reached.
QString whereImported(int context)
{
    if (context & PythonImport::InExcept)
        return CheckText::tr(" (in an except/else/finally block)");
    if (context & PythonImport::InTry)
        return CheckText::tr(" (in a try: block)");
    if (context & PythonImport::InFunction)
        return CheckText::tr(" (inside a function)");
    if (context & PythonImport::InConditional)
        return CheckText::tr(" (inside a conditional block)");
    return QString();
}

Diagnostic undeclaredDiagnostic(const CheckContext &context, const CodeFile &file, const PythonImport &import)
{
    const QString python = context.pythonVersion.isEmpty() ? CheckText::tr("any Python version")
                                                           : CheckText::tr("Python %1").arg(context.pythonVersion);
    const QStringList candidates = context.imports.candidateDistributions(import.module);
    const QString distribution = candidates.isEmpty() ? import.topLevel : candidates.first();
    // Whole sentences for one and several candidates, so no English "or" is spliced into a translation.
    const QString message = candidates.size() > 1
        ? CheckText::tr("%1 is imported%2 but no requirement provides it (it is not in the standard library of %3 nor "
                        "in the model's code); add one of %4 to the requirements")
        : CheckText::tr("%1 is imported%2 but no requirement provides it (it is not in the standard library of %3 nor "
                        "in the model's code); add %4 to the requirements");
    Diagnostic d = checks::makeDiagnostic(QStringLiteral("import-undeclared"), Severity::Warning,
        message.arg(import.module, whereImported(import.context), python, candidates.join(QLatin1String(", "))),
        locationAt(file.path, import.line, import.column));
    EditOperation op;
    op.kind = EditOperation::Kind::AddRequirement;
    op.text = distribution;
    // Unpinned and not safe: which distribution and version provide the module is for a person to decide.
    d.fixes.append(checks::makeFix(QStringLiteral("add-requirement"),
        CheckText::tr("Add %1 to the requirements (unpinned, review it)").arg(distribution), op, false));
    return d;
}

void checkUndeclaredImports(const CheckContext &context, const code::ModuleIndex &modules,
                            const code::ProvidedImports &provided, QVector<Diagnostic> &out)
{
    for (const CodeFile &file : context.model.code) {
        if (!file.isPython || file.path.endsWith(QLatin1String(".pyi"))) // stubs never run
            continue;
        QSet<QString> reported;
        for (const PythonImport &import : file.imports) {
            if (import.isRelative() || import.topLevel.isEmpty() || (import.context & PythonImport::InTypeChecking))
                continue;
            if (reported.contains(import.topLevel) || modules.contains(import.topLevel)
                || context.imports.isStdlib(import.topLevel, context.pythonVersion) || provided.provides(import.module))
                continue;
            reported.insert(import.topLevel);
            out.append(undeclaredDiagnostic(context, file, import));
        }
    }
}

// A path requirement that installs the code folder's own package is not shadowed by it.
bool installsFromCodeDir(const RequirementEntry &e, const QString &root)
{
    if (e.pip.kind != Kind::Path && e.pip.kind != Kind::Editable)
        return false;
    const QString path = checks::modelRelativePath(e.pip.target);
    return path == root || path.startsWith(root + QLatin1Char('/'));
}

struct Shadowed
{
    const RequirementEntry *entry = nullptr;
    QString package; // the hidden distribution: the entry's own, or one it depends on
};

// An installing requirement with the top-level import names of its package and of each of its
// dependencies, looked up once for all the code modules.
struct Provider
{
    const RequirementEntry *entry = nullptr;
    QStringList imports;
    QVector<QPair<QString, QStringList>> dependencies; // dependency -> its top-level import names
};

QVector<Provider> providers(const CheckContext &context)
{
    QVector<Provider> out;
    for (const RequirementEntry *e : code::installingEntries(context.requirements)) {
        Provider p;
        p.entry = e;
        p.imports = code::topLevelImports(context.imports, e->name);
        for (const QString &dependency : context.imports.dependenciesOf(e->name))
            p.dependencies.append({dependency, code::topLevelImports(context.imports, dependency)});
        out.append(p);
    }
    return out;
}

// The requirement whose package (first pass) or one of whose dependencies (second pass) has the
// module's name: both break at load, the second inside the package that imports it.
Shadowed shadowedBy(const code::CodeModule &module, const QVector<Provider> &requirements)
{
    for (const Provider &p : requirements) {
        if (!installsFromCodeDir(*p.entry, module.root) && p.imports.contains(module.name))
            return {p.entry, p.entry->name};
    }
    for (const Provider &p : requirements) {
        for (const auto &dependency : p.dependencies) {
            if (dependency.second.contains(module.name))
                return {p.entry, dependency.first};
        }
    }
    return {};
}

void checkShadowing(const CheckContext &context, const code::ModuleIndex &modules, QVector<Diagnostic> &out)
{
    if (modules.modules().isEmpty())
        return;
    const QVector<Provider> requirements = providers(context);
    for (const code::CodeModule &module : modules.modules()) {
        const Shadowed shadowed = shadowedBy(module, requirements);
        if (!shadowed.entry)
            continue;
        const RequirementEntry &e = *shadowed.entry;
        const QString message = shadowed.package == e.name
            ? CheckText::tr(
                "the module %1 hides the package %2 required at %3:%4: MLflow puts %5/ first on sys.path when it "
                "loads the model; rename the module")
                  .arg(module.name, e.name, e.file)
                  .arg(e.line)
                  .arg(module.root)
            : CheckText::tr(
                "the module %1 hides the package %2 that %3 (%4:%5) depends on: MLflow puts %6/ first on sys.path "
                "when it loads the model; rename the module")
                  .arg(module.name, shadowed.package, e.name, e.file)
                  .arg(e.line)
                  .arg(module.root);
        Diagnostic d = checks::makeDiagnostic(QStringLiteral("code-shadows-package"), Severity::Warning, message,
                                              locationAt(module.path));
        d.related.append(locationAt(e, CheckText::tr("%1 is required here").arg(e.name)));
        out.append(d);
    }
}

} // namespace

QVector<Diagnostic> runCodeChecks(const CheckContext &context)
{
    QVector<Diagnostic> out;
    if (context.model.codeDirs.isEmpty())
        return out;
    const code::ModuleIndex modules = code::ModuleIndex::build(context.model);
    const code::ProvidedImports provided = code::ProvidedImports::build(context.requirements, context.imports);
    checkUndeclaredImports(context, modules, provided, out);
    checkShadowing(context, modules, out);
    return out;
}

} // namespace envlens
