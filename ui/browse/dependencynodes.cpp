#include "browse/dependencytreemodel.h"

#include "model/model.h"
#include "pep/pipline.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

namespace envlens {

namespace {

using Node = DependencyTreeModel::Node;

QString tr(const char *text) { return QCoreApplication::translate("envlens::DependencyTreeModel", text); }

// One pip line of a requirements file (or of conda's pip list) as a row under parent.
void addPipLine(Node *parent, const QString &text, const QString &file, int line)
{
    const pep::PipLine pip = pep::parsePipLine(text);
    switch (pip.kind) {
    case pep::PipLine::Kind::Requirement: {
        const pep::Requirement &req = *pip.requirement;
        Node *row = parent->add(Node::Requirement, req.name(), file, line);
        const QString extras = req.extras().isEmpty() ? QString() : QLatin1Char('[') + req.extras().join(QLatin1Char(',')) + QLatin1Char(']');
        row->spec = extras + (req.url().isEmpty() ? req.specifier().toString() : QStringLiteral("@ ") + req.url());
        row->marker = req.marker() ? req.marker()->toString() : QString();
        row->toolTip = text;
        break;
    }
    case pep::PipLine::Kind::Include:
    case pep::PipLine::Kind::Constraint:
        // The included file appears as its own subtree; this row records where it is reached from.
        break;
    case pep::PipLine::Kind::Invalid: {
        Node *row = parent->add(Node::Option, text, file, line);
        row->toolTip = pip.error.message;
        break;
    }
    case pep::PipLine::Kind::Empty:
        break;
    default: {
        Node *row = parent->add(Node::Option, pip.option.isEmpty() ? pip.target : pip.option, file, line);
        row->spec = pip.option.isEmpty() ? QString() : pip.target;
        row->toolTip = text;
        break;
    }
    }
}

void addRequirementsFile(Node *parent, const Model &model, const RequirementsFile &file, QSet<QString> &done)
{
    if (done.contains(file.path))
        return;
    done.insert(file.path);
    Node *fileRow = parent->add(file.constraint ? Node::Constraint : Node::File, file.path, file.path);
    if (!file.includedFrom.isEmpty())
        fileRow->toolTip = tr("Reached from %1 line %2").arg(file.includedFrom).arg(file.includedAtLine);
    const QVector<RequirementLine> lines = file.document.pipLines();
    for (const RequirementLine &line : lines) {
        addPipLine(fileRow, line.text, file.path, line.firstLine);
        // Includes nest under the line that reaches them, as pip follows them.
        for (const RequirementsFile &child : model.requirements) {
            if (child.includedFrom == file.path && child.includedAtLine == line.firstLine)
                addRequirementsFile(fileRow, model, child, done);
        }
    }
    if (file.document.isLocked()) {
        Node *locked = fileRow->add(Node::Group, tr("Locked set"), file.path);
        const QVector<RequirementLine> pins = file.document.lockedRequirements();
        for (const RequirementLine &pin : pins)
            addPipLine(locked, pin.text, file.path, pin.firstLine);
    }
}

void addMlmodel(Node *root, const Model &model)
{
    Node *mlmodel = root->add(Node::File, QStringLiteral("MLmodel"), QStringLiteral("MLmodel"));
    if (!model.mlmodel.document) {
        if (model.mlmodel.error)
            mlmodel->toolTip = model.mlmodel.error->toString();
        return;
    }
    const MLmodelDocument &doc = *model.mlmodel.document;
    if (doc.mlflowVersion().isPresent()) {
        Node *row = mlmodel->add(Node::Requirement, QStringLiteral("mlflow"), QStringLiteral("MLmodel"), doc.mlflowVersion().value.start().line);
        row->spec = doc.mlflowVersion().text();
        row->toolTip = tr("mlflow_version: the MLflow that saved the model");
    }
    for (const MLmodelFlavor &flavor : doc.flavors()) {
        Node *row = mlmodel->add(Node::Flavor, flavor.name, QStringLiteral("MLmodel"), flavor.field.key.start().line);
        QStringList versions;
        for (const MLmodelRecordedVersion &v : flavor.versions) {
            Node *version = row->add(Node::Requirement, v.prefix, QStringLiteral("MLmodel"), v.field.key.start().line);
            version->spec = v.version;
            version->toolTip = v.key;
            versions << v.prefix + QLatin1Char(' ') + v.version;
        }
        row->spec = versions.join(QStringLiteral(", "));
        if (flavor.name == QLatin1String("python_function") && doc.pythonVersion().isPresent()) {
            Node *python = row->add(Node::Python, QStringLiteral("python"), QStringLiteral("MLmodel"), doc.pythonVersion().key.start().line);
            python->spec = doc.pythonVersion().text();
        }
    }
}

void addConda(Node *root, const Model &model)
{
    const auto &conda = model.conda;
    if (!conda.present)
        return;
    Node *file = root->add(Node::File, conda.path, conda.path);
    if (!conda.document) {
        file->toolTip = conda.error ? conda.error->toString() : QString();
        return;
    }
    for (const CondaDependency &dep : conda.document->dependencies()) {
        if (dep.kind == CondaDependency::Kind::Conda) {
            Node *row = file->add(dep.text.startsWith(QLatin1String("python")) ? Node::Python : Node::Requirement, dep.text,
                                  conda.path, dep.node.start().line);
            row->toolTip = tr("conda package");
        }
    }
    const QVector<CondaPipItem> &pip = conda.document->pipItems();
    if (!pip.isEmpty()) {
        Node *pipRow = file->add(Node::Group, QStringLiteral("pip"), conda.path, conda.document->pipField().key.start().line);
        for (const CondaPipItem &item : pip) {
            if (item.lockRole == LockRole::None)
                addPipLine(pipRow, item.text, conda.path, item.node.start().line);
        }
    }
}

void addPythonEnv(Node *root, const Model &model)
{
    const auto &env = model.pythonEnv;
    if (!env.present)
        return;
    Node *file = root->add(Node::File, env.path, env.path);
    if (!env.document) {
        file->toolTip = env.error ? env.error->toString() : QString();
        return;
    }
    const PythonEnvDocument &doc = *env.document;
    if (doc.python().isPresent()) {
        Node *python = file->add(Node::Python, QStringLiteral("python"), env.path, doc.python().key.start().line);
        python->spec = doc.pythonText();
    }
    if (!doc.buildDependencies().isEmpty()) {
        Node *build = file->add(Node::Group, tr("build dependencies"), env.path, doc.buildDependenciesField().key.start().line);
        for (const YamlNode &item : doc.buildDependencies())
            addPipLine(build, item.scalar(), env.path, item.start().line);
    }
    for (const YamlNode &item : doc.dependencies())
        addPipLine(file, item.scalar(), env.path, item.start().line);
}

void addCode(Node *root, const Model &model)
{
    if (model.code.isEmpty())
        return;
    Node *group = root->add(Node::Group, tr("Code"));
    group->toolTip = model.codeDirs.join(QStringLiteral(", "));
    for (const CodeFile &code : model.code) {
        Node *file = group->add(Node::File, code.path, code.path);
        for (const PythonImport &import : code.imports) {
            if (import.isRelative())
                continue;
            Node *row = file->add(Node::Import, import.module, code.path, import.line);
            row->spec = import.names.join(QStringLiteral(", "));
        }
    }
}

void addListed(Node *root, const Model &model)
{
    if (!model.wheels.isEmpty()) {
        Node *group = root->add(Node::Group, tr("Wheels"));
        for (const WheelFile &wheel : model.wheels) {
            Node *row = group->add(Node::Wheel, wheel.path, wheel.path);
            row->spec = QLocale().formattedDataSize(wheel.size);
        }
    }
    const QVector<const ModelFile *> artifacts = model.artifacts();
    if (!artifacts.isEmpty()) {
        Node *group = root->add(Node::Group, tr("Artifacts"));
        group->toolTip = tr("Listed by name and size; EnvLens never opens model weights.");
        for (const ModelFile *file : artifacts) {
            Node *row = group->add(Node::Artifact, file->path, file->path);
            row->spec = QLocale().formattedDataSize(file->size);
        }
    }
    if (!model.missingFiles.isEmpty()) {
        Node *group = root->add(Node::Group, tr("Missing files"));
        for (const MissingFile &missing : model.missingFiles) {
            Node *row = group->add(Node::MissingFile, missing.path, missing.referencedFrom, missing.line);
            row->toolTip = tr("Named by %1 line %2 but not in the model").arg(missing.referencedFrom).arg(missing.line);
            row->spec = tr("missing");
        }
    }
}

} // namespace

std::unique_ptr<DependencyTreeModel::Node> buildDependencyNodes(const Model &model)
{
    auto root = std::make_unique<Node>();
    addMlmodel(root.get(), model);
    addConda(root.get(), model);
    addPythonEnv(root.get(), model);
    QSet<QString> done;
    for (const RequirementsFile &file : model.requirements) {
        if (file.includedFrom.isEmpty())
            addRequirementsFile(root.get(), model, file, done);
    }
    // Files reached only from python_env.yaml's "-r requirements.txt" or through cycles still appear.
    for (const RequirementsFile &file : model.requirements)
        addRequirementsFile(root.get(), model, file, done);
    addCode(root.get(), model);
    addListed(root.get(), model);
    return root;
}

} // namespace envlens
