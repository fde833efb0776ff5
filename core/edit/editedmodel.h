#pragma once

#include "common/error.h"
#include "edit/changeset.h"

#include <memory>

namespace envlens {

struct Model;

// The model as ModelLoader would read it once `changes` are written, built in memory so the checks
// can run on unsaved edits: the changed env files (MLmodel, conda and python_env files,
// requirements.txt and the files it reaches) are parsed from their new bytes, everything else is
// shared with `model`. An Error when the changes alter what the loader would read beyond those
// files (other env file names, code folders, a -r/-c target it has not read, a file of another
// role): the caller then has to write and reload to know.
Result<std::shared_ptr<const Model>> modelWithChanges(const Model &model, const ChangeSet &changes);

} // namespace envlens
