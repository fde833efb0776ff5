#include "cli/cliargs.h"
#include "cli/commands.h"

#include "diff/diffreport.h"
#include "diff/modeldiff.h"
#include "model/modelloader.h"

#include <QCoreApplication>

namespace envlens::cli {

namespace {

const char *const kUsage =
    "usage: envlens-cli diff OLD NEW [--format text|json|markdown] [--platform linux|windows|macos]\n"
    "                        [--model SUBPATH] [--all] [--code-diffs]\n\n"
    "Compares the environments of two models (folders or zips in any mix): requirements,\n"
    "constraints, the locked set, Python, flavors, conda, code/ files and other files, and says\n"
    "which differences matter for serving. Exit status: 0 equivalent, 1 different, 2 error.\n\n"
    "  OLD, NEW            a model folder, its MLmodel file, or a .zip\n"
    "  --format FORMAT     text (default), json or markdown\n"
    "  --platform P        linux (default), windows or macos (for markers)\n"
    "  --model SUBPATH     which model of a zip or folder holding several (both sides)\n"
    "  --all               text/markdown: list unchanged rows too\n"
    "  --code-diffs        text/markdown: unified diffs of modified text files\n";

struct DiffArgs : CommonArgs
{
    DiffReportOptions report;
};

bool parseArgs(const QStringList &args, DiffArgs *parsed, QString *error)
{
    const auto own = [parsed](const QStringList &all, int &i, QString *) {
        return takeFlag(all.at(i), "--all", &parsed->report.includeUnchanged)
            || takeFlag(all.at(i), "--code-diffs", &parsed->report.codeDiffs);
    };
    if (!parseCommandLine(args, FormatOption | PlatformOption | ModelOption, own, parsed, error) || parsed->help)
        return error->isEmpty();
    if (parsed->positional.size() != 2)
        *error = CliText::tr("diff takes two models, OLD and NEW (got %n)", nullptr, int(parsed->positional.size()));
    else if (parsed->format != QLatin1String("text") && parsed->format != QLatin1String("json")
             && parsed->format != QLatin1String("markdown"))
        *error = CliText::tr("--format must be text, json or markdown, not %1").arg(parsed->format);
    else
        *error = platformError(parsed->platform);
    return error->isEmpty();
}

} // namespace

int runDiff(const QStringList &args, QTextStream &out, QTextStream &err)
{
    DiffArgs parsed;
    QString error;
    if (!parseArgs(args, &parsed, &error)) {
        err << "envlens-cli diff: " << error << "\n" << kUsage;
        return ExitError;
    }
    if (parsed.help) {
        out << kUsage;
        return ExitOk;
    }
    LoadOptions options;
    options.subpath = parsed.subpath;
    options.platform = parsed.platform;
    const auto oldModel = ModelLoader::load(parsed.positional.at(0), options);
    if (!oldModel) {
        err << "envlens-cli diff: " << oldModel.error().toString() << '\n';
        return ExitError;
    }
    const auto newModel = ModelLoader::load(parsed.positional.at(1), options);
    if (!newModel) {
        err << "envlens-cli diff: " << newModel.error().toString() << '\n';
        return ExitError;
    }
    const ModelDiff diff = ModelDiff::compute(*oldModel.value(), *newModel.value());
    if (parsed.format == QLatin1String("json"))
        out << QString::fromUtf8(DiffReport::json(diff)) << '\n';
    else if (parsed.format == QLatin1String("markdown"))
        out << DiffReport::markdown(diff, parsed.report);
    else
        out << DiffReport::text(diff, parsed.report);
    return diff.equivalent() ? ExitOk : ExitFindings;
}

} // namespace envlens::cli
