#include "checks/checkhelpers.h"
#include "checks/consistencyparts.h"
#include "pep/condaspec.h"
#include "pep/version.h"

#include <QRegularExpression>

#include <optional>

namespace envlens::consistency {

namespace {

using checks::locationAt;

// One place that records the model's Python.
struct PythonSource
{
    QString file;
    YamlNode node;
    QString version;      // a version number ("3.10.14", "3.8"); empty for a conda range
    QString condaRange;   // conda.yaml's spec when it is a range (python>=3.9); checked by matching
};

// What _PythonEnv.get_dependencies_from_conda_yaml accepts as conda.yaml's python entry.
const QRegularExpression &condaPythonPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^python(<|>|<=|>=|=|==|!=)?([\\d.]+)?$"));
    return pattern;
}

std::optional<PythonSource> mlmodelSource(const Model &model)
{
    if (!model.mlmodel.document || model.mlmodelPython().isEmpty())
        return std::nullopt;
    return PythonSource{QStringLiteral("MLmodel"), model.mlmodel.document->pythonVersion().value,
                        model.mlmodelPython(), QString()};
}

std::optional<PythonSource> pythonEnvSource(const Model &model)
{
    if (!model.pythonEnv.document || model.pythonEnvPython().isEmpty())
        return std::nullopt;
    return PythonSource{model.pythonEnv.path, model.pythonEnv.document->python().value, model.pythonEnvPython(),
                        QString()};
}

std::optional<PythonSource> condaSource(const Model &model)
{
    if (!model.conda.document || model.conda.document->pythonIndex() < 0)
        return std::nullopt;
    const CondaEnvDocument &conda = *model.conda.document;
    const YamlNode node = conda.dependencies().at(conda.pythonIndex()).node;
    const QString spec = conda.pythonSpec().trimmed();
    const QRegularExpressionMatch m = condaPythonPattern().match(spec);
    const QString op = m.captured(1);
    if (!m.hasMatch() || op.isEmpty() || m.captured(2).isEmpty())
        return std::nullopt; // no usable version: conda-python-spec says so
    if (op == QLatin1String("=") || op == QLatin1String("=="))
        return PythonSource{model.conda.path, node, m.captured(2), QString()};
    return PythonSource{model.conda.path, node, QString(), spec};
}

// A Python version's release numbers; nullopt when it is not a version.
std::optional<pep::Version> parsed(const QString &text)
{
    const Result<pep::Version> v = pep::Version::parse(text);
    return v ? std::optional<pep::Version>(v.value()) : std::nullopt;
}

// The severity of a disagreement between `source` and `reference`, nullopt when they agree.
// A two-part version ("3.8", conda's fuzzy python=3.8) says nothing about the micro version.
std::optional<Severity> disagreement(const PythonSource &source, const PythonSource &reference)
{
    const std::optional<pep::Version> ref = parsed(reference.version);
    if (!ref)
        return std::nullopt;
    if (!source.condaRange.isEmpty()) {
        const Result<pep::CondaMatchSpec> spec = pep::CondaMatchSpec::parse(source.condaRange);
        const Result<pep::CondaVersion> version = pep::CondaVersion::parse(reference.version);
        if (!spec || !version || spec.value().matches(version.value()))
            return std::nullopt;
        return Severity::Error;
    }
    const std::optional<pep::Version> own = parsed(source.version);
    if (!own)
        return std::nullopt;
    if (own->major() != ref->major() || own->minor() != ref->minor())
        return Severity::Error;
    if (own->releaseSize() >= 3 && ref->releaseSize() >= 3 && own->micro() != ref->micro())
        return Severity::Warning;
    return std::nullopt;
}

QString written(const PythonSource &source)
{
    return source.condaRange.isEmpty() ? source.version : source.condaRange;
}

} // namespace

void checkPythonMismatch(const CheckContext &context, QVector<Diagnostic> &out)
{
    const Model &model = context.model;
    const std::optional<PythonSource> mlmodel = mlmodelSource(model);
    const std::optional<PythonSource> env = pythonEnvSource(model);
    const std::optional<PythonSource> conda = condaSource(model);
    // MLmodel records the interpreter the model was saved with, so it is the reference.
    const std::optional<PythonSource> reference = mlmodel ? mlmodel : env;
    if (!reference)
        return;
    for (const std::optional<PythonSource> &source : {env, conda}) {
        if (!source || source->file == reference->file)
            continue;
        const std::optional<Severity> severity = disagreement(*source, *reference);
        if (!severity)
            continue;
        Diagnostic d;
        d.id = QStringLiteral("python-mismatch");
        d.severity = *severity;
        d.message = *severity == Severity::Error
            ? CheckText::tr(
                "%1 asks for Python %2 but %3 records %4 (%3:%5); a different minor version of Python may not "
                "load the model")
                  .arg(source->file, written(*source), reference->file, reference->version)
                  .arg(reference->node.start().line)
            : CheckText::tr("%1 asks for Python %2 but %3 records %4 (%3:%5); only the micro version differs")
                  .arg(source->file, written(*source), reference->file, reference->version)
                  .arg(reference->node.start().line);
        d.location = locationAt(source->file, source->node);
        d.related.append(locationAt(
            reference->file, reference->node, CheckText::tr("Python %1 is recorded here").arg(reference->version)));
        EditOperation op;
        op.kind = EditOperation::Kind::SetPython;
        op.text = reference->version;
        d.fixes.append(checks::makeFix(QStringLiteral("set-python"),
            CheckText::tr("Use Python %1 in MLmodel, python_env.yaml and conda.yaml").arg(op.text), op, true));
        out.append(d);
    }
}

void checkCondaPythonSpec(const CheckContext &context, QVector<Diagnostic> &out)
{
    const Model &model = context.model;
    if (!model.conda.document)
        return;
    const CondaEnvDocument &conda = *model.conda.document;
    const QString path = model.conda.path;
    // Without python_env.yaml MLflow rebuilds the environment from conda.yaml and refuses these.
    const Severity severity = model.pythonEnv.present ? Severity::Warning : Severity::Error;
    Diagnostic d;
    d.id = QStringLiteral("conda-python-spec");
    d.severity = severity;
    if (conda.pythonIndex() < 0) {
        d.message = CheckText::tr(
            "%1 has no python entry, so the restored environment gets whatever Python runs the restore; "
            "add python=<version>")
                        .arg(path);
        d.location = locationAt(path, conda.dependenciesField().isPresent() ? conda.dependenciesField().key
                                                                             : conda.root());
        out.append(d);
        return;
    }
    const QString spec = conda.pythonSpec().trimmed();
    const QRegularExpressionMatch m = condaPythonPattern().match(spec);
    const QString op = m.captured(1);
    if (!m.hasMatch()) {
        d.message = CheckText::tr(
            "MLflow does not read \"%1\" as a python version, so the restored environment gets whatever "
            "Python runs the restore; write python=<version>")
                        .arg(spec);
    } else if (op.isEmpty() || m.captured(2).isEmpty()) {
        d.message
            = CheckText::tr("\"%1\" does not pin a Python version; MLflow wants python=<version> (e.g. python=3.11.9)")
                  .arg(spec);
    } else if (op == QLatin1String("<") || op == QLatin1String(">") || op == QLatin1String("!=")) {
        d.message = CheckText::tr(
            "\"%1\" uses the comparator %2, which MLflow refuses for python (it accepts <=, >=, = and ==)")
                        .arg(spec, op);
    } else {
        return;
    }
    d.location = locationAt(path, conda.dependencies().at(conda.pythonIndex()).node);
    out.append(d);
}

} // namespace envlens::consistency
