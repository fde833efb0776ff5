#include "checks/diagnostic.h"

#include <algorithm>
#include <tuple>

namespace envlens {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return QStringLiteral("error");
}

std::optional<Severity> severityFromName(const QString &name)
{
    for (Severity severity : {Severity::Error, Severity::Warning, Severity::Info}) {
        if (name == severityName(severity))
            return severity;
    }
    return std::nullopt;
}

const FixIt *Diagnostic::defaultFix() const
{
    if (fixes.isEmpty())
        return nullptr;
    const auto it = std::find_if(fixes.cbegin(), fixes.cend(), [](const FixIt &f) { return f.isDefault; });
    return it != fixes.cend() ? &*it : &fixes.first();
}

const FixIt *Diagnostic::fix(const QString &fixId) const
{
    const auto it = std::find_if(fixes.cbegin(), fixes.cend(), [&](const FixIt &f) { return f.id == fixId; });
    return it != fixes.cend() ? &*it : nullptr;
}

bool diagnosticLessThan(const Diagnostic &a, const Diagnostic &b)
{
    const int byFile = QString::compare(a.location.file, b.location.file);
    if (byFile != 0)
        return byFile < 0;
    return std::tie(a.location.line, a.location.column, a.id) < std::tie(b.location.line, b.location.column, b.id);
}

void sortDiagnostics(QVector<Diagnostic> &diagnostics)
{
    std::stable_sort(diagnostics.begin(), diagnostics.end(), diagnosticLessThan);
}

DiagnosticCounts countDiagnostics(const QVector<Diagnostic> &diagnostics)
{
    DiagnosticCounts counts;
    for (const Diagnostic &d : diagnostics) {
        switch (d.severity) {
        case Severity::Error:
            ++counts.errors;
            break;
        case Severity::Warning:
            ++counts.warnings;
            break;
        case Severity::Info:
            ++counts.infos;
            break;
        }
    }
    return counts;
}

bool isAtLeast(Severity severity, Severity threshold)
{
    // The enum is declared from worst to mildest.
    return static_cast<int>(severity) <= static_cast<int>(threshold);
}

bool anyAtLeast(const QVector<Diagnostic> &diagnostics, Severity threshold)
{
    return std::any_of(diagnostics.cbegin(), diagnostics.cend(),
                       [&](const Diagnostic &d) { return isAtLeast(d.severity, threshold); });
}

} // namespace envlens
