#pragma once

#include "common/error.h"

#include <QString>
#include <QStringView>
#include <QVector>
#include <QtGlobal>

#include <optional>
#include <utility>

namespace envlens::pep {

// A PEP 440 version, normalised, printed and ordered exactly like packaging.version.Version
// (the reference is Debian's python3-packaging 23.0).
//
// Two deliberate limits, both reported as parse errors with a reason:
// - numbers (epoch, release, pre, post, dev) have at most 18 significant digits, so they fit in qint64
//   with room to spare; packaging accepts Python's unbounded ints there (local numbers are unbounded here too);
// - "post" and "preview" spelled with the Unicode look-alikes that Python's case-insensitive regex
//   accepts (U+017F long s, U+0130/U+0131 dotted/dotless i) are rejected: packaging keeps such
//   letters verbatim and then orders them apart from the real spelling.
class Version
{
public:
    enum class PreKind : quint8 { Alpha, Beta, ReleaseCandidate };
    struct PreRelease
    {
        PreKind kind = PreKind::Alpha;
        qint64 number = 0;
        friend bool operator==(const PreRelease &a, const PreRelease &b)
        {
            return a.kind == b.kind && a.number == b.number;
        }
        friend bool operator!=(const PreRelease &a, const PreRelease &b) { return !(a == b); }
    };

    static constexpr qint64 kMaxNumber = 999999999999999999LL; // 18 digits

    // Every part of a version, for fromParts(); release points at releaseSize numbers.
    struct Parts
    {
        qint64 epoch = 0;
        const qint64 *release = nullptr;
        int releaseSize = 0;
        std::optional<PreRelease> pre;
        qint64 post = -1; // -1: absent
        qint64 dev = -1;  // -1: absent
        QString local;    // canonical, empty when absent
    };

    Version(); // "0"
    Version(const Version &other) : m_key(other.m_key), m_bits(other.m_bits)
    {
        if (!isCompact())
            retain();
    }
    Version(Version &&other) noexcept : m_key(other.m_key), m_bits(other.m_bits)
    {
        other.m_key = 0;
        other.m_bits = kZeroBits;
    }
    Version &operator=(const Version &other)
    {
        Version copy(other);
        swap(copy);
        return *this;
    }
    Version &operator=(Version &&other) noexcept
    {
        swap(other);
        return *this;
    }
    ~Version()
    {
        if (!isCompact())
            dropExtra();
    }
    void swap(Version &other) noexcept
    {
        std::swap(m_key, other.m_key);
        std::swap(m_bits, other.m_bits);
    }

    // Leading/trailing whitespace, "v", upper case and every separator spelling PEP 440 allows.
    static Result<Version> parse(QStringView text);
    static bool isValid(QStringView text);

    // Builds a version from its parts. release must not be empty; numbers must be within 0..kMaxNumber;
    // local must already be canonical (lower case, '.'-separated, as local() returns it) or empty.
    static Version fromParts(qint64 epoch, QVector<qint64> release, std::optional<PreRelease> pre = std::nullopt,
                             std::optional<qint64> post = std::nullopt, std::optional<qint64> dev = std::nullopt,
                             const QString &local = QString());
    static Version fromParts(const Parts &parts); // same, without a QVector

    QString toString() const; // packaging's str(Version(x))

    qint64 epoch() const;
    QVector<qint64> release() const; // a copy; releaseSize()/releaseAt() read without one
    int releaseSize() const { return isCompact() ? int((m_bits >> 1) & 7) : extendedReleaseSize(); }
    // The index-th release number, 0 past the end (as PEP 440 pads).
    qint64 releaseAt(int index) const
    {
        if (!isCompact())
            return extendedReleaseAt(index);
        return index < kCompactRelease ? qint64((m_key >> kFieldShift[index]) & kFieldMask[index]) : 0;
    }
    std::optional<PreRelease> pre() const;
    std::optional<qint64> post() const;
    std::optional<qint64> dev() const;
    bool isPrerelease() const { return pre().has_value() || isDevrelease(); } // dev or pre, as packaging
    bool isPostrelease() const { return post().has_value(); }
    bool isDevrelease() const { return dev().has_value(); }
    bool hasLocal() const { return !localView().isEmpty(); }
    QString local() const; // canonical ("ubuntu.1"), empty when absent

    Version publicVersion() const; // without the local label
    Version baseVersion() const;   // epoch and release only

    // The first three release numbers, 0 when absent.
    qint64 major() const { return releaseAt(0); }
    qint64 minor() const { return releaseAt(1); }
    qint64 micro() const { return releaseAt(2); }

    // <0, 0, >0 in PEP 440 order: trailing release zeros ignored, dev < pre < final < post, locals after.
    int compare(const Version &other) const
    {
        if (isCompact() && other.isCompact())
            return compareCompact(other);
        if (hasReleaseKey() && other.hasReleaseKey() && m_key != other.m_key)
            return m_key < other.m_key ? -1 : 1;
        return compareGeneral(other, true);
    }
    // compare() of the public parts only (local labels ignored).
    int comparePublic(const Version &other) const
    {
        if (isCompact() && other.isCompact())
            return compareCompact(other);
        if (hasReleaseKey() && other.hasReleaseKey() && m_key != other.m_key)
            return m_key < other.m_key ? -1 : 1;
        return compareGeneral(other, false);
    }

    friend bool operator==(const Version &a, const Version &b) { return a.compare(b) == 0; }
    friend bool operator!=(const Version &a, const Version &b) { return a.compare(b) != 0; }
    friend bool operator<(const Version &a, const Version &b) { return a.compare(b) < 0; }
    friend bool operator<=(const Version &a, const Version &b) { return a.compare(b) <= 0; }
    friend bool operator>(const Version &a, const Version &b) { return a.compare(b) > 0; }
    friend bool operator>=(const Version &a, const Version &b) { return a.compare(b) >= 0; }

private:
    // Sixteen bytes: a million parsed versions are 16 MB, and first touching fresh memory costs more
    // than parsing. Almost every real version (epoch 0, up to four small release numbers, small
    // pre/post/dev numbers, no local label) is "compact": both words hold the parts, laid out so
    // that comparing the words as integers is PEP 440 order. The rest is "extended": m_bits points
    // to a shared Extra (allocations are 8-aligned, so bit 0 tells the two apart). An extended
    // version with epoch 0 and a release that fits still keeps the compact m_key and sets bit 1, so
    // that comparisons decided by the release ("2.0.1+cu118" < "2.1.0") never read the Extra.
    //
    // Compact m_key: release numbers, 20/16/16/12 bits from the top (absent ones 0, which is how
    // PEP 440 pads, so trailing zeros never decide). Compact m_bits, from the top: 3 bits pre-release
    // rank (0 dev-only, 1 a, 2 b, 3 rc, 4 none: packaging's _cmpkey), 12 bits pre number, 16 bits
    // post + 1 (0 absent), 25 bits dev (all ones absent), then 4 bits zero, 3 bits release count, 1.
    struct Extra;
    struct LocalExtra;
    static constexpr int kCompactRelease = 4;
    static constexpr int kFieldShift[kCompactRelease] = {44, 28, 12, 0};
    static constexpr quint64 kFieldMask[kCompactRelease] = {0xfffff, 0xffff, 0xffff, 0xfff};
    static constexpr int kSuffixShift = 8;
    static constexpr quint64 kZeroBits = (quint64(4) << 61) | (quint64(0x1ffffff) << kSuffixShift) | (1 << 1) | 1;

    static constexpr quint64 kReleaseKeyFlag = 2; // extended only
    static constexpr quint64 kLocalFlag = 4;      // extended only: m_bits points to a LocalExtra
    bool isCompact() const { return (m_bits & 1) != 0; }
    bool hasReleaseKey() const { return (m_bits & (1 | kReleaseKeyFlag)) != 0; }
    static bool releaseKey(const qint64 *release, int count, quint64 *key);
    int compareCompact(const Version &other) const
    {
        if (m_key != other.m_key)
            return m_key < other.m_key ? -1 : 1;
        const quint64 a = m_bits >> kSuffixShift;
        const quint64 b = other.m_bits >> kSuffixShift;
        return a == b ? 0 : (a < b ? -1 : 1);
    }
    int compareGeneral(const Version &other, bool withLocal) const;
    QStringView localView() const;
    const Extra *extra() const { return reinterpret_cast<const Extra *>(quintptr(m_bits & ~quint64(7))); }
    const LocalExtra *localExtra() const; // null unless m_bits points to one
    int extendedReleaseSize() const;
    qint64 extendedReleaseAt(int index) const;
    void retain() const;
    void dropExtra();

    quint64 m_key = 0;
    quint64 m_bits = kZeroBits;
};

#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
size_t qHash(const Version &version, size_t seed = 0) noexcept;
#else
uint qHash(const Version &version, uint seed = 0) noexcept;
#endif

// Text helpers shared by the PEP 440 sources (version, specifier, specifier set); not a public API.
namespace pep440 {

struct Failure
{
    QString message;
    int offset = 0; // 0-based, into the text given to parseExact
};

struct Grammar
{
    bool allowLocal = true;   // "+label"
    bool releaseOnly = false; // wildcard prefixes: [v][N!]N(.N)*
    int minReleaseCount = 1;  // ~= needs two
};

bool isPythonSpace(QChar c);              // Python's str.isspace() / regex \s
QStringView pythonStrip(QStringView text); // Python's str.strip()
bool isLocalChar(QChar c);                 // [a-z0-9] under Python's IGNORECASE
QString pythonLower(QStringView text);     // str.lower() for everything a version string can hold
void appendPythonLower(QString *out, QStringView text);
// The version grammar over the whole of text, without surrounding whitespace.
std::optional<Version> parseExact(QStringView text, const Grammar &grammar, Failure *failure);

} // namespace pep440

} // namespace envlens::pep
