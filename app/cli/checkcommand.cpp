#include "cli/cliargs.h"
#include "cli/commands.h"

#include "checks/checkrunner.h"
#include "checks/diagnostic.h"
#include "model/modelloader.h"
#include "report/reportformat.h"

#include <QCoreApplication>

namespace envlens::cli {

namespace {

const char *const kUsage =
    "usage: envlens-cli check MODEL... [--format text|json|sarif] [--fail-on error|warning|never]\n"
    "                         [--platform linux|windows|macos] [--model SUBPATH]\n\n"
    "Checks the environment of each MLflow model and prints its diagnostics.\n\n"
    "  MODEL               a model folder, its MLmodel file, or a .zip (several allowed)\n"
    "  --format FORMAT     text (default), json (JSON Lines for several models) or sarif\n"
    "  --fail-on LEVEL     exit 1 when a diagnostic reaches LEVEL: error (default), warning, never\n"
    "  --platform P        target platform for markers: linux (default), windows or macos\n"
    "  --model SUBPATH     which model of a zip or folder holding several\n\n"
    "Exit codes: 0 nothing reached --fail-on, 1 something did, 2 a model could not be opened or\n"
    "the arguments are wrong (2 wins over 1).\n";

struct CheckArgs : CommonArgs
{
    QString failOn = QStringLiteral("error");
};

bool oneOf(const QString &value, std::initializer_list<const char *> allowed)
{
    for (const char *a : allowed) {
        if (value == QLatin1String(a))
            return true;
    }
    return false;
}

bool parseArgs(const QStringList &args, CheckArgs *parsed, QString *error)
{
    const auto own = [parsed](const QStringList &all, int &i, QString *e) {
        return takeValue(all, i, QStringLiteral("--fail-on"), &parsed->failOn, e);
    };
    if (!parseCommandLine(args, FormatOption | PlatformOption | ModelOption, own, parsed, error) || parsed->help)
        return error->isEmpty();
    if (parsed->positional.isEmpty())
        *error = CliText::tr("missing MODEL");
    else if (!reportFormatFromName(parsed->format))
        *error = CliText::tr("--format must be text, json or sarif, not %1").arg(parsed->format);
    else if (!oneOf(parsed->failOn, {"error", "warning", "never"}))
        *error = CliText::tr("--fail-on must be error, warning or never, not %1").arg(parsed->failOn);
    else
        *error = platformError(parsed->platform);
    return error->isEmpty();
}

// --fail-on never: nothing fails; otherwise a diagnostic at or above the named severity does.
bool reachesFailOn(const QVector<Diagnostic> &diagnostics, const QString &failOn)
{
    const std::optional<Severity> threshold = severityFromName(failOn);
    return threshold && anyAtLeast(diagnostics, *threshold);
}

} // namespace

int runCheck(const QStringList &args, QTextStream &out, QTextStream &err)
{
    CheckArgs parsed;
    QString error;
    if (!parseArgs(args, &parsed, &error)) {
        err << "envlens-cli check: " << error << "\n" << kUsage;
        return ExitError;
    }
    if (parsed.help) {
        out << kUsage;
        return ExitOk;
    }
    LoadOptions loadOptions;
    loadOptions.subpath = parsed.subpath;
    loadOptions.platform = parsed.platform;
    CheckOptions checkOptions;
    checkOptions.platform = parsed.platform;

    QVector<CheckReport> reports;
    bool unopened = false;
    bool failed = false;
    for (const QString &path : std::as_const(parsed.positional)) {
        const auto model = ModelLoader::load(path, loadOptions);
        if (!model) {
            // One line per model, naming the path and the reason (the loader's message may list
            // the models of a zip holding several: keep it on the line).
            const Error &e = model.error();
            QString reason = e.message;
            reason.replace(QLatin1Char('\n'), QLatin1String("; "));
            err << "envlens-cli check: " << path << ": " << reason << '\n';
            unopened = true;
            continue;
        }
        CheckReport report;
        report.model.path = path;
        report.model.root = model.value()->root;
        report.model.kind = model.value()->kind == SourceKind::Zip ? QStringLiteral("zip") : QStringLiteral("folder");
        report.diagnostics = runChecks(*model.value(), checkOptions);
        failed = failed || reachesFailOn(report.diagnostics, parsed.failOn);
        reports.append(std::move(report));
    }

    // A JSON report of no model would be an empty line; text and SARIF still say "nothing".
    if (!reports.isEmpty() || parsed.format != QLatin1String("json"))
        out << QString::fromUtf8(formatReports(reports, *reportFormatFromName(parsed.format)));
    out.flush();
    if (unopened)
        return ExitError;
    return failed ? ExitFindings : ExitOk;
}

} // namespace envlens::cli
