#include "documents/yamlexpect.h"

#include <QCoreApplication>

namespace envlens::yamlexpect {

namespace {

// lupdate files DocumentText::tr() under the same context the code asks for at run time.
class DocumentText
{
    Q_DECLARE_TR_FUNCTIONS(envlens::DocumentText)
};

bool matches(const YamlNode &value, YamlTypeProblem::Expected expected)
{
    using E = YamlTypeProblem::Expected;
    using T = YamlNode::ResolvedType;
    const T type = value.resolvedType();
    switch (expected) {
    case E::String:
        return value.isScalar() && type == T::String;
    case E::Mapping:
        return value.isMap();
    case E::Sequence:
    case E::StringSequence:
        return value.isSequence();
    case E::StringOrMapping:
        return value.isMap() || (value.isScalar() && type == T::String);
    case E::Integer:
        return type == T::Int;
    case E::Boolean:
        return type == T::Bool;
    }
    return false;
}

QString expectedWord(YamlTypeProblem::Expected expected)
{
    using E = YamlTypeProblem::Expected;
    switch (expected) {
    case E::String:
        return DocumentText::tr("a string");
    case E::Mapping:
        return DocumentText::tr("a mapping");
    case E::Sequence:
        return DocumentText::tr("a list");
    case E::StringSequence:
        return DocumentText::tr("a list of strings");
    case E::StringOrMapping:
        return DocumentText::tr("a string or a mapping");
    case E::Integer:
        return DocumentText::tr("an integer");
    case E::Boolean:
        return DocumentText::tr("true or false");
    }
    return QString();
}

QString found(const YamlNode &value)
{
    const QString type = YamlNode::typeName(value.resolvedType());
    if (!value.isScalar())
        return type;
    QString text = value.scalar();
    if (text.size() > 40)
        text = text.left(40) + QStringLiteral("…");
    return type + QLatin1Char(' ') + text;
}

void record(YamlTypeProblems &out, const YamlNode &key, const YamlNode &value, YamlTypeProblem::Expected expected,
            const QStringList &path)
{
    YamlTypeProblem problem;
    problem.path = path;
    problem.key = key;
    problem.value = value;
    problem.expected = expected;
    problem.message = DocumentText::tr("%1 should be %2, found %3")
                          .arg(path.join(QLatin1Char('.')), expectedWord(expected), found(value));
    out.append(problem);
}

} // namespace

bool expect(YamlTypeProblems &out, const YamlField &field, YamlTypeProblem::Expected expected, const QStringList &path)
{
    if (!field.isPresent() || field.isNull())
        return false;
    if (matches(field.value, expected))
        return true;
    record(out, field.key, field.value, expected, path);
    return false;
}

bool expectItem(YamlTypeProblems &out, const YamlNode &item, YamlTypeProblem::Expected expected,
                const QStringList &path)
{
    if (matches(item, expected))
        return true;
    record(out, YamlNode(), item, expected, path);
    return false;
}

void missing(YamlTypeProblems &out, const QStringList &path, YamlTypeProblem::Expected expected)
{
    YamlTypeProblem problem;
    problem.path = path;
    problem.expected = expected;
    problem.message
        = DocumentText::tr("%1 is missing (it should be %2)").arg(path.join(QLatin1Char('.')), expectedWord(expected));
    out.append(problem);
}

void expectStringSequence(YamlTypeProblems &out, const YamlField &field, const QStringList &path)
{
    if (!expect(out, field, YamlTypeProblem::Expected::StringSequence, path))
        return;
    const QVector<YamlNode> items = field.value.items();
    for (int i = 0; i < items.size(); ++i)
        expectItem(out, items.at(i), YamlTypeProblem::Expected::String,
                   path + QStringList{QStringLiteral("[%1]").arg(i)});
}

} // namespace envlens::yamlexpect
