#pragma once

#include <QStringList>
#include <QTextStream>

namespace envlens::cli {

// Exit codes shared by every command (see shared/spec/cli.md).
enum ExitCode { ExitOk = 0, ExitFindings = 1, ExitError = 2 };

// One subcommand of envlens-cli. `args` excludes the program and command names.
struct Command
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &args, QTextStream &out, QTextStream &err);
};

// Each command lives in its own <name>command.cpp and is listed in main.cpp.
int runTree(const QStringList &args, QTextStream &out, QTextStream &err);
int runCheck(const QStringList &args, QTextStream &out, QTextStream &err);
int runDiff(const QStringList &args, QTextStream &out, QTextStream &err);
int runEdit(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace envlens::cli
