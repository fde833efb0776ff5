#pragma once

#include "checks/diagnostic.h"

#include <QString>
#include <QVector>

namespace envlens {

// Which model a report is about, as the CLI's JSON names it: the argument given, the model root
// inside it ("my-model/" in a zip, "" when the argument is the root) and "folder" or "zip".
struct ModelRef
{
    QString path;
    QString root;
    QString kind;
};

// The input of every output form of `envlens-cli check` and of the GUI's export.
struct CheckReport
{
    ModelRef model;
    QVector<Diagnostic> diagnostics;
};

// The diagnostics in output order (file, line, column, id).
QVector<Diagnostic> sortedDiagnostics(const CheckReport &report);

} // namespace envlens
