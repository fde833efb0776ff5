#pragma once

#include "common/error.h"
#include "pep/version.h"

#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVector>

#include <memory>
#include <optional>

namespace envlens::pep {

// One PEP 440 version specifier ("==1.4.*", ">= 2.0", "~=1.4.2", "===foo"), matching exactly like
// packaging.specifiers.Specifier (python3-packaging 23.0), including its quirks (see specifier.cpp).
class Specifier
{
public:
    enum class Operator { Equal, NotEqual, Less, LessEqual, Greater, GreaterEqual, Compatible, Arbitrary };

    Specifier(); // for containers: "===" with empty text, which admits nothing
    static Result<Specifier> parse(QStringView text);

    Operator op() const { return m_op; }
    QString operatorText() const; // "==", "~=", ...
    static QString operatorText(Operator op);
    QString versionText() const { return m_versionText; } // as written, without surrounding space
    bool hasWildcard() const { return m_wildcard; }
    // The version after the operator (before ".*" for wildcards); absent for === with non-PEP 440 text.
    std::optional<Version> version() const { return m_version; }

    // packaging's Specifier.prereleases: whether the specifier itself names a pre-release
    // (==, >=, <=, ~=, === only).
    bool prereleases() const { return m_prereleases; }

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
    static Result<Specifier> parseSpecifier(QStringView stripped, int base, QStringView text);
    bool matchesOperator(const Version &version) const;
    bool matchesPattern(const Version &version) const;
    bool equals(const Specifier &other) const;

    QString m_versionText;
    std::optional<Version> m_version;
    // The "prefix.*" pattern of == / != wildcards and ~=. Usually it is the first m_simplePrefix
    // release numbers of m_version (epoch 0, numbers only), matched without building a Wildcard;
    // the other spellings keep packaging's full token form in m_pattern.
    std::shared_ptr<const Wildcard> m_pattern;
    int m_simplePrefix = 0;
    Operator m_op = Operator::Arbitrary;
    bool m_wildcard = false;
    bool m_prereleases = false;
};

} // namespace envlens::pep
