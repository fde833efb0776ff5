#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

namespace envlens::cli {

// The translation context of every message of envlens-cli (lupdate files CliText::tr() under
// the context asked for at run time).
class CliText
{
    Q_DECLARE_TR_FUNCTIONS(envlens::cli::CliText)
};

// What every command's parser shares: --help and -h, the options several commands take, `--`
// ending the options, and the positional arguments. A command's argument struct derives from it.
struct CommonArgs
{
    QStringList positional;
    QString format = QStringLiteral("text");
    QString platform = QStringLiteral("linux");
    QString subpath; // --model
    bool help = false;
};

// Which of CommonArgs' options a command takes.
enum CommonOption { FormatOption = 1, PlatformOption = 2, ModelOption = 4 };

// Reads one of the command's own options at args[i] (advancing i past a separate value); false
// when args[i] is not one of them.
using OwnOptionReader = std::function<bool(const QStringList &args, int &i, QString *error)>;

// Parses args into *common, the command's own options through `own`. Returns false with *error
// set on an unknown option or a missing value; stops, returning true, at --help.
bool parseCommandLine(const QStringList &args, int commonOptions, const OwnOptionReader &own, CommonArgs *common,
                      QString *error);

// Reads the option `name` at args[i] as "--name value" or "--name=value". Returns false when
// args[i] is not that option; otherwise stores the value (advancing i past a separate value),
// or sets *error when the value is missing.
bool takeValue(const QStringList &args, int &i, const QString &name, QString *value, QString *error);
// Likewise for a repeatable option, appending each value.
bool takeList(const QStringList &args, int &i, const QString &name, QStringList *values, QString *error);
// A flag without a value.
bool takeFlag(const QString &arg, const char *name, bool *flag);

// The message for a --platform value other than linux, windows or macos; empty when valid.
QString platformError(const QString &platform);

} // namespace envlens::cli
