#include "documents/yamltext.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <vector>

namespace envlens::yamltext {

namespace {

// lupdate files DocumentText::tr() under the same context the code asks for at run time.
class DocumentText
{
    Q_DECLARE_TR_FUNCTIONS(envlens::DocumentText)
};

Error errorAt(const TextFile &file, const QString &fileName, qsizetype offset, const QString &message)
{
    const TextPos pos = file.posAt(offset);
    return Error{message, fileName, pos.line, pos.column};
}

bool isFlowIndicator(QChar c)
{
    return c == QLatin1Char(',') || c == QLatin1Char('[') || c == QLatin1Char(']') || c == QLatin1Char('{')
        || c == QLatin1Char('}');
}

bool isDelimiter(const QString &text, qsizetype pos)
{
    return pos >= text.size() || isBlank(text.at(pos)) || isBreak(text.at(pos)) || isFlowIndicator(text.at(pos));
}

// The structure scan: block levels from indentation (and compact "- - x" items), flow levels from
// brackets outside quotes and comments. It errs towards counting, never towards missing a level.
// It also counts a lower bound of the nodes (one per `- ` item, two per `key:`), so that a huge
// flat document is refused before yaml-cpp spends seconds on events the budget would refuse.
class DepthScanner
{
public:
    enum class Limit { None, Depth, Nodes };

    DepthScanner(const QString &text, int maxDepth, qint64 maxNodes)
        : m_text(text), m_maxDepth(maxDepth), m_maxNodes(maxNodes)
    {
    }

    Limit limit() const { return m_limit; }

    // Offset where a limit is passed, or -1.
    qsizetype run()
    {
        qsizetype pos = 0;
        const qsizetype n = m_text.size();
        while (pos < n) {
            const qsizetype end = lineEndFrom(m_text, pos);
            const qsizetype over = scanLine(pos, end);
            if (over >= 0)
                return over;
            pos = nextLineStart(m_text, end);
        }
        return -1;
    }

private:
    qsizetype scanLine(qsizetype start, qsizetype end)
    {
        qsizetype p = start;
        if (m_quote.isNull() && m_flow == 0) {
            int indent = 0;
            while (p < end && m_text.at(p) == QLatin1Char(' ')) {
                ++p;
                ++indent;
            }
            if (p == end || m_text.at(p) == QLatin1Char('#'))
                return -1;
            if (m_blockScalarIndent >= 0 && indent > m_blockScalarIndent)
                return -1;
            m_blockScalarIndent = -1;
            while (!m_indents.empty() && m_indents.back() > indent)
                m_indents.pop_back();
            if (m_indents.empty() || m_indents.back() < indent)
                m_indents.push_back(indent);
            m_lineIndent = indent;
            while (p < end && (m_text.at(p) == QLatin1Char('-') || m_text.at(p) == QLatin1Char('?'))
                   && (p + 1 == end || isBlank(m_text.at(p + 1)))) {
                ++p;
                while (p < end && isBlank(m_text.at(p)))
                    ++p;
                m_indents.push_back(int(p - start));
                if (int(m_indents.size()) > m_maxDepth)
                    return over(Limit::Depth, p);
                if (++m_nodes > m_maxNodes)
                    return over(Limit::Nodes, p);
            }
            if (int(m_indents.size()) > m_maxDepth)
                return over(Limit::Depth, p);
        }
        return scanTokens(p, start, end);
    }

    qsizetype over(Limit limit, qsizetype offset)
    {
        m_limit = limit;
        return offset;
    }

    qsizetype scanTokens(qsizetype p, qsizetype lineStart, qsizetype end)
    {
        bool keySeen = false;
        for (; p < end; ++p) {
            const QChar c = m_text.at(p);
            if (!m_quote.isNull()) {
                if (m_quote == QLatin1Char('"') && c == QLatin1Char('\\'))
                    ++p;
                else if (c == m_quote && m_quote == QLatin1Char('\'') && p + 1 < end && m_text.at(p + 1) == c)
                    ++p;
                else if (c == m_quote)
                    m_quote = QChar();
                continue;
            }
            const bool tokenStart = p == lineStart || isBlank(m_text.at(p - 1))
                || (m_flow > 0 && (isFlowIndicator(m_text.at(p - 1)) || m_text.at(p - 1) == QLatin1Char(':')));
            if (c == QLatin1Char('#') && (p == lineStart || isBlank(m_text.at(p - 1))))
                return -1;
            if ((c == QLatin1Char('[') || c == QLatin1Char('{')) && (m_flow > 0 || tokenStart)) {
                ++m_flow;
                if (m_flow + int(m_indents.size()) > m_maxDepth)
                    return over(Limit::Depth, p);
            } else if ((c == QLatin1Char(']') || c == QLatin1Char('}')) && m_flow > 0) {
                --m_flow;
            } else if ((c == QLatin1Char('\'') || c == QLatin1Char('"')) && tokenStart) {
                m_quote = c;
            } else if (c == QLatin1Char(':') && m_flow == 0 && !keySeen
                       && (p + 1 == end || isBlank(m_text.at(p + 1)))) {
                keySeen = true;
                m_nodes += 2;
                if (m_nodes > m_maxNodes)
                    return over(Limit::Nodes, p);
            } else if ((c == QLatin1Char('|') || c == QLatin1Char('>')) && tokenStart && m_flow == 0) {
                m_blockScalarIndent = m_lineIndent;
                return -1;
            }
        }
        return -1;
    }

    const QString &m_text;
    const int m_maxDepth;
    const qint64 m_maxNodes;
    qint64 m_nodes = 0;
    Limit m_limit = Limit::None;
    std::vector<int> m_indents;
    int m_flow = 0;
    int m_lineIndent = 0;
    int m_blockScalarIndent = -1;
    QChar m_quote;
};

} // namespace

bool isBlank(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t');
}

bool isBreak(QChar c)
{
    return c == QLatin1Char('\n') || c == QLatin1Char('\r');
}

qsizetype lineEndFrom(const QString &text, qsizetype pos)
{
    const qsizetype n = text.size();
    while (pos < n && !isBreak(text.at(pos)))
        ++pos;
    return pos;
}

qsizetype nextLineStart(const QString &text, qsizetype pos)
{
    pos = lineEndFrom(text, pos);
    if (pos < text.size() && text.at(pos) == QLatin1Char('\r'))
        ++pos;
    if (pos < text.size() && text.at(pos) == QLatin1Char('\n'))
        ++pos;
    return pos;
}

std::optional<Error> precheck(const TextFile &file, const QString &fileName, const YamlLimits &limits)
{
    if (file.bytes().size() > limits.maxSize) {
        return Error { DocumentText::tr("file too large for YAML (%1 bytes; the limit is %2)")
                           .arg(file.bytes().size())
                           .arg(limits.maxSize),
            fileName, 0, 0 };
    }
    if (file.firstNul() >= 0)
        return errorAt(
            file, fileName, file.firstNul(), DocumentText::tr("binary content (NUL byte); not a YAML text file"));
    for (int line = 1; line <= file.lineCount(); ++line) {
        const qsizetype length = file.lineEnd(line) - file.lineStart(line);
        if (length > limits.maxLineLength) {
            return Error { DocumentText::tr("line %1 is too long (%2 characters; the limit is %3)")
                               .arg(line)
                               .arg(length)
                               .arg(limits.maxLineLength),
                fileName, line, int(limits.maxLineLength) + 1 };
        }
    }
    DepthScanner scanner(file.text(), limits.maxDepth, limits.maxNodes);
    const qsizetype over = scanner.run();
    if (over >= 0 && scanner.limit() == DepthScanner::Limit::Depth)
        return errorAt(
            file, fileName, over, DocumentText::tr("nesting too deep (more than %1 levels)").arg(limits.maxDepth));
    if (over >= 0)
        return errorAt(file, fileName, over,
            DocumentText::tr("too many nodes (alias expansion?): more than %1").arg(limits.maxNodes));
    return std::nullopt;
}

qsizetype skipSpaceAndComments(const QString &text, qsizetype pos)
{
    const qsizetype n = text.size();
    while (pos < n) {
        const QChar c = text.at(pos);
        if (isBlank(c) || isBreak(c))
            ++pos;
        else if (c == QLatin1Char('#'))
            pos = lineEndFrom(text, pos);
        else
            break;
    }
    return pos;
}

qsizetype skipProperties(const QString &text, qsizetype pos)
{
    const qsizetype n = text.size();
    while (pos < n && (text.at(pos) == QLatin1Char('!') || text.at(pos) == QLatin1Char('&'))) {
        if (text.at(pos) == QLatin1Char('!') && pos + 1 < n && text.at(pos + 1) == QLatin1Char('<')) {
            while (pos < n && text.at(pos) != QLatin1Char('>') && !isBreak(text.at(pos)))
                ++pos;
            if (pos < n && text.at(pos) == QLatin1Char('>'))
                ++pos;
        } else {
            while (pos < n && !isBlank(text.at(pos)) && !isBreak(text.at(pos)) && text.at(pos) != QLatin1Char(',')
                   && text.at(pos) != QLatin1Char(']') && text.at(pos) != QLatin1Char('}'))
                ++pos;
        }
        pos = skipSpaceAndComments(text, pos);
    }
    return pos;
}

namespace {

// One line of a plain scalar: its content end and whether the line break (not an indicator or
// a comment) stopped it, i.e. whether a continuation line may follow.
qsizetype plainLineEnd(const QString &text, qsizetype pos, bool inFlow, bool &stoppedAtBreak)
{
    const qsizetype n = text.size();
    qsizetype last = pos;
    stoppedAtBreak = true;
    for (qsizetype p = pos; p < n; ++p) {
        const QChar c = text.at(p);
        if (isBreak(c))
            return last;
        const bool stop = (c == QLatin1Char('#') && p > pos && isBlank(text.at(p - 1)))
            || (c == QLatin1Char(':')
                && (p + 1 == n || isBlank(text.at(p + 1)) || isBreak(text.at(p + 1))
                    || (inFlow && isFlowIndicator(text.at(p + 1)))))
            || (inFlow && isFlowIndicator(c));
        if (stop) {
            stoppedAtBreak = false;
            return last;
        }
        if (!isBlank(c))
            last = p + 1;
    }
    return last;
}

bool isDocumentMarker(const QString &text, qsizetype lineStart)
{
    const QStringView rest = QStringView(text).mid(lineStart, 3);
    return (rest == u"---" || rest == u"...") && isDelimiter(text, lineStart + 3);
}

} // namespace

qsizetype plainEnd(const QString &text, qsizetype start, int parentIndent, bool inFlow, bool isKey)
{
    bool atBreak = false;
    qsizetype end = plainLineEnd(text, start, inFlow, atBreak);
    if (isKey)
        return end;
    const qsizetype n = text.size();
    while (atBreak) {
        qsizetype line = nextLineStart(text, end);
        // Blank lines fold into the value only when a continuation line follows them.
        qsizetype first = line;
        while (line < n) {
            first = line;
            while (first < n && isBlank(text.at(first)))
                ++first;
            if (first < n && !isBreak(text.at(first)))
                break;
            line = nextLineStart(text, first);
        }
        if (line >= n || first >= n)
            break;
        const int indent = int(first - line);
        const QChar c = text.at(first);
        if (c == QLatin1Char('#') || isDocumentMarker(text, line))
            break;
        if (inFlow ? isFlowIndicator(c) : indent <= parentIndent)
            break;
        end = plainLineEnd(text, first, inFlow, atBreak);
    }
    return end;
}

qsizetype singleQuotedEnd(const QString &text, qsizetype start)
{
    const qsizetype n = text.size();
    for (qsizetype p = start + 1; p < n; ++p) {
        if (text.at(p) != QLatin1Char('\''))
            continue;
        if (p + 1 < n && text.at(p + 1) == QLatin1Char('\'')) {
            ++p;
            continue;
        }
        return p + 1;
    }
    return -1;
}

qsizetype doubleQuotedEnd(const QString &text, qsizetype start)
{
    const qsizetype n = text.size();
    for (qsizetype p = start + 1; p < n; ++p) {
        if (text.at(p) == QLatin1Char('\\'))
            ++p;
        else if (text.at(p) == QLatin1Char('"'))
            return p + 1;
    }
    return -1;
}

qsizetype blockScalarEnd(const QString &text, qsizetype start, int parentIndent)
{
    const qsizetype n = text.size();
    qsizetype end = start;
    const qsizetype headerEnd = lineEndFrom(text, start);
    while (end < headerEnd && !isBlank(text.at(end)))
        ++end;
    qsizetype line = nextLineStart(text, headerEnd);
    while (line < n) {
        qsizetype first = line;
        while (first < n && text.at(first) == QLatin1Char(' '))
            ++first;
        const qsizetype lineEnd = lineEndFrom(text, first);
        const bool blank = std::all_of(text.constBegin() + first, text.constBegin() + lineEnd,
                                       [](QChar c) { return isBlank(c); });
        if (!blank) {
            if (int(first - line) <= parentIndent || (parentIndent < 0 && isDocumentMarker(text, line)))
                break;
            end = lineEnd;
            while (end > first && isBlank(text.at(end - 1)))
                --end;
        }
        if (lineEnd >= n)
            break;
        line = nextLineStart(text, lineEnd);
    }
    return end;
}

qsizetype aliasEnd(const QString &text, qsizetype start)
{
    qsizetype p = start + 1;
    while (!isDelimiter(text, p))
        ++p;
    return p;
}

qsizetype flowEnd(const QString &text, qsizetype from)
{
    const qsizetype n = text.size();
    qsizetype p = from;
    while (p < n) {
        p = skipSpaceAndComments(text, p);
        if (p >= n)
            break;
        const QChar c = text.at(p);
        if (c == QLatin1Char(']') || c == QLatin1Char('}'))
            return p + 1;
        if (c != QLatin1Char(','))
            break;
        ++p;
    }
    return from;
}

int nullWordAt(const QString &text, qsizetype pos)
{
    static const QLatin1String words[] = {QLatin1String("null"), QLatin1String("Null"), QLatin1String("NULL"),
                                          QLatin1String("~")};
    for (const QLatin1String &word : words) {
        if (QStringView(text).mid(pos, word.size()) == word) {
            const qsizetype after = pos + word.size();
            if (isDelimiter(text, after) || text.at(after) == QLatin1Char(':'))
                return int(word.size());
        }
    }
    return 0;
}

bool nullKeyAt(const QString &text, qsizetype pos)
{
    const int length = nullWordAt(text, pos);
    if (length == 0)
        return false;
    qsizetype p = pos + length;
    while (p < text.size() && isBlank(text.at(p)))
        ++p;
    return p < text.size() && text.at(p) == QLatin1Char(':') && isDelimiter(text, p + 1);
}

YamlNode::ResolvedType resolvePlain(const QString &value)
{
    using Type = YamlNode::ResolvedType;
    // The regular expressions of PyYAML's resolver.py (Resolver.add_implicit_resolver calls).
    static const QRegularExpression boolRe(QStringLiteral(
        "^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$"));
    static const QRegularExpression floatRe(QStringLiteral(
        "^(?:[-+]?(?:[0-9][0-9_]*)\\.[0-9_]*(?:[eE][-+][0-9]+)?|\\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?"
        "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"));
    static const QRegularExpression intRe(QStringLiteral(
        "^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+"
        "|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$"));
    static const QRegularExpression nullRe(QStringLiteral("^(?:~|null|Null|NULL|)$"));
    static const QRegularExpression timestampRe(QStringLiteral(
        "^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?"
        "(?:[Tt]|[ \\t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\\.[0-9]*)?"
        "(?:[ \\t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$"));
    if (value.size() > 4096)
        return Type::String; // spares the regexes a megabyte of text; no real number is this long
    if (nullRe.match(value).hasMatch())
        return Type::Null;
    if (boolRe.match(value).hasMatch())
        return Type::Bool;
    if (intRe.match(value).hasMatch())
        return Type::Int;
    if (floatRe.match(value).hasMatch())
        return Type::Float;
    if (timestampRe.match(value).hasMatch())
        return Type::Timestamp;
    return Type::String;
}

} // namespace envlens::yamltext
