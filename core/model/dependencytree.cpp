#include "model/dependencytree.h"

#include "pep/marker.h"
#include "pep/names.h"
#include "pep/pipline.h"

#include <QCoreApplication>
#include <QSet>

namespace envlens {

namespace {

// lupdate files ModelText::tr() under the same context the code asks for at run time.
class ModelText
{
    Q_DECLARE_TR_FUNCTIONS(envlens::ModelText)
};

bool looksLikeUrl(const QString &target)
{
    return target.contains(QLatin1String("://")) || target.startsWith(QLatin1String("git+"));
}

// Empty when pip yields nothing for the line.
std::optional<TreeRequirement> toTreeRequirement(const pep::PipLine &pip, const QString &file, int line,
                                                 bool constraint, const pep::MarkerEnvironment &env)
{
    using PipKind = pep::PipLine::Kind;
    TreeRequirement r;
    r.text = pip.text;
    r.file = file;
    r.line = line;
    r.target = pip.target;
    switch (pip.kind) {
    case PipKind::Empty:
        return std::nullopt;
    case PipKind::Requirement:
        r.kind = constraint ? TreeRequirement::Kind::Constraint : TreeRequirement::Kind::Requirement;
        if (pip.requirement) {
            r.name = pip.requirement->normalizedName();
            r.spec = pip.requirement->specifier().toString();
            r.extras = pip.requirement->extras();
            r.target = pip.requirement->url();
            if (const std::optional<pep::Marker> marker = pip.requirement->marker()) {
                r.marker = marker->toString();
                r.active = marker->evaluate(env);
            }
        }
        return r;
    case PipKind::Include:
    case PipKind::Constraint:
    case PipKind::Option:
        r.kind = TreeRequirement::Kind::Option;
        return r;
    case PipKind::Editable:
    case PipKind::Path:
    case PipKind::Url:
        r.kind = pip.kind == PipKind::Url || (pip.kind == PipKind::Editable && looksLikeUrl(pip.target))
                     ? TreeRequirement::Kind::Url
                     : TreeRequirement::Kind::Path;
        if (!pip.wheelName.isEmpty())
            r.name = pep::normalizeName(pip.wheelName);
        else if (!pip.eggName.isEmpty())
            r.name = pep::normalizeName(pip.eggName);
        if (pip.marker) {
            r.marker = pip.marker->toString();
            r.active = pip.marker->evaluate(env);
        }
        return r;
    case PipKind::Invalid:
        r.kind = TreeRequirement::Kind::Invalid;
        return r;
    }
    return std::nullopt;
}

// File sizes for people. The unit patterns are translated once per tree, not once per file: a
// model can list thousands of files.
class SizeFormat
{
public:
    SizeFormat()
        : m_bytes(ModelText::tr("%1 B")),
          m_kib(ModelText::tr("%1 KiB")),
          m_mib(ModelText::tr("%1 MiB")),
          m_gib(ModelText::tr("%1 GiB"))
    { }

    QString operator()(qint64 bytes) const
    {
        if (bytes < 1024)
            return m_bytes.arg(bytes);
        if (bytes < 1024 * 1024)
            return m_kib.arg(double(bytes) / 1024.0, 0, 'f', 1);
        if (bytes < qint64(1024) * 1024 * 1024)
            return m_mib.arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
        return m_gib.arg(double(bytes) / (1024.0 * 1024.0 * 1024.0), 0, 'f', 1);
    }

private:
    QString m_bytes;
    QString m_kib;
    QString m_mib;
    QString m_gib;
};

DependencyNode node(DependencyNode::Kind kind, const QString &label, const QString &detail = QString(),
                    const QString &file = QString(), int line = 0)
{
    DependencyNode n;
    n.kind = kind;
    n.label = label;
    n.detail = detail;
    n.file = file;
    n.line = line;
    return n;
}

class Builder
{
public:
    Builder(const Model &model, DependencyTree &tree, const pep::MarkerEnvironment &env)
        : m(model), t(tree), m_env(env)
    {
    }

    void build();

private:
    void collectRequirements();
    DependencyNode requirementNode(int index) const;
    DependencyNode requirementsFileNode(const RequirementsFile &file, QSet<QString> &shown) const;
    DependencyNode flavorsNode() const;
    DependencyNode envFilesNode() const;
    DependencyNode condaNode() const;
    DependencyNode pythonEnvNode() const;
    DependencyNode codeNode() const;
    DependencyNode filesNode(const QString &title, const QVector<const ModelFile *> &files,
                             DependencyNode::Kind kind) const;

    const Model &m;
    DependencyTree &t;
    const pep::MarkerEnvironment &m_env;
    QHash<QString, QVector<int>> m_byFile; // requirement indexes per file, in line order
    SizeFormat m_sizeText;
};

void Builder::collectRequirements()
{
    for (const RequirementsFile &file : m.requirements) {
        for (const RequirementLine &line : file.document.pipLines()) {
            const auto r = toTreeRequirement(pep::parsePipLine(line.text), file.path, line.firstLine, file.constraint,
                                             m_env);
            if (!r)
                continue;
            m_byFile[file.path].append(int(t.requirements.size()));
            t.requirements.append(*r);
            if (file.depth == 0 && file.path == QLatin1String("requirements.txt") && line.lockRole == LockRole::Locked)
                t.locked.append(*r);
        }
    }
    if (m.conda.document) {
        for (const CondaPipItem &item : m.conda.document->pipItems()) {
            if (item.text.trimmed().startsWith(QLatin1Char('#')))
                continue; // the lock layout's comment items
            const auto r = toTreeRequirement(pep::parsePipLine(item.text.trimmed()), m.conda.path,
                                             item.node.start().line, false, m_env);
            if (!r)
                continue;
            t.condaPip.append(*r);
            if (m.requirements.isEmpty()) {
                m_byFile[m.conda.path].append(int(t.requirements.size()));
                t.requirements.append(*r);
                if (item.lockRole == LockRole::Locked)
                    t.locked.append(*r);
            }
        }
    }
}

DependencyNode Builder::requirementNode(int index) const
{
    const TreeRequirement &r = t.requirements.at(index);
    QString detail;
    if (r.kind == TreeRequirement::Kind::Constraint)
        detail = ModelText::tr("constraint");
    else if (r.kind == TreeRequirement::Kind::Invalid)
        detail = ModelText::tr("not a valid requirement");
    if (!r.active)
        detail = ModelText::tr("inactive on this target: %1").arg(r.marker);
    DependencyNode n = node(DependencyNode::Kind::Requirement, r.text, detail, r.file, r.line);
    n.requirement = index;
    return n;
}

DependencyNode Builder::requirementsFileNode(const RequirementsFile &file, QSet<QString> &shown) const
{
    shown.insert(file.path);
    DependencyNode n = node(DependencyNode::Kind::EnvFile, file.path,
        file.constraint ? ModelText::tr("constraints") : fileRoleName(file.role), file.path);
    for (const int index : m_byFile.value(file.path)) {
        DependencyNode child = requirementNode(index);
        for (const RequirementsFile &included : m.requirements) {
            if (included.includedFrom == file.path && included.includedAtLine == t.requirements.at(index).line
                && !shown.contains(included.path))
                child.children.append(requirementsFileNode(included, shown));
        }
        n.children.append(child);
    }
    return n;
}

DependencyNode Builder::flavorsNode() const
{
    DependencyNode group = node(DependencyNode::Kind::Group, ModelText::tr("Flavors"));
    if (!m.mlmodel.document)
        return group;
    for (const MLmodelFlavor &flavor : m.mlmodel.document->flavors()) {
        DependencyNode f = node(DependencyNode::Kind::Flavor, flavor.name, QString(), QStringLiteral("MLmodel"),
                                flavor.field.key.start().line);
        for (const MLmodelRecordedVersion &v : flavor.versions)
            f.children.append(node(DependencyNode::Kind::RecordedVersion, v.key, v.version, QStringLiteral("MLmodel"),
                                   v.field.key.start().line));
        group.children.append(f);
    }
    return group;
}

DependencyNode Builder::condaNode() const
{
    DependencyNode n = node(DependencyNode::Kind::EnvFile, m.conda.path, fileRoleName(FileRole::Conda), m.conda.path);
    if (!m.conda.document) {
        n.detail = m.conda.error ? m.conda.error->message : ModelText::tr("missing");
        return n;
    }
    for (const CondaDependency &dep : m.conda.document->dependencies()) {
        if (dep.kind == CondaDependency::Kind::Conda)
            n.children.append(node(DependencyNode::Kind::CondaDependency, dep.text, QString(), m.conda.path,
                                   dep.node.start().line));
    }
    if (m.conda.document->pipIndex() >= 0) {
        DependencyNode pip = node(DependencyNode::Kind::CondaDependency, QStringLiteral("pip:"), QString(), m.conda.path,
                                  m.conda.document->pipField().key.start().line);
        for (const TreeRequirement &r : t.condaPip) {
            DependencyNode child = node(DependencyNode::Kind::Requirement, r.text,
                r.active ? QString() : ModelText::tr("inactive on this target: %1").arg(r.marker), r.file, r.line);
            pip.children.append(child);
        }
        n.children.append(pip);
    }
    return n;
}

DependencyNode Builder::pythonEnvNode() const
{
    DependencyNode n = node(DependencyNode::Kind::EnvFile, m.pythonEnv.path, fileRoleName(FileRole::PythonEnv),
                            m.pythonEnv.path);
    if (!m.pythonEnv.document) {
        n.detail = m.pythonEnv.error ? m.pythonEnv.error->message : ModelText::tr("missing");
        return n;
    }
    const PythonEnvDocument &doc = *m.pythonEnv.document;
    if (doc.python().isPresent())
        n.children.append(node(DependencyNode::Kind::CondaDependency, QStringLiteral("python"), doc.pythonText(),
                               m.pythonEnv.path, doc.python().key.start().line));
    for (const YamlNode &item : doc.buildDependencies())
        n.children.append(node(DependencyNode::Kind::CondaDependency, item.scalar(), ModelText::tr("build dependency"),
            m.pythonEnv.path, item.start().line));
    for (const YamlNode &item : doc.dependencies())
        n.children.append(node(DependencyNode::Kind::CondaDependency, item.scalar(), QString(), m.pythonEnv.path,
                               item.start().line));
    return n;
}

DependencyNode Builder::envFilesNode() const
{
    DependencyNode group = node(DependencyNode::Kind::Group, ModelText::tr("Environment files"));
    group.children.append(node(DependencyNode::Kind::EnvFile, QStringLiteral("MLmodel"),
                               m.mlmodel.error ? m.mlmodel.error->message : fileRoleName(FileRole::MLmodel),
                               QStringLiteral("MLmodel")));
    if (m.conda.present || m.conda.error)
        group.children.append(condaNode());
    if (m.pythonEnv.present)
        group.children.append(pythonEnvNode());
    QSet<QString> shown;
    for (const RequirementsFile &file : m.requirements) {
        if (!shown.contains(file.path) && (file.includedFrom.isEmpty() || !m.requirementsFile(file.includedFrom)))
            group.children.append(requirementsFileNode(file, shown));
    }
    for (const RequirementsFile &file : m.requirements) {
        if (!shown.contains(file.path))
            group.children.append(requirementsFileNode(file, shown));
    }
    return group;
}

DependencyNode Builder::codeNode() const
{
    DependencyNode group
        = node(DependencyNode::Kind::Group, ModelText::tr("Code"), m.codeDirs.join(QLatin1String(", ")));
    const QString binary = ModelText::tr("%1, binary");
    for (const CodeFile &code : m.code) {
        DependencyNode f = node(DependencyNode::Kind::CodeFile, code.path,
                                code.isText ? m_sizeText(code.size) : binary.arg(m_sizeText(code.size)), code.path);
        for (const PythonImport &import : code.imports) {
            const QString module = QString(import.level, QLatin1Char('.')) + import.module;
            f.children.append(node(DependencyNode::Kind::Import, module, QString(), code.path, import.line));
        }
        group.children.append(std::move(f));
    }
    return group;
}

DependencyNode Builder::filesNode(const QString &title, const QVector<const ModelFile *> &files,
                                  DependencyNode::Kind kind) const
{
    DependencyNode group = node(DependencyNode::Kind::Group, title);
    for (const ModelFile *file : files)
        group.children.append(node(kind, file->path, m_sizeText(file->size), file->path));
    return group;
}

void Builder::build()
{
    collectRequirements();
    t.root = node(DependencyNode::Kind::Model, m.displayPath,
        m.root.isEmpty() ? QString() : ModelText::tr("model in %1").arg(m.root));
    t.root.children.append(flavorsNode());
    t.root.children.append(envFilesNode());
    if (!m.code.isEmpty())
        t.root.children.append(codeNode());
    if (!m.wheels.isEmpty())
        t.root.children.append(
            filesNode(ModelText::tr("Wheels"), m.filesWithRole(FileRole::Wheel), DependencyNode::Kind::Wheel));
    t.root.children.append(filesNode(ModelText::tr("Artifacts"), m.artifacts(), DependencyNode::Kind::Artifact));
    if (!t.locked.isEmpty()) {
        DependencyNode locked = node(DependencyNode::Kind::Group, ModelText::tr("Locked requirements"));
        for (const TreeRequirement &r : std::as_const(t.locked))
            locked.children.append(node(DependencyNode::Kind::Requirement, r.text,
                r.active ? QString() : ModelText::tr("inactive on this target: %1").arg(r.marker), r.file, r.line));
        t.root.children.append(locked);
    }
    if (!m.issues.isEmpty()) {
        DependencyNode issues = node(DependencyNode::Kind::Group, ModelText::tr("Loading issues"));
        for (const LoadIssue &issue : m.issues)
            issues.children.append(node(DependencyNode::Kind::Issue, issue.message, issue.id, issue.file, issue.line));
        t.root.children.append(issues);
    }
}

} // namespace

QString treeRequirementKindName(TreeRequirement::Kind kind)
{
    switch (kind) {
    case TreeRequirement::Kind::Requirement: return QStringLiteral("requirement");
    case TreeRequirement::Kind::Constraint: return QStringLiteral("constraint");
    case TreeRequirement::Kind::Option: return QStringLiteral("option");
    case TreeRequirement::Kind::Path: return QStringLiteral("path");
    case TreeRequirement::Kind::Url: return QStringLiteral("url");
    case TreeRequirement::Kind::Invalid: return QStringLiteral("invalid");
    }
    return QStringLiteral("invalid");
}

DependencyTree DependencyTree::build(const Model &model, const QString &platform)
{
    DependencyTree tree;
    tree.platform = platform.isEmpty() ? (model.platform.isEmpty() ? QStringLiteral("linux") : model.platform) : platform;
    tree.pythonVersion = model.pythonVersion();
    const pep::MarkerEnvironment env = pep::MarkerEnvironment::target(tree.pythonVersion, tree.platform);
    Builder(model, tree, env).build();
    return tree;
}

} // namespace envlens
