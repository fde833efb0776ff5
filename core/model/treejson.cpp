#include "model/treejson.h"

#include <QJsonArray>
#include <QJsonValue>

namespace envlens {

namespace {

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue lineOrNull(int line)
{
    return line > 0 ? QJsonValue(line) : QJsonValue(QJsonValue::Null);
}

QJsonObject mlmodelJson(const Model &model)
{
    QJsonObject object;
    const std::optional<MLmodelDocument> &doc = model.mlmodel.document;
    object.insert(QStringLiteral("mlflow_version"), doc ? stringOrNull(doc->mlflowVersion().text()) : QJsonValue());
    object.insert(QStringLiteral("model_uuid"), doc ? stringOrNull(doc->modelUuid().text()) : QJsonValue());
    object.insert(QStringLiteral("utc_time_created"), doc ? stringOrNull(doc->utcTimeCreated().text()) : QJsonValue());
    object.insert(QStringLiteral("loader_module"), doc ? stringOrNull(doc->loaderModule().text()) : QJsonValue());
    QJsonArray flavors;
    if (doc) {
        for (const MLmodelFlavor &flavor : doc->flavors()) {
            QJsonObject versions;
            for (const MLmodelRecordedVersion &v : flavor.versions)
                versions.insert(v.key, stringOrNull(v.version));
            flavors.append(QJsonObject{{QStringLiteral("name"), flavor.name}, {QStringLiteral("versions"), versions}});
        }
    }
    object.insert(QStringLiteral("flavors"), flavors);
    object.insert(QStringLiteral("env"), QJsonObject{{QStringLiteral("conda"), model.conda.path},
                                                     {QStringLiteral("virtualenv"), model.pythonEnv.path}});
    object.insert(QStringLiteral("error"), model.mlmodel.error ? QJsonValue(model.mlmodel.error->toString()) : QJsonValue());
    return object;
}

QJsonValue condaJson(const Model &model, const DependencyTree &tree)
{
    if (!model.conda.document)
        return QJsonValue();
    QJsonArray channels;
    for (const YamlNode &channel : model.conda.document->channels())
        channels.append(channel.scalar());
    QJsonArray dependencies;
    for (const CondaDependency &dep : model.conda.document->dependencies()) {
        if (dep.kind == CondaDependency::Kind::Conda)
            dependencies.append(dep.text);
    }
    QJsonArray pip;
    for (const TreeRequirement &r : tree.condaPip)
        pip.append(r.text);
    return QJsonObject{{QStringLiteral("path"), model.conda.path},
                       {QStringLiteral("channels"), channels},
                       {QStringLiteral("dependencies"), dependencies},
                       {QStringLiteral("pip"), pip}};
}

QJsonArray codeJson(const Model &model)
{
    QJsonArray code;
    for (const CodeFile &file : model.code) {
        QJsonArray imports;
        for (const PythonImport &import : file.imports) {
            imports.append(QJsonObject{{QStringLiteral("module"), QString(import.level, QLatin1Char('.')) + import.module},
                                       {QStringLiteral("line"), import.line}});
        }
        code.append(QJsonObject{{QStringLiteral("path"), file.path},
                                {QStringLiteral("size"), double(file.size)},
                                {QStringLiteral("text"), file.isText},
                                {QStringLiteral("imports"), imports}});
    }
    return code;
}

QJsonArray requirementsJson(const QVector<TreeRequirement> &requirements)
{
    QJsonArray array;
    for (const TreeRequirement &r : requirements)
        array.append(treeRequirementJson(r));
    return array;
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

QJsonObject modelIdentityJson(const Model &model)
{
    return QJsonObject{{QStringLiteral("path"), model.displayPath},
                       {QStringLiteral("root"), model.root},
                       {QStringLiteral("kind"), model.kind == SourceKind::Zip ? QStringLiteral("zip") : QStringLiteral("folder")}};
}

QJsonObject treeRequirementJson(const TreeRequirement &r)
{
    QJsonArray extras;
    for (const QString &extra : r.extras)
        extras.append(extra);
    return QJsonObject{{QStringLiteral("name"), stringOrNull(r.name)},
                       {QStringLiteral("text"), r.text},
                       {QStringLiteral("spec"), r.spec},
                       {QStringLiteral("extras"), extras},
                       {QStringLiteral("marker"), stringOrNull(r.marker)},
                       {QStringLiteral("active"), r.active},
                       {QStringLiteral("file"), r.file},
                       {QStringLiteral("line"), lineOrNull(r.line)},
                       {QStringLiteral("kind"), treeRequirementKindName(r.kind)},
                       {QStringLiteral("target"), stringOrNull(r.target)}};
}

QJsonObject treeJson(const Model &model, const DependencyTree &tree)
{
    QJsonObject object;
    object.insert(QStringLiteral("model"), modelIdentityJson(model));
    object.insert(QStringLiteral("mlmodel"), mlmodelJson(model));
    object.insert(QStringLiteral("python"), QJsonObject{{QStringLiteral("mlmodel"), stringOrNull(model.mlmodelPython())},
                                                        {QStringLiteral("python_env"), stringOrNull(model.pythonEnvPython())},
                                                        {QStringLiteral("conda"), stringOrNull(model.condaPython())},
                                                        {QStringLiteral("target"), stringOrNull(tree.pythonVersion)}});
    object.insert(QStringLiteral("platform"), tree.platform);

    QJsonArray files;
    for (const ModelFile &file : model.files)
        files.append(QJsonObject{{QStringLiteral("path"), file.path},
                                 {QStringLiteral("size"), double(file.size)},
                                 {QStringLiteral("role"), fileRoleName(file.role)}});
    object.insert(QStringLiteral("files"), files);
    object.insert(QStringLiteral("requirements"), requirementsJson(tree.requirements));
    object.insert(QStringLiteral("conda"), condaJson(model, tree));
    object.insert(QStringLiteral("code"), codeJson(model));
    object.insert(QStringLiteral("locked"), model.isLocked() ? QJsonValue(requirementsJson(tree.locked)) : QJsonValue());

    QJsonArray artifacts;
    for (const ModelFile *file : model.artifacts())
        artifacts.append(QJsonObject{{QStringLiteral("path"), file->path}, {QStringLiteral("size"), double(file->size)}});
    object.insert(QStringLiteral("artifacts"), artifacts);

    QJsonArray wheels;
    for (const WheelFile &wheel : model.wheels)
        wheels.append(QJsonObject{{QStringLiteral("path"), wheel.path},
                                  {QStringLiteral("size"), double(wheel.size)},
                                  {QStringLiteral("name"), wheel.wheel ? QJsonValue(wheel.wheel->name) : QJsonValue()},
                                  {QStringLiteral("version"), wheel.wheel ? QJsonValue(wheel.wheel->version) : QJsonValue()}});
    object.insert(QStringLiteral("wheels"), wheels);

    QJsonArray missing;
    for (const MissingFile &file : model.missingFiles)
        missing.append(QJsonObject{{QStringLiteral("path"), file.path},
                                   {QStringLiteral("referenced_from"), file.referencedFrom},
                                   {QStringLiteral("line"), lineOrNull(file.line)}});
    object.insert(QStringLiteral("missing_files"), missing);

    QJsonArray issues;
    for (const LoadIssue &issue : model.issues)
        issues.append(QJsonObject{{QStringLiteral("id"), issue.id},
                                  {QStringLiteral("severity"), issue.severity},
                                  {QStringLiteral("message"), issue.message},
                                  {QStringLiteral("file"), issue.file},
                                  {QStringLiteral("line"), lineOrNull(issue.line)}});
    object.insert(QStringLiteral("issues"), issues);
    return object;
}

QString treeText(const DependencyTree &tree)
{
    QString out;
    appendText(tree.root, 0, out);
    return out;
}

} // namespace envlens
