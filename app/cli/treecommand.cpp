#include "cli/cliargs.h"
#include "cli/commands.h"

#include "model/dependencytree.h"
#include "model/modelloader.h"
#include "model/treejson.h"

#include <QCoreApplication>

namespace envlens::cli {

namespace {

// lupdate files CliText::tr() under the same context the code asks for at run time.
class CliText
{
    Q_DECLARE_TR_FUNCTIONS(envlens::cli::CliText)
};

const char *const kUsage =
    "usage: envlens-cli tree MODEL [--format text|json] [--platform linux|windows|macos] [--model SUBPATH]\n\n"
    "Shows what a model depends on: flavors and their recorded versions, the environment files and\n"
    "their requirements (markers evaluated for the model's Python on PLATFORM, default linux),\n"
    "code/ files and their imports, wheels, artifacts and the locked set.\n\n"
    "  MODEL               a model folder, its MLmodel file, or a .zip\n"
    "  --format FORMAT     text (default) or json\n"
    "  --platform P        linux (default), windows or macos\n"
    "  --model SUBPATH     which model of a zip or folder holding several\n";

struct TreeArgs
{
    QString model;
    QString format = QStringLiteral("text");
    QString platform = QStringLiteral("linux");
    QString subpath;
    bool help = false;
};

bool parseArgs(const QStringList &args, TreeArgs *parsed, QString *error)
{
    for (int i = 0; i < args.size() && error->isEmpty(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            parsed->help = true;
            return true;
        }
        if (takeValue(args, i, QStringLiteral("--format"), &parsed->format, error)
            || takeValue(args, i, QStringLiteral("--platform"), &parsed->platform, error)
            || takeValue(args, i, QStringLiteral("--model"), &parsed->subpath, error))
            continue;
        if (arg.startsWith(QLatin1Char('-')) && arg != QLatin1String("-")) {
            *error = CliText::tr("unknown option %1").arg(arg);
        } else if (!parsed->model.isEmpty()) {
            *error = CliText::tr("tree takes one MODEL (got %1 and %2)").arg(parsed->model, arg);
        } else {
            parsed->model = arg;
        }
    }
    if (!error->isEmpty())
        return false;
    if (parsed->model.isEmpty())
        *error = CliText::tr("missing MODEL");
    else if (parsed->format != QLatin1String("text") && parsed->format != QLatin1String("json"))
        *error = CliText::tr("--format must be text or json, not %1").arg(parsed->format);
    else if (parsed->platform != QLatin1String("linux") && parsed->platform != QLatin1String("windows")
             && parsed->platform != QLatin1String("macos"))
        *error = CliText::tr("--platform must be linux, windows or macos, not %1").arg(parsed->platform);
    return error->isEmpty();
}

} // namespace

int runTree(const QStringList &args, QTextStream &out, QTextStream &err)
{
    TreeArgs parsed;
    QString error;
    if (!parseArgs(args, &parsed, &error)) {
        err << "envlens-cli tree: " << error << "\n" << kUsage;
        return ExitError;
    }
    if (parsed.help) {
        out << kUsage;
        return ExitOk;
    }
    LoadOptions options;
    options.subpath = parsed.subpath;
    options.platform = parsed.platform;
    const auto model = ModelLoader::load(parsed.model, options);
    if (!model) {
        err << "envlens-cli tree: " << model.error().toString() << '\n';
        return ExitError;
    }
    const DependencyTree tree = DependencyTree::build(*model.value(), parsed.platform);
    if (parsed.format == QLatin1String("json"))
        out << QString::fromUtf8(treeJsonBytes(*model.value(), tree)) << '\n';
    else
        out << treeText(tree);
    return ExitOk;
}

} // namespace envlens::cli
