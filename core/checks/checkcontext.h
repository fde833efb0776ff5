#pragma once

#include "checks/checkoptions.h"
#include "checks/importtables.h"
#include "checks/requirementset.h"
#include "model/model.h"
#include "pep/marker.h"

namespace envlens {

// Everything a check family needs, computed once per run by runChecks() (checkrunner.h) and
// shared read-only by every family: the model, the options, the requirement set, the target
// marker environment (CPython at Model::pythonVersion() on options.platform) and the import tables.
struct CheckContext
{
    const Model &model;
    CheckOptions options;
    QString pythonVersion;                // Model::pythonVersion(); may be empty
    pep::MarkerEnvironment environment;   // MarkerEnvironment::target(pythonVersion or "3", platform)
    RequirementSet requirements;
    const ImportTables &imports;

    static CheckContext make(const Model &model, const CheckOptions &options,
                             const ImportTables &imports = ImportTables::instance());
};

} // namespace envlens
