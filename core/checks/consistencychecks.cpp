#include "checks/consistencychecks.h"

#include "checks/checkhelpers.h"
#include "checks/consistencyparts.h"
#include "pep/names.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace envlens {

namespace consistency {

using checks::locationAt;
using checks::makeDiagnostic;
using Kind = pep::PipLine::Kind;

QString describe(const RequirementEntry &entry)
{
    const QString marker = entry.markerText();
    if (marker.isEmpty() || !entry.pip.requirement)
        return requirementText(entry);
    return requirementText(entry) + QLatin1String("; ") + marker;
}

QString pinnedText(const RequirementEntry &entry, const QString &version)
{
    QString text = entry.name;
    if (entry.pip.requirement) {
        const pep::Requirement &r = *entry.pip.requirement;
        text = r.name();
        if (!r.extras().isEmpty())
            text += QLatin1Char('[') + r.extras().join(QLatin1Char(',')) + QLatin1Char(']');
    }
    text += QLatin1String("==") + version;
    const QString marker = entry.markerText();
    if (!marker.isEmpty())
        text += QLatin1String("; ") + marker;
    return text;
}

EditOperation setRequirement(const RequirementEntry &entry, const QString &text)
{
    EditOperation op;
    op.kind = EditOperation::Kind::SetRequirement;
    op.file = entry.file;
    op.line = entry.line;
    op.text = text;
    return op;
}

EditOperation addRequirement(const QString &text)
{
    EditOperation op;
    op.kind = EditOperation::Kind::AddRequirement;
    op.text = text;
    return op;
}

namespace {

// A line that installs a named package: a requirement, or a path, URL or editable with a
// wheel or #egg= name. Options, includes and constraint files are not packages.
bool installsPackage(const RequirementEntry &e)
{
    if (e.name.isEmpty() || e.constraint)
        return false;
    return e.pip.kind == Kind::Requirement || e.pip.kind == Kind::Path || e.pip.kind == Kind::Url
        || e.pip.kind == Kind::Editable;
}

// What must agree between the two lists: spec, extras, URL and marker, spelled canonically, so
// `Scikit_Learn>=1.0,<2` and `scikit-learn<2,>=1.0` are the same line.
QString comparisonKey(const RequirementEntry &e)
{
    const QString marker = e.markerText();
    if (!e.pip.requirement)
        return QStringLiteral("%1|%2|%3").arg(int(e.pip.kind)).arg(e.pip.target.trimmed(), marker);
    const pep::Requirement &r = *e.pip.requirement;
    QStringList extras;
    for (const QString &extra : r.extras())
        extras.append(pep::normalizeName(extra));
    std::sort(extras.begin(), extras.end());
    return QStringLiteral("%1|%2|%3|%4").arg(extras.join(QLatin1Char(',')), r.specifier().toString(), r.url(), marker);
}

struct Side
{
    QHash<QString, QVector<const RequirementEntry *>> byName;
    QStringList order;

    void add(const RequirementEntry &e)
    {
        if (!byName.contains(e.name))
            order.append(e.name);
        byName[e.name].append(&e);
    }
    QStringList keys(const QString &name) const
    {
        QStringList found;
        for (const RequirementEntry *e : byName.value(name))
            found.append(comparisonKey(*e));
        std::sort(found.begin(), found.end());
        return found;
    }
};

QString describeAll(const QVector<const RequirementEntry *> &entries)
{
    QStringList texts;
    for (const RequirementEntry *e : entries)
        texts.append(describe(*e));
    return texts.join(QLatin1String(", "));
}

QVector<FixIt> syncFixes()
{
    EditOperation fromRequirements;
    fromRequirements.kind = EditOperation::Kind::SyncCondaFromRequirements;
    EditOperation fromConda;
    fromConda.kind = EditOperation::Kind::SyncRequirementsFromConda;
    // requirements.txt is what pip and virtualenv restores read and MLflow writes the conda list
    // from it, so following it is the safe direction.
    FixIt a = checks::makeFix(QStringLiteral("from-requirements"),
        CheckText::tr("Make the pip list of conda.yaml follow requirements.txt"), fromRequirements, true);
    FixIt b = checks::makeFix(QStringLiteral("from-conda"),
        CheckText::tr("Make requirements.txt follow the pip list of conda.yaml"), fromConda, false);
    b.isDefault = false;
    return {a, b};
}

// Where the conda side of a package would be: the `pip:` key, else `dependencies:`.
Location condaListLocation(const Model &model, const QString &message)
{
    const CondaEnvDocument &conda = *model.conda.document;
    const YamlField pip = conda.pipField();
    return locationAt(model.conda.path, pip.isPresent() ? pip.key : conda.dependenciesField().key, message);
}

Diagnostic mismatchDiagnostic(const Model &model, const QVector<const RequirementEntry *> &req,
                              const QVector<const RequirementEntry *> &conda)
{
    const QString condaPath = model.conda.path;
    Diagnostic d;
    d.id = QStringLiteral("pip-mismatch");
    d.severity = Severity::Error;
    if (conda.isEmpty()) {
        const RequirementEntry &r = *req.first();
        d.message = CheckText::tr("%1 is in %2 but not in the pip list of %3, so a conda restore does not install it")
                        .arg(describeAll(req), r.file, condaPath);
        d.location = locationAt(r);
        d.related.append(condaListLocation(model, CheckText::tr("the pip list does not have %1").arg(r.name)));
    } else if (req.isEmpty()) {
        const RequirementEntry &c = *conda.first();
        d.message
            = CheckText::tr("%1 is in the pip list of %2 but not in requirements.txt, so a virtualenv restore does not "
                            "install it")
                  .arg(describeAll(conda), condaPath);
        d.location = locationAt(c);
        d.related.append(locationAt(
            QStringLiteral("requirements.txt"), 0, 0, CheckText::tr("requirements.txt does not have %1").arg(c.name)));
    } else {
        const RequirementEntry &r = *req.first();
        const RequirementEntry &c = *conda.first();
        d.message = CheckText::tr("%1 in %2 does not match %3 in the pip list of %4 (%4:%5)")
                        .arg(describeAll(req), r.file, describeAll(conda), condaPath)
                        .arg(c.line);
        d.location = locationAt(r);
        d.related.append(locationAt(c, CheckText::tr("the pip list of %1 has %2").arg(condaPath, describeAll(conda))));
    }
    d.fixes = syncFixes();
    return d;
}

bool isReferenceTo(const pep::PipLine &pip, Kind kind, const QString &file)
{
    return pip.kind == kind && checks::modelRelativePath(pip.target) == file;
}

} // namespace

void checkPipMismatch(const CheckContext &context, QVector<Diagnostic> &out)
{
    const Model &model = context.model;
    const RequirementSet &set = context.requirements;
    if (!set.hasRequirementsFile() || !model.conda.document)
        return;
    Side req;
    Side conda;
    for (const RequirementEntry &e : set.entries()) {
        if (installsPackage(e))
            req.add(e);
    }
    for (const RequirementEntry &e : set.condaPip()) {
        if (installsPackage(e))
            conda.add(e);
    }
    QStringList names = req.order;
    for (const QString &name : conda.order) {
        if (!req.byName.contains(name))
            names.append(name);
    }
    for (const QString &name : names) {
        if (req.keys(name) == conda.keys(name))
            continue;
        out.append(mismatchDiagnostic(model, req.byName.value(name), conda.byName.value(name)));
    }
}

void checkPythonEnvRequirements(const CheckContext &context, QVector<Diagnostic> &out)
{
    const Model &model = context.model;
    const QString requirements = QStringLiteral("requirements.txt");
    if (!model.pythonEnv.document || !model.file(requirements))
        return;
    const PythonEnvDocument &env = *model.pythonEnv.document;
    for (const YamlNode &item : env.dependencies()) {
        if (item.isScalar() && isReferenceTo(pep::parsePipLine(item.scalar().trimmed()), Kind::Include, requirements))
            return;
    }
    const QString path = model.pythonEnv.path;
    const YamlField deps = env.dependenciesField();
    Diagnostic d = makeDiagnostic(QStringLiteral("python-env-requirements"), Severity::Warning,
        CheckText::tr("the dependencies of %1 do not include \"-r requirements.txt\", so a virtualenv or "
                      "uv restore does not install requirements.txt")
            .arg(path),
        locationAt(path, deps.isPresent() ? deps.key : env.root()));
    EditOperation op;
    op.kind = EditOperation::Kind::AddPythonEnvRequirementsRef;
    op.file = path;
    d.fixes.append(checks::makeFix(QStringLiteral("add-requirements-ref"),
        CheckText::tr("Add \"-r requirements.txt\" to the dependencies of %1").arg(path), op, true));
    out.append(d);
}

void checkConstraintsReferenced(const CheckContext &context, QVector<Diagnostic> &out)
{
    const Model &model = context.model;
    const QString constraints = QStringLiteral("constraints.txt");
    // MLflow's lock layout writes constraints.txt without a -c line on purpose (mlflow-formats §4.1).
    if (!model.file(constraints) || context.requirements.isLocked() || model.isLocked())
        return;
    if (model.requirementsFile(constraints))
        return; // reached through -c (or -r) from requirements.txt or one of its includes
    for (const RequirementEntry &e : context.requirements.condaPip()) {
        if (isReferenceTo(e.pip, Kind::Constraint, constraints))
            return;
    }
    out.append(makeDiagnostic(QStringLiteral("constraints-unreferenced"), Severity::Warning,
        CheckText::tr("constraints.txt is not referenced by any \"-c constraints.txt\" line, so pip never "
                      "applies it; add that line to requirements.txt or remove the file"),
        locationAt(constraints)));
}

} // namespace consistency

QVector<Diagnostic> runConsistencyChecks(const CheckContext &context)
{
    QVector<Diagnostic> out;
    consistency::checkPipMismatch(context, out);
    consistency::checkPythonMismatch(context, out);
    consistency::checkCondaPythonSpec(context, out);
    consistency::checkPythonEnvRequirements(context, out);
    consistency::checkMlflowVersion(context, out);
    consistency::checkFlavorVersions(context, out);
    consistency::checkCondaPipOverlap(context, out);
    consistency::checkCondaOnlyDependencies(context, out);
    consistency::checkConstraintsReferenced(context, out);
    return out;
}

} // namespace envlens
