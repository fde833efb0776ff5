#pragma once

#include "common/error.h"
#include "edit/changeset.h"

#include <memory>

namespace envlens {

struct Model;

// The model as ModelLoader would read it once `changes` are written, loaded again from memory
// (ModelLoader::reload) so the checks can run on unsaved edits. An Error only when a file the
// first load did not read is needed and the original source cannot be opened again.
Result<std::shared_ptr<const Model>> modelWithChanges(const Model &model, const ChangeSet &changes);

} // namespace envlens
