#include "cli/cliargs.h"
#include "cli/commands.h"

#include "model/dependencytree.h"
#include "model/modelloader.h"
#include "model/treejson.h"

#include <QCoreApplication>

namespace envlens::cli {

namespace {

const char *const kUsage =
    "usage: envlens-cli tree MODEL [--format text|json] [--platform linux|windows|macos] [--model SUBPATH]\n\n"
    "Shows what a model depends on: flavors and their recorded versions, the environment files and\n"
    "their requirements (markers evaluated for the model's Python on PLATFORM, default linux),\n"
    "code/ files and their imports, wheels, artifacts and the locked set.\n\n"
    "  MODEL               a model folder, its MLmodel file, or a .zip\n"
    "  --format FORMAT     text (default) or json\n"
    "  --platform P        linux (default), windows or macos\n"
    "  --model SUBPATH     which model of a zip or folder holding several\n";

struct TreeArgs : CommonArgs
{
    QString model;
};

bool parseArgs(const QStringList &args, TreeArgs *parsed, QString *error)
{
    if (!parseCommandLine(args, FormatOption | PlatformOption | ModelOption, {}, parsed, error) || parsed->help)
        return error->isEmpty();
    const QStringList &models = parsed->positional;
    if (models.isEmpty())
        *error = CliText::tr("missing MODEL");
    else if (models.size() > 1)
        *error = CliText::tr("tree takes one MODEL (got %1 and %2)").arg(models.at(0), models.at(1));
    else if (parsed->format != QLatin1String("text") && parsed->format != QLatin1String("json"))
        *error = CliText::tr("--format must be text or json, not %1").arg(parsed->format);
    else
        *error = platformError(parsed->platform);
    parsed->model = models.value(0);
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
