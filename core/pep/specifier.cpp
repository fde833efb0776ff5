#include "pep/specifier.h"

#include <QCoreApplication>

#include <algorithm>
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

Specifier::Specifier() = default;

QString Specifier::operatorText(Operator op)
{
    for (const OperatorSpelling &o : kOperators) {
        if (o.op == op)
            return QLatin1String(o.text);
    }
    return QString();
}

QString Specifier::operatorText() const
{
    return operatorText(m_op);
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
    Specifier s;
    qsizetype opLength = 0;
    for (const OperatorSpelling &o : kOperators) {
        if (stripped.startsWith(QLatin1String(o.text))) {
            s.m_op = o.op;
            opLength = qsizetype(qstrlen(o.text));
            break;
        }
    }
    if (opLength == 0)
        return error(PepText::tr("expected an operator (==, !=, <=, >=, <, >, ~= or ===) before the version"), 0);

    qsizetype at = opLength;
    while (at < stripped.size() && pep440::isPythonSpace(stripped.at(at)))
        ++at;
    const QStringView rest = stripped.mid(at);
    s.m_versionText = rest.toString();

    if (s.m_op == Operator::Arbitrary) {
        // [^\s;)]* : anything without spaces, ';' or ')'.
        for (qsizetype i = 0; i < rest.size(); ++i) {
            const QChar c = rest.at(i);
            if (pep440::isPythonSpace(c) || c == QLatin1Char(';') || c == QLatin1Char(')'))
                return error(PepText::tr("'%1' is not allowed in an === version").arg(c), int(at + i));
        }
        s.m_version = pep440::parseExact(rest, pep440::Grammar{}, nullptr);
        s.m_prereleases = s.m_version && s.m_version->isPrerelease();
        return s;
    }

    const bool equality = s.m_op == Operator::Equal || s.m_op == Operator::NotEqual;
    pep440::Grammar grammar;
    grammar.allowLocal = equality;
    grammar.minReleaseCount = s.m_op == Operator::Compatible ? 2 : 1;
    QStringView versionPart = rest;
    if (rest.endsWith(QLatin1String(".*"))) {
        if (!equality)
            return error(PepText::tr("a wildcard (.*) is only allowed with == and !="), int(stripped.size() - 2));
        versionPart = rest.left(rest.size() - 2);
        grammar.releaseOnly = true;
        s.m_wildcard = true;
    }
    pep440::Failure failure;
    s.m_version = pep440::parseExact(versionPart, grammar, &failure);
    if (!s.m_version) {
        const QString reason = versionPart.isEmpty() ? PepText::tr("the version is missing") : failure.message;
        return error(reason, int(at + failure.offset));
    }
    if (s.m_wildcard) {
        // The prefix is m_version itself; with an epoch its first token is not a number.
        if (s.m_version->epoch() == 0)
            s.m_simplePrefix = s.m_version->releaseSize();
        else
            s.m_pattern = std::make_shared<const Wildcard>(makeWildcard(versionPart.toString()));
    } else if (s.m_op == Operator::Compatible) {
        // "N.N...": the prefix is every number but the last, as _compare_compatible's split gives.
        if (isPlainRelease(s.m_versionText))
            s.m_simplePrefix = s.m_version->releaseSize() - 1;
        else
            s.m_pattern = std::make_shared<const Wildcard>(compatiblePattern(s.m_versionText));
    }
    const bool namesPre = s.m_op == Operator::Equal || s.m_op == Operator::GreaterEqual
                          || s.m_op == Operator::LessEqual || s.m_op == Operator::Compatible;
    s.m_prereleases = namesPre && !s.m_wildcard && s.m_version->isPrerelease();
    return s;
}

bool Specifier::matchesOperator(const Version &v) const
{
    if (m_op == Operator::Arbitrary)
        return sameArbitrary(v.toString(), m_versionText);
    const Version &spec = *m_version;
    switch (m_op) {
    case Operator::Equal:
    case Operator::NotEqual: {
        bool equal = false;
        if (m_wildcard)
            equal = matchesPattern(v);
        else
            equal = spec.hasLocal() ? v.compare(spec) == 0 : v.comparePublic(spec) == 0;
        return equal == (m_op == Operator::Equal);
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

bool Specifier::contains(const Version &version, std::optional<bool> prereleases) const
{
    if (version.isPrerelease() && !prereleases.value_or(m_prereleases))
        return false;
    return matchesOperator(version);
}

bool Specifier::containsText(QStringView version, std::optional<bool> prereleases) const
{
    const Result<Version> v = Version::parse(version);
    return v && contains(*v, prereleases);
}

QString Specifier::toString() const
{
    return operatorText() + m_versionText;
}

QString Specifier::canonicalKey() const
{
    // canonicalize_version(spec text): wildcards never parse as versions, so they stay as written.
    const QString canonical = (m_version && !m_wildcard) ? canonicalizeParsed(*m_version, m_op != Operator::Compatible)
                                                         : m_versionText;
    return operatorText(m_op) + QLatin1Char(' ') + canonical;
}

bool Specifier::equals(const Specifier &other) const
{
    if (m_op != other.m_op)
        return false;
    // A canonical version string never equals text that is not one (that text would have parsed,
    // and wildcards hold a '*'), so the two kinds of key never meet.
    const bool canonical = m_version && !m_wildcard;
    if (canonical != (other.m_version && !other.m_wildcard))
        return false;
    if (!canonical)
        return m_versionText == other.m_versionText;
    return sameCanonical(*m_version, *other.m_version, m_op != Operator::Compatible);
}

bool Specifier::matchesPattern(const Version &version) const
{
    if (m_pattern)
        return m_pattern->matches(version);
    const Version &prefix = *m_version;
    return matchesSimplePrefix(version, m_simplePrefix, [&prefix](int i) { return prefix.releaseAt(i); });
}

std::optional<Specifier::Wildcard> Specifier::wildcard() const
{
    if (m_pattern)
        return *m_pattern;
    if (!m_wildcard && m_op != Operator::Compatible)
        return std::nullopt;
    // What makeWildcard gives for a prefix of plain numbers.
    Wildcard w;
    QVector<qint64> numbers = m_version->release().mid(0, m_simplePrefix);
    for (qint64 n : std::as_const(numbers))
        w.tokens << QString::number(n);
    w.prefix = Version::fromParts(0, numbers);
    w.release = numbers;
    w.simple = true;
    return w;
}

} // namespace envlens::pep
