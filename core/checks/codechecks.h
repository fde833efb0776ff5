#pragma once

#include "checks/checkcontext.h"
#include "checks/diagnostic.h"

#include <QVector>

namespace envlens {

// The "code in code/" family of spec/diagnostics.md: import-undeclared, code-shadows-package.
// codechecks.cpp belongs to helper "checks2" (a placeholder returning {} may stand in until they
// commit theirs); runChecks() calls this.
QVector<Diagnostic> runCodeChecks(const CheckContext &context);

} // namespace envlens
