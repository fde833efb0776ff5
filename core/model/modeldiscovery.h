#pragma once

#include "common/error.h"
#include "model/modelsource.h"

#include <QStringList>

namespace envlens {

// The model roots of a source: each folder holding an MLmodel file, as "" (the source itself) or
// "dir/sub/" (with the trailing '/'). Only the outermost are models: an MLmodel nested inside
// another model (Databricks' metadata/ copy) belongs to that model. macOS' __MACOSX/ is skipped.
QStringList findModelRoots(const ModelSource &source);

// Picks the model root: `subpath` when given (a folder holding an MLmodel, with or without a
// trailing '/'), else the only root. The error lists the choices when there are several.
Result<QString> chooseModelRoot(const ModelSource &source, const QString &subpath);

} // namespace envlens
