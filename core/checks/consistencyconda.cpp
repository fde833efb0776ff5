#include "checks/checkhelpers.h"
#include "checks/consistencyparts.h"
#include "pep/condanames.h"
#include "pep/condaspec.h"
#include "pep/names.h"

#include <QCoreApplication>
#include <QHash>

namespace envlens::consistency {

namespace {

using checks::locationAt;

struct CondaEntry
{
    pep::CondaMatchSpec spec;
    YamlNode node;
};

// The conda packages of dependencies (strings only), by their PyPI name, in file order.
struct CondaPackages
{
    QHash<QString, QVector<CondaEntry>> byPipName;
    QStringList order;
};

CondaPackages condaPackages(const CondaEnvDocument &conda)
{
    CondaPackages packages;
    for (const CondaDependency &dep : conda.dependencies()) {
        if (dep.kind != CondaDependency::Kind::Conda)
            continue;
        const Result<pep::CondaMatchSpec> spec = pep::CondaMatchSpec::parse(dep.text.trimmed());
        if (!spec)
            continue;
        const QString name = spec.value().name();
        if (name == QLatin1String("python") || name == QLatin1String("pip") || pep::isCondaOnlyPackage(name))
            continue;
        const QString pipName = pep::condaToPipName(name);
        if (!packages.byPipName.contains(pipName))
            packages.order.append(pipName);
        packages.byPipName[pipName].append({spec.value(), dep.node});
    }
    return packages;
}

// Conda installs exactly one version that pip's spec admits, so pip keeps it.
bool condaSatisfiesPip(const QVector<CondaEntry> &conda, const pep::SpecifierSet &pip)
{
    if (pip.isEmpty())
        return true;
    for (const CondaEntry &c : conda) {
        const std::optional<QString> exact = c.spec.exactVersion();
        if (exact && pip.containsText(*exact, true))
            return true;
    }
    return false;
}

QString condaSpecs(const QVector<CondaEntry> &conda)
{
    QStringList texts;
    for (const CondaEntry &c : conda)
        texts.append(c.spec.text());
    return texts.join(QLatin1String(", "));
}

// A conda dependency's package name, for listing; the text itself when it does not parse.
QString condaName(const CondaDependency &dep)
{
    const Result<pep::CondaMatchSpec> spec = pep::CondaMatchSpec::parse(dep.text.trimmed());
    return spec ? spec.value().name() : dep.text.trimmed();
}

} // namespace

void checkCondaPipOverlap(const CheckContext &context, QVector<Diagnostic> &out)
{
    const Model &model = context.model;
    if (!model.conda.document)
        return;
    const CondaPackages conda = condaPackages(*model.conda.document);
    for (const QString &name : conda.order) {
        QVector<const RequirementEntry *> pip;
        pep::SpecifierSet pipSpec;
        for (const RequirementEntry &e : context.requirements.condaPip()) {
            if (e.name != name || !e.active || !e.isRequirement() || !e.pip.requirement->url().isEmpty())
                continue;
            pip.append(&e);
            const pep::SpecifierSet spec = e.pip.requirement->specifier(); // by value: the loop needs it alive
            for (const pep::Specifier &s : spec.specifiers())
                pipSpec.add(s);
        }
        if (pip.isEmpty())
            continue;
        const QVector<CondaEntry> &entries = conda.byPipName.value(name);
        bool compatible = true;
        for (const CondaEntry &c : entries)
            compatible = compatible && c.spec.compatibleWith(pipSpec);
        if (compatible && condaSatisfiesPip(entries, pipSpec))
            continue;
        const RequirementEntry &first = *pip.first();
        Diagnostic d;
        d.id = QStringLiteral("conda-pip-overlap");
        d.severity = Severity::Warning;
        const QString path = model.conda.path;
        d.message = compatible
            ? CheckText::tr(
                "%1 is installed by conda (%2) and again by pip (%3, %4:%5): unless conda picks a version the pip "
                "spec admits, pip installs a second copy over it; keep the package on one side only")
                  .arg(name, condaSpecs(entries), describe(first), path)
                  .arg(first.line)
            : CheckText::tr(
                "%1 is installed by conda (%2) and by pip (%3, %4:%5), and the two specs admit no common version; "
                "keep the package on one side only")
                  .arg(name, condaSpecs(entries), describe(first), path)
                  .arg(first.line);
        d.location = locationAt(path, entries.first().node);
        d.related.append(locationAt(first, CheckText::tr("pip installs %1 here").arg(describe(first))));
        out.append(d);
    }
}

void checkCondaOnlyDependencies(const CheckContext &context, QVector<Diagnostic> &out)
{
    const Model &model = context.model;
    if (!model.conda.document)
        return;
    // python and pip (and setuptools and wheel, which MLflow turns into build dependencies) are
    // carried over into a virtualenv restore; everything else is dropped.
    static const QStringList carried = {QStringLiteral("python"), QStringLiteral("pip"), QStringLiteral("setuptools"),
                                        QStringLiteral("wheel")};
    QStringList names;
    YamlNode first;
    for (const CondaDependency &dep : model.conda.document->dependencies()) {
        if (dep.kind != CondaDependency::Kind::Conda)
            continue;
        const QString name = condaName(dep);
        if (carried.contains(name))
            continue;
        if (!first.isValid())
            first = dep.node;
        if (!names.contains(name))
            names.append(name);
    }
    if (names.isEmpty())
        return;
    const int shown = 5;
    QString list = QStringList(names.mid(0, shown)).join(QLatin1String(", "));
    if (names.size() > shown)
        list += CheckText::tr(" and %n more", nullptr, int(names.size()) - shown);
    out.append(checks::makeDiagnostic(QStringLiteral("conda-only-dependency"), Severity::Info,
        CheckText::tr(
            "%1 lists conda packages a virtualenv or uv restore does not install: %2 (MLflow warns \"will not be "
            "installed\"); put the ones the model needs in requirements.txt too")
            .arg(model.conda.path, list),
        locationAt(model.conda.path, first)));
}

} // namespace envlens::consistency
