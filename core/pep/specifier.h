#pragma once

#include "common/error.h"
#include "pep/version.h"

#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVector>
#include <QtGlobal>

#include <optional>
#include <utility>

namespace envlens::pep {

// One PEP 440 version specifier ("==1.4.*", ">= 2.0", "~=1.4.2", "===foo"), matching exactly like
// packaging.specifiers.Specifier (python3-packaging 23.0), including its quirks (see specifier.cpp).
class Specifier
{
public:
    enum class Operator { Equal, NotEqual, Less, LessEqual, Greater, GreaterEqual, Compatible, Arbitrary };

    Specifier(); // for containers: "===" with empty text, which admits nothing
    Specifier(const Specifier &other) : m_word(other.m_word)
    {
        if (isShared())
            retain();
    }
    Specifier(Specifier &&other) noexcept : m_word(other.m_word) { other.m_word = 0; }
    Specifier &operator=(const Specifier &other)
    {
        Specifier copy(other);
        std::swap(m_word, copy.m_word);
        return *this;
    }
    Specifier &operator=(Specifier &&other) noexcept
    {
        std::swap(m_word, other.m_word);
        return *this;
    }
    ~Specifier()
    {
        if (isShared())
            dropData();
    }

    static Result<Specifier> parse(QStringView text);

    Operator op() const;
    QString operatorText() const; // "==", "~=", ...
    static QString operatorText(Operator op);
    QString versionText() const; // as written, without surrounding space
    bool hasWildcard() const;
    // The version after the operator (before ".*" for wildcards); absent for === with non-PEP 440 text.
    std::optional<Version> version() const;

    // packaging's Specifier.prereleases: whether the specifier itself names a pre-release
    // (==, >=, <=, ~=, === only).
    bool prereleases() const;

    // packaging's Specifier.contains(version, prereleases).
    bool contains(const Version &version, std::optional<bool> prereleases = std::nullopt) const;
    // Same for a version string. Text that is not a PEP 440 version is never contained: packaging
    // raises there (even for ===, whose string comparison only ever sees a parsed version).
    bool containsText(QStringView version, std::optional<bool> prereleases = std::nullopt) const;

    QString toString() const; // packaging's str(Specifier): operator + version text

    // packaging's Specifier equality: operator and canonicalised version text (trailing zeros
    // stripped except for ~=), so "==1.0" equals "== 1.0.0". operator== decides the same without
    // building the key.
    QString canonicalKey() const;
    friend bool operator==(const Specifier &a, const Specifier &b) { return a.equals(b); }
    friend bool operator!=(const Specifier &a, const Specifier &b) { return !a.equals(b); }

    // The "prefix.*" pattern behind == / != wildcards and the second half of ~=.
    struct Wildcard
    {
        QStringList tokens;             // packaging's _version_split of the canonical prefix
        std::optional<Version> prefix;  // the prefix as a version (release as written)
        QVector<qint64> release;        // the tokens as numbers when simple
        bool simple = false;            // epoch 0 and release numbers only: matched structurally
        bool matches(const Version &version) const;
    };
    // Built on demand (the matching itself does not need it in the common cases).
    std::optional<Wildcard> wildcard() const;

private:
    // Eight bytes: a million parsed specifiers are 8 MB, and first touching fresh memory costs more
    // than parsing. A specifier written the way packaging prints it, with at most four small release
    // numbers and at most a small pre-release (">=1.2.3", "==2.0rc1", "==1.4.*", "~=1.4.2": nearly
    // all of them) is "compact": m_word holds its operator and version (bit 0 set; layout in
    // specifier.cpp), and its text is printed back from them. Any other is "shared": m_word points
    // to an immutable Data (8-aligned, bit 0 clear). 0 is the default "===" with empty text.
    struct Data;
    struct Match;
    static Result<Specifier> parseSpecifier(QStringView stripped, int base, QStringView text);
    bool isCompact() const { return (m_word & 1) != 0; }
    bool isShared() const { return m_word != 0 && !isCompact(); }
    const Data *data() const { return reinterpret_cast<const Data *>(quintptr(m_word)); }
    void retain() const;
    void dropData();
    Match match() const;
    bool equals(const Specifier &other) const;

    quint64 m_word = 0;
};

} // namespace envlens::pep
