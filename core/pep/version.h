#pragma once

#include "common/error.h"

#include <QSharedData>
#include <QSharedDataPointer>
#include <QString>
#include <QStringView>
#include <QVector>
#include <QtGlobal>

#include <optional>

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

    Version(); // "0"

    // Leading/trailing whitespace, "v", upper case and every separator spelling PEP 440 allows.
    static Result<Version> parse(QStringView text);
    static bool isValid(QStringView text);

    // Builds a version from its parts. release must not be empty; numbers must be within 0..kMaxNumber;
    // local must already be canonical (lower case, '.'-separated, as local() returns it) or empty.
    static Version fromParts(qint64 epoch, QVector<qint64> release, std::optional<PreRelease> pre = std::nullopt,
                             std::optional<qint64> post = std::nullopt, std::optional<qint64> dev = std::nullopt,
                             const QString &local = QString());

    QString toString() const; // packaging's str(Version(x))

    qint64 epoch() const { return m_extra ? m_extra->epoch : 0; }
    QVector<qint64> release() const; // a copy; releaseSize()/releaseAt() read without one
    int releaseSize() const { return m_releaseSize; }
    // The index-th release number, 0 past the end (as PEP 440 pads).
    qint64 releaseAt(int index) const { return index < m_releaseSize ? releaseData()[index] : 0; }
    std::optional<PreRelease> pre() const;
    std::optional<qint64> post() const;
    std::optional<qint64> dev() const;
    bool isPrerelease() const { return m_preKind != kNoPre || m_dev >= 0; } // dev or pre, as packaging
    bool isPostrelease() const { return m_post >= 0; }
    bool isDevrelease() const { return m_dev >= 0; }
    bool hasLocal() const { return m_extra && !m_extra->local.isEmpty(); }
    QString local() const { return m_extra ? m_extra->local : QString(); } // canonical ("ubuntu.1"), empty when absent

    Version publicVersion() const; // without the local label
    Version baseVersion() const;   // epoch and release only

    // The first three release numbers, 0 when absent.
    qint64 major() const { return releaseAt(0); }
    qint64 minor() const { return releaseAt(1); }
    qint64 micro() const { return releaseAt(2); }

    // <0, 0, >0 in PEP 440 order: trailing release zeros ignored, dev < pre < final < post, locals after.
    int compare(const Version &other) const;
    // compare() of the public parts only (local labels ignored).
    int comparePublic(const Version &other) const;

    friend bool operator==(const Version &a, const Version &b) { return a.compare(b) == 0; }
    friend bool operator!=(const Version &a, const Version &b) { return a.compare(b) != 0; }
    friend bool operator<(const Version &a, const Version &b) { return a.compare(b) < 0; }
    friend bool operator<=(const Version &a, const Version &b) { return a.compare(b) <= 0; }
    friend bool operator>(const Version &a, const Version &b) { return a.compare(b) > 0; }
    friend bool operator>=(const Version &a, const Version &b) { return a.compare(b) >= 0; }

private:
    struct Empty
    {
    };
    explicit Version(Empty) {} // no release yet: the parser fills it in
    static constexpr quint8 kNoPre = 0xff;
    // Almost every real version has at most four release numbers, epoch 0 and no local label: those
    // live inside the object, which stays small (a million parsed versions touch less memory), so
    // parsing, copying and comparing them never touches the heap. The rest sits in a shared Extra.
    static constexpr int kInlineRelease = 4;
    struct Extra : QSharedData
    {
        qint64 epoch = 0;
        QVector<qint64> longRelease; // every release number, only when there are more than kInlineRelease
        QString local;
    };

    const qint64 *releaseData() const
    {
        return m_releaseSize <= kInlineRelease ? m_inlineRelease : m_extra->longRelease.constData();
    }
    void setRelease(const qint64 *numbers, int count);
    void setEpoch(qint64 epoch);
    void setLocal(const QString &local);

    qint64 m_inlineRelease[kInlineRelease] = {};
    qint64 m_preNumber = 0;
    qint64 m_post = -1; // -1: absent
    qint64 m_dev = -1;  // -1: absent
    QSharedDataPointer<Extra> m_extra; // null: epoch 0, short release, no local label
    int m_releaseSize = 0;
    int m_significant = 0; // m_releaseSize without trailing zeros: what ordering looks at
    quint8 m_preKind = kNoPre;

    friend class VersionParser;
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
