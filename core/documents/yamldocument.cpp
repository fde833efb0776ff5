#include "documents/yamldocument.h"

#include "documents/yamlnodedata.h"
#include "documents/yamltext.h"

#include <QCoreApplication>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <sstream>
#include <unordered_map>
#include <vector>

namespace envlens {

namespace {

// lupdate files DocumentText::tr() under the same context the code asks for at run time.
class DocumentText
{
    Q_DECLARE_TR_FUNCTIONS(envlens::DocumentText)
};

// yaml-cpp marks count bytes of the UTF-8 it was given; this maps them back to text() offsets.
class MarkMap
{
public:
    explicit MarkMap(const TextFile &file)
        : m_view(file.invalidUtf8() ? TextFile::fromBytes(file.text().toUtf8()) : file),
          m_bom(m_view.hadBom() ? 3 : 0)
    {
    }

    QByteArray utf8() const { return m_view.bytes().mid(m_bom); }
    qsizetype offset(const YAML::Mark &mark) const { return mark.pos < 0 ? 0 : m_view.offsetOfByte(mark.pos + m_bom); }

private:
    TextFile m_view;
    qsizetype m_bom;
};

// Thrown inside the event handler to abandon a parse; caught in YamlDocument::parse.
struct BuildError
{
    qsizetype offset;
    QString message;
};

using NodePtr = std::shared_ptr<YamlNodeData>;

class TreeBuilder : public YAML::EventHandler
{
public:
    TreeBuilder(const TextFile &file, const MarkMap &marks, const YamlLimits &limits)
        : m_file(file), m_text(file.text()), m_marks(marks), m_limits(limits)
    {
    }

    std::shared_ptr<const YamlNodeData> root() const { return m_root; }
    int documents() const { return m_documents; }
    qsizetype secondDocumentOffset() const { return m_secondDocument; }

    void OnDocumentStart(const YAML::Mark &mark) override
    {
        if (++m_documents == 2)
            m_secondDocument = m_marks.offset(mark);
    }
    void OnDocumentEnd() override {}

    void OnAnchor(const YAML::Mark &, const std::string &name) override { m_anchorName = QString::fromStdString(name); }

    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        auto node = newNode(YamlNode::Kind::Null, mark, anchor);
        const qsizetype at = m_marks.offset(mark);
        const qsizetype content = yamltext::skipProperties(m_text, at);
        const bool written = yamltext::nullWordAt(m_text, content) > 0
            && !(expectingMapValue() && yamltext::nullKeyAt(m_text, content));
        if (written) {
            node->style = YamlNode::Style::Plain;
            node->scalar = m_text.mid(content, yamltext::nullWordAt(m_text, content));
            node->span = m_file.span(content, content + node->scalar.size());
        } else {
            node->style = YamlNode::Style::Empty;
            const qsizetype pos = emptyNodePosition();
            node->span = m_file.span(pos, pos);
        }
        addLeaf(node, anchor);
    }

    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        const qsizetype at = m_marks.offset(mark);
        const auto target = m_anchors.find(anchor);
        if (target == m_anchors.end())
            throw BuildError { at, DocumentText::tr("alias to an anchor that is not complete (recursive alias)") };
        auto node = std::make_shared<YamlNodeData>(*target->second);
        node->alias = true;
        node->aliasName = target->second->anchor;
        node->anchor.clear();
        node->flowContext = inFlow();
        node->span = m_file.span(at, yamltext::aliasEnd(m_text, at));
        count(node->weight, at);
        attach(node);
    }

    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                  const std::string &value) override
    {
        auto node = newNode(YamlNode::Kind::Scalar, mark, anchor);
        node->tag = explicitTag(tag);
        node->scalar = QString::fromStdString(value);
        const qsizetype start = yamltext::skipProperties(m_text, m_marks.offset(mark));
        const QChar c = start < m_text.size() ? m_text.at(start) : QChar();
        qsizetype end = start;
        if (c == QLatin1Char('\'')) {
            node->style = YamlNode::Style::SingleQuoted;
            end = yamltext::singleQuotedEnd(m_text, start);
        } else if (c == QLatin1Char('"')) {
            node->style = YamlNode::Style::DoubleQuoted;
            end = yamltext::doubleQuotedEnd(m_text, start);
        } else if (c == QLatin1Char('|') || c == QLatin1Char('>')) {
            node->style = c == QLatin1Char('|') ? YamlNode::Style::Literal : YamlNode::Style::Folded;
            end = yamltext::blockScalarEnd(m_text, start, parentIndent());
        } else {
            node->style = YamlNode::Style::Plain;
            end = yamltext::plainEnd(m_text, start, parentIndent(), inFlow(), expectingMapKey());
        }
        if (end < 0)
            throw BuildError { start, DocumentText::tr("unterminated quoted scalar (the closing quote is missing)") };
        node->span = m_file.span(start, end);
        addLeaf(node, anchor);
    }

    void OnSequenceStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value style) override
    {
        openCollection(YamlNode::Kind::Sequence, mark, tag, anchor, style);
    }
    void OnSequenceEnd() override { closeCollection(); }

    void OnMapStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value style) override
    {
        openCollection(YamlNode::Kind::Map, mark, tag, anchor, style);
    }
    void OnMapEnd() override { closeCollection(); }

private:
    struct Open
    {
        NodePtr node;
        YAML::anchor_t anchor;
    };

    static QString explicitTag(const std::string &tag)
    {
        // "?" (plain) and "!" (quoted) are yaml-cpp's non-specific tags: nothing was written.
        return tag == "?" || tag == "!" ? QString() : QString::fromStdString(tag);
    }

    NodePtr newNode(YamlNode::Kind kind, const YAML::Mark &, YAML::anchor_t anchor)
    {
        auto node = std::make_shared<YamlNodeData>();
        node->kind = kind;
        node->flowContext = inFlow();
        if (anchor != 0)
            node->anchor = m_anchorName;
        m_anchorName.clear();
        return node;
    }

    bool inFlow() const { return !m_stack.empty() && m_stack.back().node->style == YamlNode::Style::Flow; }
    bool expectingMapKey() const
    {
        return !m_stack.empty() && m_stack.back().node->kind == YamlNode::Kind::Map
            && m_stack.back().node->children.size() % 2 == 0;
    }
    bool expectingMapValue() const
    {
        return !m_stack.empty() && m_stack.back().node->kind == YamlNode::Kind::Map
            && m_stack.back().node->children.size() % 2 == 1;
    }
    int parentIndent() const
    {
        if (m_stack.empty())
            return -1;
        const auto &parent = m_stack.back().node;
        return parent->style == YamlNode::Style::Block ? parent->indentColumn - 1 : -1;
    }

    // Where a value written as nothing sits: right after the `:` or `-` that introduces it.
    qsizetype emptyNodePosition() const
    {
        if (m_stack.empty())
            return 0;
        const auto &parent = m_stack.back().node;
        const qsizetype from = parent->children.isEmpty() ? parent->span.start.offset
                                                          : parent->children.constLast()->span.end.offset;
        const qsizetype p = yamltext::skipSpaceAndComments(m_text, from);
        const QChar c = p < m_text.size() ? m_text.at(p) : QChar();
        if (c == QLatin1Char(':') || c == QLatin1Char('-') || c == QLatin1Char('?'))
            return p + 1;
        return from;
    }

    void count(qint64 weight, qsizetype at)
    {
        m_visited += weight;
        if (m_visited > m_limits.maxNodes)
            throw BuildError { at,
                DocumentText::tr("too many nodes (alias expansion?): more than %1").arg(m_limits.maxNodes) };
    }

    void addLeaf(const NodePtr &node, YAML::anchor_t anchor)
    {
        count(1, node->span.start.offset);
        if (anchor != 0)
            m_anchors[anchor] = node;
        attach(node);
    }

    void attach(const NodePtr &node)
    {
        if (m_stack.empty()) {
            if (!m_root)
                m_root = node;
            return;
        }
        auto &parent = m_stack.back().node;
        parent->children.append(node);
        parent->weight = std::min(parent->weight + node->weight, m_limits.maxNodes + 1);
    }

    void openCollection(YamlNode::Kind kind, const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                        YAML::EmitterStyle::value style)
    {
        auto node = newNode(kind, mark, anchor);
        node->tag = explicitTag(tag);
        node->style = style == YAML::EmitterStyle::Flow ? YamlNode::Style::Flow : YamlNode::Style::Block;
        const qsizetype start = yamltext::skipProperties(m_text, m_marks.offset(mark));
        node->span = m_file.span(start, start);
        node->indentColumn = node->span.start.column;
        if (kind == YamlNode::Kind::Sequence && node->style == YamlNode::Style::Block && expectingMapValue()
            && m_stack.back().node->style == YamlNode::Style::Block)
            node->itemsIndented = node->indentColumn > m_stack.back().node->indentColumn;
        if (int(m_stack.size()) >= m_limits.maxDepth)
            throw BuildError { start,
                DocumentText::tr("nesting too deep (more than %1 levels)").arg(m_limits.maxDepth) };
        count(1, start);
        m_stack.push_back(Open{node, anchor});
    }

    void closeCollection()
    {
        Open open = m_stack.back();
        m_stack.pop_back();
        NodePtr &node = open.node;
        const qsizetype start = node->span.start.offset;
        const qsizetype lastEnd = node->children.isEmpty() ? start + 1 : node->children.constLast()->span.end.offset;
        qsizetype end = lastEnd;
        if (node->style == YamlNode::Style::Flow)
            end = yamltext::flowEnd(m_text, lastEnd);
        node->span = m_file.span(start, std::max(start, end));
        if (open.anchor != 0)
            m_anchors[open.anchor] = node;
        attach(node);
    }

    const TextFile &m_file;
    const QString &m_text;
    const MarkMap &m_marks;
    const YamlLimits &m_limits;
    std::vector<Open> m_stack;
    std::unordered_map<YAML::anchor_t, std::shared_ptr<const YamlNodeData>> m_anchors;
    QString m_anchorName;
    std::shared_ptr<const YamlNodeData> m_root;
    qint64 m_visited = 0;
    int m_documents = 0;
    qsizetype m_secondDocument = -1;
};

Error errorAt(const TextFile &file, const QString &fileName, qsizetype offset, const QString &message)
{
    const TextPos pos = file.posAt(offset);
    return Error{message, fileName, pos.line, pos.column};
}

std::shared_ptr<const YamlNodeData> emptyRoot(const TextFile &file)
{
    auto node = std::make_shared<YamlNodeData>();
    node->span = file.span(0, 0);
    return node;
}

} // namespace

// --- YamlNode ---------------------------------------------------------------------------------

YamlNode::Kind YamlNode::kind() const
{
    return d ? d->kind : Kind::Invalid;
}

YamlNode::Style YamlNode::style() const
{
    return d ? d->style : Style::None;
}

bool YamlNode::isQuotedString() const
{
    return resolvedType() == ResolvedType::String && isScalar();
}

YamlNode::ResolvedType YamlNode::resolvedType() const
{
    if (!d)
        return ResolvedType::None;
    switch (d->kind) {
    case Kind::Invalid:
        return ResolvedType::None;
    case Kind::Null:
        return ResolvedType::Null;
    case Kind::Sequence:
        return ResolvedType::Sequence;
    case Kind::Map:
        return ResolvedType::Map;
    case Kind::Scalar:
        break;
    }
    static const QLatin1String prefix("tag:yaml.org,2002:");
    if (d->tag.startsWith(prefix)) {
        const QStringView name = QStringView(d->tag).mid(prefix.size());
        if (name == u"int")
            return ResolvedType::Int;
        if (name == u"float")
            return ResolvedType::Float;
        if (name == u"bool")
            return ResolvedType::Bool;
        if (name == u"null")
            return ResolvedType::Null;
        if (name == u"timestamp")
            return ResolvedType::Timestamp;
        return ResolvedType::String;
    }
    if (d->style != Style::Plain || !d->tag.isEmpty())
        return ResolvedType::String;
    return yamltext::resolvePlain(d->scalar);
}

QString YamlNode::scalar() const
{
    return d && d->kind == Kind::Scalar ? d->scalar : QString();
}

QString YamlNode::tag() const
{
    return d ? d->tag : QString();
}

QString YamlNode::anchor() const
{
    return d ? d->anchor : QString();
}

bool YamlNode::isAlias() const
{
    return d && d->alias;
}

QString YamlNode::aliasName() const
{
    return d ? d->aliasName : QString();
}

TextSpan YamlNode::span() const
{
    return d ? d->span : TextSpan();
}

int YamlNode::indentColumn() const
{
    return d ? d->indentColumn : 0;
}

bool YamlNode::itemsIndented() const
{
    return d && d->itemsIndented;
}

int YamlNode::size() const
{
    if (!d)
        return 0;
    if (d->kind == Kind::Sequence)
        return int(d->children.size());
    if (d->kind == Kind::Map)
        return int(d->children.size() / 2);
    return 0;
}

YamlNode YamlNode::at(int index) const
{
    if (!d || d->kind != Kind::Sequence || index < 0 || index >= d->children.size())
        return YamlNode();
    return YamlNode(d->children.at(index));
}

QVector<YamlNode> YamlNode::items() const
{
    QVector<YamlNode> result;
    if (!d || d->kind != Kind::Sequence)
        return result;
    result.reserve(d->children.size());
    for (const auto &child : d->children)
        result.append(YamlNode(child));
    return result;
}

QVector<YamlNode::Pair> YamlNode::pairs() const
{
    QVector<Pair> result;
    if (!d || d->kind != Kind::Map)
        return result;
    result.reserve(d->children.size() / 2);
    for (qsizetype i = 0; i + 1 < d->children.size(); i += 2)
        result.append(Pair{YamlNode(d->children.at(i)), YamlNode(d->children.at(i + 1))});
    return result;
}

YamlField YamlNode::field(QStringView key) const
{
    if (!d || d->kind != Kind::Map)
        return YamlField();
    for (qsizetype i = 0; i + 1 < d->children.size(); i += 2) {
        const auto &k = d->children.at(i);
        if (k->kind == Kind::Scalar && k->scalar == key)
            return YamlField{YamlNode(k), YamlNode(d->children.at(i + 1))};
    }
    return YamlField();
}

YamlNode YamlNode::path(const QStringList &keys) const
{
    YamlNode node = *this;
    for (const QString &key : keys)
        node = node.get(key);
    return node;
}

QStringList YamlNode::keys() const
{
    QStringList result;
    for (const Pair &pair : pairs())
        result.append(pair.key.scalar());
    return result;
}

QString YamlNode::typeName(ResolvedType type)
{
    switch (type) {
    case ResolvedType::None:
        return QStringLiteral("nothing");
    case ResolvedType::Null:
        return QStringLiteral("null");
    case ResolvedType::Bool:
        return QStringLiteral("bool");
    case ResolvedType::Int:
        return QStringLiteral("int");
    case ResolvedType::Float:
        return QStringLiteral("float");
    case ResolvedType::Timestamp:
        return QStringLiteral("timestamp");
    case ResolvedType::String:
        return QStringLiteral("string");
    case ResolvedType::Sequence:
        return QStringLiteral("sequence");
    case ResolvedType::Map:
        return QStringLiteral("mapping");
    }
    return QString();
}

// --- YamlDocument -----------------------------------------------------------------------------

YamlDocument::YamlDocument() : m_root(emptyRoot(m_file)) {}

Result<YamlDocument> YamlDocument::parse(const QByteArray &bytes, const QString &fileName, const YamlLimits &limits)
{
    return parse(TextFile::fromBytes(bytes), fileName, limits);
}

Result<YamlDocument> YamlDocument::parse(const TextFile &file, const QString &fileName, const YamlLimits &limits)
{
    if (auto problem = yamltext::precheck(file, fileName, limits))
        return *problem;

    const MarkMap marks(file);
    const QByteArray utf8 = marks.utf8();
    std::istringstream input(std::string(utf8.constData(), size_t(utf8.size())));
    TreeBuilder builder(file, marks, limits);
    try {
        YAML::Parser parser(input);
        if (parser.HandleNextDocument(builder) && parser.HandleNextDocument(builder))
            return errorAt(file, fileName, builder.secondDocumentOffset(),
                DocumentText::tr("more than one YAML document in the file (expected a single document)"));
    } catch (const BuildError &error) {
        return errorAt(file, fileName, error.offset, error.message);
    } catch (const YAML::Exception &error) {
        return errorAt(file, fileName, marks.offset(error.mark),
            DocumentText::tr("YAML syntax error: %1").arg(QString::fromStdString(error.msg)));
    } catch (const std::exception &error) {
        return Error { DocumentText::tr("YAML parser failure: %1").arg(QString::fromLocal8Bit(error.what())), fileName,
            0, 0 };
    }

    YamlDocument document;
    document.m_file = file;
    document.m_fileName = fileName;
    document.m_root = builder.root() ? YamlNode(builder.root()) : YamlNode(emptyRoot(file));
    return document;
}

} // namespace envlens
