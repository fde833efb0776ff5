#include "pep/specifier.h"

#include <QCoreApplication>

#include <algorithm>
#include <memory>
#include <utility>

namespace envlens::pep {

namespace {

// lupdate files PepText::tr() under the same context the code asks for at run time.
class PepText
{
    Q_DECLARE_TR_FUNCTIONS(envlens::pep::PepText)
};

struct OperatorSpelling
{
    const char *text;
    Specifier::Operator op;
};

// Longest first: "===" before "==", "<=" before "<" (packaging's regex backtracks to the same result).
constexpr OperatorSpelling kOperators[] = {
    {"===", Specifier::Operator::Arbitrary},  {"~=", Specifier::Operator::Compatible},
    {"==", Specifier::Operator::Equal},       {"!=", Specifier::Operator::NotEqual},
    {"<=", Specifier::Operator::LessEqual},   {">=", Specifier::Operator::GreaterEqual},
    {"<", Specifier::Operator::Less},         {">", Specifier::Operator::Greater},
};

bool isAsciiDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

// ^([0-9]+)((?:a|b|c|rc)[0-9]+)$ : where a release number and a pre-release are written together.
qsizetype fusedPreAt(QStringView item)
{
    qsizetype i = 0;
    while (i < item.size() && item.at(i) >= QLatin1Char('0') && item.at(i) <= QLatin1Char('9'))
        ++i;
    if (i == 0 || i == item.size())
        return -1;
    const qsizetype letters = item.mid(i).startsWith(QLatin1String("rc")) ? 2 : 1;
    const QChar c = item.at(i);
    if (letters == 1 && c != QLatin1Char('a') && c != QLatin1Char('b') && c != QLatin1Char('c'))
        return -1;
    return isAsciiDigits(item.mid(i + letters)) ? i : -1;
}

// packaging.specifiers._version_split: split on "." and cut "1rc2" into "1", "rc2".
QStringList versionSplit(const QString &version)
{
    QStringList result;
    qsizetype start = 0;
    while (start <= version.size()) {
        qsizetype dot = version.indexOf(QLatin1Char('.'), start);
        if (dot < 0)
            dot = version.size();
        const QStringView item = QStringView(version).mid(start, dot - start);
        const qsizetype fused = fusedPreAt(item);
        if (fused > 0)
            result << item.left(fused).toString() << item.mid(fused).toString();
        else
            result << item.toString();
        start = dot + 1;
    }
    return result;
}

bool isNotSuffix(const QString &segment)
{
    for (const char *p : {"dev", "a", "b", "rc", "post"}) {
        if (segment.startsWith(QLatin1String(p)))
            return false;
    }
    return true;
}

// packaging.utils.canonicalize_version of a parsed version.
QString canonicalizeParsed(const Version &v, bool stripTrailingZero)
{
    if (!stripTrailingZero)
        return v.toString();
    // re.sub(r"(\.0)+$", "", release): trailing ".0" groups, never the first number.
    int keep = v.releaseSize();
    while (keep > 1 && v.releaseAt(keep - 1) == 0)
        --keep;
    if (keep == v.releaseSize())
        return v.toString();
    return Version::fromParts(v.epoch(), v.release().mid(0, keep), v.pre(), v.post(), v.dev(), v.local()).toString();
}

// packaging.utils.canonicalize_version for text: unparseable text comes back unchanged.
QString canonicalizeVersion(QStringView text, bool stripTrailingZero)
{
    const Result<Version> parsed = Version::parse(text);
    return parsed ? canonicalizeParsed(*parsed, stripTrailingZero) : text.toString();
}

// packaging's Version(a.base_version) == Version(b.base_version), without building either.
bool sameBase(const Version &a, const Version &b)
{
    if (a.epoch() != b.epoch())
        return false;
    const int n = qMax(a.releaseSize(), b.releaseSize());
    for (int i = 0; i < n; ++i) {
        if (a.releaseAt(i) != b.releaseAt(i))
            return false;
    }
    return true;
}

// The release numbers of two versions without trailing zeros (at least the first kept, as
// canonicalize_version's "(\.0)+$" never removes it), or all of them when strip is false.
bool sameRelease(const Version &a, const Version &b, bool strip)
{
    auto kept = [strip](const Version &v) {
        int n = v.releaseSize();
        while (strip && n > 1 && v.releaseAt(n - 1) == 0)
            --n;
        return n;
    };
    const int n = kept(a);
    if (n != kept(b))
        return false;
    for (int i = 0; i < n; ++i) {
        if (a.releaseAt(i) != b.releaseAt(i))
            return false;
    }
    return true;
}

// canonicalizeParsed(a, strip) == canonicalizeParsed(b, strip): the canonical form prints every
// field once, unambiguously, so the strings are equal exactly when the fields are.
bool sameCanonical(const Version &a, const Version &b, bool strip)
{
    return a.epoch() == b.epoch() && sameRelease(a, b, strip) && a.pre() == b.pre() && a.post() == b.post()
           && a.dev() == b.dev() && a.local() == b.local();
}

// str(a) == str(b) without printing either: the canonical form prints every part unambiguously.
bool sameSpelling(const Version &a, const Version &b)
{
    return sameCanonical(a, b, false);
}

// Wildcard::matches for a simple prefix: the first `length` numbers of prefix's release.
template<typename NumberAt>
bool matchesSimplePrefix(const Version &version, int length, NumberAt numberAt)
{
    // A non-zero epoch makes the prospective's first item "E!N", which is not numeric, so packaging
    // pads zeros in front of it: only an all-zero prefix ("==0.*", "~=0.2") then matches.
    if (version.epoch() != 0) {
        for (int i = 0; i < length; ++i) {
            if (numberAt(i) != 0)
                return false;
        }
        return true;
    }
    for (int i = 0; i < length; ++i) {
        if (version.releaseAt(i) != numberAt(i))
            return false;
    }
    return true;
}

// === compares str(version), which is already lower case, with the text lowered by Python. For
// ASCII text (the usual case) lowering is A-Z only, done here on the fly instead of on a copy.
bool sameArbitrary(const QString &version, const QString &text)
{
    const bool ascii = std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
    if (!ascii)
        return version == pep440::pythonLower(text);
    if (version.size() != text.size())
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (version.at(i).unicode() != ((c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c))
            return false;
    }
    return true;
}

// Text made of ASCII digits and dots only.
bool isPlainRelease(QStringView text)
{
    for (QChar c : text) {
        if ((c < QLatin1Char('0') || c > QLatin1Char('9')) && c != QLatin1Char('.'))
            return false;
    }
    return true;
}

Specifier::Wildcard makeWildcard(const QString &prefixText)
{
    Specifier::Wildcard w;
    if (Result<Version> v = Version::parse(prefixText))
        w.prefix = std::move(v).value();
    w.tokens = versionSplit(w.prefix ? w.prefix->toString() : prefixText);
    w.simple = true;
    for (const QString &t : std::as_const(w.tokens)) {
        if (!isAsciiDigits(t)) {
            w.simple = false;
            break;
        }
        w.release.append(t.toLongLong());
    }
    if (!w.simple)
        w.release.clear();
    return w;
}

// packaging's _compare_compatible builds its prefix from the text as written.
Specifier::Wildcard compatiblePattern(const QString &versionText)
{
    const QStringList split = versionSplit(versionText);
    QStringList kept;
    for (const QString &item : split) {
        if (!isNotSuffix(item))
            break;
        kept << item;
    }
    kept.removeLast();
    return makeWildcard(kept.join(QLatin1Char('.')));
}

const char *operatorSpelling(Specifier::Operator op)
{
    for (const OperatorSpelling &o : kOperators) {
        if (o.op == op)
            return o.text;
    }
    return "";
}

bool namesPrerelease(Specifier::Operator op)
{
    using Op = Specifier::Operator;
    return op == Op::Equal || op == Op::GreaterEqual || op == Op::LessEqual || op == Op::Compatible
           || op == Op::Arbitrary;
}

// The operator at the start of text (longest spelling first, as packaging's regex backtracks to);
// returns its length, 0 when there is none.
qsizetype readOperator(QStringView text, Specifier::Operator *op)
{
    using Op = Specifier::Operator;
    auto at = [text](qsizetype i) { return i < text.size() ? text.at(i).unicode() : char16_t(0); };
    const bool equals = at(1) == u'=';
    switch (at(0)) {
    case u'=':
        if (!equals)
            return 0;
        *op = at(2) == u'=' ? Op::Arbitrary : Op::Equal;
        return at(2) == u'=' ? 3 : 2;
    case u'~':
    case u'!':
        if (!equals)
            return 0;
        *op = at(0) == u'~' ? Op::Compatible : Op::NotEqual;
        return 2;
    case u'<':
        *op = equals ? Op::LessEqual : Op::Less;
        return equals ? 2 : 1;
    case u'>':
        *op = equals ? Op::GreaterEqual : Op::Greater;
        return equals ? 2 : 1;
    default:
        return 0;
    }
}

// The compact form of a specifier (see specifier.h), 64 bits from bit 0: 1 (the tag), 3 bits operator,
// 1 bit wildcard, 2 bits release count - 1, 2 bits pre-release kind + 1 (0 none), 9 bits pre-release
// number, then the release numbers in 8 (fourth), 12, 12 and 14 (first) bits.
namespace Compact {

constexpr int kShift[4] = {50, 38, 26, 18};
constexpr quint64 kLimit[4] = {0x3fff, 0xfff, 0xfff, 0xff};
constexpr quint64 kPreLimit = 0x1ff;

Specifier::Operator op(quint64 word)
{
    return Specifier::Operator((word >> 1) & 7);
}

bool wildcard(quint64 word)
{
    return (word >> 4) & 1;
}

int releaseCount(quint64 word)
{
    return int((word >> 5) & 3) + 1;
}

qint64 releaseAt(quint64 word, int i)
{
    return qint64((word >> kShift[i]) & kLimit[i]);
}

int preKind(quint64 word)
{
    return int((word >> 7) & 3);
}

qint64 preNumber(quint64 word)
{
    return qint64((word >> 9) & kPreLimit);
}

Version version(quint64 word)
{
    qint64 release[4];
    Version::Parts parts;
    parts.releaseSize = releaseCount(word);
    for (int i = 0; i < parts.releaseSize; ++i)
        release[i] = releaseAt(word, i);
    parts.release = release;
    if (const int kind = preKind(word))
        parts.pre = Version::PreRelease{Version::PreKind(kind - 1), preNumber(word)};
    return Version::fromParts(parts);
}

// The text is exactly packaging's spelling of the version, so printing it back gives the text; with
// the operator in front when asked (str(Specifier)). One allocation: printing is as hot as parsing.
QString text(quint64 word, bool withOperator)
{
    char16_t buffer[48]; // "===" + 4 numbers of at most 5 digits, 3 dots, "rc" + 3 digits, ".*"
    int size = 0;
    auto put = [&](const char *ascii) {
        while (*ascii)
            buffer[size++] = char16_t(*ascii++);
    };
    auto putNumber = [&](qint64 n) {
        char16_t digits[20];
        int count = 0;
        do {
            digits[count++] = char16_t(u'0' + n % 10);
            n /= 10;
        } while (n > 0);
        while (count > 0)
            buffer[size++] = digits[--count];
    };
    if (withOperator)
        put(operatorSpelling(op(word)));
    for (int i = 0; i < releaseCount(word); ++i) {
        if (i > 0)
            put(".");
        putNumber(releaseAt(word, i));
    }
    if (const int kind = preKind(word)) {
        static const char *const names[] = {"a", "b", "rc"};
        put(names[kind - 1]);
        putNumber(preNumber(word));
    }
    if (wildcard(word))
        put(".*");
    return QString(reinterpret_cast<const QChar *>(buffer), size);
}

bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

// A number as packaging prints it (no leading zero) at *pos, up to limit; false if there is none.
bool readCanonicalNumber(QStringView text, qsizetype *pos, quint64 limit, quint64 *value)
{
    qsizetype i = *pos;
    if (i >= text.size() || !isDigit(text.at(i).unicode()))
        return false;
    if (text.at(i) == QLatin1Char('0') && i + 1 < text.size() && isDigit(text.at(i + 1).unicode()))
        return false;
    quint64 n = 0;
    for (; i < text.size() && isDigit(text.at(i).unicode()); ++i) {
        n = n * 10 + (text.at(i).unicode() - u'0');
        if (n > limit)
            return false;
    }
    *pos = i;
    *value = n;
    return true;
}

// The compact word for op and the version text after it, or 0 when the text is not exactly
// N[.N[.N[.N]]][(a|b|rc)N] or N[.N[.N[.N]]].* with small numbers (the general parser then decides,
// and reports errors).
quint64 parse(Specifier::Operator op, QStringView text)
{
    using Op = Specifier::Operator;
    quint64 word = 1 | (quint64(op) << 1);
    qsizetype pos = 0;
    int count = 0;
    while (true) {
        quint64 n = 0;
        if (!readCanonicalNumber(text, &pos, kLimit[count], &n))
            return 0;
        word |= n << kShift[count];
        ++count;
        if (pos + 1 < text.size() && text.at(pos) == QLatin1Char('.') && isDigit(text.at(pos + 1).unicode())) {
            if (count == 4)
                return 0;
            ++pos;
            continue;
        }
        break;
    }
    if (op == Op::Compatible && count < 2)
        return 0;
    word |= quint64(count - 1) << 5;
    const qsizetype left = text.size() - pos;
    if (left == 0)
        return word;
    if (left == 2 && text.at(pos) == QLatin1Char('.') && text.at(pos + 1) == QLatin1Char('*'))
        return (op == Op::Equal || op == Op::NotEqual) ? word | (1 << 4) : 0;
    int kind = 0;
    if (text.at(pos) == QLatin1Char('a') || text.at(pos) == QLatin1Char('b')) {
        kind = text.at(pos) == QLatin1Char('a') ? 1 : 2;
        ++pos;
    } else if (left > 2 && text.at(pos) == QLatin1Char('r') && text.at(pos + 1) == QLatin1Char('c')) {
        kind = 3;
        pos += 2;
    } else {
        return 0;
    }
    quint64 number = 0;
    if (!readCanonicalNumber(text, &pos, kPreLimit, &number) || pos != text.size())
        return 0;
    return word | (quint64(kind) << 7) | (number << 9);
}

} // namespace Compact

} // namespace

bool Specifier::Wildcard::matches(const Version &version) const
{
    if (simple)
        return matchesSimplePrefix(version, int(release.size()), [this](int i) { return release.at(i); });
    // packaging's _compare_equal for "prefix.*", literally: its canonical strings, its split, its padding
    // of the prospective's leading numbers. Epochs make the leading item non-numeric, which
    // switches the padding off; that quirk is kept on purpose.
    const QString prospective = canonicalizeVersion(version.publicVersion().toString(), true);
    QStringList split = versionSplit(prospective);
    qsizetype leftNumeric = 0;
    while (leftNumeric < split.size() && isAsciiDigits(split.at(leftNumeric)))
        ++leftNumeric;
    qsizetype rightNumeric = 0;
    while (rightNumeric < tokens.size() && isAsciiDigits(tokens.at(rightNumeric)))
        ++rightNumeric;
    for (qsizetype i = leftNumeric; i < rightNumeric; ++i)
        split.insert(leftNumeric, QStringLiteral("0"));
    if (split.size() < tokens.size())
        return false;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (split.at(i) != tokens.at(i))
            return false;
    }
    return true;
}

// The shared form: what the compact one has no room for (see specifier.h).
struct Specifier::Data
{
    mutable QAtomicInt ref = 1; // shared by copies, which only read
    QString versionText;
    std::optional<Version> version;
    std::shared_ptr<const Wildcard> pattern; // see Match
    int simplePrefix = 0;
    Operator op = Operator::Arbitrary;
    bool wildcard = false;
    bool prereleases = false;
};

// What matching reads, the same for both forms. The "prefix.*" pattern of == / != wildcards and ~=
// is usually the first simplePrefix release numbers of version (epoch 0, numbers only), matched
// without building a Wildcard; the other spellings keep packaging's full token form in pattern.
struct Specifier::Match
{
    Operator op = Operator::Arbitrary;
    std::optional<Version> version;
    const QString *arbitraryText = nullptr; // === only
    const Wildcard *pattern = nullptr;
    int simplePrefix = 0;
    bool wildcard = false;

    bool matchesPattern(const Version &v) const
    {
        if (pattern)
            return pattern->matches(v);
        const Version &prefix = *version;
        return matchesSimplePrefix(v, simplePrefix, [&prefix](int i) { return prefix.releaseAt(i); });
    }
    bool matches(const Version &v) const;
};

bool Specifier::Match::matches(const Version &v) const
{
    if (op == Operator::Arbitrary) {
        if (arbitraryText)
            return sameArbitrary(v.toString(), *arbitraryText);
        // Compact: the text is packaging's spelling of version, and spellings are equal exactly when
        // every part is (no trailing-zero leniency here).
        return version && sameSpelling(v, *version);
    }
    const Version &spec = *version;
    switch (op) {
    case Operator::Equal:
    case Operator::NotEqual: {
        bool equal = false;
        if (wildcard)
            equal = matchesPattern(v);
        else
            equal = spec.hasLocal() ? v.compare(spec) == 0 : v.comparePublic(spec) == 0;
        return equal == (op == Operator::Equal);
    }
    case Operator::LessEqual:
        return v.comparePublic(spec) <= 0;
    case Operator::GreaterEqual:
        return v.comparePublic(spec) >= 0;
    case Operator::Compatible:
        return v.comparePublic(spec) >= 0 && matchesPattern(v);
    case Operator::Less:
        // PEP 440: <V never admits a pre-release of V itself unless V is one.
        if (v.compare(spec) >= 0)
            return false;
        return spec.isPrerelease() || !v.isPrerelease() || !sameBase(v, spec);
    case Operator::Greater:
        // PEP 440: >V never admits post-releases of V (unless V is one) nor local versions of V.
        if (v.compare(spec) <= 0)
            return false;
        if (!spec.isPostrelease() && v.isPostrelease() && sameBase(v, spec))
            return false;
        return !(v.hasLocal() && sameBase(v, spec));
    case Operator::Arbitrary:
        break;
    }
    return false;
}

Specifier::Specifier() = default;

void Specifier::retain() const
{
    data()->ref.ref();
}

void Specifier::dropData()
{
    if (!data()->ref.deref())
        delete data();
}

QString Specifier::operatorText(Operator op)
{
    return QLatin1String(operatorSpelling(op));
}

QString Specifier::operatorText() const
{
    return operatorText(op());
}

Specifier::Operator Specifier::op() const
{
    if (isCompact())
        return Compact::op(m_word);
    return m_word ? data()->op : Operator::Arbitrary;
}

QString Specifier::versionText() const
{
    if (isCompact())
        return Compact::text(m_word, false);
    return m_word ? data()->versionText : QString();
}

bool Specifier::hasWildcard() const
{
    if (isCompact())
        return Compact::wildcard(m_word);
    return m_word && data()->wildcard;
}

std::optional<Version> Specifier::version() const
{
    if (isCompact())
        return Compact::version(m_word);
    return m_word ? data()->version : std::nullopt;
}

bool Specifier::prereleases() const
{
    if (isCompact())
        return namesPrerelease(Compact::op(m_word)) && !Compact::wildcard(m_word) && Compact::preKind(m_word) != 0;
    return m_word && data()->prereleases;
}

Specifier::Match Specifier::match() const
{
    Match m;
    if (isCompact()) {
        m.op = Compact::op(m_word);
        m.version = Compact::version(m_word);
        m.wildcard = Compact::wildcard(m_word);
        m.simplePrefix = m.wildcard ? m.version->releaseSize() : m.version->releaseSize() - 1;
    } else if (m_word) {
        const Data *d = data();
        m.op = d->op;
        m.version = d->version;
        m.arbitraryText = &d->versionText;
        m.pattern = d->pattern.get();
        m.simplePrefix = d->simplePrefix;
        m.wildcard = d->wildcard;
    }
    return m;
}

Result<Specifier> Specifier::parse(QStringView text)
{
    const QStringView stripped = pep440::pythonStrip(text);
    const int base = int(stripped.data() - text.data());
    return parseSpecifier(stripped, base, text);
}

Result<Specifier> Specifier::parseSpecifier(QStringView stripped, int base, QStringView text)
{
    auto error = [&](const QString &reason, int offset) {
        Error e;
        e.column = base + offset + 1;
        e.message = PepText::tr("invalid specifier '%1': %2").arg(text.toString(), reason);
        return e;
    };
    Operator op = Operator::Arbitrary;
    const qsizetype opLength = readOperator(stripped, &op);
    if (opLength == 0)
        return error(PepText::tr("expected an operator (==, !=, <=, >=, <, >, ~= or ===) before the version"), 0);

    qsizetype at = opLength;
    while (at < stripped.size() && pep440::isPythonSpace(stripped.at(at)))
        ++at;
    const QStringView rest = stripped.mid(at);
    Specifier s;
    s.m_word = Compact::parse(op, rest);
    if (s.m_word != 0)
        return s;

    auto d = std::make_unique<Data>();
    d->op = op;
    d->versionText = rest.toString();
    if (op == Operator::Arbitrary) {
        // [^\s;)]* : anything without spaces, ';' or ')'.
        for (qsizetype i = 0; i < rest.size(); ++i) {
            const QChar c = rest.at(i);
            if (pep440::isPythonSpace(c) || c == QLatin1Char(';') || c == QLatin1Char(')'))
                return error(PepText::tr("'%1' is not allowed in an === version").arg(c), int(at + i));
        }
        d->version = pep440::parseExact(rest, pep440::Grammar{}, nullptr);
        d->prereleases = d->version && d->version->isPrerelease();
        s.m_word = quint64(reinterpret_cast<quintptr>(d.release()));
        return s;
    }

    const bool equality = op == Operator::Equal || op == Operator::NotEqual;
    pep440::Grammar grammar;
    grammar.allowLocal = equality;
    grammar.minReleaseCount = op == Operator::Compatible ? 2 : 1;
    QStringView versionPart = rest;
    if (rest.endsWith(QLatin1String(".*"))) {
        if (!equality)
            return error(PepText::tr("a wildcard (.*) is only allowed with == and !="), int(stripped.size() - 2));
        versionPart = rest.left(rest.size() - 2);
        grammar.releaseOnly = true;
        d->wildcard = true;
    }
    pep440::Failure failure;
    d->version = pep440::parseExact(versionPart, grammar, &failure);
    if (!d->version) {
        const QString reason = versionPart.isEmpty() ? PepText::tr("the version is missing") : failure.message;
        return error(reason, int(at + failure.offset));
    }
    if (d->wildcard) {
        // The prefix is the version itself; with an epoch its first token is not a number.
        if (d->version->epoch() == 0)
            d->simplePrefix = d->version->releaseSize();
        else
            d->pattern = std::make_shared<const Wildcard>(makeWildcard(versionPart.toString()));
    } else if (op == Operator::Compatible) {
        // "N.N...": the prefix is every number but the last, as _compare_compatible's split gives.
        if (isPlainRelease(d->versionText))
            d->simplePrefix = d->version->releaseSize() - 1;
        else
            d->pattern = std::make_shared<const Wildcard>(compatiblePattern(d->versionText));
    }
    d->prereleases = namesPrerelease(op) && !d->wildcard && d->version->isPrerelease();
    s.m_word = quint64(reinterpret_cast<quintptr>(d.release()));
    return s;
}

bool Specifier::contains(const Version &version, std::optional<bool> prereleases) const
{
    if (version.isPrerelease() && !prereleases.value_or(this->prereleases()))
        return false;
    return match().matches(version);
}

bool Specifier::containsText(QStringView version, std::optional<bool> prereleases) const
{
    const Result<Version> v = Version::parse(version);
    return v && contains(*v, prereleases);
}

QString Specifier::toString() const
{
    if (isCompact())
        return Compact::text(m_word, true);
    return operatorText() + versionText();
}

QString Specifier::canonicalKey() const
{
    // canonicalize_version(spec text): wildcards never parse as versions, so they stay as written.
    const std::optional<Version> v = version();
    const QString canonical = (v && !hasWildcard()) ? canonicalizeParsed(*v, op() != Operator::Compatible)
                                                    : versionText();
    return operatorText(op()) + QLatin1Char(' ') + canonical;
}

bool Specifier::equals(const Specifier &other) const
{
    if (m_word == other.m_word)
        return true;
    if (op() != other.op())
        return false;
    // A canonical version string never equals text that is not one (that text would have parsed,
    // and wildcards hold a '*'), so the two kinds of key never meet.
    const std::optional<Version> a = version();
    const std::optional<Version> b = other.version();
    const bool canonical = a && !hasWildcard();
    if (canonical != (b && !other.hasWildcard()))
        return false;
    if (!canonical)
        return versionText() == other.versionText();
    return sameCanonical(*a, *b, op() != Operator::Compatible);
}

std::optional<Specifier::Wildcard> Specifier::wildcard() const
{
    const Match m = match();
    if (m.pattern)
        return *m.pattern;
    if (!m.wildcard && m.op != Operator::Compatible)
        return std::nullopt;
    // What makeWildcard gives for a prefix of plain numbers.
    Wildcard w;
    QVector<qint64> numbers = m.version->release().mid(0, m.simplePrefix);
    for (qint64 n : std::as_const(numbers))
        w.tokens << QString::number(n);
    w.prefix = Version::fromParts(0, numbers);
    w.release = numbers;
    w.simple = true;
    return w;
}

} // namespace envlens::pep
