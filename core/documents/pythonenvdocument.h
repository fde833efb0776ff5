#pragma once

#include "documents/yamldocument.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace envlens {

// python_env.yaml (mlflow-formats §2.4): python, build_dependencies, dependencies. MLflow's
// _PythonEnv refuses unknown keys and a python that is not a string; both are kept here as data
// (unknownKeys(), typeProblems()) so the checks can say so with a position.
class PythonEnvDocument
{
public:
    PythonEnvDocument() = default;

    static Result<PythonEnvDocument> parse(const QByteArray &bytes,
                                           const QString &fileName = QStringLiteral("python_env.yaml"));
    static Result<PythonEnvDocument> fromYaml(const YamlDocument &yaml);

    const YamlDocument &yaml() const { return m_yaml; }
    const TextFile &file() const { return m_yaml.file(); }
    YamlNode root() const { return m_yaml.root(); }

    // The raw scalar: python().value.isPlain() and resolvedType() == Float flags `python: 3.8`.
    const YamlField &python() const { return m_python; }
    QString pythonText() const { return m_python.text(); } // as written (3.10 stays "3.10")
    const YamlField &buildDependenciesField() const { return m_buildDependencies; }
    const QVector<YamlNode> &buildDependencies() const { return m_buildItems; }
    const YamlField &dependenciesField() const { return m_dependencies; }
    const QVector<YamlNode> &dependencies() const { return m_dependencyItems; }

    QStringList unknownKeys() const { return m_unknownKeys; }
    const YamlTypeProblems &typeProblems() const { return m_typeProblems; }

private:
    YamlDocument m_yaml;
    YamlField m_python, m_buildDependencies, m_dependencies;
    QVector<YamlNode> m_buildItems, m_dependencyItems;
    QStringList m_unknownKeys;
    YamlTypeProblems m_typeProblems;
};

} // namespace envlens
