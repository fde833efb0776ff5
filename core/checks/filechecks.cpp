#include "checks/filechecks.h"

#include "checks/checkhelpers.h"

#include <QCoreApplication>

namespace envlens {

namespace {

using checks::locationAt;
using checks::makeDiagnostic;

using checks::CheckText;

bool hasPathUnder(const Model &model, const QString &dir)
{
    const QString prefix = dir + QLatin1Char('/');
    for (const ModelFile &f : model.files) {
        if (f.path.startsWith(prefix))
            return true;
    }
    return false;
}

bool existsInModel(const Model &model, const QString &path)
{
    return model.file(path) != nullptr || hasPathUnder(model, path);
}

// A file that was read but not parsed: a YAML error, or YAML whose shape the reader refuses.
template<typename Document>
void checkYamlFile(const Model &model, const YamlEnvFile<Document> &slot, QVector<Diagnostic> &out)
{
    if (!slot.present || slot.document || !slot.error)
        return;
    const TextFile *text = model.text(slot.path);
    if (!text)
        return; // not read: the loading family already says why
    const Error &error = *slot.error;
    const bool isYaml = YamlDocument::parse(*text, slot.path).ok();
    out.append(makeDiagnostic(isYaml ? QStringLiteral("yaml-type") : QStringLiteral("yaml-syntax"), Severity::Error,
        isYaml ? CheckText::tr("%1 cannot be read by MLflow: %2").arg(slot.path, error.message)
               : CheckText::tr("%1 is not valid YAML: %2").arg(slot.path, error.message),
        locationAt(slot.path, error.line, error.column)));
}

// YAML's single-quoted form of a scalar, as PyYAML writes a string that would resolve to another type.
QString singleQuoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

void checkTypeProblems(const QString &file, const YamlDocument &yaml, const YamlTypeProblems &problems,
                       QVector<Diagnostic> &out)
{
    for (const YamlTypeProblem &problem : problems) {
        const YamlNode &where = problem.value.isValid() ? problem.value : problem.key;
        Diagnostic d = makeDiagnostic(QStringLiteral("yaml-type"), Severity::Error, problem.message,
                                      locationAt(file, where));
        const bool wantsString = problem.expected == YamlTypeProblem::Expected::String
            || problem.expected == YamlTypeProblem::Expected::StringOrMapping;
        if (wantsString && problem.value.isScalar() && problem.value.isPlain()) {
            const TextSpan span = problem.value.span();
            const QString written = yaml.textOf(problem.value);
            d.fixes.append(checks::makeFix(QStringLiteral("quote"),
                CheckText::tr("Quote the value: %1").arg(singleQuoted(written)),
                checks::spliceOperation(
                    file, span.start.line, span.start.column, int(span.length()), singleQuoted(written)),
                true));
        }
        out.append(d);
    }
}

void checkYamlTypes(const Model &model, QVector<Diagnostic> &out)
{
    if (model.mlmodel.document)
        checkTypeProblems(model.mlmodel.path, model.mlmodel.document->yaml(), model.mlmodel.document->typeProblems(),
                          out);
    if (model.conda.document)
        checkTypeProblems(model.conda.path, model.conda.document->yaml(), model.conda.document->typeProblems(), out);
    if (model.pythonEnv.document)
        checkTypeProblems(model.pythonEnv.path, model.pythonEnv.document->yaml(),
                          model.pythonEnv.document->typeProblems(), out);
}

void checkMissingEnvFiles(const Model &model, QVector<Diagnostic> &out)
{
    for (const MissingFile &missing : model.missingFiles) {
        // Without python_env.yaml MLflow rebuilds the environment from conda.yaml.
        const bool softened = missing.path == model.pythonEnv.path && missing.referencedFrom == model.mlmodel.path
            && model.conda.present;
        out.append(makeDiagnostic(QStringLiteral("env-file-missing"), softened ? Severity::Warning : Severity::Error,
            softened
                ? CheckText::tr("%1 names %2, which is not in the model; MLflow will rebuild the environment from %3")
                      .arg(missing.referencedFrom, missing.path, model.conda.path)
                : CheckText::tr("%1 names %2, which is not in the model").arg(missing.referencedFrom, missing.path),
            locationAt(missing.referencedFrom, missing.line)));
    }
}

void checkPyfunc(const MLmodelDocument &mlmodel, const QString &file, QVector<Diagnostic> &out)
{
    if (mlmodel.pyfunc())
        return;
    out.append(makeDiagnostic(QStringLiteral("no-pyfunc-flavor"), Severity::Warning,
        CheckText::tr("MLmodel has no python_function flavor: the model cannot be loaded with "
                      "mlflow.pyfunc or served"),
        locationAt(file, mlmodel.flavorsField().key)));
}

void checkArtifact(const Model &model, const QString &key, const YamlField &field, QVector<Diagnostic> &out)
{
    const QString path = checks::modelRelativePath(field.text());
    if (path.isEmpty() || existsInModel(model, path))
        return;
    out.append(makeDiagnostic(QStringLiteral("artifact-missing"), Severity::Error,
        CheckText::tr("%1 names %2, which is not in the model").arg(key, path),
        locationAt(model.mlmodel.path, field.value)));
}

void checkArtifacts(const Model &model, const MLmodelDocument &mlmodel, QVector<Diagnostic> &out)
{
    for (const MLmodelFlavor &flavor : mlmodel.flavors()) {
        for (const MLmodelArtifactPath &artifact : flavor.artifactPaths)
            checkArtifact(model, flavor.name + QLatin1Char('.') + artifact.key, artifact.field, out);
    }
    checkArtifact(model, QStringLiteral("saved_input_example_info.artifact_path"), mlmodel.inputExamplePath(), out);
}

void checkCodeDirs(const Model &model, const MLmodelDocument &mlmodel, QVector<Diagnostic> &out)
{
    bool codeNamed = false;
    for (const MLmodelFlavor &flavor : mlmodel.flavors()) {
        if (!flavor.code.isScalar())
            continue;
        const QString dir = checks::modelRelativePath(flavor.code.text());
        if (dir == QLatin1String("code"))
            codeNamed = true;
        if (dir.isEmpty() || hasPathUnder(model, dir))
            continue;
        out.append(makeDiagnostic(QStringLiteral("code-dir-missing"), Severity::Error,
            CheckText::tr("%1.code names the directory %2, which is not in the model")
                .arg(flavor.name, flavor.code.text()),
            locationAt(model.mlmodel.path, flavor.code.value)));
    }
    if (!codeNamed && hasPathUnder(model, QStringLiteral("code")))
        out.append(makeDiagnostic(QStringLiteral("code-dir-unreferenced"), Severity::Warning,
            CheckText::tr("code/ exists but no flavor's code: names it, so MLflow does not put it on "
                          "sys.path when the model loads"),
            locationAt(QStringLiteral("code/"))));
}

// The first line where two texts differ (1-based), or 0 when they are equal.
int firstDifferentLine(const TextFile &a, const TextFile &b)
{
    if (a.bytes() == b.bytes())
        return 0;
    const int lines = qMax(a.lineCount(), b.lineCount());
    for (int line = 1; line <= lines; ++line) {
        const QStringView left = line <= a.lineCount() ? a.lineText(line) : QStringView();
        const QStringView right = line <= b.lineCount() ? b.lineText(line) : QStringView();
        if (left != right || line > a.lineCount() || line > b.lineCount())
            return line;
    }
    return 1; // only line endings or the final newline differ
}

void checkMetadataCopy(const Model &model, QVector<Diagnostic> &out)
{
    const QString prefix = QStringLiteral("metadata/");
    for (const ModelFile &file : model.files) {
        if (file.role != FileRole::MetadataCopy || !file.path.startsWith(prefix))
            continue;
        const QString rootPath = file.path.mid(prefix.size());
        const TextFile *copy = model.text(file.path);
        const TextFile *original = model.text(rootPath);
        if (!copy)
            continue;
        if (!original) {
            if (model.file(rootPath))
                continue; // present but not read: nothing to compare
            out.append(makeDiagnostic(QStringLiteral("metadata-drift"), Severity::Warning,
                CheckText::tr("%1 has no counterpart %2 at the model root").arg(file.path, rootPath),
                locationAt(file.path)));
            continue;
        }
        const int line = firstDifferentLine(*copy, *original);
        if (line == 0)
            continue;
        out.append(makeDiagnostic(QStringLiteral("metadata-drift"), Severity::Warning,
            CheckText::tr("%1 differs from %2 (first at line %3); Unity Catalog sharing uses the copy, "
                          "which edits of the root files do not update")
                .arg(file.path, rootPath)
                .arg(line),
            locationAt(file.path, line)));
    }
}

void checkUvLock(const Model &model, QVector<Diagnostic> &out)
{
    for (const ModelFile *file : model.filesWithRole(FileRole::UvLock))
        out.append(makeDiagnostic(QStringLiteral("uv-lock-present"), Severity::Info,
            CheckText::tr("%1 is present: a restore with env_manager=uv installs from it and ignores "
                          "requirements.txt, so requirement edits do not reach that path")
                .arg(file->path),
            locationAt(file->path)));
}

} // namespace

QVector<Diagnostic> runFileChecks(const CheckContext &context)
{
    const Model &model = context.model;
    QVector<Diagnostic> out;
    checkYamlFile(model, model.mlmodel, out);
    checkYamlFile(model, model.conda, out);
    checkYamlFile(model, model.pythonEnv, out);
    checkYamlTypes(model, out);
    checkMissingEnvFiles(model, out);
    if (model.mlmodel.document) {
        checkPyfunc(*model.mlmodel.document, model.mlmodel.path, out);
        checkArtifacts(model, *model.mlmodel.document, out);
        checkCodeDirs(model, *model.mlmodel.document, out);
    }
    checkMetadataCopy(model, out);
    checkUvLock(model, out);
    return out;
}

} // namespace envlens
