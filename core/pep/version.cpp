#include "pep/version.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <limits>
#include <new>
#include <type_traits>

namespace envlens::pep {

namespace {

// lupdate files PepText::tr() under the same context the code asks for at run time.
class PepText
{
    Q_DECLARE_TR_FUNCTIONS(envlens::pep::PepText)
};

// Rank of the pre-release part in packaging's _cmpkey: a dev-only release sorts before every
// pre-release (1 a, 2 b, 3 rc), a release without pre-release after all of them.
int preRank(const std::optional<Version::PreRelease> &pre, qint64 post, qint64 dev)
{
    if (pre)
        return 1 + int(pre->kind);
    return (post < 0 && dev >= 0) ? 0 : 4;
}

int compareNumbers(qint64 a, qint64 b)
{
    return a < b ? -1 : (a > b ? 1 : 0);
}

bool isDigitSegment(QStringView segment)
{
    for (QChar c : segment) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return !segment.isEmpty();
}

// PEP 440 local ordering: numeric segments compare as numbers and after alphanumeric ones, which
// compare as strings; a shorter label that is a prefix of a longer one sorts first. Canonical
// numeric segments have no leading zeros, so length decides before the digits do.
int compareLocalSegment(QStringView a, QStringView b)
{
    const bool numA = isDigitSegment(a);
    const bool numB = isDigitSegment(b);
    if (numA != numB)
        return numA ? 1 : -1;
    if (numA && a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    const int c = a.compare(b);
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

int compareLocal(QStringView a, QStringView b)
{
    if (a.isEmpty() || b.isEmpty())
        return a.isEmpty() == b.isEmpty() ? 0 : (a.isEmpty() ? -1 : 1);
    qsizetype i = 0;
    qsizetype j = 0;
    while (i <= a.size() && j <= b.size()) {
        if (i == a.size() || j == b.size())
            return (i == a.size()) == (j == b.size()) ? 0 : (i == a.size() ? -1 : 1);
        qsizetype ie = a.indexOf(QLatin1Char('.'), i);
        qsizetype je = b.indexOf(QLatin1Char('.'), j);
        if (ie < 0)
            ie = a.size();
        if (je < 0)
            je = b.size();
        const int c = compareLocalSegment(a.mid(i, ie - i), b.mid(j, je - j));
        if (c != 0)
            return c;
        // Step past the dot; a label never ends with one, so reaching size() means "no more segments".
        i = ie == a.size() ? ie : ie + 1;
        j = je == b.size() ? je : je + 1;
    }
    return 0;
}

// The usual spellings, N(.N)* up to four numbers, then optionally (a|b|rc)N, .postN and .devN, all
// lower case with numbers of at most 9 digits: read straight into Parts. For those VersionParser
// gives the same version; anything else is left to it (false).
bool parseUsual(QStringView text, Version *out)
{
    const qsizetype size = text.size();
    qsizetype i = 0;
    auto digitAt = [&](qsizetype at) { return at < size && text.at(at).unicode() >= u'0' && text.at(at).unicode() <= u'9'; };
    auto charAt = [&](qsizetype at) { return at < size ? text.at(at).unicode() : char16_t(0); };
    auto number = [&](qint64 *value) {
        const qsizetype start = i;
        qint64 n = 0;
        for (; digitAt(i) && i - start < 9; ++i)
            n = n * 10 + (text.at(i).unicode() - u'0');
        *value = n;
        return i > start && !digitAt(i);
    };
    auto keyword = [&](const char *word) {
        qsizetype k = 0;
        for (; word[k]; ++k) {
            if (charAt(i + k) != char16_t(word[k]))
                return false;
        }
        if (!digitAt(i + k))
            return false;
        i += k;
        return true;
    };
    qint64 release[4];
    Version::Parts parts;
    parts.release = release;
    while (true) {
        if (parts.releaseSize == 4 || !number(&release[parts.releaseSize]))
            return false;
        ++parts.releaseSize;
        if (charAt(i) != u'.' || !digitAt(i + 1))
            break;
        ++i;
    }
    using Kind = Version::PreKind;
    for (const auto &[word, kind] : {std::pair{"a", Kind::Alpha}, {"b", Kind::Beta}, {"rc", Kind::ReleaseCandidate}}) {
        if (keyword(word)) {
            qint64 n = 0;
            if (!number(&n))
                return false;
            parts.pre = Version::PreRelease{kind, n};
            break;
        }
    }
    if (keyword(".post") && !number(&parts.post))
        return false;
    if (keyword(".dev") && !number(&parts.dev))
        return false;
    if (i != size)
        return false;
    *out = Version::fromParts(parts);
    return true;
}

} // namespace

// Parses the grammar of packaging's VERSION_PATTERN by hand, taking the same greedy choices as
// Python's regex engine (a separator followed by digits belongs to the preceding letter part, the
// longest spelling of a letter part wins). Separators only decide where parts start; they never
// change what a part means, so greed never rejects a string the regex accepts.
class VersionParser
{
public:
    explicit VersionParser(QStringView text) : m_text(text) {}

    // Parses the whole of m_text (no surrounding whitespace allowed here).
    std::optional<Version> parse(const pep440::Grammar &grammar, pep440::Failure *failure)
    {
        Version::Parts v;
        m_pos = 0;
        m_failure = failure;
        m_failed = false;
        if (m_text.isEmpty())
            return fail(PepText::tr("the text is empty"));
        if (peekLower() == u'v')
            ++m_pos;
        qint64 first = 0;
        if (!readNumber(&first))
            return fail(PepText::tr("expected a release number such as 1.0"));
        std::array<qint64, 16> inlineRelease{};
        QVector<qint64> longRelease;
        int count = 0;
        if (m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char('!')) {
            ++m_pos;
            v.epoch = first;
            if (!readNumber(&first))
                return fail(PepText::tr("expected a release number after the epoch"));
        }
        inlineRelease[count++] = first;
        while (m_pos + 1 < m_text.size() && m_text.at(m_pos) == QLatin1Char('.') && isDigit(m_text.at(m_pos + 1))) {
            ++m_pos;
            qint64 n = 0;
            if (!readNumber(&n))
                return std::nullopt;
            if (count < int(inlineRelease.size())) {
                inlineRelease[count++] = n;
            } else {
                if (longRelease.isEmpty())
                    longRelease = QVector<qint64>(inlineRelease.begin(), inlineRelease.end());
                longRelease.append(n);
            }
        }
        if (m_failed)
            return std::nullopt;
        v.release = longRelease.isEmpty() ? inlineRelease.data() : longRelease.constData();
        v.releaseSize = longRelease.isEmpty() ? count : int(longRelease.size());
        if (grammar.releaseOnly || grammar.minReleaseCount > 1) {
            if (v.releaseSize < grammar.minReleaseCount)
                return fail(PepText::tr("~= needs at least two release numbers (e.g. ~=1.4, not ~=1)"), 0);
        }
        if (grammar.releaseOnly) {
            if (m_pos != m_text.size())
                return fail(PepText::tr("a wildcard may only follow release numbers (e.g. ==1.4.*)"));
            return Version::fromParts(v);
        }
        if (m_pos == m_text.size())
            return Version::fromParts(v); // "1.2.3": no pre, post, dev or local part to look for
        if (!parsePre(&v) || !parsePost(&v) || !parseDev(&v))
            return std::nullopt;
        if (m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char('+')) {
            if (!grammar.allowLocal)
                return fail(PepText::tr("a local label (+...) is only allowed with == and !="));
            ++m_pos;
            if (!parseLocal(&v))
                return std::nullopt;
        }
        if (m_pos != m_text.size())
            return fail(PepText::tr("unexpected '%1'").arg(m_text.at(m_pos)));
        return Version::fromParts(v);
    }

private:
    static bool isDigit(QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); }
    static bool isSeparator(QChar c)
    {
        return c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char('.');
    }

    char16_t peekLower() const
    {
        if (m_pos >= m_text.size())
            return 0;
        const char16_t c = m_text.at(m_pos).unicode();
        return (c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c;
    }

    std::nullopt_t fail(const QString &reason, int offset = -1)
    {
        if (m_failure && !m_failed) {
            m_failure->message = reason;
            m_failure->offset = offset >= 0 ? offset : int(m_pos);
        }
        m_failed = true;
        return std::nullopt;
    }

    bool readNumber(qint64 *value)
    {
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char('0'))
            ++m_pos;
        const qsizetype significant = m_pos;
        qint64 n = 0;
        while (m_pos < m_text.size() && isDigit(m_text.at(m_pos))) {
            if (m_pos - significant >= 18) {
                fail(PepText::tr("the number has more than 18 digits, which EnvLens does not support"), int(start));
                while (m_pos < m_text.size() && isDigit(m_text.at(m_pos)))
                    ++m_pos;
                return m_pos > start;
            }
            n = n * 10 + (m_text.at(m_pos).unicode() - u'0');
            ++m_pos;
        }
        *value = n;
        return m_pos > start;
    }

    // Case-insensitive keyword match at m_pos, with the non-ASCII letters Python's IGNORECASE also
    // accepts for i, s and k. Returns the length matched, 0 if none; *lookAlike tells whether one of
    // those letters was needed.
    qsizetype matchKeyword(qsizetype at, const char *keyword, bool *lookAlike) const
    {
        qsizetype i = 0;
        for (; keyword[i]; ++i) {
            if (at + i >= m_text.size())
                return 0;
            const char16_t c = m_text.at(at + i).unicode();
            const char16_t k = char16_t(keyword[i]);
            const char16_t lower = (c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c;
            if (lower == k)
                continue;
            if ((k == u'i' && (c == 0x130 || c == 0x131)) || (k == u's' && c == 0x17f)) {
                *lookAlike = true;
                continue;
            }
            return 0;
        }
        return i;
    }

    // Longest keyword of the list matching at 'at'; index into keywords or -1.
    int matchAny(qsizetype at, std::initializer_list<const char *> keywords, qsizetype *length, bool *lookAlike) const
    {
        int best = -1;
        int index = 0;
        *length = 0;
        for (const char *keyword : keywords) {
            bool odd = false;
            const qsizetype n = matchKeyword(at, keyword, &odd);
            if (n > *length) {
                *length = n;
                best = index;
                *lookAlike = odd;
            }
            ++index;
        }
        return best;
    }

    // [-_.]? keyword [-_.]? digits?  ; returns false on a hard error, sets *found.
    bool letterPart(std::initializer_list<const char *> keywords, int *which, std::optional<qint64> *number)
    {
        qsizetype at = m_pos;
        if (at < m_text.size() && isSeparator(m_text.at(at)))
            ++at;
        qsizetype length = 0;
        bool lookAlike = false;
        *which = matchAny(at, keywords, &length, &lookAlike);
        if (*which < 0)
            return true;
        if (lookAlike) {
            fail(PepText::tr("a look-alike Unicode letter is used in '%1'; EnvLens accepts only the ASCII spelling")
                     .arg(m_text.mid(at, length).toString()),
                 int(at));
            return false;
        }
        m_pos = at + length;
        if (m_pos < m_text.size() && isSeparator(m_text.at(m_pos)))
            ++m_pos;
        number->reset();
        if (m_pos < m_text.size() && isDigit(m_text.at(m_pos))) {
            qint64 n = 0;
            readNumber(&n);
            if (m_failed)
                return false;
            *number = n;
        }
        return true;
    }

    bool parsePre(Version::Parts *v)
    {
        int which = -1;
        std::optional<qint64> number;
        if (!letterPart({"a", "b", "c", "rc", "alpha", "beta", "pre", "preview"}, &which, &number))
            return false;
        if (which < 0)
            return true;
        using Kind = Version::PreKind;
        static constexpr Kind kinds[] = {Kind::Alpha, Kind::Beta, Kind::ReleaseCandidate, Kind::ReleaseCandidate,
                                         Kind::Alpha, Kind::Beta, Kind::ReleaseCandidate, Kind::ReleaseCandidate};
        v->pre = Version::PreRelease{kinds[which], number.value_or(0)};
        return true;
    }

    bool parsePost(Version::Parts *v)
    {
        if (m_pos + 1 < m_text.size() && m_text.at(m_pos) == QLatin1Char('-') && isDigit(m_text.at(m_pos + 1))) {
            ++m_pos;
            qint64 n = 0;
            readNumber(&n);
            v->post = n;
            return !(m_failed);
        }
        int which = -1;
        std::optional<qint64> number;
        if (!letterPart({"post", "rev", "r"}, &which, &number))
            return false;
        if (which >= 0)
            v->post = number.value_or(0);
        return true;
    }

    bool parseDev(Version::Parts *v)
    {
        int which = -1;
        std::optional<qint64> number;
        if (!letterPart({"dev"}, &which, &number))
            return false;
        if (which >= 0)
            v->dev = number.value_or(0);
        return true;
    }

    // [a-z0-9]+ ([-_.][a-z0-9]+)* ; lower-cased like Python's str.lower(), numeric segments as ints.
    bool parseLocal(Version::Parts *v)
    {
        QString local;
        local.reserve(int(m_text.size() - m_pos));
        while (true) {
            const qsizetype start = m_pos;
            bool digitsOnly = true;
            while (m_pos < m_text.size() && pep440::isLocalChar(m_text.at(m_pos))) {
                digitsOnly = digitsOnly && isDigit(m_text.at(m_pos));
                ++m_pos;
            }
            if (m_pos == start) {
                fail(PepText::tr("expected letters or digits in the local label"));
                return false;
            }
            QStringView segment = m_text.mid(start, m_pos - start);
            if (digitsOnly) {
                qsizetype z = 0;
                while (z + 1 < segment.size() && segment.at(z) == QLatin1Char('0'))
                    ++z;
                local += segment.mid(z);
            } else {
                pep440::appendPythonLower(&local, segment);
            }
            if (m_pos + 1 < m_text.size() && isSeparator(m_text.at(m_pos)) && pep440::isLocalChar(m_text.at(m_pos + 1))) {
                local += QLatin1Char('.');
                ++m_pos;
                continue;
            }
            break;
        }
        v->local = local;
        return true;
    }

    QStringView m_text;
    qsizetype m_pos = 0;
    pep440::Failure *m_failure = nullptr;
    bool m_failed = false;
};

namespace pep440 {

bool isPythonSpace(QChar c)
{
    const char16_t u = c.unicode();
    if (u <= 0x20)
        return u == 0x20 || (u >= 0x09 && u <= 0x0d) || (u >= 0x1c && u <= 0x1f);
    if (u < 0x85)
        return false;
    return u == 0x85 || u == 0xa0 || u == 0x1680 || (u >= 0x2000 && u <= 0x200a) || u == 0x2028 || u == 0x2029
           || u == 0x202f || u == 0x205f || u == 0x3000;
}

QStringView pythonStrip(QStringView text)
{
    // Printable ASCII at both ends (nearly always): nothing to strip.
    auto plain = [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7f; };
    if (!text.isEmpty() && plain(text.front()) && plain(text.back()))
        return text;
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isPythonSpace(text.at(begin)))
        ++begin;
    while (end > begin && isPythonSpace(text.at(end - 1)))
        --end;
    return text.mid(begin, end - begin);
}

bool isLocalChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'Z') || u == 0x130
           || u == 0x131 || u == 0x17f || u == 0x212a;
}

void appendPythonLower(QString *out, QStringView text)
{
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= u'A' && u <= u'Z')
            out->append(QChar(char16_t(u + 32)));
        else if (u == 0x130)
            out->append(QStringLiteral("i\u0307"));
        else if (u < 0x80)
            out->append(c);
        else
            out->append(c.toLower());
    }
}

QString pythonLower(QStringView text)
{
    QString out;
    out.reserve(int(text.size()));
    appendPythonLower(&out, text);
    return out;
}

std::optional<Version> parseExact(QStringView text, const Grammar &grammar, Failure *failure)
{
    VersionParser parser(text);
    return parser.parse(grammar, failure);
}

} // namespace pep440

// Everything that does not fit the compact form, in one allocation: the fixed part, then the
// release numbers, then the local label's UTF-16 units (one malloc, and no more memory than needed:
// torch's "+cu118" versions are common).
struct Version::Extra
{
    mutable QAtomicInt ref = 1; // shared by copies, which only read
    qint32 releaseSize = 0;
    qint32 localSize = 0;
    qint8 preKind = -1; // -1: no pre-release
    qint64 preNumber = 0;
    qint64 epoch = 0;
    qint64 post = -1;
    qint64 dev = -1;

    qint64 *release() { return reinterpret_cast<qint64 *>(this + 1); }
    const qint64 *release() const { return reinterpret_cast<const qint64 *>(this + 1); }
    char16_t *localData() { return reinterpret_cast<char16_t *>(release() + releaseSize); }
    QStringView local() const
    {
        return QStringView(reinterpret_cast<const char16_t *>(release() + releaseSize), localSize);
    }
    static Extra *create(int releaseSize, int localSize)
    {
        static_assert(sizeof(Extra) % alignof(qint64) == 0 && std::is_trivially_destructible_v<Extra>);
        void *memory = ::operator new(sizeof(Extra) + size_t(releaseSize) * sizeof(qint64)
                                      + size_t(localSize) * sizeof(char16_t));
        auto *extra = new (memory) Extra;
        extra->releaseSize = releaseSize;
        extra->localSize = localSize;
        return extra;
    }
};

// A local label on a compact public version ("2.0.1+cu118", the usual kind): the public part's two
// words and the label's UTF-16 units, in one allocation of half the size of an Extra.
struct Version::LocalExtra
{
    mutable QAtomicInt ref = 1; // first, as in Extra: retain() and dropExtra() serve both
    qint32 localSize = 0;
    quint64 publicKey = 0;
    quint64 publicBits = 0;

    Version publicPart() const
    {
        Version v;
        v.m_key = publicKey;
        v.m_bits = publicBits;
        return v;
    }
    QStringView local() const { return QStringView(reinterpret_cast<const char16_t *>(this + 1), localSize); }
    static LocalExtra *create(const Version &publicPart, const QString &local)
    {
        static_assert(sizeof(LocalExtra) % alignof(char16_t) == 0 && std::is_trivially_destructible_v<LocalExtra>);
        void *memory = ::operator new(sizeof(LocalExtra) + size_t(local.size()) * sizeof(char16_t));
        auto *extra = new (memory) LocalExtra;
        extra->localSize = qint32(local.size());
        extra->publicKey = publicPart.m_key;
        extra->publicBits = publicPart.m_bits;
        std::copy(local.utf16(), local.utf16() + local.size(), reinterpret_cast<char16_t *>(extra + 1));
        return extra;
    }
};

Version::Version() = default;

void Version::retain() const
{
    extra()->ref.ref();
}

void Version::dropExtra()
{
    // Both kinds are trivially destructible and start with the count.
    if (!extra()->ref.deref())
        ::operator delete(const_cast<Extra *>(extra()));
}

const Version::LocalExtra *Version::localExtra() const
{
    return (m_bits & (1 | kLocalFlag)) == kLocalFlag ? reinterpret_cast<const LocalExtra *>(extra()) : nullptr;
}

// The compact m_key of a release of at most four numbers, if they fit.
bool Version::releaseKey(const qint64 *release, int count, quint64 *key)
{
    *key = 0;
    for (int i = 0; i < count; ++i) {
        const quint64 n = quint64(release[i]);
        if (n > kFieldMask[i])
            return false;
        *key |= n << kFieldShift[i];
    }
    return true;
}

Version Version::fromParts(const Parts &parts)
{
    // What the compact form has room for (see version.h).
    const int count = parts.releaseSize;
    bool compact = parts.epoch == 0 && count >= 1 && count <= kCompactRelease && parts.local.isEmpty()
                   && (!parts.pre || parts.pre->number <= 0xfff) && parts.post < 0xffff && parts.dev < 0x1ffffff;
    quint64 key = 0;
    compact = compact && releaseKey(parts.release, count, &key);
    if (!parts.local.isEmpty() && parts.epoch == 0) {
        Parts publicParts = parts;
        publicParts.local.clear();
        const Version publicPart = fromParts(publicParts);
        if (publicPart.isCompact()) {
            Version v;
            v.m_key = publicPart.m_key;
            v.m_bits = quint64(reinterpret_cast<quintptr>(LocalExtra::create(publicPart, parts.local))) | kLocalFlag
                       | kReleaseKeyFlag;
            return v;
        }
    }
    const bool releaseFits = compact || (parts.epoch == 0 && count >= 1 && count <= kCompactRelease
                                          && releaseKey(parts.release, count, &key));
    Version v;
    if (compact) {
        const int rank = preRank(parts.pre, parts.post, parts.dev);
        const quint64 suffix = (quint64(rank) << 53) | (quint64(parts.pre ? parts.pre->number : 0) << 41)
                               | (quint64(parts.post + 1) << 25) | (parts.dev < 0 ? 0x1ffffff : quint64(parts.dev));
        v.m_key = key;
        v.m_bits = (suffix << kSuffixShift) | (quint64(count) << 1) | 1;
        return v;
    }
    const qint64 zero = 0;
    const qint64 *release = count > 0 ? parts.release : &zero;
    Extra *extra = Extra::create(qMax(count, 1), int(parts.local.size()));
    std::copy(release, release + extra->releaseSize, extra->release());
    std::copy(parts.local.utf16(), parts.local.utf16() + parts.local.size(), extra->localData());
    extra->epoch = parts.epoch;
    extra->preKind = parts.pre ? qint8(parts.pre->kind) : qint8(-1);
    extra->preNumber = parts.pre ? parts.pre->number : 0;
    extra->post = parts.post;
    extra->dev = parts.dev;
    v.m_key = releaseFits ? key : 0;
    v.m_bits = quint64(reinterpret_cast<quintptr>(extra)) | (releaseFits ? kReleaseKeyFlag : 0);
    return v;
}

int Version::extendedReleaseSize() const
{
    if (const LocalExtra *l = localExtra())
        return l->publicPart().releaseSize();
    return extra()->releaseSize;
}

qint64 Version::extendedReleaseAt(int index) const
{
    if (const LocalExtra *l = localExtra())
        return l->publicPart().releaseAt(index);
    return index < extra()->releaseSize ? extra()->release()[index] : 0;
}

qint64 Version::epoch() const
{
    return isCompact() || localExtra() ? 0 : extra()->epoch;
}

QVector<qint64> Version::release() const
{
    if (!isCompact())
        return localExtra() ? localExtra()->publicPart().release()
                            : QVector<qint64>(extra()->release(), extra()->release() + extra()->releaseSize);
    QVector<qint64> numbers(releaseSize());
    for (int i = 0; i < numbers.size(); ++i)
        numbers[i] = releaseAt(i);
    return numbers;
}

std::optional<Version::PreRelease> Version::pre() const
{
    if (!isCompact())
        return localExtra()           ? localExtra()->publicPart().pre()
               : extra()->preKind < 0 ? std::nullopt
                                    : std::optional<PreRelease>(PreRelease{PreKind(extra()->preKind), extra()->preNumber});
    const int rank = int(m_bits >> 61);
    if (rank < 1 || rank > 3)
        return std::nullopt;
    return PreRelease{PreKind(rank - 1), qint64((m_bits >> (kSuffixShift + 41)) & 0xfff)};
}

std::optional<qint64> Version::post() const
{
    if (const LocalExtra *l = localExtra())
        return l->publicPart().post();
    const qint64 post = isCompact() ? qint64((m_bits >> (kSuffixShift + 25)) & 0xffff) - 1 : extra()->post;
    return post >= 0 ? std::optional<qint64>(post) : std::nullopt;
}

std::optional<qint64> Version::dev() const
{
    if (const LocalExtra *l = localExtra())
        return l->publicPart().dev();
    if (!isCompact())
        return extra()->dev >= 0 ? std::optional<qint64>(extra()->dev) : std::nullopt;
    const quint64 dev = (m_bits >> kSuffixShift) & 0x1ffffff;
    return dev != 0x1ffffff ? std::optional<qint64>(qint64(dev)) : std::nullopt;
}

QString Version::local() const
{
    return localView().toString();
}

QStringView Version::localView() const
{
    if (const LocalExtra *l = localExtra())
        return l->local();
    return isCompact() ? QStringView() : extra()->local();
}

Result<Version> Version::parse(QStringView text)
{
    const QStringView stripped = pep440::pythonStrip(text);
    Version usual;
    if (parseUsual(stripped, &usual))
        return usual;
    pep440::Failure failure;
    std::optional<Version> v = pep440::parseExact(stripped, pep440::Grammar{}, &failure);
    if (v)
        return *std::move(v);
    const int column = int(stripped.data() - text.data()) + failure.offset + 1;
    Error error;
    error.message
        = PepText::tr("invalid version '%1': %2 (column %3)").arg(text.toString(), failure.message).arg(column);
    error.column = column;
    return error;
}

bool Version::isValid(QStringView text)
{
    return pep440::parseExact(pep440::pythonStrip(text), pep440::Grammar{}, nullptr).has_value();
}

Version Version::fromParts(qint64 epoch, QVector<qint64> release, std::optional<PreRelease> pre,
                           std::optional<qint64> post, std::optional<qint64> dev, const QString &local)
{
    if (release.isEmpty())
        release = {0};
    Parts parts;
    parts.epoch = epoch;
    parts.release = release.constData();
    parts.releaseSize = int(release.size());
    parts.pre = pre;
    parts.post = post.value_or(-1);
    parts.dev = dev.value_or(-1);
    parts.local = local;
    return fromParts(parts);
}

QString Version::toString() const
{
    QString s;
    const QString label = local();
    s.reserve(16 + int(label.size()));
    if (epoch() != 0) {
        s += QString::number(epoch());
        s += QLatin1Char('!');
    }
    const int count = releaseSize();
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            s += QLatin1Char('.');
        s += QString::number(releaseAt(i));
    }
    if (const std::optional<PreRelease> p = pre()) {
        static const char *const names[] = {"a", "b", "rc"};
        s += QLatin1String(names[int(p->kind)]);
        s += QString::number(p->number);
    }
    if (const std::optional<qint64> n = post()) {
        s += QLatin1String(".post");
        s += QString::number(*n);
    }
    if (const std::optional<qint64> n = dev()) {
        s += QLatin1String(".dev");
        s += QString::number(*n);
    }
    if (!label.isEmpty()) {
        s += QLatin1Char('+');
        s += label;
    }
    return s;
}

Version Version::publicVersion() const
{
    if (isCompact())
        return *this;
    if (const LocalExtra *l = localExtra())
        return l->publicPart();
    Parts parts;
    parts.epoch = epoch();
    parts.release = extra()->release();
    parts.releaseSize = extra()->releaseSize;
    parts.pre = pre();
    parts.post = extra()->post;
    parts.dev = extra()->dev;
    return fromParts(parts);
}

Version Version::baseVersion() const
{
    return fromParts(epoch(), release());
}

// The general order, for versions that are not both compact: packaging's _cmpkey field by field.
int Version::compareGeneral(const Version &other, bool withLocal) const
{
    if (const int c = compareNumbers(epoch(), other.epoch()))
        return c;
    // Missing numbers read as 0, so trailing zeros never decide.
    const int n = qMax(releaseSize(), other.releaseSize());
    for (int i = 0; i < n; ++i) {
        if (const int c = compareNumbers(releaseAt(i), other.releaseAt(i)))
            return c;
    }
    const std::optional<PreRelease> preA = pre();
    const std::optional<PreRelease> preB = other.pre();
    const qint64 postA = post().value_or(-1);
    const qint64 postB = other.post().value_or(-1);
    const qint64 devA = dev().value_or(-1);
    const qint64 devB = other.dev().value_or(-1);
    const int rankA = preRank(preA, postA, devA);
    const int rankB = preRank(preB, postB, devB);
    if (rankA != rankB)
        return rankA < rankB ? -1 : 1;
    if (preA) {
        if (const int c = compareNumbers(preA->number, preB->number))
            return c;
    }
    if (const int c = compareNumbers(postA, postB))
        return c;
    constexpr qint64 noDev = std::numeric_limits<qint64>::max();
    if (const int c = compareNumbers(devA < 0 ? noDev : devA, devB < 0 ? noDev : devB))
        return c;
    if (!withLocal || (!hasLocal() && !other.hasLocal()))
        return 0;
    return compareLocal(localView(), other.localView());
}

#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
size_t qHash(const Version &version, size_t seed) noexcept
#else
uint qHash(const Version &version, uint seed) noexcept
#endif
{
    // Equal versions may differ in trailing release zeros, so those stay out of the hash.
    int n = version.releaseSize();
    while (n > 0 && version.releaseAt(n - 1) == 0)
        --n;
    auto combine = [](decltype(seed) h, auto value) {
        return h ^ (::qHash(value) + 0x9e3779b9U + (h << 6) + (h >> 2));
    };
    auto h = combine(seed, version.epoch());
    for (int i = 0; i < n; ++i)
        h = combine(h, version.releaseAt(i));
    const auto pre = version.pre();
    h = combine(h, pre ? int(pre->kind) : -1);
    h = combine(h, pre ? pre->number : -1);
    h = combine(h, version.post().value_or(-1));
    h = combine(h, version.dev().value_or(-1));
    return combine(h, version.local());
}

} // namespace envlens::pep
