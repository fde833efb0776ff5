#pragma once

#include "report/checkreport.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace envlens {

struct TextReportOptions
{
    bool modelHeader = false; // a "==> PATH <==" line before the model's diagnostics
    bool summary = false;     // a closing "PATH: errors: N, warnings: N, infos: N" line
};

// The compiler-like text form of spec/diagnostics.md:
//   FILE:LINE:COL: SEVERITY: MESSAGE [id]     (FILE:LINE: … without a column, FILE: … without a line)
//   FILE:LINE: note: MESSAGE                  (one per related location)
// Every line ends with '\n'; line breaks inside messages become spaces so one finding stays one line.
class TextReport
{
    Q_DECLARE_TR_FUNCTIONS(envlens::TextReport)

public:
    static QString format(const CheckReport &report, const TextReportOptions &options = {});
    // Several models: headers are switched on when there is more than one.
    static QString format(const QVector<CheckReport> &reports, TextReportOptions options = {});

    static QString diagnosticLine(const Diagnostic &diagnostic);
    static QString noteLine(const Location &related);
    static QString summaryLine(const CheckReport &report);
};

} // namespace envlens
