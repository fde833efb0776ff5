#include "report/jsonreport.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace envlens {

namespace {

QJsonValue positive(int value)
{
    return value > 0 ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonValue fileValue(const QString &file)
{
    return file.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(file);
}

QJsonObject locationToJson(const Location &location)
{
    QJsonObject object;
    object.insert(QStringLiteral("file"), fileValue(location.file));
    object.insert(QStringLiteral("line"), positive(location.line));
    object.insert(QStringLiteral("column"), positive(location.line > 0 ? location.column : 0));
    return object;
}

QJsonObject diagnosticToJson(const Diagnostic &diagnostic)
{
    QJsonObject object = locationToJson(diagnostic.location);
    object.insert(QStringLiteral("id"), diagnostic.id);
    object.insert(QStringLiteral("severity"), severityName(diagnostic.severity));
    object.insert(QStringLiteral("message"), diagnostic.message);

    QJsonArray related;
    for (const Location &location : diagnostic.related) {
        QJsonObject item = locationToJson(location);
        item.insert(QStringLiteral("message"), location.message);
        related.append(item);
    }
    object.insert(QStringLiteral("related"), related);

    QJsonArray fixes;
    for (const FixIt &fix : diagnostic.fixes) {
        fixes.append(QJsonObject{{QStringLiteral("id"), fix.id},
                                 {QStringLiteral("title"), fix.title},
                                 {QStringLiteral("default"), fix.isDefault},
                                 {QStringLiteral("safe"), fix.safe}});
    }
    object.insert(QStringLiteral("fixes"), fixes);
    return object;
}

} // namespace

QJsonObject JsonReport::toJson(const CheckReport &report)
{
    QJsonArray diagnostics;
    for (const Diagnostic &diagnostic : sortedDiagnostics(report))
        diagnostics.append(diagnosticToJson(diagnostic));

    const DiagnosticCounts counts = countDiagnostics(report.diagnostics);
    return QJsonObject{
        {QStringLiteral("model"), QJsonObject{{QStringLiteral("path"), report.model.path},
                                              {QStringLiteral("root"), report.model.root},
                                              {QStringLiteral("kind"), report.model.kind}}},
        {QStringLiteral("diagnostics"), diagnostics},
        {QStringLiteral("summary"), QJsonObject{{QStringLiteral("errors"), counts.errors},
                                                {QStringLiteral("warnings"), counts.warnings},
                                                {QStringLiteral("infos"), counts.infos}}},
    };
}

QByteArray JsonReport::format(const CheckReport &report)
{
    return QJsonDocument(toJson(report)).toJson(QJsonDocument::Indented);
}

QByteArray JsonReport::format(const QVector<CheckReport> &reports)
{
    if (reports.size() == 1)
        return format(reports.first());
    QByteArray out;
    for (const CheckReport &report : reports)
        out += QJsonDocument(toJson(report)).toJson(QJsonDocument::Compact) + '\n';
    return out;
}

} // namespace envlens
