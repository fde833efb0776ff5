#pragma once

#include "common/error.h"
#include "documents/condaenvdocument.h"
#include "documents/mlmodeldocument.h"
#include "documents/pythonenvdocument.h"
#include "documents/pythonimports.h"
#include "documents/requirementsdocument.h"
#include "documents/textfile.h"
#include "model/loadissue.h"
#include "model/modelsource.h"
#include "model/wheelname.h"

#include <QHash>
#include <QString>
#include <QVector>

#include <optional>

namespace envlens {

// What a file is to MLflow (mlflow-formats §1–§6). The JSON word of each is fileRoleName().
enum class FileRole {
    MLmodel,              // "mlmodel"
    Conda,                // "conda": the file flavors.python_function.env names (default conda.yaml)
    PythonEnv,            // "python_env": likewise (default python_env.yaml)
    Requirements,         // "requirements": requirements.txt
    Constraints,          // "constraints": constraints.txt, or any file reached through -c
    Include,              // "include": a file reached through -r
    Code,                 // "code": under a flavor's code: folder (default code/)
    Wheel,                // "wheel": wheels/*.whl of a wheeled model
    UvLock,               // "uv_lock": uv.lock (MLflow 3.11+)
    Pyproject,            // "pyproject": pyproject.toml
    PythonVersionFile,    // "python_version_file": .python-version
    MetadataCopy,         // "metadata_copy": metadata/ copy of the env files (Databricks)
    OriginalRequirements, // "original_requirements": original_requirements.txt of a wheeled model
    RegisteredModelMeta,  // "registered_model_meta"
    InputExample,         // "input_example": input_example.json, serving_input_example.json, the saved example
    EnvironmentVariables, // "environment_variables": environment_variables.txt
    Artifact,             // "artifact": anything else (weights, data): listed, never read
};

QString fileRoleName(FileRole role);
// MLmodel and the files MLflow builds the environment from: compared by meaning, not by bytes.
bool isEnvironmentFile(FileRole role);

// One file of the model (directories are not listed).
struct ModelFile
{
    QString path;               // relative to the model root, '/' separators
    qint64 size = 0;            // uncompressed bytes
    qint64 compressedSize = 0;  // zips: stored bytes; folders: = size
    quint32 crc32 = 0;          // zips only (hasCrc)
    bool hasCrc = false;
    bool isSymlink = false;
    bool readable = true;       // false: encrypted, a zip symlink, or a folder symlink leaving the root
    FileRole role = FileRole::Artifact;
    bool read = false;          // its bytes were loaded (see Model::texts)
};

// requirements.txt, or a file it reaches through -r / -c (recursively, resolved against the
// model root as MLflow's restore does, each file once).
struct RequirementsFile
{
    QString path;
    FileRole role = FileRole::Requirements; // Requirements, Include or Constraints
    bool constraint = false;                // its lines are constraints (reached through -c somewhere above)
    QString includedFrom;                   // the file whose -r/-c line reached it; empty for requirements.txt
    int includedAtLine = 0;                 // 1-based physical line of that -r/-c
    int depth = 0;                          // 0 for requirements.txt
    RequirementsDocument document;
};

// A file that one of the env files names but the model lacks (env-file-missing material).
struct MissingFile
{
    QString path;           // as resolved against the model root
    QString referencedFrom; // "MLmodel", "python_env.yaml", "requirements.txt", ...
    int line = 0;
};

// A parsed YAML env file, or why it could not be parsed (a yaml-syntax diagnostic).
template<typename Document>
struct YamlEnvFile
{
    QString path;                     // relative to the model root, as MLmodel names it
    bool present = false;             // the model has the file
    std::optional<Document> document; // parsed
    std::optional<Error> error;       // present but not parsed (YAML error, not read: see issues)
};

struct CodeFile
{
    QString path;                     // "code/pkg/mod.py"
    qint64 size = 0;
    bool isText = false;              // read, valid UTF-8, no NUL
    bool isPython = false;            // *.py / *.pyi
    QVector<PythonImport> imports;    // Python files only, in file order
};

struct WheelFile
{
    QString path;                     // "wheels/foo_bar-1.2.3-py3-none-any.whl"
    qint64 size = 0;
    std::optional<WheelName> wheel;   // nothing when the name is not a PEP 427 wheel name
};

// An opened model, immutable once ModelLoader built it (shared as std::shared_ptr<const Model>).
// Everything is relative to the model root; nothing outside the env files, code/ text and the
// small metadata files was read.
struct Model
{
    SourceKind kind = SourceKind::Folder;
    QString sourcePath;       // absolute path of the folder or zip that was opened
    QString root;             // the model's folder inside it: "" or "dir/sub/" (trailing '/')
    QString displayPath;      // the path as the user gave it
    QString platform;         // target platform for markers: "linux", "windows" or "macos"

    QVector<ModelFile> files; // every file under the root, sorted by path

    YamlEnvFile<MLmodelDocument> mlmodel;       // path "MLmodel"; present is always true
    YamlEnvFile<CondaEnvDocument> conda;        // path from MLmodel's env (default conda.yaml)
    YamlEnvFile<PythonEnvDocument> pythonEnv;   // path from MLmodel's env (default python_env.yaml)
    QVector<RequirementsFile> requirements;     // [0] is requirements.txt when present, then what it reaches
    QVector<MissingFile> missingFiles;          // named by an env file, absent from the model

    QStringList codeDirs;                       // code folders (flavor `code:` values, else "code" if present)
    QVector<CodeFile> code;
    QVector<WheelFile> wheels;

    LoadIssues issues;                          // loading diagnostics (see loadissue.h)
    QHash<QString, TextFile> texts;             // every text file read: original bytes + decoding
    SourceFingerprint fingerprint;

    const ModelFile *file(const QString &path) const;
    const TextFile *text(const QString &path) const;
    const RequirementsFile *requirementsFile(const QString &path) const;
    QVector<const ModelFile *> filesWithRole(FileRole role) const;
    QVector<const ModelFile *> artifacts() const;   // roles Artifact and InputExample: never read

    // The recorded Python versions, as written (empty when absent): MLmodel python_function's
    // python_version, python_env.yaml's python, the version of conda.yaml's python= entry.
    QString mlmodelPython() const;
    QString pythonEnvPython() const;
    QString condaPython() const;
    // The target Python for markers (spec/diagnostics.md): MLmodel, else python_env, else conda.
    QString pythonVersion() const;

    // The requirement set is locked (MLflow's lock layout in requirements.txt, or in the conda pip
    // list when there is no requirements.txt).
    bool isLocked() const;
};

} // namespace envlens
