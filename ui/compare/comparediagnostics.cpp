#include "compare/comparediagnostics.h"

#include <QHash>
#include <QString>

namespace envlens {

namespace {

QString exactKey(const Diagnostic &d)
{
    return d.id + QLatin1Char('\x1f') + d.location.file + QLatin1Char('\x1f') + d.message;
}

QString placeKey(const Diagnostic &d)
{
    return d.id + QLatin1Char('\x1f') + d.location.file;
}

} // namespace

DiagnosticComparison DiagnosticComparison::compare(
    const QVector<Diagnostic> &oldDiagnostics, const QVector<Diagnostic> &newDiagnostics)
{
    // Two passes: the same finding word for word first, then the same check on the same file
    // (its message quotes versions that the new model changed, but the problem is still there).
    QVector<bool> oldMatched(oldDiagnostics.size(), false);
    QVector<bool> newMatched(newDiagnostics.size(), false);
    for (const auto &key : { exactKey, placeKey }) {
        QHash<QString, QVector<int>> unmatchedOld;
        for (int i = 0; i < oldDiagnostics.size(); ++i) {
            if (!oldMatched.at(i))
                unmatchedOld[key(oldDiagnostics.at(i))].append(i);
        }
        for (int j = 0; j < newDiagnostics.size(); ++j) {
            if (newMatched.at(j))
                continue;
            QVector<int> &candidates = unmatchedOld[key(newDiagnostics.at(j))];
            if (candidates.isEmpty())
                continue;
            oldMatched[candidates.takeFirst()] = true;
            newMatched[j] = true;
        }
    }
    DiagnosticComparison result;
    for (int j = 0; j < newDiagnostics.size(); ++j)
        (newMatched.at(j) ? result.kept : result.introduced).append(newDiagnostics.at(j));
    for (int i = 0; i < oldDiagnostics.size(); ++i) {
        if (!oldMatched.at(i))
            result.fixed.append(oldDiagnostics.at(i));
    }
    return result;
}

} // namespace envlens
