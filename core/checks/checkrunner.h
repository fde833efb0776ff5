#pragma once

#include "checks/checkoptions.h"
#include "checks/diagnostic.h"

#include <QVector>

namespace envlens {

struct Model;

// Every check of spec/diagnostics.md over one opened model, sorted (sortDiagnostics order).
QVector<Diagnostic> runChecks(const Model &model, const CheckOptions &options = {});

} // namespace envlens
