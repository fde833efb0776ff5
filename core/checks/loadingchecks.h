#pragma once

#include "checks/checkcontext.h"
#include "checks/diagnostic.h"
#include "model/loadissue.h"

#include <QVector>

namespace envlens {

// The loading family (unsafe-entry, symlink-outside, file-too-large, file-encoding): what the
// ModelLoader could not read as it stands, as Diagnostics. Issue ids outside the catalogue
// (entry-unreadable) are left out: the catalogue is the public contract of ids.
QVector<Diagnostic> loadingDiagnostics(const LoadIssues &issues);
QVector<Diagnostic> runLoadingChecks(const CheckContext &context);

} // namespace envlens
