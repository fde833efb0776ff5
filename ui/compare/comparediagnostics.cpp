#include "compare/comparediagnostics.h"

#include <QHash>
#include <QString>

namespace envlens {

namespace {

QString keyOf(const Diagnostic &d)
{
    return d.id + QLatin1Char('\x1f') + d.location.file + QLatin1Char('\x1f') + d.message;
}

} // namespace

DiagnosticComparison DiagnosticComparison::compare(const QVector<Diagnostic> &oldDiagnostics,
                                                   const QVector<Diagnostic> &newDiagnostics)
{
    QHash<QString, int> unmatchedOld;
    for (const Diagnostic &d : oldDiagnostics)
        ++unmatchedOld[keyOf(d)];
    DiagnosticComparison result;
    QHash<QString, int> matched;
    for (const Diagnostic &d : newDiagnostics) {
        const QString key = keyOf(d);
        int &left = unmatchedOld[key];
        if (left > 0) {
            --left;
            ++matched[key];
            result.kept.append(d);
        } else {
            result.introduced.append(d);
        }
    }
    for (const Diagnostic &d : oldDiagnostics) {
        const QString key = keyOf(d);
        int &used = matched[key];
        if (used > 0)
            --used;
        else
            result.fixed.append(d);
    }
    return result;
}

} // namespace envlens
