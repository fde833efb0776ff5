#pragma once

#include "checks/diagnostic.h"

#include <QVector>

namespace envlens {

/** The findings of two versions of a model, split by what the new version did to them. */
struct DiagnosticComparison
{
    QVector<Diagnostic> introduced; // only the new version has it
    QVector<Diagnostic> fixed; // only the old version has it
    QVector<Diagnostic> kept; // both have it (the new version's copy)

    /**
     * Matches findings by id, file and message, then what is left by id and file; never by line,
     * because an unchanged problem moves when lines are added above it. Each old finding matches
     * at most one new finding.
     */
    static DiagnosticComparison compare(
        const QVector<Diagnostic> &oldDiagnostics, const QVector<Diagnostic> &newDiagnostics);
};

} // namespace envlens
