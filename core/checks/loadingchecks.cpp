#include "checks/loadingchecks.h"

#include "checks/catalogue.h"

namespace envlens {

QVector<Diagnostic> loadingDiagnostics(const LoadIssues &issues)
{
    QVector<Diagnostic> diagnostics;
    for (const LoadIssue &issue : issues) {
        const std::optional<CatalogueEntry> entry = DiagnosticCatalogue::entry(issue.id);
        if (!entry || entry->family != DiagnosticFamily::Loading)
            continue;
        Diagnostic d;
        d.id = issue.id;
        d.severity = severityFromName(issue.severity).value_or(entry->defaultSeverity);
        // The loader's message says what happened to the file; the file itself is the location.
        d.message = issue.message;
        d.location.file = issue.file;
        d.location.line = issue.line;
        diagnostics.append(d);
    }
    return diagnostics;
}

QVector<Diagnostic> runLoadingChecks(const CheckContext &context)
{
    return loadingDiagnostics(context.model.issues);
}

} // namespace envlens
