#pragma once

#include "checks/checkcontext.h"
#include "checks/diagnostic.h"

#include <QVector>

namespace envlens {

// The "requirements" family of spec/diagnostics.md, run on the requirement set only: req-syntax,
// req-duplicate, req-conflict, req-unpinned, req-prerelease, req-local-version, req-local-path,
// mlflow-missing.
QVector<Diagnostic> runRequirementChecks(const CheckContext &context);

} // namespace envlens
