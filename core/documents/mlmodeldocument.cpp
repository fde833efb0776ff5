#include "documents/mlmodeldocument.h"

#include "documents/yamlexpect.h"

#include <QCoreApplication>

namespace envlens {

namespace {

using Expected = YamlTypeProblem::Expected;

// lupdate files DocumentText::tr() under the same context the code asks for at run time.
class DocumentText
{
    Q_DECLARE_TR_FUNCTIONS(envlens::DocumentText)
};

// Top-level keys MLflow writes (mlflow-formats §1.2); anything else is reported as unknown.
const QLatin1String kKnownKeys[] = {
    QLatin1String("artifact_path"), QLatin1String("databricks_runtime"), QLatin1String("flavors"),
    QLatin1String("is_signature_from_type_hint"), QLatin1String("type_hint_from_example"),
    QLatin1String("metadata"), QLatin1String("mlflow_version"), QLatin1String("model_id"),
    QLatin1String("model_size_bytes"), QLatin1String("model_uuid"), QLatin1String("prompts"),
    QLatin1String("resources"), QLatin1String("auth_policy"), QLatin1String("env_vars"), QLatin1String("run_id"),
    QLatin1String("saved_input_example_info"), QLatin1String("signature"), QLatin1String("utc_time_created"),
    QLatin1String("wheels"),
};

// Flavor keys that name a file or folder inside the model (mlflow-formats §1.3, §1.4).
const QLatin1String kArtifactKeys[] = {
    QLatin1String("pickled_model"), QLatin1String("model_path"), QLatin1String("data"),
    QLatin1String("model_data"), QLatin1String("python_model"),
};

bool isKnownKey(const QString &key)
{
    for (const QLatin1String &known : kKnownKeys) {
        if (key == known)
            return true;
    }
    return false;
}

} // namespace

Result<MLmodelDocument> MLmodelDocument::parse(const QByteArray &bytes, const QString &fileName)
{
    Result<YamlDocument> yaml = YamlDocument::parse(bytes, fileName);
    if (!yaml)
        return yaml.error();
    return fromYaml(*yaml);
}

Result<MLmodelDocument> MLmodelDocument::fromYaml(const YamlDocument &yaml)
{
    const YamlNode root = yaml.root();
    if (!root.isMap()) {
        const TextPos pos = root.start();
        const QString message = root.isNull()
            ? DocumentText::tr("the MLmodel file is empty; it should be a YAML mapping with a flavors key")
            : DocumentText::tr("the MLmodel file should be a YAML mapping, found %1")
                  .arg(YamlNode::typeName(root.resolvedType()));
        return Error{message, yaml.fileName(), root.isNull() ? 0 : pos.line, root.isNull() ? 0 : pos.column};
    }
    MLmodelDocument document;
    document.m_yaml = yaml;
    document.readTopLevel();
    document.readFlavors();
    document.readPyfunc();
    return document;
}

void MLmodelDocument::expect(const YamlField &field, Expected expected, const QStringList &path)
{
    yamlexpect::expect(m_typeProblems, field, expected, path);
}

void MLmodelDocument::readTopLevel()
{
    const YamlNode root = m_yaml.root();
    struct Simple
    {
        const char *key;
        YamlField *field;
        Expected expected;
    };
    const Simple simple[] = {
        {"artifact_path", &m_artifactPath, Expected::String},
        {"mlflow_version", &m_mlflowVersion, Expected::String},
        {"model_uuid", &m_modelUuid, Expected::String},
        {"model_id", &m_modelId, Expected::String},
        {"run_id", &m_runId, Expected::String},
        {"utc_time_created", &m_utcTimeCreated, Expected::String},
        {"model_size_bytes", &m_modelSizeBytes, Expected::Integer},
        {"databricks_runtime", &m_databricksRuntime, Expected::String},
        {"signature", &m_signature, Expected::Mapping},
        {"saved_input_example_info", &m_savedInputExampleInfo, Expected::Mapping},
        {"metadata", &m_metadata, Expected::Mapping},
        {"flavors", &m_flavorsField, Expected::Mapping},
    };
    for (const Simple &s : simple) {
        const QString key = QString::fromLatin1(s.key);
        *s.field = root.field(key);
        expect(*s.field, s.expected, {key});
    }
    if (!m_flavorsField.isPresent())
        yamlexpect::missing(m_typeProblems, {QStringLiteral("flavors")}, Expected::Mapping);

    const YamlNode signature = m_signature.value;
    m_signatureInputs = signature.field(u"inputs");
    m_signatureOutputs = signature.field(u"outputs");
    m_signatureParams = signature.field(u"params");
    expect(m_signatureInputs, Expected::String, {QStringLiteral("signature"), QStringLiteral("inputs")});
    expect(m_signatureOutputs, Expected::String, {QStringLiteral("signature"), QStringLiteral("outputs")});
    expect(m_signatureParams, Expected::String, {QStringLiteral("signature"), QStringLiteral("params")});
    m_inputExamplePath = m_savedInputExampleInfo.value.field(u"artifact_path");
    expect(m_inputExamplePath, Expected::String,
           {QStringLiteral("saved_input_example_info"), QStringLiteral("artifact_path")});

    for (const YamlNode::Pair &pair : root.pairs()) {
        const QString key = pair.key.scalar();
        if (!isKnownKey(key) && !m_unknownKeys.contains(key))
            m_unknownKeys.append(key);
    }
}

void MLmodelDocument::readFlavors()
{
    for (const YamlNode::Pair &pair : m_flavorsField.value.pairs()) {
        MLmodelFlavor flavor;
        flavor.name = pair.key.scalar();
        flavor.field = pair;
        const QStringList path{QStringLiteral("flavors"), flavor.name};
        if (!yamlexpect::expect(m_typeProblems, pair, Expected::Mapping, path)) {
            m_flavors.append(flavor);
            continue;
        }
        for (const YamlNode::Pair &entry : pair.value.pairs()) {
            const QString key = entry.key.scalar();
            if (key.endsWith(QLatin1String("_version")) && key != QLatin1String("python_version")) {
                expect(entry, Expected::String, path + QStringList{key});
                flavor.versions.append(
                    MLmodelRecordedVersion{key, key.chopped(8), entry.text(), entry});
            }
        }
        flavor.code = pair.value.field(u"code");
        expect(flavor.code, Expected::String, path + QStringList{QStringLiteral("code")});
        for (const QLatin1String &artifactKey : kArtifactKeys) {
            const YamlField field = pair.value.field(QString(artifactKey));
            if (yamlexpect::expect(m_typeProblems, field, Expected::String, path + QStringList{QString(artifactKey)}))
                flavor.artifactPaths.append(MLmodelArtifactPath{QString(artifactKey), field.text(), field});
        }
        const YamlField artifacts = pair.value.field(u"artifacts");
        for (const YamlNode::Pair &artifact : artifacts.value.pairs()) {
            const QString name = artifact.key.scalar();
            const YamlField pathField = artifact.value.field(u"path");
            const QStringList artifactPath
                = path + QStringList{QStringLiteral("artifacts"), name, QStringLiteral("path")};
            if (yamlexpect::expect(m_typeProblems, pathField, Expected::String, artifactPath))
                flavor.artifactPaths.append(MLmodelArtifactPath{artifactPath.mid(2).join(QLatin1Char('.')),
                                                                pathField.text(), pathField});
        }
        m_flavors.append(flavor);
    }
}

void MLmodelDocument::readPyfunc()
{
    const MLmodelFlavor *flavor = pyfunc();
    if (!flavor)
        return;
    const YamlNode block = flavor->node();
    const QStringList path{QStringLiteral("flavors"), QStringLiteral("python_function")};
    m_pythonVersion = block.field(u"python_version");
    m_loaderModule = block.field(u"loader_module");
    expect(m_pythonVersion, Expected::String, path + QStringList{QStringLiteral("python_version")});
    expect(m_loaderModule, Expected::String, path + QStringList{QStringLiteral("loader_module")});

    m_env.field = block.field(u"env");
    const QStringList envPath = path + QStringList{QStringLiteral("env")};
    if (!m_env.field.isPresent()) {
        m_env.shape = MLmodelEnv::Shape::Missing;
    } else if (m_env.field.isNull()) {
        m_env.shape = MLmodelEnv::Shape::Null;
    } else if (!yamlexpect::expect(m_typeProblems, m_env.field, Expected::StringOrMapping, envPath)) {
        m_env.shape = MLmodelEnv::Shape::Invalid;
    } else if (m_env.field.value.isScalar()) {
        m_env.shape = MLmodelEnv::Shape::String;
        m_env.conda = m_env.field;
        m_env.condaPath = m_env.field.text();
    } else {
        m_env.shape = MLmodelEnv::Shape::Map;
        m_env.conda = m_env.field.value.field(u"conda");
        m_env.virtualenv = m_env.field.value.field(u"virtualenv");
        if (yamlexpect::expect(m_typeProblems, m_env.conda, Expected::String,
                               envPath + QStringList{QStringLiteral("conda")}))
            m_env.condaPath = m_env.conda.text();
        if (yamlexpect::expect(m_typeProblems, m_env.virtualenv, Expected::String,
                               envPath + QStringList{QStringLiteral("virtualenv")}))
            m_env.virtualenvPath = m_env.virtualenv.text();
    }
}

const MLmodelFlavor *MLmodelDocument::flavor(QStringView name) const
{
    for (const MLmodelFlavor &flavor : m_flavors) {
        if (flavor.name == name)
            return &flavor;
    }
    return nullptr;
}

QString MLmodelDocument::condaFile() const
{
    return m_env.condaPath.isEmpty() ? QStringLiteral("conda.yaml") : m_env.condaPath;
}

QString MLmodelDocument::pythonEnvFile() const
{
    return m_env.virtualenvPath.isEmpty() ? QStringLiteral("python_env.yaml") : m_env.virtualenvPath;
}

} // namespace envlens
