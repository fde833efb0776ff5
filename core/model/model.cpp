#include "model/model.h"

namespace envlens {

QString fileRoleName(FileRole role)
{
    switch (role) {
    case FileRole::MLmodel: return QStringLiteral("mlmodel");
    case FileRole::Conda: return QStringLiteral("conda");
    case FileRole::PythonEnv: return QStringLiteral("python_env");
    case FileRole::Requirements: return QStringLiteral("requirements");
    case FileRole::Constraints: return QStringLiteral("constraints");
    case FileRole::Include: return QStringLiteral("include");
    case FileRole::Code: return QStringLiteral("code");
    case FileRole::Wheel: return QStringLiteral("wheel");
    case FileRole::UvLock: return QStringLiteral("uv_lock");
    case FileRole::Pyproject: return QStringLiteral("pyproject");
    case FileRole::PythonVersionFile: return QStringLiteral("python_version_file");
    case FileRole::MetadataCopy: return QStringLiteral("metadata_copy");
    case FileRole::OriginalRequirements: return QStringLiteral("original_requirements");
    case FileRole::RegisteredModelMeta: return QStringLiteral("registered_model_meta");
    case FileRole::InputExample: return QStringLiteral("input_example");
    case FileRole::EnvironmentVariables: return QStringLiteral("environment_variables");
    case FileRole::Artifact: return QStringLiteral("artifact");
    }
    return QStringLiteral("artifact");
}

bool isEnvironmentFile(FileRole role)
{
    switch (role) {
    case FileRole::MLmodel:
    case FileRole::Conda:
    case FileRole::PythonEnv:
    case FileRole::Requirements:
    case FileRole::Constraints:
    case FileRole::Include:
        return true;
    default:
        return false;
    }
}

const ModelFile *Model::file(const QString &path) const
{
    const auto it = std::lower_bound(files.cbegin(), files.cend(), path,
                                     [](const ModelFile &f, const QString &p) { return f.path < p; });
    return it != files.cend() && it->path == path ? &*it : nullptr;
}

const TextFile *Model::text(const QString &path) const
{
    const auto it = texts.constFind(path);
    return it == texts.constEnd() ? nullptr : &it.value();
}

const RequirementsFile *Model::requirementsFile(const QString &path) const
{
    for (const RequirementsFile &r : requirements) {
        if (r.path == path)
            return &r;
    }
    return nullptr;
}

QVector<const ModelFile *> Model::filesWithRole(FileRole role) const
{
    QVector<const ModelFile *> found;
    for (const ModelFile &f : files) {
        if (f.role == role)
            found.append(&f);
    }
    return found;
}

QVector<const ModelFile *> Model::artifacts() const
{
    QVector<const ModelFile *> found;
    for (const ModelFile &f : files) {
        if (f.role == FileRole::Artifact || f.role == FileRole::InputExample)
            found.append(&f);
    }
    return found;
}

QString Model::mlmodelPython() const
{
    return mlmodel.document ? mlmodel.document->pythonVersion().text().trimmed() : QString();
}

QString Model::pythonEnvPython() const
{
    return pythonEnv.document ? pythonEnv.document->pythonText().trimmed() : QString();
}

QString Model::condaPython() const
{
    if (!conda.document)
        return QString();
    // "python=3.11.13", "python==3.8", "python>=3.8": the version is what follows the operator.
    const QString spec = conda.document->pythonSpec().trimmed();
    int i = 6; // after "python"
    while (i < spec.size() && QStringLiteral("<>=!~ ").contains(spec.at(i)))
        ++i;
    int end = i;
    while (end < spec.size() && (spec.at(end).isDigit() || spec.at(end) == QLatin1Char('.') || spec.at(end) == QLatin1Char('*')))
        ++end;
    return spec.mid(i, end - i);
}

QString Model::pythonVersion() const
{
    for (const QString &v : {mlmodelPython(), pythonEnvPython(), condaPython()}) {
        if (!v.isEmpty())
            return v;
    }
    return QString();
}

bool Model::isLocked() const
{
    const RequirementsFile *main = requirementsFile(QStringLiteral("requirements.txt"));
    if (main)
        return main->document.isLocked();
    return conda.document && conda.document->isLocked();
}

} // namespace envlens
