#include "model/treejson.h"

#include "model/jsonwriter.h"

#include <QJsonDocument>

namespace envlens {

namespace {

QJsonObject parsed(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

void writeMlmodel(JsonWriter &json, const Model &model)
{
    const std::optional<MLmodelDocument> &doc = model.mlmodel.document;
    json.beginObject();
    json.key("mlflow_version").valueOrNull(doc ? doc->mlflowVersion().text() : QString());
    json.key("model_uuid").valueOrNull(doc ? doc->modelUuid().text() : QString());
    json.key("utc_time_created").valueOrNull(doc ? doc->utcTimeCreated().text() : QString());
    json.key("loader_module").valueOrNull(doc ? doc->loaderModule().text() : QString());
    json.key("flavors").beginArray();
    if (doc) {
        for (const MLmodelFlavor &flavor : doc->flavors()) {
            json.beginObject().key("name").value(flavor.name).key("versions").beginObject();
            for (const MLmodelRecordedVersion &v : flavor.versions)
                json.key(v.key).valueOrNull(v.version);
            json.endObject().endObject();
        }
    }
    json.endArray();
    json.key("env").beginObject().key("conda").value(model.conda.path).key("virtualenv").value(model.pythonEnv.path).endObject();
    json.key("error").valueOrNull(model.mlmodel.error ? model.mlmodel.error->toString() : QString());
    json.endObject();
}

void writeConda(JsonWriter &json, const Model &model, const DependencyTree &tree)
{
    if (!model.conda.document) {
        json.null();
        return;
    }
    json.beginObject().key("path").value(model.conda.path).key("channels").beginArray();
    for (const YamlNode &channel : model.conda.document->channels())
        json.value(channel.scalar());
    json.endArray().key("dependencies").beginArray();
    for (const CondaDependency &dep : model.conda.document->dependencies()) {
        if (dep.kind == CondaDependency::Kind::Conda)
            json.value(dep.text);
    }
    json.endArray().key("pip").beginArray();
    for (const TreeRequirement &r : tree.condaPip)
        json.value(r.text);
    json.endArray().endObject();
}

void writeCode(JsonWriter &json, const Model &model)
{
    json.beginArray();
    for (const CodeFile &file : model.code) {
        json.beginObject().key("path").value(file.path).key("size").value(file.size).key("text").value(file.isText);
        json.key("imports").beginArray();
        for (const PythonImport &import : file.imports) {
            json.beginObject().key("module").value(QString(import.level, QLatin1Char('.')) + import.module);
            json.key("line").value(import.line).endObject();
        }
        json.endArray().endObject();
    }
    json.endArray();
}

void writeRequirements(JsonWriter &json, const QVector<TreeRequirement> &requirements)
{
    json.beginArray();
    for (const TreeRequirement &r : requirements)
        writeTreeRequirement(json, r);
    json.endArray();
}

void writeFiles(JsonWriter &json, const Model &model)
{
    json.key("files").beginArray();
    for (const ModelFile &file : model.files) {
        json.beginObject().key("path").value(file.path).key("size").value(file.size);
        json.key("role").value(fileRoleName(file.role)).endObject();
    }
    json.endArray();
    json.key("artifacts").beginArray();
    for (const ModelFile *file : model.artifacts())
        json.beginObject().key("path").value(file->path).key("size").value(file->size).endObject();
    json.endArray();
    json.key("wheels").beginArray();
    for (const WheelFile &wheel : model.wheels) {
        json.beginObject().key("path").value(wheel.path).key("size").value(wheel.size);
        json.key("name").valueOrNull(wheel.wheel ? wheel.wheel->name : QString());
        json.key("version").valueOrNull(wheel.wheel ? wheel.wheel->version : QString()).endObject();
    }
    json.endArray();
}

void writeProblems(JsonWriter &json, const Model &model)
{
    json.key("missing_files").beginArray();
    for (const MissingFile &file : model.missingFiles) {
        json.beginObject().key("path").value(file.path).key("referenced_from").value(file.referencedFrom);
        json.key("line").lineOrNull(file.line).endObject();
    }
    json.endArray();
    json.key("issues").beginArray();
    for (const LoadIssue &issue : model.issues) {
        json.beginObject().key("id").value(issue.id).key("severity").value(issue.severity);
        json.key("message").value(issue.message).key("file").value(issue.file).key("line").lineOrNull(issue.line);
        json.endObject();
    }
    json.endArray();
}

void appendText(const DependencyNode &node, int depth, QString &out)
{
    out += QString(depth * 2, QLatin1Char(' ')) + node.label;
    if (!node.detail.isEmpty())
        out += QLatin1String("  (") + node.detail + QLatin1Char(')');
    if (node.line > 0 && node.kind != DependencyNode::Kind::EnvFile)
        out += QLatin1String("  ") + node.file + QLatin1Char(':') + QString::number(node.line);
    out += QLatin1Char('\n');
    for (const DependencyNode &child : node.children)
        appendText(child, depth + 1, out);
}

} // namespace

void writeModelIdentity(JsonWriter &json, const Model &model)
{
    json.beginObject().key("path").value(model.displayPath).key("root").value(model.root);
    json.key("kind").value(model.kind == SourceKind::Zip ? QStringLiteral("zip") : QStringLiteral("folder")).endObject();
}

QJsonObject modelIdentityJson(const Model &model)
{
    JsonWriter json;
    writeModelIdentity(json, model);
    return parsed(json.data());
}

void writeTreeRequirement(JsonWriter &json, const TreeRequirement &r)
{
    json.beginObject().key("name").valueOrNull(r.name).key("text").value(r.text).key("spec").value(r.spec);
    json.key("extras").beginArray();
    for (const QString &extra : r.extras)
        json.value(extra);
    json.endArray();
    json.key("marker").valueOrNull(r.marker).key("active").value(r.active).key("file").value(r.file);
    json.key("line").lineOrNull(r.line).key("kind").value(treeRequirementKindName(r.kind));
    json.key("target").valueOrNull(r.target).endObject();
}

QJsonObject treeRequirementJson(const TreeRequirement &requirement)
{
    JsonWriter json;
    writeTreeRequirement(json, requirement);
    return parsed(json.data());
}

QByteArray treeJsonBytes(const Model &model, const DependencyTree &tree)
{
    JsonWriter json;
    json.beginObject();
    json.key("model");
    writeModelIdentity(json, model);
    json.key("mlmodel");
    writeMlmodel(json, model);
    json.key("python").beginObject();
    json.key("mlmodel").valueOrNull(model.mlmodelPython()).key("python_env").valueOrNull(model.pythonEnvPython());
    json.key("conda").valueOrNull(model.condaPython()).key("target").valueOrNull(tree.pythonVersion).endObject();
    json.key("platform").value(tree.platform);
    writeFiles(json, model);
    json.key("requirements");
    writeRequirements(json, tree.requirements);
    json.key("conda");
    writeConda(json, model, tree);
    json.key("code");
    writeCode(json, model);
    json.key("locked");
    if (model.isLocked())
        writeRequirements(json, tree.locked);
    else
        json.null();
    writeProblems(json, model);
    json.endObject();
    return json.data();
}

QJsonObject treeJson(const Model &model, const DependencyTree &tree)
{
    return parsed(treeJsonBytes(model, tree));
}

QString treeText(const DependencyTree &tree)
{
    QString out;
    appendText(tree.root, 0, out);
    return out;
}

} // namespace envlens
