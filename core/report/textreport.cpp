#include "report/textreport.h"

namespace envlens {

namespace {

QString oneLine(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String(" "));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return text;
}

// "file:line:column: ", "file:line: ", "file: " or "" for the parts that are known.
QString wherePrefix(const QString &file, int line, int column)
{
    if (file.isEmpty())
        return QString();
    QString where = file;
    if (line > 0) {
        where += QLatin1Char(':') + QString::number(line);
        if (column > 0)
            where += QLatin1Char(':') + QString::number(column);
    }
    return where + QLatin1String(": ");
}

} // namespace

QString TextReport::diagnosticLine(const Diagnostic &diagnostic)
{
    const Location &at = diagnostic.location;
    return wherePrefix(at.file, at.line, at.column) + severityName(diagnostic.severity) + QLatin1String(": ")
        + oneLine(diagnostic.message) + QLatin1String(" [") + diagnostic.id + QLatin1Char(']');
}

QString TextReport::noteLine(const Location &related)
{
    const QString message = related.message.isEmpty() ? tr("related location") : oneLine(related.message);
    return wherePrefix(related.file, related.line, 0) + QLatin1String("note: ") + message;
}

QString TextReport::summaryLine(const CheckReport &report)
{
    const DiagnosticCounts counts = countDiagnostics(report.diagnostics);
    //: The closing line of a model's diagnostics; %1 is the model path, the severity words stay English
    return tr("%1: errors: %2, warnings: %3, infos: %4")
        .arg(report.model.path, QString::number(counts.errors), QString::number(counts.warnings),
             QString::number(counts.infos));
}

QString TextReport::format(const CheckReport &report, const TextReportOptions &options)
{
    QString out;
    if (options.modelHeader)
        out += QLatin1String("==> ") + report.model.path + QLatin1String(" <==\n");
    for (const Diagnostic &diagnostic : sortedDiagnostics(report)) {
        out += diagnosticLine(diagnostic) + QLatin1Char('\n');
        for (const Location &related : diagnostic.related)
            out += noteLine(related) + QLatin1Char('\n');
    }
    if (options.summary)
        out += summaryLine(report) + QLatin1Char('\n');
    return out;
}

QString TextReport::format(const QVector<CheckReport> &reports, TextReportOptions options)
{
    options.modelHeader = options.modelHeader || reports.size() > 1;
    QString out;
    for (const CheckReport &report : reports)
        out += format(report, options);
    return out;
}

} // namespace envlens
