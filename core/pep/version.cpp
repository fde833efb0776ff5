#include "pep/version.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <limits>

namespace envlens::pep {

namespace {

// lupdate files PepText::tr() under the same context the code asks for at run time.
class PepText
{
    Q_DECLARE_TR_FUNCTIONS(envlens::pep::PepText)
};

// Rank of the pre-release part in packaging's _cmpkey: a dev-only release sorts before every
// pre-release, a release without pre-release after all of them.
int preRank(quint8 preKind, qint64 post, qint64 dev, quint8 noPre)
{
    if (preKind != noPre)
        return 1 + preKind;
    return (post < 0 && dev >= 0) ? 0 : 4;
}

int compareNumbers(qint64 a, qint64 b)
{
    return a < b ? -1 : (a > b ? 1 : 0);
}

// Trailing zeros never decide: past the shorter significant part, the longer one still has a
// non-zero number, so it is the larger.
int compareRelease(const qint64 *a, int significantA, const qint64 *b, int significantB)
{
    const int n = qMin(significantA, significantB);
    for (int i = 0; i < n; ++i) {
        if (a[i] != b[i])
            return a[i] < b[i] ? -1 : 1;
    }
    return significantA == significantB ? 0 : (significantA < significantB ? -1 : 1);
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

int compareLocal(const QString &a, const QString &b)
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
        const int c = compareLocalSegment(QStringView(a).mid(i, ie - i), QStringView(b).mid(j, je - j));
        if (c != 0)
            return c;
        // Step past the dot; a label never ends with one, so reaching size() means "no more segments".
        i = ie == a.size() ? ie : ie + 1;
        j = je == b.size() ? je : je + 1;
    }
    return 0;
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
        Version v{Version::Empty{}};
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
            v.setEpoch(first);
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
        if (longRelease.isEmpty())
            v.setRelease(inlineRelease.data(), count);
        else
            v.setRelease(longRelease.constData(), int(longRelease.size()));
        if (grammar.releaseOnly || grammar.minReleaseCount > 1) {
            if (v.m_releaseSize < grammar.minReleaseCount)
                return fail(PepText::tr("~= needs at least two release numbers (e.g. ~=1.4, not ~=1)"), 0);
        }
        if (grammar.releaseOnly) {
            if (m_pos != m_text.size())
                return fail(PepText::tr("a wildcard may only follow release numbers (e.g. ==1.4.*)"));
            return v;
        }
        if (m_pos == m_text.size())
            return v; // "1.2.3": no pre, post, dev or local part to look for
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
        return v;
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

    bool parsePre(Version *v)
    {
        int which = -1;
        std::optional<qint64> number;
        if (!letterPart({"a", "b", "c", "rc", "alpha", "beta", "pre", "preview"}, &which, &number))
            return false;
        if (which < 0)
            return true;
        static constexpr quint8 kinds[] = {0, 1, 2, 2, 0, 1, 2, 2};
        v->m_preKind = kinds[which];
        v->m_preNumber = number.value_or(0);
        return true;
    }

    bool parsePost(Version *v)
    {
        if (m_pos + 1 < m_text.size() && m_text.at(m_pos) == QLatin1Char('-') && isDigit(m_text.at(m_pos + 1))) {
            ++m_pos;
            qint64 n = 0;
            readNumber(&n);
            v->m_post = n;
            return !(m_failed);
        }
        int which = -1;
        std::optional<qint64> number;
        if (!letterPart({"post", "rev", "r"}, &which, &number))
            return false;
        if (which >= 0)
            v->m_post = number.value_or(0);
        return true;
    }

    bool parseDev(Version *v)
    {
        int which = -1;
        std::optional<qint64> number;
        if (!letterPart({"dev"}, &which, &number))
            return false;
        if (which >= 0)
            v->m_dev = number.value_or(0);
        return true;
    }

    // [a-z0-9]+ ([-_.][a-z0-9]+)* ; lower-cased like Python's str.lower(), numeric segments as ints.
    bool parseLocal(Version *v)
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
        v->setLocal(local);
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

Version::Version()
{
    const qint64 zero = 0;
    setRelease(&zero, 1);
}

void Version::setRelease(const qint64 *numbers, int count)
{
    if (count <= kInlineRelease) {
        std::copy(numbers, numbers + count, m_inlineRelease);
        std::fill(m_inlineRelease + count, m_inlineRelease + kInlineRelease, 0);
        if (m_extra)
            m_extra->longRelease.clear();
    } else {
        const QVector<qint64> release(numbers, numbers + count); // numbers may point into m_extra
        if (!m_extra)
            m_extra = new Extra;
        m_extra->longRelease = release;
    }
    m_releaseSize = count;
    m_significant = count;
    while (m_significant > 0 && numbers[m_significant - 1] == 0)
        --m_significant;
}

void Version::setEpoch(qint64 epoch)
{
    if (epoch == 0 && !m_extra)
        return;
    if (!m_extra)
        m_extra = new Extra;
    m_extra->epoch = epoch;
}

void Version::setLocal(const QString &local)
{
    if (local.isEmpty() && !m_extra)
        return;
    if (!m_extra)
        m_extra = new Extra;
    m_extra->local = local;
}

QVector<qint64> Version::release() const
{
    const qint64 *numbers = releaseData();
    return QVector<qint64>(numbers, numbers + m_releaseSize);
}

Result<Version> Version::parse(QStringView text)
{
    const QStringView stripped = pep440::pythonStrip(text);
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
    Version v;
    v.setEpoch(epoch);
    if (release.isEmpty())
        release = {0};
    v.setRelease(release.constData(), int(release.size()));
    if (pre) {
        v.m_preKind = quint8(pre->kind);
        v.m_preNumber = pre->number;
    }
    v.m_post = post.value_or(-1);
    v.m_dev = dev.value_or(-1);
    v.setLocal(local);
    return v;
}

std::optional<Version::PreRelease> Version::pre() const
{
    if (m_preKind == kNoPre)
        return std::nullopt;
    return PreRelease{PreKind(m_preKind), m_preNumber};
}

std::optional<qint64> Version::post() const
{
    return m_post >= 0 ? std::optional<qint64>(m_post) : std::nullopt;
}

std::optional<qint64> Version::dev() const
{
    return m_dev >= 0 ? std::optional<qint64>(m_dev) : std::nullopt;
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
    const qint64 *release = releaseData();
    for (int i = 0; i < m_releaseSize; ++i) {
        if (i > 0)
            s += QLatin1Char('.');
        s += QString::number(release[i]);
    }
    if (m_preKind != kNoPre) {
        static const char *const names[] = {"a", "b", "rc"};
        s += QLatin1String(names[m_preKind]);
        s += QString::number(m_preNumber);
    }
    if (m_post >= 0) {
        s += QLatin1String(".post");
        s += QString::number(m_post);
    }
    if (m_dev >= 0) {
        s += QLatin1String(".dev");
        s += QString::number(m_dev);
    }
    if (!label.isEmpty()) {
        s += QLatin1Char('+');
        s += label;
    }
    return s;
}

Version Version::publicVersion() const
{
    Version v = *this;
    v.setLocal(QString());
    return v;
}

Version Version::baseVersion() const
{
    Version v;
    v.setEpoch(epoch());
    v.setRelease(releaseData(), m_releaseSize);
    return v;
}

int Version::comparePublic(const Version &other) const
{
    const qint64 epochA = epoch();
    const qint64 epochB = other.epoch();
    if (epochA != epochB)
        return epochA < epochB ? -1 : 1;
    if (const int c = compareRelease(releaseData(), m_significant, other.releaseData(), other.m_significant))
        return c;
    const int rankA = preRank(m_preKind, m_post, m_dev, kNoPre);
    const int rankB = preRank(other.m_preKind, other.m_post, other.m_dev, kNoPre);
    if (rankA != rankB)
        return rankA < rankB ? -1 : 1;
    if (m_preKind != kNoPre) {
        if (const int c = compareNumbers(m_preNumber, other.m_preNumber))
            return c;
    }
    if (const int c = compareNumbers(m_post, other.m_post))
        return c;
    constexpr qint64 noDev = std::numeric_limits<qint64>::max();
    return compareNumbers(m_dev < 0 ? noDev : m_dev, other.m_dev < 0 ? noDev : other.m_dev);
}

int Version::compare(const Version &other) const
{
    if (const int c = comparePublic(other))
        return c;
    if (!hasLocal() && !other.hasLocal())
        return 0;
    return compareLocal(local(), other.local());
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
