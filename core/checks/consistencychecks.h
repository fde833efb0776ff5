#pragma once

#include "checks/checkcontext.h"
#include "checks/diagnostic.h"

#include <QVector>

namespace envlens {

// The "consistency between files" family of spec/diagnostics.md: pip-mismatch, python-mismatch,
// conda-python-spec, python-env-requirements, mlflow-version-mismatch, flavor-version-mismatch,
// conda-pip-overlap, conda-only-dependency, constraints-unreferenced.
// consistencychecks.cpp belongs to helper "checks2" (a placeholder returning {} may stand in until
// they commit theirs); runChecks() calls this.
QVector<Diagnostic> runConsistencyChecks(const CheckContext &context);

} // namespace envlens
