#pragma once

#include "checks/checkcontext.h"
#include "checks/diagnostic.h"

#include <QVector>

namespace envlens {

// The "locked requirements" family: lock-stale (MLflow's lock layout whose original block is no
// longer satisfied by the locked pins active in the target environment).
QVector<Diagnostic> runLockChecks(const CheckContext &context);

} // namespace envlens
