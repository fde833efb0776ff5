#include "checks/checkrunner.h"

#include "checks/checkcontext.h"
#include "checks/codechecks.h"
#include "checks/consistencychecks.h"
#include "checks/filechecks.h"
#include "checks/loadingchecks.h"
#include "checks/lockchecks.h"
#include "checks/requirementchecks.h"

namespace envlens {

QVector<Diagnostic> runChecks(const Model &model, const CheckOptions &options)
{
    const CheckContext context = CheckContext::make(model, options);
    QVector<Diagnostic> diagnostics = runLoadingChecks(context);
    diagnostics += runFileChecks(context);
    diagnostics += runRequirementChecks(context);
    diagnostics += runConsistencyChecks(context);
    diagnostics += runCodeChecks(context);
    diagnostics += runLockChecks(context);
    sortDiagnostics(diagnostics);
    return diagnostics;
}

} // namespace envlens
