#pragma once

#include "pep/specifier.h"
#include "pep/version.h"

#include <QVector>

#include <optional>

namespace envlens::pep {

// Why a list of clauses admits no version. A version is admitted by a clause when
// Specifier::contains(version, /*prereleases=*/true) holds.
// clauses lists the indices (ascending) of a minimal clashing subset: one clause that admits nothing
// by itself (e.g. "<0", "===foo"), else a pair, else (rare: e.g. ">=1.0", "<=1.0", "!=1.0") the smallest
// triple, else an irreducible subset found by deletion. first/second are its first two entries
// (second is -1 for a lone clause).
struct Clash
{
    int first = -1;
    int second = -1;
    QVector<int> clauses;
};

// Exact decision over the PEP 440 order (not a heuristic): see satisfiability.cpp for the argument.
bool isSatisfiable(const QVector<Specifier> &clauses);
// A version admitted by every clause, when there is one (an empty list admits "0").
std::optional<Version> findWitness(const QVector<Specifier> &clauses);
// nullopt when some version is admitted by all clauses.
std::optional<Clash> findClash(const QVector<Specifier> &clauses);

} // namespace envlens::pep
