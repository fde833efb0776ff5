#include "cli/cliargs.h"

namespace envlens::cli {

namespace {

bool takeCommonOption(const QStringList &args, int &i, int commonOptions, CommonArgs *common, QString *error)
{
    return ((commonOptions & FormatOption) && takeValue(args, i, QStringLiteral("--format"), &common->format, error))
        || ((commonOptions & PlatformOption)
            && takeValue(args, i, QStringLiteral("--platform"), &common->platform, error))
        || ((commonOptions & ModelOption) && takeValue(args, i, QStringLiteral("--model"), &common->subpath, error));
}

} // namespace

bool parseCommandLine(const QStringList &args, int commonOptions, const OwnOptionReader &own, CommonArgs *common,
                      QString *error)
{
    bool optionsEnded = false;
    for (int i = 0; i < args.size() && error->isEmpty(); ++i) {
        const QString &arg = args.at(i);
        if (!optionsEnded && arg == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        if (optionsEnded || !arg.startsWith(QLatin1Char('-')) || arg == QLatin1String("-")) {
            common->positional.append(arg);
            continue;
        }
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            common->help = true;
            return true;
        }
        if (takeCommonOption(args, i, commonOptions, common, error) || (own && own(args, i, error)))
            continue;
        *error = CliText::tr("unknown option %1").arg(arg);
    }
    return error->isEmpty();
}

bool takeValue(const QStringList &args, int &i, const QString &name, QString *value, QString *error)
{
    const QString &arg = args.at(i);
    if (arg.startsWith(name + QLatin1Char('='))) {
        *value = arg.mid(name.size() + 1);
        return true;
    }
    if (arg != name)
        return false;
    if (i + 1 >= args.size()) {
        *error = CliText::tr("%1 needs a value").arg(name);
        return true;
    }
    *value = args.at(++i);
    return true;
}

bool takeList(const QStringList &args, int &i, const QString &name, QStringList *values, QString *error)
{
    QString value;
    if (!takeValue(args, i, name, &value, error))
        return false;
    if (error->isEmpty())
        values->append(value);
    return true;
}

bool takeFlag(const QString &arg, const char *name, bool *flag)
{
    if (arg != QLatin1String(name))
        return false;
    *flag = true;
    return true;
}

QString platformError(const QString &platform)
{
    if (platform == QLatin1String("linux") || platform == QLatin1String("windows") || platform == QLatin1String("macos"))
        return QString();
    return CliText::tr("--platform must be linux, windows or macos, not %1").arg(platform);
}

} // namespace envlens::cli
