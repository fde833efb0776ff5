#include "checks/codechecks.h"

namespace envlens {

// Placeholder so runChecks() links until helper "checks2" commits the real code family here.
QVector<Diagnostic> runCodeChecks(const CheckContext &context)
{
    Q_UNUSED(context);
    return {};
}

} // namespace envlens
