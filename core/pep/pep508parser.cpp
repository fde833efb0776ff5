#include "pep/pep508parser.h"

#include "pep/names.h"

#include <QCoreApplication>

#include <array>

namespace envlens::pep::detail {

namespace {

// The parser stops at the first problem, like packaging's ParserSyntaxError; the exception never leaves this file.
struct SyntaxFailure
{
    QString message;
    int spanStart = 0;
};

// A problem packaging reports with another exception type (a bad string literal): still invalid input.
struct OtherFailure
{
    QString message;
};

// lupdate files PepText::tr() under the same context the code asks for at run time.
class PepText
{
    Q_DECLARE_TR_FUNCTIONS(envlens::pep::PepText)
};

// Python's str.isspace(), which is what `\s` means in a str pattern.
bool isPySpace(QChar c)
{
    const char16_t u = c.unicode();
    return c.isSpace() || (u >= 0x1c && u <= 0x1f);
}

// Python's `\w` for str patterns.
bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool isAsciiAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return isDigit(c) || (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

bool isVersionSeparator(QChar c)
{
    return c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char('.');
}

// Does `word` (lower-case ASCII) occur at s[p], ignoring case?
bool hasWordAt(QStringView s, qsizetype p, QLatin1String word, Qt::CaseSensitivity cs = Qt::CaseInsensitive)
{
    return p + word.size() <= s.size() && s.mid(p, word.size()).compare(word, cs) == 0;
}

bool isBoundary(QStringView s, qsizetype p)
{
    const bool before = p > 0 && isWordChar(s[p - 1]);
    const bool after = p < s.size() && isWordChar(s[p]);
    return before != after;
}

qsizetype skipDigits(QStringView s, qsizetype p)
{
    while (p < s.size() && isDigit(s[p]))
        ++p;
    return p;
}

qsizetype skipSpaces(QStringView s, qsizetype p)
{
    while (p < s.size() && isPySpace(s[p]))
        ++p;
    return p;
}

qsizetype skipSeparator(QStringView s, qsizetype p)
{
    return p < s.size() && isVersionSeparator(s[p]) ? p + 1 : p;
}

// The optional segments of packaging's specifier regex. Each is optional and everything after it is optional
// too, so the regex engine's first (greedy, ordered-alternation) success is final: no later failure can make
// it backtrack into a segment.
qsizetype matchPreSegment(QStringView s, qsizetype p)
{
    static const std::array<QLatin1String, 8> words
        = { QLatin1String("alpha"), QLatin1String("beta"), QLatin1String("preview"), QLatin1String("pre"),
              QLatin1String("a"), QLatin1String("b"), QLatin1String("c"), QLatin1String("rc") };
    const qsizetype q = skipSeparator(s, p);
    for (const QLatin1String &word : words) {
        if (hasWordAt(s, q, word))
            return skipDigits(s, skipSeparator(s, q + word.size()));
    }
    return p;
}

qsizetype matchPostSegment(QStringView s, qsizetype p)
{
    if (p + 1 < s.size() && s[p] == QLatin1Char('-') && isDigit(s[p + 1]))
        return skipDigits(s, p + 1);
    static const std::array<QLatin1String, 3> words
        = { QLatin1String("post"), QLatin1String("rev"), QLatin1String("r") };
    const qsizetype q = skipSeparator(s, p);
    for (const QLatin1String &word : words) {
        if (hasWordAt(s, q, word))
            return skipDigits(s, skipSeparator(s, q + word.size()));
    }
    return p;
}

qsizetype matchDevSegment(QStringView s, qsizetype p)
{
    const qsizetype q = skipSeparator(s, p);
    if (hasWordAt(s, q, QLatin1String("dev")))
        return skipDigits(s, skipSeparator(s, q + 3));
    return p;
}

qsizetype matchLocalSegment(QStringView s, qsizetype p)
{
    auto alnumRun = [s](qsizetype q) {
        while (q < s.size() && isAsciiAlnum(s[q]))
            ++q;
        return q;
    };
    if (p >= s.size() || s[p] != QLatin1Char('+'))
        return p;
    qsizetype q = alnumRun(p + 1);
    if (q == p + 1)
        return p;
    while (q < s.size() && isVersionSeparator(s[q])) {
        const qsizetype next = alnumRun(q + 1);
        if (next == q + 1)
            break;
        q = next;
    }
    return q;
}

enum class VersionBranch { Equality, Compatible, Ordered };

// One of the three PEP 440 branches of packaging's `_version_regex_str`; returns the end or -1.
qsizetype matchVersionBranch(QStringView s, qsizetype p, VersionBranch branch)
{
    p = skipSpaces(s, p);
    if (p < s.size() && (s[p] == QLatin1Char('v') || s[p] == QLatin1Char('V')))
        ++p;
    const qsizetype epochEnd = skipDigits(s, p);
    // "1!" is taken as an epoch only when release digits follow; otherwise the regex backtracks and reads the
    // "1" as the release.
    if (epochEnd > p && epochEnd + 1 < s.size() && s[epochEnd] == QLatin1Char('!') && isDigit(s[epochEnd + 1]))
        p = epochEnd + 1;
    qsizetype q = skipDigits(s, p);
    if (q == p)
        return -1;
    p = q;
    int dottedParts = 0;
    while (p < s.size() && s[p] == QLatin1Char('.')) {
        q = skipDigits(s, p + 1);
        if (q == p + 1)
            break;
        p = q;
        ++dottedParts;
    }
    if (branch == VersionBranch::Compatible && dottedParts == 0)
        return -1;
    if (branch == VersionBranch::Equality && hasWordAt(s, p, QLatin1String(".*")))
        return p + 2;
    p = matchDevSegment(s, matchPostSegment(s, matchPreSegment(s, p)));
    if (branch == VersionBranch::Equality)
        p = matchLocalSegment(s, p);
    return p;
}

bool lookbehindIs(QStringView s, qsizetype p, QLatin1String text)
{
    return p >= text.size() && s.mid(p - text.size(), text.size()) == text;
}

// The SPECIFIER token: operator regex + version regex, unanchored, as re.match() would find it.
qsizetype matchSpecifierToken(QStringView s, qsizetype pos)
{
    static const std::array<QLatin1String, 8> operators
        = { QLatin1String("~="), QLatin1String("=="), QLatin1String("!="), QLatin1String("<="), QLatin1String(">="),
              QLatin1String("<"), QLatin1String(">"), QLatin1String("===") };
    for (const QLatin1String &op : operators) {
        if (!hasWordAt(s, pos, op, Qt::CaseSensitive))
            continue;
        const qsizetype p = pos + op.size();
        if (lookbehindIs(s, p, QLatin1String("==="))) {
            qsizetype q = skipSpaces(s, p);
            while (q < s.size() && !isPySpace(s[q]) && s[q] != QLatin1Char(';') && s[q] != QLatin1Char(')'))
                ++q;
            return q - pos;
        }
        const bool equality = lookbehindIs(s, p, QLatin1String("==")) || lookbehindIs(s, p, QLatin1String("!="));
        const bool compatible = lookbehindIs(s, p, QLatin1String("~="));
        qsizetype end = -1;
        if (equality)
            end = matchVersionBranch(s, p, VersionBranch::Equality);
        if (end < 0 && compatible)
            end = matchVersionBranch(s, p, VersionBranch::Compatible);
        if (end < 0 && !equality && !compatible)
            end = matchVersionBranch(s, p, VersionBranch::Ordered);
        if (end >= 0)
            return end - pos;
    }
    return -1;
}

qsizetype matchIdentifier(QStringView s, qsizetype pos)
{
    if (pos >= s.size() || !isAsciiAlnum(s[pos]) || !isBoundary(s, pos))
        return -1;
    qsizetype end = pos + 1;
    while (end < s.size() && (isAsciiAlnum(s[end]) || isVersionSeparator(s[end])))
        ++end;
    // The trailing \b makes the regex give back characters until it sits on a word boundary.
    for (; end > pos; --end) {
        if (isBoundary(s, end))
            return end - pos;
    }
    return -1;
}

qsizetype matchKeyword(QStringView s, qsizetype pos, QLatin1String word)
{
    if (hasWordAt(s, pos, word, Qt::CaseSensitive) && isBoundary(s, pos) && isBoundary(s, pos + word.size()))
        return word.size();
    return -1;
}

const std::array<QLatin1String, 18> &markerVariables()
{
    static const std::array<QLatin1String, 18> names
        = { QLatin1String("python_version"), QLatin1String("python_full_version"), QLatin1String("os_name"),
              QLatin1String("os.name"), QLatin1String("sys_platform"), QLatin1String("sys.platform"),
              QLatin1String("platform_release"), QLatin1String("platform_system"), QLatin1String("platform_version"),
              QLatin1String("platform.version"), QLatin1String("platform_machine"), QLatin1String("platform.machine"),
              QLatin1String("platform_python_implementation"), QLatin1String("platform.python_implementation"),
              QLatin1String("python_implementation"), QLatin1String("implementation_name"),
              QLatin1String("implementation_version"), QLatin1String("extra") };
    return names;
}

enum class Tok {
    LeftParenthesis,
    RightParenthesis,
    LeftBracket,
    RightBracket,
    Semicolon,
    Comma,
    QuotedString,
    Op,
    BoolOp,
    In,
    Not,
    Variable,
    Specifier,
    At,
    Url,
    Identifier,
    Ws,
    End
};

qsizetype matchSingle(QStringView s, qsizetype pos, char16_t c)
{
    return pos < s.size() && s[pos].unicode() == c ? 1 : -1;
}

qsizetype matchToken(QStringView s, qsizetype pos, Tok kind)
{
    switch (kind) {
    case Tok::LeftParenthesis:
        return matchSingle(s, pos, u'(');
    case Tok::RightParenthesis:
        return matchSingle(s, pos, u')');
    case Tok::LeftBracket:
        return matchSingle(s, pos, u'[');
    case Tok::RightBracket:
        return matchSingle(s, pos, u']');
    case Tok::Semicolon:
        return matchSingle(s, pos, u';');
    case Tok::Comma:
        return matchSingle(s, pos, u',');
    case Tok::At:
        return matchSingle(s, pos, u'@');
    case Tok::QuotedString: {
        if (pos >= s.size() || (s[pos] != QLatin1Char('\'') && s[pos] != QLatin1Char('"')))
            return -1;
        const qsizetype close = s.indexOf(s[pos], pos + 1);
        return close < 0 ? -1 : close - pos + 1;
    }
    case Tok::Op: {
        static const std::array<QLatin1String, 8> ops
            = { QLatin1String("==="), QLatin1String("=="), QLatin1String("~="), QLatin1String("!="),
                  QLatin1String("<="), QLatin1String(">="), QLatin1String("<"), QLatin1String(">") };
        for (const QLatin1String &op : ops) {
            if (hasWordAt(s, pos, op, Qt::CaseSensitive))
                return op.size();
        }
        return -1;
    }
    case Tok::BoolOp: {
        const qsizetype orLength = matchKeyword(s, pos, QLatin1String("or"));
        return orLength > 0 ? orLength : matchKeyword(s, pos, QLatin1String("and"));
    }
    case Tok::In:
        return matchKeyword(s, pos, QLatin1String("in"));
    case Tok::Not:
        return matchKeyword(s, pos, QLatin1String("not"));
    case Tok::Variable:
        for (const QLatin1String &name : markerVariables()) {
            const qsizetype length = matchKeyword(s, pos, name);
            if (length > 0)
                return length;
        }
        return -1;
    case Tok::Specifier:
        return matchSpecifierToken(s, pos);
    case Tok::Url: {
        qsizetype end = pos;
        while (end < s.size() && s[end] != QLatin1Char(' ') && s[end] != QLatin1Char('\t'))
            ++end;
        return end > pos ? end - pos : -1;
    }
    case Tok::Identifier:
        return matchIdentifier(s, pos);
    case Tok::Ws: {
        qsizetype end = pos;
        while (end < s.size() && (s[end] == QLatin1Char(' ') || s[end] == QLatin1Char('\t')))
            ++end;
        return end > pos ? end - pos : -1;
    }
    case Tok::End:
        // Python's `$` also matches just before a final newline.
        return pos == s.size() || (pos + 1 == s.size() && s[pos] == QLatin1Char('\n')) ? 0 : -1;
    }
    return -1;
}

// Context-sensitive tokenizer with packaging's check/read/expect protocol.
class Tokenizer
{
public:
    explicit Tokenizer(QStringView source) : m_source(source) { }

    qsizetype position() const { return m_position; }

    bool check(Tok kind, bool peek = false)
    {
        const qsizetype length = matchToken(m_source, m_position, kind);
        if (length < 0)
            return false;
        if (!peek)
            m_nextLength = length;
        return true;
    }

    QStringView read()
    {
        const QStringView text = m_source.mid(m_position, m_nextLength);
        m_position += m_nextLength;
        m_nextLength = 0;
        return text;
    }

    void consume(Tok kind)
    {
        if (check(kind))
            read();
    }

    QStringView expect(Tok kind, const char *message)
    {
        if (!check(kind))
            fail(PepText::tr(message));
        return read();
    }

    [[noreturn]] void fail(const QString &message, qsizetype spanStart = -1) const
    {
        throw SyntaxFailure { message, int(spanStart < 0 ? m_position : spanStart) };
    }

    // packaging's enclosing_tokens(): returns the opening position, or -1 when there is no opening token.
    qsizetype open(Tok kind)
    {
        if (!check(kind))
            return -1;
        const qsizetype at = m_position;
        read();
        return at;
    }

    void close(Tok kind, qsizetype openedAt, const char *message)
    {
        if (openedAt < 0)
            return;
        if (!check(kind))
            fail(PepText::tr(message), openedAt);
        read();
    }

private:
    QStringView m_source;
    qsizetype m_position = 0;
    qsizetype m_nextLength = 0;
};

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

[[noreturn]] void failLiteral(QStringView literal)
{
    throw OtherFailure { PepText::tr("Invalid string literal %1").arg(literal.toString()) };
}

// ast.literal_eval() of a quoted marker string: Python's escapes in a non-raw literal. Named escapes (\N{...})
// need Unicode's name table, which Qt does not carry; they are reported as invalid rather than guessed.
QString unquotePythonString(QStringView literal)
{
    const QStringView body = literal.mid(1, literal.size() - 2);
    QString out;
    out.reserve(body.size());
    for (qsizetype i = 0; i < body.size(); ++i) {
        const QChar c = body[i];
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c.unicode() == 0)
            failLiteral(literal);
        if (c != QLatin1Char('\\')) {
            out += c;
            continue;
        }
        if (++i >= body.size())
            failLiteral(literal); // the backslash escapes the closing quote
        const QChar e = body[i];
        switch (e.unicode()) {
        case u'\n':
            break;
        case u'\\':
            out += QLatin1Char('\\');
            break;
        case u'\'':
            out += QLatin1Char('\'');
            break;
        case u'"':
            out += QLatin1Char('"');
            break;
        case u'a':
            out += QChar(0x07);
            break;
        case u'b':
            out += QChar(0x08);
            break;
        case u'f':
            out += QChar(0x0c);
            break;
        case u'n':
            out += QChar(0x0a);
            break;
        case u'r':
            out += QChar(0x0d);
            break;
        case u't':
            out += QChar(0x09);
            break;
        case u'v':
            out += QChar(0x0b);
            break;
        case u'x':
        case u'u':
        case u'U': {
            const int digits = e == QLatin1Char('x') ? 2 : e == QLatin1Char('u') ? 4 : 8;
            uint code = 0;
            for (int k = 1; k <= digits; ++k) {
                const int value = i + k < body.size() ? hexValue(body[i + k]) : -1;
                if (value < 0)
                    failLiteral(literal);
                code = code * 16 + uint(value);
            }
            if (code > 0x10FFFF)
                failLiteral(literal);
            const char32_t ucs4 = char32_t(code);
            out += QString::fromUcs4(&ucs4, 1);
            i += digits;
            break;
        }
        case u'N':
            failLiteral(literal);
        default:
            if (e.unicode() >= u'0' && e.unicode() <= u'7') {
                uint code = 0;
                int k = 0;
                for (;
                     k < 3 && i + k < body.size() && body[i + k] >= QLatin1Char('0') && body[i + k] <= QLatin1Char('7');
                     ++k)
                    code = code * 8 + uint(body[i + k].unicode() - u'0');
                out += QChar(char16_t(code));
                i += k - 1;
            } else {
                out += QLatin1Char('\\');
                out += e;
            }
        }
    }
    return out;
}

// ---- the grammar, one function per rule of packaging/_parser.py ----

std::shared_ptr<MarkerGroup> parseMarker(Tokenizer &t);

MarkerOperand parseMarkerVar(Tokenizer &t)
{
    if (t.check(Tok::Variable)) {
        QString name = t.read().toString().replace(QLatin1Char('.'), QLatin1Char('_'));
        if (name == QLatin1String("python_implementation"))
            name = QStringLiteral("platform_python_implementation");
        return MarkerOperand { true, name };
    }
    if (t.check(Tok::QuotedString))
        return MarkerOperand { false, unquotePythonString(t.read()) };
    t.fail(PepText::tr("Expected a marker variable or quoted string"));
}

QString parseMarkerOp(Tokenizer &t)
{
    if (t.check(Tok::In)) {
        t.read();
        return QStringLiteral("in");
    }
    if (t.check(Tok::Not)) {
        t.read();
        t.expect(Tok::Ws, QT_TRANSLATE_NOOP("envlens::pep::PepText", "Expected whitespace after 'not'"));
        t.expect(Tok::In, QT_TRANSLATE_NOOP("envlens::pep::PepText", "Expected 'in' after 'not'"));
        return QStringLiteral("not in");
    }
    if (t.check(Tok::Op))
        return t.read().toString();
    t.fail(PepText::tr("Expected marker operator, one of <=, <, !=, ==, >=, >, ~=, ===, in, not in"));
}

MarkerItem parseMarkerItem(Tokenizer &t)
{
    t.consume(Tok::Ws);
    MarkerItem item;
    item.lhs = parseMarkerVar(t);
    t.consume(Tok::Ws);
    item.op = parseMarkerOp(t);
    t.consume(Tok::Ws);
    item.rhs = parseMarkerVar(t);
    t.consume(Tok::Ws);
    return item;
}

MarkerElement parseMarkerAtom(Tokenizer &t)
{
    t.consume(Tok::Ws);
    MarkerElement element;
    if (t.check(Tok::LeftParenthesis, true)) {
        const qsizetype openedAt = t.open(Tok::LeftParenthesis);
        t.consume(Tok::Ws);
        element.kind = MarkerElement::Kind::Group;
        element.group = parseMarker(t);
        t.consume(Tok::Ws);
        t.close(Tok::RightParenthesis, openedAt,
            QT_TRANSLATE_NOOP("envlens::pep::PepText", "Expected closing RIGHT_PARENTHESIS"));
    } else {
        element.kind = MarkerElement::Kind::Item;
        element.item = parseMarkerItem(t);
    }
    t.consume(Tok::Ws);
    return element;
}

std::shared_ptr<MarkerGroup> parseMarker(Tokenizer &t)
{
    auto group = std::make_shared<MarkerGroup>();
    group->elements.push_back(parseMarkerAtom(t));
    while (t.check(Tok::BoolOp)) {
        const bool isOr = t.read() == QLatin1String("or");
        MarkerElement op;
        op.kind = isOr ? MarkerElement::Kind::Or : MarkerElement::Kind::And;
        group->elements.push_back(op);
        group->elements.push_back(parseMarkerAtom(t));
    }
    return group;
}

QStringList parseExtrasList(Tokenizer &t)
{
    QStringList extras;
    if (!t.check(Tok::Identifier))
        return extras;
    extras.append(t.read().toString());
    for (;;) {
        t.consume(Tok::Ws);
        if (t.check(Tok::Identifier, true))
            t.fail(PepText::tr("Expected comma between extra names"));
        if (!t.check(Tok::Comma))
            break;
        t.read();
        t.consume(Tok::Ws);
        extras.append(
            t.expect(Tok::Identifier, QT_TRANSLATE_NOOP("envlens::pep::PepText", "Expected extra name after comma"))
                .toString());
    }
    return extras;
}

QStringList parseExtras(Tokenizer &t)
{
    if (!t.check(Tok::LeftBracket, true))
        return {};
    const qsizetype openedAt = t.open(Tok::LeftBracket);
    t.consume(Tok::Ws);
    QStringList extras = parseExtrasList(t);
    t.consume(Tok::Ws);
    t.close(
        Tok::RightBracket, openedAt, QT_TRANSLATE_NOOP("envlens::pep::PepText", "Expected closing RIGHT_BRACKET"));
    return extras;
}

QString parseVersionMany(Tokenizer &t)
{
    QString specifiers;
    while (t.check(Tok::Specifier)) {
        specifiers += t.read();
        t.consume(Tok::Ws);
        if (!t.check(Tok::Comma))
            break;
        specifiers += t.read();
        t.consume(Tok::Ws);
    }
    return specifiers;
}

QString parseSpecifier(Tokenizer &t)
{
    const qsizetype openedAt = t.open(Tok::LeftParenthesis);
    t.consume(Tok::Ws);
    QString specifiers = parseVersionMany(t);
    t.consume(Tok::Ws);
    t.close(Tok::RightParenthesis, openedAt,
        QT_TRANSLATE_NOOP("envlens::pep::PepText", "Expected closing RIGHT_PARENTHESIS"));
    return specifiers;
}

// `after` is translated only when the error happens: most requirements with a marker never need it.
std::shared_ptr<MarkerGroup> parseRequirementMarker(Tokenizer &t, qsizetype spanStart, const char *after)
{
    if (!t.check(Tok::Semicolon))
        t.fail(PepText::tr("Expected end or semicolon (after %1)").arg(PepText::tr(after)), spanStart);
    t.read();
    auto marker = parseMarker(t);
    t.consume(Tok::Ws);
    return marker;
}

void parseRequirementDetails(Tokenizer &t, ParsedRequirement &out)
{
    if (t.check(Tok::At)) {
        t.read();
        t.consume(Tok::Ws);
        const qsizetype urlStart = t.position();
        out.urlStart = urlStart;
        out.url = t.expect(Tok::Url, QT_TRANSLATE_NOOP("envlens::pep::PepText", "Expected URL after @")).toString();
        if (t.check(Tok::End, true))
            return;
        t.expect(Tok::Ws, QT_TRANSLATE_NOOP("envlens::pep::PepText", "Expected whitespace after URL"));
        if (t.check(Tok::End, true))
            return;
        out.marker
            = parseRequirementMarker(t, urlStart, QT_TRANSLATE_NOOP("envlens::pep::PepText", "URL and whitespace"));
        return;
    }
    const qsizetype specifierStart = t.position();
    out.specifierStart = specifierStart;
    out.specifier = parseSpecifier(t);
    t.consume(Tok::Ws);
    if (t.check(Tok::End, true))
        return;
    out.marker = parseRequirementMarker(t, specifierStart,
        out.specifier.isEmpty() ? QT_TRANSLATE_NOOP("envlens::pep::PepText", "name and no valid version specifier")
                                : QT_TRANSLATE_NOOP("envlens::pep::PepText", "version specifier"));
}

ParsedRequirement parseRequirement(Tokenizer &t)
{
    ParsedRequirement out;
    t.consume(Tok::Ws);
    out.name = t.expect(Tok::Identifier,
                        QT_TRANSLATE_NOOP("envlens::pep::PepText",
                                          "Expected package name at the start of dependency specifier"))
                   .toString();
    t.consume(Tok::Ws);
    out.extras = parseExtras(t);
    t.consume(Tok::Ws);
    parseRequirementDetails(t, out);
    t.expect(Tok::End, QT_TRANSLATE_NOOP("envlens::pep::PepText", "Expected end of dependency specifier"));
    return out;
}

template<typename T, typename Parse> Result<T> runParser(QStringView source, Parse parse)
{
    Tokenizer tokenizer(source);
    try {
        return T(parse(tokenizer));
    } catch (const SyntaxFailure &failure) {
        return Error { failure.message, {}, 0, failure.spanStart + 1 };
    } catch (const OtherFailure &failure) {
        return Error { failure.message, {}, 0, 0 };
    }
}

} // namespace

Result<ParsedRequirement> parseRequirementSyntax(QStringView source)
{
    return runParser<ParsedRequirement>(source, [](Tokenizer &t) { return parseRequirement(t); });
}

Result<std::shared_ptr<MarkerGroup>> parseMarkerSyntax(QStringView source)
{
    // packaging 23's Marker() does not insist on the end of input after the expression.
    return runParser<std::shared_ptr<MarkerGroup>>(source, [](Tokenizer &t) { return parseMarker(t); });
}

void normalizeFirstExtraValue(MarkerGroup &group)
{
    if (group.elements.empty() || group.elements.front().kind != MarkerElement::Kind::Item)
        return;
    MarkerItem &item = group.elements.front().item;
    // Like packaging, the other side becomes a plain value even when it was a variable.
    if (item.lhs.isVariable && item.lhs.value == QLatin1String("extra"))
        item.rhs = MarkerOperand { false, normalizeName(item.rhs.value) };
    else if (item.rhs.isVariable && item.rhs.value == QLatin1String("extra"))
        item.lhs = MarkerOperand { false, normalizeName(item.lhs.value) };
}

} // namespace envlens::pep::detail
