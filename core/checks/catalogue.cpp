#include "checks/catalogue.h"

#include <algorithm>
#include <iterator>

namespace envlens {

namespace {

struct RawEntry
{
    const char *id;
    Severity severity;
    DiagnosticFamily family;
    const char *title;
    const char *help;
};

constexpr Severity E = Severity::Error;
constexpr Severity W = Severity::Warning;
constexpr Severity I = Severity::Info;

// Mirrors spec/diagnostics.md; tst_catalogue compares the ids, severities and families with it.
const RawEntry kEntries[] = {
    { "unsafe-entry", W, DiagnosticFamily::Loading,
        QT_TRANSLATE_NOOP("envlens::DiagnosticCatalogue", "Zip entry escapes the model root"),
        QT_TRANSLATE_NOOP("envlens::DiagnosticCatalogue",
            "A zip entry name is absolute, has a drive letter or climbs out with \"../\". EnvLens ignored "
            "it; an unzip tool might write it outside the target folder. Rebuild the archive from the "
            "model folder.") },
    { "symlink-outside", W, DiagnosticFamily::Loading,
        QT_TRANSLATE_NOOP("envlens::DiagnosticCatalogue", "Symlink points outside the model"),
        QT_TRANSLATE_NOOP("envlens::DiagnosticCatalogue",
            "A symbolic link in the model folder points outside the model root and was not followed. "
            "Copies and uploads of the model will not carry its target; replace the link by the file.") },
    { "file-too-large", W, DiagnosticFamily::Loading,
        QT_TRANSLATE_NOOP("envlens::DiagnosticCatalogue", "File too large to read"),
        QT_TRANSLATE_NOOP("envlens::DiagnosticCatalogue",
            "A text file the checks need is larger than the read limit and was not read, so the checks "
            "that depend on it did not run.") },
    { "file-encoding", W, DiagnosticFamily::Loading,
        QT_TRANSLATE_NOOP("envlens::DiagnosticCatalogue", "File is not plain UTF-8"),
        QT_TRANSLATE_NOOP("envlens::DiagnosticCatalogue",
            "A text file is not valid UTF-8 (it was decoded with replacement characters) or starts with "
            "a byte order mark. pip and MLflow may read it differently; save it as UTF-8 without BOM.") },

    { "yaml-syntax", E, DiagnosticFamily::Files, QT_TRANSLATE_NOOP("envlens::DiagnosticCatalogue", "Invalid YAML"),
        QT_TRANSLATE_NOOP("envlens::DiagnosticCatalogue",
            "MLmodel, conda.yaml or python_env.yaml cannot be parsed as YAML. MLflow fails when it loads "
            "the model. The message gives the parser's line and column.") },
    { "yaml-type", E, DiagnosticFamily::Files,
        QT_TRANSLATE_NOOP("envlens::DiagnosticCatalogue", "YAML field has the wrong type"),
        QT_TRANSLATE_NOOP("envlens::DiagnosticCatalogue",
            "A field MLflow reads has the wrong type, for example an unquoted python: 3.8 in "
            "python_env.yaml (read as a number; MLflow raises TypeError), dependencies that are not a "
            "list, or env that is neither a string nor a mapping. Quote the value or fix its shape.") },
    { "env-file-missing", E, DiagnosticFamily::Files,
        QT_TRANSLATE_NOOP("envlens::DiagnosticCatalogue", "Environment file missing"),
        QT_TRANSLATE_NOOP("envlens::DiagnosticCatalogue",
            "A file MLflow opens to rebuild the environment does not exist: the env file named by the "
            "python_function flavor, the -r file of python_env.yaml, or a -r/-c include of "
            "requirements.txt. A missing python_env.yaml beside conda.yaml is only a warning: MLflow "
            "then rebuilds the environment from conda.yaml.") },
    { "no-pyfunc-flavor", W, DiagnosticFamily::Files,
        QT_TRANSLATE_NOOP("envlens::DiagnosticCatalogue", "No python_function flavor"),
        QT_TRANSLATE_NOOP("envlens::DiagnosticCatalogue",
            "MLmodel has no python_function flavor, so the model cannot be loaded with mlflow.pyfunc "
            "or served.") },
    { "artifact-missing", E, DiagnosticFamily::Files,
        QT_TRANSLATE_NOOP("envlens::DiagnosticCatalogue", "Flavor artifact missing"),
        QT_TRANSLATE_NOOP("envlens::DiagnosticCatalogue",
            "A path named by a flavor (pickled_model, model_path, data, model_data, python_model, "
            "artifacts, the saved input example) does not exist in the model, so loading it fails.") },
    { "code-dir-missing", E, DiagnosticFamily::Files,
        QT_TRANSLATE_NOOP("envlens::DiagnosticCatalogue", "Code directory missing"),
        QT_TRANSLATE_NOOP("envlens::DiagnosticCatalogue",
            "A flavor's code: entry names a directory that does not exist in the model.") },
    { "code-dir-unreferenced", W, DiagnosticFamily::Files,
        QT_TRANSLATE_NOOP("envlens::DiagnosticCatalogue", "code/ directory not referenced"),
        QT_TRANSLATE_NOOP("envlens::DiagnosticCatalogue",
            "The model has a code/ directory but no flavor's code: entry names it, so it is not put on "
            "sys.path when the model loads and its modules cannot be imported.") },
    { "metadata-drift", W, DiagnosticFamily::Files,
        QT_TRANSLATE_NOOP("envlens::DiagnosticCatalogue", "metadata/ copy differs"),
        QT_TRANSLATE_NOOP("envlens::DiagnosticCatalogue",
            "The model carries a metadata/ copy of its environment files (Databricks Unity Catalog "
            "sharing) that differs from the files at the model root. Consumers of either copy get "
            "different environments.") },
    { "uv-lock-present", I, DiagnosticFamily::Files,
        QT_TRANSLATE_NOOP("envlens::DiagnosticCatalogue", "uv.lock present"),
        QT_TRANSLATE_NOOP("envlens::DiagnosticCatalogue",
            "The model carries uv.lock (MLflow 3.11 and later). Restoring with env_manager=uv installs "
            "from it and ignores requirements.txt, so requirement edits do not reach that path.") },

    { "req-syntax", E, DiagnosticFamily::Requirements,
        QT_TRANSLATE_NOOP("envlens::DiagnosticCatalogue", "Invalid requirement line"),
        QT_TRANSLATE_NOOP("envlens::DiagnosticCatalogue",
            "A line is neither a valid PEP 508 requirement nor a pip option, path, URL or comment that "
            "pip accepts; pip refuses the whole file. A single \"=\" (conda style, numpy=1.2) is "
            "written \"==\" in pip.") },
    { "req-duplicate", W, DiagnosticFamily::Requirements,
        QT_TRANSLATE_NOOP("envlens::DiagnosticCatalogue", "Package required twice"),
        QT_TRANSLATE_NOOP("envlens::DiagnosticCatalogue",
            "One package is required on two or more lines with the same marker. Merge them into one "
            "line so an edit of one does not leave the other behind.") },
    { "req-conflict", E, DiagnosticFamily::Requirements,
        QT_TRANSLATE_NOOP("envlens::DiagnosticCatalogue", "Requirements conflict"),
        QT_TRANSLATE_NOOP("envlens::DiagnosticCatalogue",
            "The version specifiers of one package, across requirements.txt, its includes and its "
            "constraints, admit no common version, so pip cannot install the environment. Both "
            "lines are shown.") },
    { "req-unpinned", I, DiagnosticFamily::Requirements,
        QT_TRANSLATE_NOOP("envlens::DiagnosticCatalogue", "Requirement not pinned"),
        QT_TRANSLATE_NOOP("envlens::DiagnosticCatalogue",
            "A requirement has no version specifier, so the environment is not reproducible. It is a "
            "warning for mlflow, cloudpickle and the flavor's own package, whose versions must match "
            "the ones the model was saved with.") },
    { "req-prerelease", W, DiagnosticFamily::Requirements,
        QT_TRANSLATE_NOOP("envlens::DiagnosticCatalogue", "Pre-release version required"),
        QT_TRANSLATE_NOOP("envlens::DiagnosticCatalogue",
            "A specifier names a pre-release or development version (for example mlflow==3.5.0rc0), "
            "which may be withdrawn or differ from the final release.") },
    { "req-local-version", W, DiagnosticFamily::Requirements,
        QT_TRANSLATE_NOOP("envlens::DiagnosticCatalogue", "Local version label"),
        QT_TRANSLATE_NOOP("envlens::DiagnosticCatalogue",
            "A pin carries a local version label (torch==2.1.0+cu118): pip cannot install it from PyPI "
            "without an extra index URL.") },
    { "req-local-path", E, DiagnosticFamily::Requirements,
        QT_TRANSLATE_NOOP("envlens::DiagnosticCatalogue", "Requirement is a file path"),
        QT_TRANSLATE_NOOP("envlens::DiagnosticCatalogue",
            "A requirement is a file path or wheel. A relative path missing from the model is an "
            "error; an absolute or remote path (/home/..., dbfs:/...) is a warning because it will "
            "not exist where the model is served.") },
    { "mlflow-missing", W, DiagnosticFamily::Requirements,
        QT_TRANSLATE_NOOP("envlens::DiagnosticCatalogue", "No mlflow requirement"),
        QT_TRANSLATE_NOOP("envlens::DiagnosticCatalogue",
            "The requirements have no mlflow requirement. MLflow inserts one when it logs a model, so "
            "its absence means a hand edit; serving needs mlflow installed.") },

    { "pip-mismatch", E, DiagnosticFamily::Consistency,
        QT_TRANSLATE_NOOP("envlens::DiagnosticCatalogue", "conda.yaml and requirements.txt differ"),
        QT_TRANSLATE_NOOP("envlens::DiagnosticCatalogue",
            "The pip list inside conda.yaml and requirements.txt differ for a package (present on one "
            "side only, or a different specifier, marker or extras). conda and virtualenv restores "
            "then build different environments.") },
    { "python-mismatch", E, DiagnosticFamily::Consistency,
        QT_TRANSLATE_NOOP("envlens::DiagnosticCatalogue", "Python versions disagree"),
        QT_TRANSLATE_NOOP("envlens::DiagnosticCatalogue",
            "MLmodel's python_version, python_env.yaml's python and conda.yaml's python= disagree. A "
            "different major.minor is an error; only a different micro version is a warning.") },
    { "conda-python-spec", E, DiagnosticFamily::Consistency,
        QT_TRANSLATE_NOOP("envlens::DiagnosticCatalogue", "conda.yaml Python entry unusable"),
        QT_TRANSLATE_NOOP("envlens::DiagnosticCatalogue",
            "conda.yaml's python entry is missing, unpinned, or uses <, > or !=. Without python_env.yaml "
            "MLflow rebuilds the environment from conda.yaml and refuses such an entry.") },
    { "python-env-requirements", W, DiagnosticFamily::Consistency,
        QT_TRANSLATE_NOOP("envlens::DiagnosticCatalogue", "python_env.yaml does not use requirements.txt"),
        QT_TRANSLATE_NOOP("envlens::DiagnosticCatalogue",
            "requirements.txt exists but python_env.yaml's dependencies lack \"-r requirements.txt\", "
            "so a virtualenv restore skips the requirements.") },
    { "mlflow-version-mismatch", W, DiagnosticFamily::Consistency,
        QT_TRANSLATE_NOOP("envlens::DiagnosticCatalogue", "mlflow requirement does not admit the recorded version"),
        QT_TRANSLATE_NOOP("envlens::DiagnosticCatalogue",
            "MLmodel's mlflow_version is not admitted by the mlflow requirement's specifier, so the "
            "model is served with another MLflow than it was saved with.") },
    { "flavor-version-mismatch", W, DiagnosticFamily::Consistency,
        QT_TRANSLATE_NOOP("envlens::DiagnosticCatalogue", "Flavor package does not match the recorded version"),
        QT_TRANSLATE_NOOP("envlens::DiagnosticCatalogue",
            "A flavor's recorded library version (sklearn_version, pytorch_version, ...) is not admitted "
            "by the requirement of its package, or the package is not required. Unpickling a model "
            "with another library version can fail or change predictions.") },
    { "conda-pip-overlap", W, DiagnosticFamily::Consistency,
        QT_TRANSLATE_NOOP("envlens::DiagnosticCatalogue", "Package in both conda and pip"),
        QT_TRANSLATE_NOOP("envlens::DiagnosticCatalogue",
            "A package is both a conda dependency and a pip requirement, and the two specifiers admit "
            "no common version or it would be installed twice.") },
    { "conda-only-dependency", I, DiagnosticFamily::Consistency,
        QT_TRANSLATE_NOOP("envlens::DiagnosticCatalogue", "conda-only dependencies"),
        QT_TRANSLATE_NOOP("envlens::DiagnosticCatalogue",
            "conda.yaml lists dependencies other than python and pip. virtualenv and uv restores ignore "
            "them.") },
    { "constraints-unreferenced", W, DiagnosticFamily::Consistency,
        QT_TRANSLATE_NOOP("envlens::DiagnosticCatalogue", "constraints.txt not used"),
        QT_TRANSLATE_NOOP("envlens::DiagnosticCatalogue",
            "constraints.txt exists but no \"-c constraints.txt\" line references it, so pip never "
            "applies it.") },

    { "import-undeclared", W, DiagnosticFamily::Code,
        QT_TRANSLATE_NOOP("envlens::DiagnosticCatalogue", "Import not covered by the requirements"),
        QT_TRANSLATE_NOOP("envlens::DiagnosticCatalogue",
            "A Python file under code/ imports a module that is not in the standard library of the "
            "model's Python version, not a module inside code/, and not provided by a requirement or a "
            "known dependency of one. Loading the model fails with ModuleNotFoundError.") },
    { "code-shadows-package", W, DiagnosticFamily::Code,
        QT_TRANSLATE_NOOP("envlens::DiagnosticCatalogue", "code/ module hides a package"),
        QT_TRANSLATE_NOOP("envlens::DiagnosticCatalogue",
            "A module or package in code/ has the same top-level name as a required package's import "
            "name. code/ is put first on sys.path, so it hides the package.") },

    { "lock-stale", W, DiagnosticFamily::Lock,
        QT_TRANSLATE_NOOP("envlens::DiagnosticCatalogue", "Locked requirements are stale"),
        QT_TRANSLATE_NOOP("envlens::DiagnosticCatalogue",
            "requirements.txt has MLflow's lock layout and a requirement of the original block is "
            "missing from, or not admitted by, the locked pins (typically after a hand edit).") },
};

CatalogueEntry translated(const RawEntry &raw)
{
    return {QString::fromLatin1(raw.id), raw.severity, raw.family, DiagnosticCatalogue::tr(raw.title),
            DiagnosticCatalogue::tr(raw.help)};
}

const RawEntry *findRaw(const QString &id)
{
    const auto it = std::find_if(std::begin(kEntries), std::end(kEntries),
                                 [&](const RawEntry &raw) { return id == QLatin1String(raw.id); });
    return it != std::end(kEntries) ? &*it : nullptr;
}

} // namespace

QString familyName(DiagnosticFamily family)
{
    switch (family) {
    case DiagnosticFamily::Loading:
        return QStringLiteral("loading");
    case DiagnosticFamily::Files:
        return QStringLiteral("files");
    case DiagnosticFamily::Requirements:
        return QStringLiteral("requirements");
    case DiagnosticFamily::Consistency:
        return QStringLiteral("consistency");
    case DiagnosticFamily::Code:
        return QStringLiteral("code");
    case DiagnosticFamily::Lock:
        return QStringLiteral("lock");
    }
    return QStringLiteral("files");
}

QVector<CatalogueEntry> DiagnosticCatalogue::entries()
{
    QVector<CatalogueEntry> result;
    result.reserve(int(std::size(kEntries)));
    for (const RawEntry &raw : kEntries)
        result.append(translated(raw));
    return result;
}

std::optional<CatalogueEntry> DiagnosticCatalogue::entry(const QString &id)
{
    if (const RawEntry *raw = findRaw(id))
        return translated(*raw);
    return std::nullopt;
}

QStringList DiagnosticCatalogue::ids()
{
    QStringList result;
    for (const RawEntry &raw : kEntries)
        result.append(QString::fromLatin1(raw.id));
    return result;
}

bool DiagnosticCatalogue::contains(const QString &id)
{
    return findRaw(id) != nullptr;
}

QString DiagnosticCatalogue::familyTitle(DiagnosticFamily family)
{
    switch (family) {
    case DiagnosticFamily::Loading:
        return tr("Loading");
    case DiagnosticFamily::Files:
        return tr("Files and structure");
    case DiagnosticFamily::Requirements:
        return tr("Requirements");
    case DiagnosticFamily::Consistency:
        return tr("Consistency between files");
    case DiagnosticFamily::Code:
        return tr("Code in code/");
    case DiagnosticFamily::Lock:
        return tr("Locked requirements");
    }
    return QString();
}

} // namespace envlens
