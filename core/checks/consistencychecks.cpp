#include "checks/consistencychecks.h"

namespace envlens {

// Placeholder so runChecks() links until helper "checks2" commits the real consistency family here.
QVector<Diagnostic> runConsistencyChecks(const CheckContext &context)
{
    Q_UNUSED(context);
    return {};
}

} // namespace envlens
