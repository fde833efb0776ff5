#include "report/checkreport.h"

namespace envlens {

QVector<Diagnostic> sortedDiagnostics(const CheckReport &report)
{
    QVector<Diagnostic> result = report.diagnostics;
    sortDiagnostics(result);
    return result;
}

} // namespace envlens
