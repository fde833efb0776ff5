#pragma once

#include "checks/checkcontext.h"
#include "checks/diagnostic.h"

#include <QVector>

namespace envlens {

// The "files and structure" family of spec/diagnostics.md: yaml-syntax, yaml-type,
// env-file-missing, no-pyfunc-flavor, artifact-missing, code-dir-missing, code-dir-unreferenced,
// metadata-drift, uv-lock-present.
QVector<Diagnostic> runFileChecks(const CheckContext &context);

} // namespace envlens
