#pragma once

#include "common/error.h"
#include "pep/specifier.h"
#include "pep/version.h"

#include <QString>
#include <QStringView>
#include <QVector>

#include <optional>

namespace envlens::pep {

// A comma-separated set of specifiers, like packaging.specifiers.SpecifierSet (python3-packaging 23.0):
// duplicates (by packaging's specifier equality) are dropped keeping the first spelling; the order of
// specifiers() is the input order.
class SpecifierSet
{
public:
    SpecifierSet() = default;
    // Empty text (or only commas and spaces) gives an empty set. The error's column (1-based) points
    // at the offending specifier inside text.
    static Result<SpecifierSet> parse(QStringView text);

    const QVector<Specifier> &specifiers() const { return m_specifiers; }
    bool isEmpty() const { return m_specifiers.isEmpty(); }
    int size() const { return int(m_specifiers.size()); }
    void add(const Specifier &specifier); // set semantics: ignored when an equal one is present

    // packaging's SpecifierSet.prereleases: nullopt for an empty set, else whether any specifier names one.
    std::optional<bool> prereleases() const;

    // packaging's SpecifierSet.contains(version, prereleases), including its rule that an empty set
    // rejects pre-releases unless prereleases is true.
    bool contains(const Version &version, std::optional<bool> prereleases = std::nullopt) const;
    bool containsText(QStringView version, std::optional<bool> prereleases = std::nullopt) const;

    QString toString() const; // packaging's str(SpecifierSet): sorted, comma-joined, no spaces

    // The version of a set that is exactly one "==X" without wildcard, else nullopt.
    std::optional<Version> exactPin() const;

private:
    QVector<Specifier> m_specifiers;
};

} // namespace envlens::pep
