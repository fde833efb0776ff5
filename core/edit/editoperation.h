#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace envlens {

// Replaces `length` characters starting at 1-based (line, column) of `file` with `replacement`.
struct TextSplice
{
    QString file;
    int line = 0;
    int column = 0;
    int length = 0;
    QString replacement;
};

// One edit of a model's environment, as data: what a fix-it carries, what the GUI's undo stack
// wraps and what `envlens-cli edit` builds from its options. Applying one produces a ChangeSet
// (core/edit), which keeps requirements.txt, the conda pip list and python_env.yaml consistent.
struct EditOperation
{
    enum class Kind {
        AddRequirement,              // text: a PEP 508 line; replaces the same package+marker in place
        RemovePackage,               // text: a package name; drops every line of it
        OverrideRequirements,        // lines: the new requirement lines (like pip_requirements)
        SetRequirement,              // file + line locate a requirement; text: its new line
        SetPython,                   // text: the Python version for MLmodel, python_env and conda
        SyncCondaFromRequirements,   // the conda pip list follows requirements.txt
        SyncRequirementsFromConda,   // requirements.txt follows the conda pip list
        AddPythonEnvRequirementsRef, // adds "-r requirements.txt" to python_env.yaml dependencies
        Splice,                      // splices: raw text replacements
    };

    Kind kind = Kind::Splice;
    QString text;
    QStringList lines;
    QString file;
    int line = 0;
    QVector<TextSplice> splices;
};

} // namespace envlens
