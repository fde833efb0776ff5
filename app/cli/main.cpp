#include "cli/commands.h"
#include "common/buildinfo.h"

#include <QCoreApplication>

#include <array>

using namespace envlens::cli;

namespace {

// Commands register here as they land.
const std::array kCommands{
    Command{"check", "check each model's environment and print its diagnostics (text, json, sarif)", runCheck},
    Command{"diff", "compare the environments of two models (exit 0 equivalent, 1 different)", runDiff},
    Command{"tree", "show what a model depends on (flavors, env files, requirements, code, artifacts)", runTree},
    Command{"edit", "edit a model's requirements or Python version, keeping its env files consistent", runEdit},
};

void printUsage(QTextStream &out)
{
    out << "usage: envlens-cli COMMAND [options] MODEL...\n\n"
        << "Inspect and repair the environments of MLflow models.\n\ncommands:\n";
    for (const Command &c : kCommands)
        out << "  " << QString::fromLatin1(c.name).leftJustified(8) << "  " << c.summary << '\n';
    out << "\n  --help        show this help (COMMAND --help for a command)\n"
        << "  --version     show the version\n";
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("envlens-cli"));
    QCoreApplication::setApplicationVersion(envlens::BuildInfo::envlensVersion());

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    if (args.isEmpty()) {
        printUsage(err);
        return ExitError;
    }
    const QString name = args.takeFirst();
    if (name == QLatin1String("--version")) {
        out << "envlens-cli " << envlens::BuildInfo::envlensVersion() << '\n';
        return ExitOk;
    }
    if (name == QLatin1String("--help") || name == QLatin1String("-h")) {
        printUsage(out);
        return ExitOk;
    }
    for (const Command &c : kCommands) {
        if (name == QLatin1String(c.name))
            return c.run(args, out, err);
    }
    err << "envlens-cli: unknown command '" << name << "'\n";
    printUsage(err);
    return ExitError;
}
