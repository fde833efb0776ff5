#include "pep/condaspec.h"

#include "pep/version.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace envlens::pep {

namespace detail {

// conda's VersionSpec tree: '|' over ',' over leaves.
struct CondaVersionNode
{
    enum class Kind {
        Any,
        Or,
        And,
        Equal,
        NotEqual,
        Less,
        LessEqual,
        Greater,
        GreaterEqual,
        StartsWith,
        NotStartsWith,
        Compatible,
        Regex
    };
    Kind kind = Kind::Any;
    QList<std::shared_ptr<const CondaVersionNode>> children;
    CondaVersion version;
    CondaVersion compatiblePrefix; // for Compatible: the version without its last part
    bool hasCompatiblePrefix = false;
    QRegularExpression regex;
    QString versionText; // the leaf's version as written, a seed for compatibleWith()
};

} // namespace detail

namespace {

using Node = detail::CondaVersionNode;
using NodePtr = std::shared_ptr<const Node>;

// lupdate files PepText::tr() under the same context the code asks for at run time.
class PepText
{
    Q_DECLARE_TR_FUNCTIONS(envlens::pep::PepText)
};

struct SpecFailure
{
    QString message;
};

[[noreturn]] void fail(const QString &message)
{
    throw SpecFailure { message };
}

CondaVersion conda(const QString &text)
{
    Result<CondaVersion> version = CondaVersion::parse(text);
    if (!version.ok())
        fail(version.error().message);
    return version.value();
}

QRegularExpression anchored(const QString &pattern)
{
    QRegularExpression regex(QStringLiteral("\\A(?:") + pattern + QStringLiteral(")\\z"));
    if (!regex.isValid())
        fail(PepText::tr("Invalid version regex '%1'").arg(pattern));
    return regex;
}

// One leaf of a version expression, with conda's VersionSpec rules.
NodePtr parseLeaf(QString leaf)
{
    auto node = std::make_shared<Node>();
    if (leaf.startsWith(QLatin1Char('^')) || leaf.endsWith(QLatin1Char('$'))) {
        node->kind = Node::Kind::Regex;
        QString pattern = leaf;
        if (pattern.startsWith(QLatin1Char('^')))
            pattern.remove(0, 1);
        if (pattern.endsWith(QLatin1Char('$')))
            pattern.chop(1);
        node->regex = anchored(pattern);
        return node;
    }
    if (QStringLiteral("=<>!~").contains(leaf.front())) {
        static const QStringList operators
            = { QStringLiteral("="), QStringLiteral("=="), QStringLiteral("!="), QStringLiteral("<="),
                  QStringLiteral(">="), QStringLiteral("<"), QStringLiteral(">"), QStringLiteral("~=") };
        QString op;
        for (const QString &candidate : operators) {
            if (leaf.startsWith(candidate) && leaf.size() > candidate.size()
                && leaf[candidate.size()] != QLatin1Char('='))
                op = candidate;
            if (!op.isEmpty())
                break;
        }
        if (op.isEmpty())
            fail(PepText::tr("Invalid version spec '%1': invalid operator").arg(leaf));
        QString versionText = leaf.mid(op.size());
        bool negatedPrefix = false;
        if (versionText.endsWith(QLatin1String(".*"))) {
            if (op == QLatin1String("~="))
                fail(PepText::tr("Invalid version spec '%1': invalid operator with '.*'")
                         .arg(leaf));
            negatedPrefix = op == QLatin1String("!=");
            versionText.chop(2);
        }
        static const QHash<QString, Node::Kind> kinds
            = { { QStringLiteral("="), Node::Kind::StartsWith }, { QStringLiteral("=="), Node::Kind::Equal },
                  { QStringLiteral("!="), Node::Kind::NotEqual }, { QStringLiteral("<="), Node::Kind::LessEqual },
                  { QStringLiteral(">="), Node::Kind::GreaterEqual }, { QStringLiteral("<"), Node::Kind::Less },
                  { QStringLiteral(">"), Node::Kind::Greater }, { QStringLiteral("~="), Node::Kind::Compatible } };
        node->kind = negatedPrefix ? Node::Kind::NotStartsWith : kinds.value(op);
        node->version = conda(versionText);
        node->versionText = versionText;
        if (node->kind == Node::Kind::Compatible) {
            const qsizetype dot = node->version.toString().lastIndexOf(QLatin1Char('.'));
            if (dot > 0) {
                node->compatiblePrefix = conda(node->version.toString().left(dot));
                node->hasCompatiblePrefix = true;
            }
        }
        return node;
    }
    if (leaf == QLatin1String("*"))
        return node;
    QString trimmedStars = leaf;
    while (trimmedStars.endsWith(QLatin1Char('*')))
        trimmedStars.chop(1);
    if (trimmedStars.contains(QLatin1Char('*'))) {
        node->kind = Node::Kind::Regex;
        node->regex = anchored(QRegularExpression::escape(leaf).replace(QLatin1String("\\*"), QLatin1String(".*")));
        return node;
    }
    if (leaf.endsWith(QLatin1Char('*'))) {
        if (!leaf.endsWith(QLatin1String(".*")))
            leaf = leaf.chopped(1) + QLatin1String(".*");
        node->kind = Node::Kind::StartsWith;
        node->versionText = leaf.chopped(2);
        node->version = conda(node->versionText);
        return node;
    }
    if (leaf.contains(QLatin1Char('@'))) {
        node->kind = Node::Kind::Regex;
        node->regex = anchored(QRegularExpression::escape(leaf));
        return node;
    }
    node->kind = Node::Kind::Equal;
    node->version = conda(leaf);
    node->versionText = leaf;
    return node;
}

// Recursive descent over '|' (lowest), ',' and parentheses.
class ExpressionParser
{
public:
    explicit ExpressionParser(const QString &text) : m_text(text) { }

    NodePtr parse()
    {
        NodePtr tree = parseOr();
        if (m_pos != m_text.size())
            fail(PepText::tr("Invalid version spec '%1': unexpected '%2'")
                     .arg(m_text, m_text.mid(m_pos, 1)));
        return tree;
    }

private:
    NodePtr combine(Node::Kind kind, QList<NodePtr> children)
    {
        if (children.size() == 1)
            return children.front();
        auto node = std::make_shared<Node>();
        node->kind = kind;
        node->children = std::move(children);
        return node;
    }

    NodePtr parseOr()
    {
        QList<NodePtr> children { parseAnd() };
        while (m_pos < m_text.size() && m_text[m_pos] == QLatin1Char('|')) {
            ++m_pos;
            children.append(parseAnd());
        }
        return combine(Node::Kind::Or, children);
    }

    NodePtr parseAnd()
    {
        QList<NodePtr> children { parseAtom() };
        while (m_pos < m_text.size() && m_text[m_pos] == QLatin1Char(',')) {
            ++m_pos;
            children.append(parseAtom());
        }
        return combine(Node::Kind::And, children);
    }

    NodePtr parseAtom()
    {
        if (m_pos < m_text.size() && m_text[m_pos] == QLatin1Char('(')) {
            ++m_pos;
            NodePtr inner = parseOr();
            if (m_pos >= m_text.size() || m_text[m_pos] != QLatin1Char(')'))
                fail(PepText::tr("Invalid version spec '%1': missing ')'").arg(m_text));
            ++m_pos;
            return inner;
        }
        const int start = m_pos;
        while (m_pos < m_text.size() && !QStringLiteral(",|()").contains(m_text[m_pos]))
            ++m_pos;
        if (m_pos == start)
            fail(PepText::tr("Invalid version spec '%1': empty clause").arg(m_text));
        return parseLeaf(m_text.mid(start, m_pos - start));
    }

    QString m_text;
    int m_pos = 0; // int: QString's index type in Qt 5
};

bool evaluate(const Node &node, const CondaVersion &v)
{
    switch (node.kind) {
    case Node::Kind::Any:
        return true;
    case Node::Kind::Or:
        return std::any_of(
            node.children.begin(), node.children.end(), [&v](const NodePtr &c) { return evaluate(*c, v); });
    case Node::Kind::And:
        return std::all_of(
            node.children.begin(), node.children.end(), [&v](const NodePtr &c) { return evaluate(*c, v); });
    case Node::Kind::Equal:
        return v == node.version;
    case Node::Kind::NotEqual:
        return v != node.version;
    case Node::Kind::Less:
        return v < node.version;
    case Node::Kind::LessEqual:
        return v <= node.version;
    case Node::Kind::Greater:
        return v > node.version;
    case Node::Kind::GreaterEqual:
        return v >= node.version;
    case Node::Kind::StartsWith:
        return v.startsWith(node.version);
    case Node::Kind::NotStartsWith:
        return !v.startsWith(node.version);
    case Node::Kind::Compatible:
        return v >= node.version && (!node.hasCompatiblePrefix || v.startsWith(node.compatiblePrefix));
    case Node::Kind::Regex:
        return node.regex.match(v.toString()).hasMatch();
    }
    return false;
}

void collectVersionTexts(const Node &node, QStringList &out)
{
    if (!node.versionText.isEmpty())
        out.append(node.versionText);
    for (const NodePtr &child : node.children)
        collectVersionTexts(*child, out);
}

// conda's _parse_version_plus_build(): the build is the text after the first ' ' or '=' that is not part of an
// operator and is followed only by characters a build string can hold.
std::pair<QString, QString> splitVersionAndBuild(const QString &text)
{
    for (int i = 1; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char(' ') && text[i] != QLatin1Char('='))
            continue;
        if (QStringLiteral("=!|,<>~").contains(text[i - 1]))
            continue;
        const QString rest = text.mid(i + 1);
        if (std::none_of(rest.begin(), rest.end(), [](QChar c) { return QStringLiteral("-=,|<>~").contains(c); }))
            return { text.left(i).remove(QLatin1Char(' ')), rest.trimmed() };
    }
    return { QString(text).remove(QLatin1Char(' ')), QString() };
}

QHash<QString, QString> parseBrackets(const QString &text)
{
    static const QRegularExpression pair(
        QStringLiteral("([a-zA-Z0-9_-]+?)\\s*=\\s*([\"']?)([^'\"]*?)(\\2)\\s*(?:[, ]|$)"));
    QHash<QString, QString> values;
    for (auto it = pair.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        values.insert(match.captured(1), match.captured(3));
    }
    return values;
}

bool isSubdir(const QString &text)
{
    static const QRegularExpression subdir(
        QStringLiteral("\\A(noarch|(linux|osx|win|emscripten|wasi|zos)-(32|64|aarch64|arm64|armv6l|armv7l|ppc64le|"
                       "ppc64|s390x|wasm32|z))\\z"));
    return subdir.match(text).hasMatch();
}

// Witness versions for compatibleWith(): each seed, its ".0"/".1" extensions, and every release prefix with its
// last number bumped by one either way.
QStringList witnesses(const QStringList &seeds)
{
    QStringList out = { QStringLiteral("0"), QStringLiteral("0.1"), QStringLiteral("1.0"), QStringLiteral("999") };
    static const QRegularExpression release(QStringLiteral("\\A(?:\\d+!)?(\\d+(?:\\.\\d+)*)"));
    for (QString seed : seeds) {
        while (seed.endsWith(QLatin1Char('*')) || seed.endsWith(QLatin1Char('.')))
            seed.chop(1);
        if (seed.isEmpty())
            continue;
        out << seed << seed + QLatin1String(".0") << seed + QLatin1String(".1");
        const QRegularExpressionMatch match = release.match(seed);
        if (!match.hasMatch())
            continue;
        const QStringList numbers = match.captured(1).split(QLatin1Char('.'));
        for (qsizetype k = 1; k <= numbers.size(); ++k) {
            QStringList prefix = numbers.mid(0, k);
            const qint64 last = prefix.back().toLongLong();
            out << prefix.join(QLatin1Char('.'));
            prefix.back() = QString::number(last + 1);
            out << prefix.join(QLatin1Char('.')) << prefix.join(QLatin1Char('.')) + QLatin1String(".0");
            if (last > 0) {
                prefix.back() = QString::number(last - 1);
                out << prefix.join(QLatin1Char('.')) << prefix.join(QLatin1Char('.')) + QLatin1String(".1");
            }
        }
    }
    out.removeDuplicates();
    return out;
}

} // namespace

Result<CondaMatchSpec> CondaMatchSpec::parse(QStringView text)
{
    CondaMatchSpec spec;
    spec.m_text = text.toString();
    QString s = spec.m_text;
    const qsizetype hash = s.indexOf(QLatin1Char('#'));
    if (hash >= 0)
        s.truncate(hash);
    s = s.trimmed();
    try {
        if (s.isEmpty())
            fail(PepText::tr("Empty conda match spec"));
        QHash<QString, QString> brackets;
        if (s.endsWith(QLatin1Char(']'))) {
            const qsizetype open = s.lastIndexOf(QLatin1Char('['));
            if (open < 0)
                fail(PepText::tr("Invalid match spec '%1': unbalanced ']'").arg(s));
            brackets = parseBrackets(s.mid(open + 1, s.size() - open - 2));
            s = s.left(open).trimmed();
        }
        const qsizetype channelEnd = s.lastIndexOf(QLatin1String("::"));
        if (channelEnd >= 0) {
            spec.m_channel = s.left(channelEnd);
            s = s.mid(channelEnd + 2);
            const qsizetype slash = spec.m_channel.lastIndexOf(QLatin1Char('/'));
            if (slash >= 0 && isSubdir(spec.m_channel.mid(slash + 1))) {
                spec.m_subdir = spec.m_channel.mid(slash + 1);
                spec.m_channel.truncate(slash);
            }
        }
        int nameEnd = 0;
        while (nameEnd < s.size() && !QStringLiteral(" =<>!~").contains(s[nameEnd]))
            ++nameEnd;
        spec.m_name = s.left(nameEnd);
        if (spec.m_name.isEmpty())
            fail(PepText::tr("Invalid match spec '%1': no package name").arg(spec.m_text));
        // conda's name/version regex needs two characters after the name; a lone "=" ("numpy=") means any version.
        const QString rest = s.size() - nameEnd >= 2 ? s.mid(nameEnd).trimmed() : QString();
        if (rest.contains(QLatin1Char('[')))
            fail(PepText::tr("Invalid match spec '%1': multiple bracket sections")
                     .arg(spec.m_text));
        if (!rest.isEmpty()) {
            auto [version, build] = splitVersionAndBuild(rest);
            if (version.startsWith(QLatin1Char('=')) && version != QLatin1String("=")
                && version != QLatin1String("==")) {
                const QString tail = version.mid(1);
                if (version.startsWith(QLatin1String("==")) && build.isEmpty())
                    version = version.mid(2);
                else if (!tail.contains(QLatin1Char('=')) && !tail.contains(QLatin1Char(','))
                    && !tail.contains(QLatin1Char('|')))
                    version = build.isEmpty() && !tail.endsWith(QLatin1Char('*')) ? tail + QLatin1Char('*') : tail;
            }
            spec.m_version = version;
            spec.m_build = build;
        }
        if (brackets.contains(QStringLiteral("version")))
            spec.m_version = QString(brackets.value(QStringLiteral("version"))).remove(QLatin1Char(' '));
        if (brackets.contains(QStringLiteral("build")))
            spec.m_build = brackets.value(QStringLiteral("build"));
        if (brackets.contains(QStringLiteral("channel")))
            spec.m_channel = brackets.value(QStringLiteral("channel"));
        if (brackets.contains(QStringLiteral("subdir")))
            spec.m_subdir = brackets.value(QStringLiteral("subdir"));
        // A whole-string regex may contain '(' and '|', so it is one leaf rather than an expression.
        if (spec.m_version.startsWith(QLatin1Char('^')) && spec.m_version.endsWith(QLatin1Char('$')))
            spec.m_tree = parseLeaf(spec.m_version);
        else if (!spec.m_version.isEmpty())
            spec.m_tree = ExpressionParser(spec.m_version).parse();
    } catch (const SpecFailure &failure) {
        return Error { failure.message, {}, 0, 0 };
    }
    return spec;
}

bool CondaMatchSpec::matches(const CondaVersion &version) const
{
    return !m_tree || evaluate(*m_tree, version);
}

bool CondaMatchSpec::matchesBuild(QStringView build) const
{
    if (m_build.isEmpty() || m_build == QLatin1String("*"))
        return true;
    const QString pattern = QRegularExpression::escape(m_build).replace(QLatin1String("\\*"), QLatin1String(".*"));
    return QRegularExpression(QStringLiteral("\\A(?:") + pattern + QStringLiteral(")\\z"))
        .match(build.toString())
        .hasMatch();
}

std::optional<QString> CondaMatchSpec::exactVersion() const
{
    if (m_tree && m_tree->kind == Node::Kind::Equal)
        return m_tree->versionText;
    return std::nullopt;
}

bool CondaMatchSpec::compatibleWith(const SpecifierSet &pip) const
{
    QStringList seeds;
    if (m_tree)
        collectVersionTexts(*m_tree, seeds);
    for (const Specifier &specifier : pip.specifiers())
        seeds.append(specifier.versionText());
    for (const QString &candidate : witnesses(seeds)) {
        const Result<Version> pipVersion = Version::parse(candidate);
        const Result<CondaVersion> condaVersion = CondaVersion::parse(candidate);
        if (pipVersion.ok() && condaVersion.ok() && pip.contains(*pipVersion, true) && matches(*condaVersion))
            return true;
    }
    return false;
}

} // namespace envlens::pep
