#include "documents/pythonimports.h"

#include <QHash>

#include <algorithm>
#include <vector>

namespace envlens {

namespace {

struct Token
{
    enum class Kind { Name, Op, String, Number };
    Kind kind;
    qsizetype offset;
    qsizetype length;
};

bool isNameStart(QChar c)
{
    return c == QLatin1Char('_') || (c.unicode() < 0x80 ? c.isLetter() : c.isLetterOrNumber());
}

bool isNameChar(QChar c)
{
    return c == QLatin1Char('_') || c.isLetterOrNumber();
}

bool isStringPrefix(QStringView name)
{
    if (name.size() > 2)
        return false;
    return std::all_of(name.begin(), name.end(), [](QChar c) {
        const char16_t u = c.toLower().unicode();
        return u == u'r' || u == u'b' || u == u'u' || u == u'f';
    });
}

// Splits source into logical lines of tokens (strings and comments are never code) and hands
// each line, with its indentation, to the statement reader.
class Tokenizer
{
public:
    explicit Tokenizer(QStringView source) : m_src(source) {}

    // Fills tokens with the next logical line; false at the end of the source.
    bool nextLine(std::vector<Token> &tokens, int &indent)
    {
        tokens.clear();
        indent = -1;
        int depth = 0;
        int column = 0;
        bool lineStart = true;
        const qsizetype n = m_src.size();
        while (m_pos < n) {
            const QChar c = m_src.at(m_pos);
            if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
                ++m_pos;
                lineStart = true;
                column = 0;
                if (depth == 0 && !tokens.empty())
                    return true;
                continue;
            }
            if (c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\f')) {
                if (lineStart)
                    column = c == QLatin1Char('\t') ? (column / 8 + 1) * 8 : column + 1;
                ++m_pos;
                continue;
            }
            if (c == QLatin1Char('#')) {
                while (m_pos < n && m_src.at(m_pos) != QLatin1Char('\n') && m_src.at(m_pos) != QLatin1Char('\r'))
                    ++m_pos;
                continue;
            }
            if (c == QLatin1Char('\\') && m_pos + 1 < n
                && (m_src.at(m_pos + 1) == QLatin1Char('\n') || m_src.at(m_pos + 1) == QLatin1Char('\r'))) {
                m_pos += 2;
                if (m_pos < n && m_src.at(m_pos - 1) == QLatin1Char('\r') && m_src.at(m_pos) == QLatin1Char('\n'))
                    ++m_pos;
                lineStart = false; // a joined line's indentation is not a new indentation
                continue;
            }
            if (indent < 0)
                indent = column;
            lineStart = false;
            tokens.push_back(readToken(depth));
        }
        return !tokens.empty();
    }

private:
    Token readToken(int &depth)
    {
        const qsizetype start = m_pos;
        const QChar c = m_src.at(m_pos);
        if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            skipString();
            return Token{Token::Kind::String, start, m_pos - start};
        }
        if (isNameStart(c)) {
            while (m_pos < m_src.size() && isNameChar(m_src.at(m_pos)))
                ++m_pos;
            if (m_pos < m_src.size() && (m_src.at(m_pos) == QLatin1Char('"') || m_src.at(m_pos) == QLatin1Char('\''))
                && isStringPrefix(m_src.mid(start, m_pos - start))) {
                skipString();
                return Token{Token::Kind::String, start, m_pos - start};
            }
            return Token{Token::Kind::Name, start, m_pos - start};
        }
        if (c.isDigit() || (c == QLatin1Char('.') && m_pos + 1 < m_src.size() && m_src.at(m_pos + 1).isDigit())) {
            while (m_pos < m_src.size() && (isNameChar(m_src.at(m_pos)) || m_src.at(m_pos) == QLatin1Char('.')))
                ++m_pos;
            return Token{Token::Kind::Number, start, m_pos - start};
        }
        if (c == QLatin1Char('(') || c == QLatin1Char('[') || c == QLatin1Char('{'))
            ++depth;
        else if ((c == QLatin1Char(')') || c == QLatin1Char(']') || c == QLatin1Char('}')) && depth > 0)
            --depth;
        ++m_pos;
        return Token{Token::Kind::Op, start, 1};
    }

    // From an opening quote: to after the closing one. Single-quoted strings also end at a line
    // break, so an unterminated string costs one line, not the rest of the file.
    void skipString()
    {
        const qsizetype n = m_src.size();
        const QChar quote = m_src.at(m_pos);
        const bool triple = m_pos + 2 < n && m_src.at(m_pos + 1) == quote && m_src.at(m_pos + 2) == quote;
        m_pos += triple ? 3 : 1;
        while (m_pos < n) {
            const QChar c = m_src.at(m_pos);
            if (c == QLatin1Char('\\')) {
                m_pos += 2;
                continue;
            }
            if (!triple && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
                return;
            if (c == quote) {
                if (!triple) {
                    ++m_pos;
                    return;
                }
                if (m_pos + 2 < n && m_src.at(m_pos + 1) == quote && m_src.at(m_pos + 2) == quote) {
                    m_pos += 3;
                    return;
                }
            }
            ++m_pos;
        }
        m_pos = std::min(m_pos, n);
    }

    QStringView m_src;
    qsizetype m_pos = 0;
};

class ImportReader
{
public:
    explicit ImportReader(QStringView source) : m_src(source)
    {
        m_lineStarts.push_back(0);
        for (qsizetype i = 0; i < source.size(); ++i) {
            const QChar c = source.at(i);
            if (c == QLatin1Char('\n')
                || (c == QLatin1Char('\r') && (i + 1 == source.size() || source.at(i + 1) != QLatin1Char('\n'))))
                m_lineStarts.push_back(i + 1);
        }
    }

    QVector<PythonImport> run()
    {
        Tokenizer tokenizer(m_src);
        std::vector<Token> tokens;
        int indent = 0;
        while (tokenizer.nextLine(tokens, indent))
            logicalLine(tokens, indent);
        return m_imports;
    }

private:
    struct Block
    {
        int indent;
        int context;
    };

    QStringView text(const Token &t) const { return m_src.mid(t.offset, t.length); }
    bool isName(const std::vector<Token> &t, size_t i, const char *word) const
    {
        return i < t.size() && t[i].kind == Token::Kind::Name && text(t[i]) == QLatin1String(word);
    }
    bool isOp(const std::vector<Token> &t, size_t i, char op) const
    {
        return i < t.size() && t[i].kind == Token::Kind::Op && m_src.at(t[i].offset) == QLatin1Char(op);
    }

    void logicalLine(const std::vector<Token> &tokens, int indent)
    {
        while (!m_blocks.empty() && m_blocks.back().indent >= indent)
            m_blocks.pop_back();
        int context = 0;
        for (const Block &block : m_blocks)
            context |= block.context;

        size_t begin = 0;
        int header = 0;
        if (headerContext(tokens, indent, header)) {
            const size_t colon = depthZeroColon(tokens);
            begin = colon + 1;
            if (begin >= tokens.size()) {
                m_blocks.push_back(Block{indent, header});
                return;
            }
            context |= header;
        }
        statements(tokens, begin, context);
    }

    size_t depthZeroColon(const std::vector<Token> &tokens) const
    {
        int depth = 0;
        for (size_t i = 0; i < tokens.size(); ++i) {
            if (tokens[i].kind != Token::Kind::Op)
                continue;
            const QChar c = m_src.at(tokens[i].offset);
            if (c == QLatin1Char('(') || c == QLatin1Char('[') || c == QLatin1Char('{'))
                ++depth;
            else if (c == QLatin1Char(')') || c == QLatin1Char(']') || c == QLatin1Char('}'))
                depth = std::max(0, depth - 1);
            else if (c == QLatin1Char(':') && depth == 0)
                return i;
        }
        return tokens.size();
    }

    // Whether the line opens a block, and the context its body adds.
    bool headerContext(const std::vector<Token> &tokens, int indent, int &context)
    {
        if (tokens.empty() || tokens[0].kind != Token::Kind::Name || depthZeroColon(tokens) == tokens.size())
            return false;
        size_t k = isName(tokens, 0, "async") ? 1 : 0;
        const QStringView word = k < tokens.size() ? text(tokens[k]) : QStringView();
        const auto remember = [&](const QString &kind) { m_lastHeader[indent] = kind; };
        if (word == u"def") {
            context = PythonImport::InFunction;
        } else if (word == u"class") {
            context = PythonImport::InClass;
        } else if (word == u"try" || word == u"finally") {
            context = PythonImport::InTry;
            remember(QStringLiteral("try"));
        } else if (word == u"except") {
            context = PythonImport::InExcept;
            remember(QStringLiteral("try"));
        } else if (word == u"if") {
            bool typeChecking = false, negated = false;
            for (size_t i = 1; i < tokens.size(); ++i) {
                typeChecking = typeChecking || isName(tokens, i, "TYPE_CHECKING");
                negated = negated || isName(tokens, i, "not");
            }
            context = typeChecking && !negated ? PythonImport::InTypeChecking : PythonImport::InConditional;
            remember(context == PythonImport::InTypeChecking ? QStringLiteral("typing") : QStringLiteral("if"));
        } else if (word == u"elif" || word == u"while" || word == u"for") {
            context = PythonImport::InConditional;
            remember(QStringLiteral("if"));
        } else if (word == u"else") {
            const QString previous = m_lastHeader.value(indent);
            context = previous == QLatin1String("try") ? int(PythonImport::InTry) : int(PythonImport::InConditional);
        } else if (word == u"with") {
            context = 0;
        } else if ((word == u"match" || word == u"case") && tokens.size() > k + 1
                   && !(tokens[k + 1].kind == Token::Kind::Op && !isOp(tokens, k + 1, '(')
                        && !isOp(tokens, k + 1, '[') && !isOp(tokens, k + 1, '-'))) {
            context = PythonImport::InConditional;
        } else {
            return false;
        }
        return true;
    }

    void statements(const std::vector<Token> &tokens, size_t begin, int context)
    {
        size_t start = begin;
        for (size_t i = begin; i <= tokens.size(); ++i) {
            if (i == tokens.size() || isOp(tokens, i, ';')) {
                statement(tokens, start, i, context);
                start = i + 1;
            }
        }
    }

    void statement(const std::vector<Token> &t, size_t i, size_t end, int context)
    {
        if (isName(t, i, "import")) {
            ++i;
            while (i < end) {
                PythonImport import;
                if (!dottedName(t, i, end, import))
                    return;
                import.context = context;
                m_imports.append(import);
                if (isName(t, i, "as"))
                    i += 2;
                if (!isOp(t, i, ','))
                    return;
                ++i;
            }
        } else if (isName(t, i, "from")) {
            ++i;
            PythonImport import;
            while (i < end && isOp(t, i, '.')) {
                if (import.level == 0)
                    setPosition(import, t[i]);
                ++import.level;
                ++i;
            }
            if (i < end && t[i].kind == Token::Kind::Name && !isName(t, i, "import"))
                dottedName(t, i, end, import);
            if (!isName(t, i, "import") || (import.level == 0 && import.module.isEmpty()))
                return;
            for (++i; i < end; ++i) {
                if (t[i].kind == Token::Kind::Name && !isName(t, i - 1, "as") && !isName(t, i, "as"))
                    import.names.append(text(t[i]).toString());
                else if (isOp(t, i, '*'))
                    import.names.append(QStringLiteral("*"));
            }
            if (import.level > 0)
                import.topLevel.clear();
            import.context = context;
            m_imports.append(import);
        }
    }

    bool dottedName(const std::vector<Token> &t, size_t &i, size_t end, PythonImport &import) const
    {
        if (i >= end || t[i].kind != Token::Kind::Name)
            return false;
        if (import.line == 0)
            setPosition(import, t[i]);
        import.module = text(t[i]).toString();
        import.topLevel = import.module;
        ++i;
        while (i + 1 < end && isOp(t, i, '.') && t[i + 1].kind == Token::Kind::Name) {
            import.module += QLatin1Char('.') + text(t[i + 1]).toString();
            i += 2;
        }
        return true;
    }

    void setPosition(PythonImport &import, const Token &token) const
    {
        const auto it = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), token.offset);
        import.line = int(it - m_lineStarts.cbegin());
        import.column = int(token.offset - *(it - 1)) + 1;
    }

    QStringView m_src;
    std::vector<qsizetype> m_lineStarts;
    std::vector<Block> m_blocks;
    QHash<int, QString> m_lastHeader;
    QVector<PythonImport> m_imports;
};

} // namespace

QVector<PythonImport> extractPythonImports(QStringView source)
{
    return ImportReader(source).run();
}

} // namespace envlens
