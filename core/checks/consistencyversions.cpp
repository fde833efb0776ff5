#include "checks/checkhelpers.h"
#include "checks/consistencyparts.h"
#include "pep/condanames.h"
#include "pep/condaspec.h"
#include "pep/version.h"

#include <QRegularExpression>
#include <QSet>

#include <optional>

namespace envlens::consistency {

namespace {

using checks::locationAt;

// The version a line installs: a wheel's file-name version as an exact pin, else its specifier.
std::optional<pep::SpecifierSet> specOf(const RequirementEntry &e)
{
    if (e.pip.requirement) {
        if (!e.pip.requirement->url().isEmpty() || e.pip.requirement->specifier().isEmpty())
            return std::nullopt; // a URL or an unpinned name admits whatever is recorded
        return e.pip.requirement->specifier();
    }
    if (e.pip.wheelVersion.isEmpty())
        return std::nullopt;
    const Result<pep::SpecifierSet> pin = pep::SpecifierSet::parse(QStringLiteral("==") + e.pip.wheelVersion);
    return pin ? std::optional<pep::SpecifierSet>(pin.value()) : std::nullopt;
}

bool admitsAny(const pep::SpecifierSet &spec, const QStringList &versions)
{
    for (const QString &v : versions) {
        if (spec.containsText(v, true))
            return true;
    }
    return false;
}

// The name of the requirement set's source, for messages.
QString requirementsName(const CheckContext &context)
{
    return context.requirements.isFromConda() ? CheckText::tr("the pip list of %1").arg(context.model.conda.path)
                                              : QStringLiteral("requirements.txt");
}

Location requirementsLocation(const CheckContext &context, const QString &message)
{
    if (!context.requirements.isFromConda())
        return locationAt(QStringLiteral("requirements.txt"), 0, 0, message);
    const CondaEnvDocument &conda = *context.model.conda.document;
    const YamlField pip = conda.pipField();
    return locationAt(context.model.conda.path, pip.isPresent() ? pip.key : conda.dependenciesField().key, message);
}

// The pin MLflow writes for a recorded version: the local label stripped (torch 2.1.0+cu118 ->
// 2.1.0) and, for pyspark, a .devN suffix too (mlflow-formats §2.5).
QString pinVersion(const checks::RecordedVersion &recorded)
{
    QString version = recorded.version.section(QLatin1Char('+'), 0, 0);
    if (recorded.package == QLatin1String("pyspark")) {
        static const QRegularExpression dev(QStringLiteral("[.-]?dev\\d*$"), QRegularExpression::CaseInsensitiveOption);
        version.remove(dev);
    }
    return version;
}

// MLflow leaves a flavor's package out on purpose here (_remove_incompatible_requirements, and
// keras shipping inside tensorflow).
bool leftOutByMlflow(const RequirementSet &set, const QString &package)
{
    if (package == QLatin1String("pyspark"))
        return set.contains(QStringLiteral("databricks-connect"));
    if (package == QLatin1String("keras"))
        return set.contains(QStringLiteral("tensorflow")) || set.contains(QStringLiteral("tensorflow-cpu"));
    return false;
}

// A conda dependency (not the pip list) that installs `package`: MLflow 1.x wrote the flavor's
// package there (scikit-learn=0.23.2).
std::optional<CondaDependency> condaDependencyFor(const Model &model, const QString &package,
                                                  pep::CondaMatchSpec *spec)
{
    if (!model.conda.document)
        return std::nullopt;
    for (const CondaDependency &dep : model.conda.document->dependencies()) {
        if (dep.kind != CondaDependency::Kind::Conda)
            continue;
        const Result<pep::CondaMatchSpec> parsed = pep::CondaMatchSpec::parse(dep.text.trimmed());
        if (parsed && pep::condaToPipName(parsed.value().name()) == package) {
            *spec = parsed.value();
            return dep;
        }
    }
    return std::nullopt;
}

bool condaAdmits(const pep::CondaMatchSpec &spec, const QStringList &versions)
{
    for (const QString &v : versions) {
        const Result<pep::CondaVersion> version = pep::CondaVersion::parse(v);
        if (version && spec.matches(version.value()))
            return true;
    }
    return false;
}

// The package is not in the requirement set but a conda dependency installs it (for conda
// restores; conda-only-dependency tells about the others). True when that settles it.
bool checkCondaDependency(const CheckContext &context, const checks::RecordedVersion &recorded, const QString &pin,
                          QVector<Diagnostic> &out)
{
    pep::CondaMatchSpec spec;
    const std::optional<CondaDependency> dep = condaDependencyFor(context.model, recorded.package, &spec);
    if (!dep)
        return false;
    if (condaAdmits(spec, {recorded.version, pin}))
        return true;
    Diagnostic d;
    d.id = QStringLiteral("flavor-version-mismatch");
    d.severity = Severity::Warning;
    d.message
        = CheckText::tr("the conda dependency %1 does not admit %2 %3, the version the %4 flavor records (MLmodel:%5)")
              .arg(spec.text(), recorded.package, recorded.version, recorded.flavor)
              .arg(recorded.node.start().line);
    d.location = locationAt(context.model.conda.path, dep->node);
    d.related.append(locationAt(QStringLiteral("MLmodel"), recorded.node,
        CheckText::tr("%1: %2 is recorded here").arg(recorded.key, recorded.version)));
    out.append(d);
    return true;
}

void checkRecorded(const CheckContext &context, const checks::RecordedVersion &recorded, QVector<Diagnostic> &out)
{
    const RequirementSet &set = context.requirements;
    const QString pin = pinVersion(recorded);
    const QString where = QStringLiteral("MLmodel:%1").arg(recorded.node.start().line);
    const QVector<const RequirementEntry *> entries = set.byName(recorded.package);
    if (entries.isEmpty()) {
        if (leftOutByMlflow(set, recorded.package) || checkCondaDependency(context, recorded, pin, out))
            return;
        Diagnostic d;
        d.id = QStringLiteral("flavor-version-mismatch");
        d.severity = Severity::Warning;
        d.message
            = CheckText::tr("the %1 flavor records %2 %3 (%4) but %5 does not list %6, so a restored environment may "
                            "get another version")
                  .arg(recorded.flavor, recorded.key, recorded.version, where, requirementsName(context),
                      recorded.package);
        d.location = locationAt(QStringLiteral("MLmodel"), recorded.node);
        d.related.append(requirementsLocation(context, CheckText::tr("%1 is not listed").arg(recorded.package)));
        const QString line = recorded.package + QLatin1String("==") + pin;
        d.fixes.append(
            checks::makeFix(QStringLiteral("pin"), CheckText::tr("Add %1").arg(line), addRequirement(line), false));
        out.append(d);
        return;
    }
    for (const RequirementEntry *e : entries) {
        const std::optional<pep::SpecifierSet> spec = specOf(*e);
        if (!e->active || !spec || admitsAny(*spec, {recorded.version, pin}))
            continue;
        Diagnostic d;
        d.id = QStringLiteral("flavor-version-mismatch");
        d.severity = Severity::Warning;
        d.message = CheckText::tr("%1 does not admit %2 %3, the version the %4 flavor records (%5)")
                        .arg(describe(*e), recorded.package, recorded.version, recorded.flavor, where);
        d.location = locationAt(*e);
        d.related.append(locationAt(QStringLiteral("MLmodel"), recorded.node,
            CheckText::tr("%1: %2 is recorded here").arg(recorded.key, recorded.version)));
        if (e->pip.requirement) {
            const QString line = pinnedText(*e, pin);
            d.fixes.append(checks::makeFix(
                QStringLiteral("pin"), CheckText::tr("Pin to %1").arg(line), setRequirement(*e, line), false));
        }
        out.append(d);
        return; // one finding per recorded version
    }
}

} // namespace

void checkMlflowVersion(const CheckContext &context, QVector<Diagnostic> &out)
{
    const Model &model = context.model;
    if (!model.mlmodel.document || !model.mlmodel.document->mlflowVersion().isScalar())
        return;
    const YamlField &field = model.mlmodel.document->mlflowVersion();
    const QString recorded = field.text().trimmed();
    if (!pep::Version::isValid(recorded))
        return;
    // A .devN build pins micro - 1 (_generate_mlflow_version_pinning): both are right.
    const QString pin = checks::mlflowPinVersion(recorded);
    for (const RequirementEntry &e : context.requirements.entries()) {
        if (e.constraint || !e.active || !isMlflowRequirement(e))
            continue;
        const std::optional<pep::SpecifierSet> spec = specOf(e);
        if (!spec || admitsAny(*spec, {recorded, pin}))
            continue;
        Diagnostic d;
        d.id = QStringLiteral("mlflow-version-mismatch");
        d.severity = Severity::Warning;
        d.message = CheckText::tr(
            "%1 does not admit %2, the MLflow version that saved the model (mlflow_version, MLmodel:%3)")
                        .arg(describe(e), recorded)
                        .arg(field.value.start().line);
        d.location = locationAt(e);
        d.related.append(locationAt(QStringLiteral("MLmodel"), field.value,
            CheckText::tr("mlflow_version: %1 is recorded here").arg(recorded)));
        if (e.pip.requirement && !pin.isEmpty()) {
            const QString line = pinnedText(e, pin);
            d.fixes.append(checks::makeFix(
                QStringLiteral("pin"), CheckText::tr("Pin to %1").arg(line), setRequirement(e, line), false));
        }
        out.append(d);
    }
}

void checkFlavorVersions(const CheckContext &context, QVector<Diagnostic> &out)
{
    const Model &model = context.model;
    const RequirementSet &set = context.requirements;
    if (!model.mlmodel.document || (!set.hasRequirementsFile() && !set.isFromConda()))
        return; // no requirements at all: env-file-missing tells
    QSet<QString> seen;
    for (const checks::RecordedVersion &recorded : checks::recordedVersions(*model.mlmodel.document)) {
        if (recorded.flavor.isEmpty() || seen.contains(recorded.package) || !pep::Version::isValid(recorded.version))
            continue;
        seen.insert(recorded.package);
        checkRecorded(context, recorded, out);
    }
}

} // namespace envlens::consistency
