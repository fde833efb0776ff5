#pragma once

#include "documents/yamldocument.h"

#include <QString>
#include <QVector>

#include <optional>

namespace envlens {

// A `<package>_version` key of a flavor block (sklearn_version, cloudpickle_version, ...);
// python_version is not one of them (see MLmodelDocument::pythonVersion()).
struct MLmodelRecordedVersion
{
    QString key;          // "sklearn_version"
    QString prefix;       // "sklearn": the key without "_version", not yet a distribution name
    QString version;      // scalar text; empty when null or not a scalar
    YamlField field;
};

// A file or folder inside the model that a flavor names: pickled_model, model_path, data,
// model_data, python_model, artifacts.<name>.path (key "artifacts.<name>.path").
struct MLmodelArtifactPath
{
    QString key;
    QString path;
    YamlField field;
};

struct MLmodelFlavor
{
    QString name;                              // "python_function", "sklearn", ...
    YamlField field;                           // key = the flavor name, value = its block (raw)
    QVector<MLmodelRecordedVersion> versions;  // in file order
    YamlField code;                            // `code:` (null, absent or the code/ sub-folder)
    QVector<MLmodelArtifactPath> artifactPaths;

    YamlNode node() const { return field.value; }
};

// python_function's `env`: MLflow < 2.0 writes a string (the conda file), ≥ 2.0 a mapping.
struct MLmodelEnv
{
    enum class Shape { Missing, Null, String, Map, Invalid };

    Shape shape = Shape::Missing;
    YamlField field;       // `env:` itself
    YamlField conda;       // the string form is reported here too (key = the `env` key)
    YamlField virtualenv;
    QString condaPath;     // as written; empty when absent
    QString virtualenvPath;
};

// The MLmodel file in every shape MLflow has written (mlflow-formats §1). Reading never fails on
// a missing or mistyped field: those are kept as typeProblems() for the checks. Only a YAML error
// or a root that is not a mapping is an Error, as MLflow's Model.load fails on those too.
class MLmodelDocument
{
public:
    MLmodelDocument() = default;

    static Result<MLmodelDocument> parse(const QByteArray &bytes,
                                         const QString &fileName = QStringLiteral("MLmodel"));
    static Result<MLmodelDocument> fromYaml(const YamlDocument &yaml);

    const YamlDocument &yaml() const { return m_yaml; }
    const TextFile &file() const { return m_yaml.file(); }
    YamlNode root() const { return m_yaml.root(); }

    // Top-level fields (absent → !isPresent()).
    const YamlField &artifactPath() const { return m_artifactPath; }
    const YamlField &flavorsField() const { return m_flavorsField; }
    const YamlField &mlflowVersion() const { return m_mlflowVersion; }
    const YamlField &modelUuid() const { return m_modelUuid; }
    const YamlField &modelId() const { return m_modelId; }
    const YamlField &runId() const { return m_runId; }
    const YamlField &utcTimeCreated() const { return m_utcTimeCreated; }
    const YamlField &modelSizeBytes() const { return m_modelSizeBytes; }
    const YamlField &databricksRuntime() const { return m_databricksRuntime; }
    const YamlField &signature() const { return m_signature; }
    const YamlField &signatureInputs() const { return m_signatureInputs; }   // JSON text in a string
    const YamlField &signatureOutputs() const { return m_signatureOutputs; }
    const YamlField &signatureParams() const { return m_signatureParams; }
    const YamlField &savedInputExampleInfo() const { return m_savedInputExampleInfo; }
    const YamlField &inputExamplePath() const { return m_inputExamplePath; } // its artifact_path
    const YamlField &metadata() const { return m_metadata; }
    QStringList unknownKeys() const { return m_unknownKeys; } // top-level keys §1.2 does not list

    const QVector<MLmodelFlavor> &flavors() const { return m_flavors; }
    const MLmodelFlavor *flavor(QStringView name) const;  // nullptr when absent
    const MLmodelFlavor *pyfunc() const { return flavor(u"python_function"); }

    // python_function's keys (absent when the flavor is).
    const YamlField &pythonVersion() const { return m_pythonVersion; }
    const YamlField &loaderModule() const { return m_loaderModule; }
    const MLmodelEnv &env() const { return m_env; }
    // The environment files MLflow would use: env's conda/virtualenv values, or MLflow's defaults
    // (conda.yaml, python_env.yaml) when env is missing or a string (mlflow-formats §1.3).
    QString condaFile() const;
    QString pythonEnvFile() const;

    const YamlTypeProblems &typeProblems() const { return m_typeProblems; }

private:
    void readTopLevel();
    void readFlavors();
    void readPyfunc();
    void expect(const YamlField &field, YamlTypeProblem::Expected expected, const QStringList &path);

    YamlDocument m_yaml;
    YamlField m_artifactPath, m_flavorsField, m_mlflowVersion, m_modelUuid, m_modelId, m_runId;
    YamlField m_utcTimeCreated, m_modelSizeBytes, m_databricksRuntime, m_signature, m_signatureInputs;
    YamlField m_signatureOutputs, m_signatureParams, m_savedInputExampleInfo, m_inputExamplePath, m_metadata;
    YamlField m_pythonVersion, m_loaderModule;
    QStringList m_unknownKeys;
    QVector<MLmodelFlavor> m_flavors;
    MLmodelEnv m_env;
    YamlTypeProblems m_typeProblems;
};

} // namespace envlens
