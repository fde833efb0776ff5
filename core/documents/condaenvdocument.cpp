#include "documents/condaenvdocument.h"

#include "documents/yamlexpect.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace envlens {

namespace {

using Expected = YamlTypeProblem::Expected;

// lupdate files DocumentText::tr() under the same context the code asks for at run time.
class DocumentText
{
    Q_DECLARE_TR_FUNCTIONS(envlens::DocumentText)
};

bool isPythonSpec(const QString &spec)
{
    static const QRegularExpression re(QStringLiteral("^\\s*python\\s*($|[<>=!~ ])"));
    return re.match(spec).hasMatch();
}

} // namespace

Result<CondaEnvDocument> CondaEnvDocument::parse(const QByteArray &bytes, const QString &fileName)
{
    Result<YamlDocument> yaml = YamlDocument::parse(bytes, fileName);
    if (!yaml)
        return yaml.error();
    return fromYaml(*yaml);
}

Result<CondaEnvDocument> CondaEnvDocument::fromYaml(const YamlDocument &yaml)
{
    const YamlNode root = yaml.root();
    if (!root.isMap()) {
        const QString message = root.isNull()
            ? DocumentText::tr("the conda environment file is empty")
            : DocumentText::tr("a conda environment file should be a YAML mapping, found %1")
                  .arg(YamlNode::typeName(root.resolvedType()));
        return Error{message, yaml.fileName(), root.isNull() ? 0 : root.start().line,
                     root.isNull() ? 0 : root.start().column};
    }
    CondaEnvDocument document;
    document.m_yaml = yaml;
    YamlTypeProblems &problems = document.m_typeProblems;
    document.m_name = root.field(u"name");
    document.m_channels = root.field(u"channels");
    document.m_dependencies = root.field(u"dependencies");
    yamlexpect::expect(problems, document.m_name, Expected::String, {QStringLiteral("name")});
    yamlexpect::expectStringSequence(problems, document.m_channels, {QStringLiteral("channels")});
    yamlexpect::expect(problems, document.m_dependencies, Expected::Sequence, {QStringLiteral("dependencies")});

    const QVector<YamlNode> items = document.m_dependencies.value.items();
    for (int i = 0; i < items.size(); ++i) {
        const YamlNode &item = items.at(i);
        CondaDependency dep;
        dep.node = item;
        if (item.isScalar()) {
            dep.kind = CondaDependency::Kind::Conda;
            dep.text = item.scalar();
            yamlexpect::expectItem(problems, item, Expected::String,
                                   {QStringLiteral("dependencies"), QStringLiteral("[%1]").arg(i)});
            if (document.m_pythonIndex < 0 && isPythonSpec(dep.text))
                document.m_pythonIndex = i;
        } else if (item.isMap() && item.has(u"pip")) {
            dep.kind = CondaDependency::Kind::Pip;
            if (document.m_pipIndex < 0)
                document.m_pipIndex = i;
        }
        document.m_deps.append(dep);
    }

    if (document.m_pipIndex >= 0) {
        const QStringList pipPath{QStringLiteral("dependencies"), QStringLiteral("[%1]").arg(document.m_pipIndex),
                                  QStringLiteral("pip")};
        const YamlField pip = document.pipField();
        yamlexpect::expectStringSequence(problems, pip, pipPath);
        QStringList texts;
        for (const YamlNode &item : pip.value.items()) {
            document.m_pipItems.append(CondaPipItem{item.scalar(), item, LockRole::None});
            texts.append(item.scalar());
        }
        const QVector<LockRole> roles = lockRoles(texts);
        for (int i = 0; i < roles.size(); ++i)
            document.m_pipItems[i].lockRole = roles.at(i);
    }

    for (const QString &key : root.keys()) {
        if (key != QLatin1String("name") && key != QLatin1String("channels") && key != QLatin1String("dependencies")
            && !document.m_unknownKeys.contains(key))
            document.m_unknownKeys.append(key);
    }
    return document;
}

QVector<YamlNode> CondaEnvDocument::channels() const
{
    return m_channels.value.items();
}

QString CondaEnvDocument::pythonSpec() const
{
    return m_pythonIndex >= 0 ? m_deps.at(m_pythonIndex).text : QString();
}

YamlField CondaEnvDocument::pipField() const
{
    return m_pipIndex >= 0 ? m_deps.at(m_pipIndex).node.field(u"pip") : YamlField();
}

bool CondaEnvDocument::isLocked() const
{
    for (const CondaPipItem &item : m_pipItems) {
        if (item.lockRole == LockRole::LockedHeader)
            return true;
    }
    return false;
}

} // namespace envlens
