#include "documents/pythonenvdocument.h"

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

} // namespace

Result<PythonEnvDocument> PythonEnvDocument::parse(const QByteArray &bytes, const QString &fileName)
{
    Result<YamlDocument> yaml = YamlDocument::parse(bytes, fileName);
    if (!yaml)
        return yaml.error();
    return fromYaml(*yaml);
}

Result<PythonEnvDocument> PythonEnvDocument::fromYaml(const YamlDocument &yaml)
{
    const YamlNode root = yaml.root();
    if (!root.isMap()) {
        const QString message = root.isNull() ? DocumentText::tr("the python_env file is empty")
                                              : DocumentText::tr("a python_env file should be a YAML mapping, found %1")
                                                    .arg(YamlNode::typeName(root.resolvedType()));
        return Error{message, yaml.fileName(), root.isNull() ? 0 : root.start().line,
                     root.isNull() ? 0 : root.start().column};
    }
    PythonEnvDocument document;
    document.m_yaml = yaml;
    document.m_python = root.field(u"python");
    document.m_buildDependencies = root.field(u"build_dependencies");
    document.m_dependencies = root.field(u"dependencies");
    yamlexpect::expect(document.m_typeProblems, document.m_python, Expected::String, {QStringLiteral("python")});
    yamlexpect::expectStringSequence(document.m_typeProblems, document.m_buildDependencies,
                                     {QStringLiteral("build_dependencies")});
    yamlexpect::expectStringSequence(document.m_typeProblems, document.m_dependencies,
                                     {QStringLiteral("dependencies")});
    document.m_buildItems = document.m_buildDependencies.value.items();
    document.m_dependencyItems = document.m_dependencies.value.items();
    for (const QString &key : root.keys()) {
        if (key != QLatin1String("python") && key != QLatin1String("build_dependencies")
            && key != QLatin1String("dependencies") && !document.m_unknownKeys.contains(key))
            document.m_unknownKeys.append(key);
    }
    return document;
}

} // namespace envlens
