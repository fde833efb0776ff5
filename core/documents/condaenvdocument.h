#pragma once

#include "documents/lockedrequirements.h"
#include "documents/yamldocument.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace envlens {

// One item of `dependencies:`: a conda spec string ("python=3.11.13", "pip<=24.1.2") or a
// mapping such as {pip: [...]}.
struct CondaDependency
{
    enum class Kind { Conda, Pip, Other };

    Kind kind = Kind::Other;
    YamlNode node;
    QString text;        // the conda spec for Kind::Conda; empty otherwise
};

// One item of the pip list, as text plus where it is written. MLflow's lock layout appears here as
// quoted '# …' items, so quoting matters.
struct CondaPipItem
{
    QString text;
    YamlNode node;
    LockRole lockRole = LockRole::None;

    bool isQuoted() const { return node.isQuoted(); }
};

// conda.yaml (mlflow-formats §2.3). Unknown keys (prefix, variables, Azure's extras) are kept in
// yaml(); reading never fails on a missing or mistyped key: see typeProblems().
class CondaEnvDocument
{
public:
    CondaEnvDocument() = default;

    static Result<CondaEnvDocument> parse(const QByteArray &bytes,
                                          const QString &fileName = QStringLiteral("conda.yaml"));
    static Result<CondaEnvDocument> fromYaml(const YamlDocument &yaml);

    const YamlDocument &yaml() const { return m_yaml; }
    const TextFile &file() const { return m_yaml.file(); }
    YamlNode root() const { return m_yaml.root(); }

    const YamlField &name() const { return m_name; }
    const YamlField &channelsField() const { return m_channels; }
    QVector<YamlNode> channels() const;
    const YamlField &dependenciesField() const { return m_dependencies; }
    const QVector<CondaDependency> &dependencies() const { return m_deps; }

    // The first string dependency naming python ("python", "python=3.11.13", "python>=3.8"), as
    // _PythonEnv.get_dependencies_from_conda_yaml matches it; -1 when none.
    int pythonIndex() const { return m_pythonIndex; }
    QString pythonSpec() const;            // "python=3.11.13"; empty when none
    // The first {pip: [...]} dependency (MLflow's _get_pip_deps reads only that one); -1 when none.
    int pipIndex() const { return m_pipIndex; }
    YamlField pipField() const;            // `pip:` inside that item (key and the list)
    const QVector<CondaPipItem> &pipItems() const { return m_pipItems; }
    bool isLocked() const;                 // the pip list uses MLflow's lock layout

    QStringList unknownKeys() const { return m_unknownKeys; } // besides name, channels, dependencies
    const YamlTypeProblems &typeProblems() const { return m_typeProblems; }

private:
    YamlDocument m_yaml;
    YamlField m_name, m_channels, m_dependencies;
    QVector<CondaDependency> m_deps;
    int m_pythonIndex = -1;
    int m_pipIndex = -1;
    QVector<CondaPipItem> m_pipItems;
    QStringList m_unknownKeys;
    YamlTypeProblems m_typeProblems;
};

} // namespace envlens
