#include "report/sarifreport.h"

#include "checks/catalogue.h"
#include "common/buildinfo.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QUrl>

namespace envlens {

namespace {

QJsonObject text(const QString &value)
{
    return QJsonObject{{QStringLiteral("text"), value}};
}

QString sarifLevel(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("note");
    }
    return QStringLiteral("warning");
}

QJsonObject artifactLocation(const QString &file)
{
    return QJsonObject{{QStringLiteral("uri"), SarifReport::relativeUri(file)},
                       {QStringLiteral("uriBaseId"), SarifReport::uriBaseId()}};
}

// A location, or an empty object when it names no file (SARIF has nothing to point at).
QJsonObject physicalLocation(const Location &location)
{
    if (location.file.isEmpty())
        return {};
    QJsonObject physical{{QStringLiteral("artifactLocation"), artifactLocation(location.file)}};
    if (location.line > 0) {
        QJsonObject region{{QStringLiteral("startLine"), location.line}};
        if (location.column > 0)
            region.insert(QStringLiteral("startColumn"), location.column);
        physical.insert(QStringLiteral("region"), region);
    }
    return physical;
}

QJsonObject rule(const CatalogueEntry &entry)
{
    return QJsonObject{
        {QStringLiteral("id"), entry.id},
        {QStringLiteral("shortDescription"), text(entry.title)},
        {QStringLiteral("fullDescription"), text(entry.help)},
        {QStringLiteral("help"), text(entry.help)},
        {QStringLiteral("defaultConfiguration"),
         QJsonObject{{QStringLiteral("level"), sarifLevel(entry.defaultSeverity)}}},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("tags"), QJsonArray{familyName(entry.family)}}}},
    };
}

// Splices are single-line by construction (a fix-it replaces a token or a line's text), so the
// deleted region ends on the start line.
QJsonObject replacement(const TextSplice &splice)
{
    const QJsonObject region{{QStringLiteral("startLine"), splice.line},
                             {QStringLiteral("startColumn"), splice.column},
                             {QStringLiteral("endLine"), splice.line},
                             {QStringLiteral("endColumn"), splice.column + splice.length}};
    return QJsonObject{{QStringLiteral("deletedRegion"), region},
                       {QStringLiteral("insertedContent"), text(splice.replacement)}};
}

bool isTextFix(const FixIt &fix)
{
    if (fix.operations.isEmpty())
        return false;
    for (const EditOperation &op : fix.operations) {
        if (op.kind != EditOperation::Kind::Splice || op.splices.isEmpty())
            return false;
        for (const TextSplice &splice : op.splices) {
            if (splice.file.isEmpty() || splice.line < 1 || splice.column < 1 || splice.length < 0)
                return false;
        }
    }
    return true;
}

QJsonObject sarifFix(const FixIt &fix)
{
    QMap<QString, QJsonArray> byFile; // QMap: artifactChanges in a stable order
    for (const EditOperation &op : fix.operations) {
        for (const TextSplice &splice : op.splices)
            byFile[splice.file].append(replacement(splice));
    }
    QJsonArray changes;
    for (auto it = byFile.cbegin(); it != byFile.cend(); ++it) {
        changes.append(QJsonObject{{QStringLiteral("artifactLocation"), artifactLocation(it.key())},
                                   {QStringLiteral("replacements"), it.value()}});
    }
    return QJsonObject{{QStringLiteral("description"), text(fix.title)},
                       {QStringLiteral("artifactChanges"), changes}};
}

QJsonObject result(const Diagnostic &diagnostic, const QHash<QString, int> &ruleIndex)
{
    QJsonObject object{{QStringLiteral("ruleId"), diagnostic.id},
                       {QStringLiteral("level"), sarifLevel(diagnostic.severity)},
                       {QStringLiteral("message"), text(diagnostic.message)}};
    const auto index = ruleIndex.constFind(diagnostic.id);
    if (index != ruleIndex.cend())
        object.insert(QStringLiteral("ruleIndex"), *index);

    const QJsonObject physical = physicalLocation(diagnostic.location);
    if (!physical.isEmpty())
        object.insert(QStringLiteral("locations"), QJsonArray{QJsonObject{{QStringLiteral("physicalLocation"), physical}}});

    QJsonArray related;
    for (const Location &location : diagnostic.related) {
        const QJsonObject relatedPhysical = physicalLocation(location);
        if (relatedPhysical.isEmpty())
            continue;
        QJsonObject item{{QStringLiteral("id"), related.size() + 1}, {QStringLiteral("physicalLocation"), relatedPhysical}};
        if (!location.message.isEmpty())
            item.insert(QStringLiteral("message"), text(location.message));
        related.append(item);
    }
    if (!related.isEmpty())
        object.insert(QStringLiteral("relatedLocations"), related);

    QJsonArray fixes;
    QJsonArray allFixes;
    for (const FixIt &fix : diagnostic.fixes) {
        if (isTextFix(fix))
            fixes.append(sarifFix(fix));
        allFixes.append(QJsonObject{{QStringLiteral("id"), fix.id},
                                    {QStringLiteral("title"), fix.title},
                                    {QStringLiteral("default"), fix.isDefault},
                                    {QStringLiteral("safe"), fix.safe}});
    }
    if (!fixes.isEmpty())
        object.insert(QStringLiteral("fixes"), fixes);
    if (!allFixes.isEmpty())
        object.insert(QStringLiteral("properties"), QJsonObject{{QStringLiteral("fixes"), allFixes}});
    return object;
}

QJsonObject run(const CheckReport &report, const QJsonArray &rules, const QHash<QString, int> &ruleIndex)
{
    const QJsonObject driver{{QStringLiteral("name"), QStringLiteral("EnvLens")},
                             {QStringLiteral("version"), BuildInfo::envlensVersion()},
                             {QStringLiteral("informationUri"), QStringLiteral(ENVLENS_HOMEPAGE_URL)},
                             {QStringLiteral("rules"), rules}};
    QJsonArray results;
    for (const Diagnostic &diagnostic : sortedDiagnostics(report))
        results.append(result(diagnostic, ruleIndex));

    const QString rootDescription = report.model.root.isEmpty()
        ? report.model.path
        : report.model.path + QLatin1Char(':') + report.model.root;
    const QJsonObject modelRef{{QStringLiteral("path"), report.model.path},
                               {QStringLiteral("root"), report.model.root},
                               {QStringLiteral("kind"), report.model.kind}};
    return QJsonObject{
        {QStringLiteral("tool"), QJsonObject{{QStringLiteral("driver"), driver}}},
        {QStringLiteral("originalUriBaseIds"),
         QJsonObject{{SarifReport::uriBaseId(),
                      QJsonObject{{QStringLiteral("description"), text(rootDescription)}}}}},
        {QStringLiteral("results"), results},
        {QStringLiteral("properties"), QJsonObject{{QStringLiteral("model"), modelRef}}},
    };
}

} // namespace

QString SarifReport::uriBaseId()
{
    return QStringLiteral("MODELROOT");
}

QString SarifReport::relativeUri(const QString &file)
{
    // Keep '/' as the path separator; everything outside RFC 3986's unreserved set is escaped.
    return QString::fromLatin1(QUrl::toPercentEncoding(file, QByteArrayLiteral("/")));
}

QJsonObject SarifReport::toJson(const QVector<CheckReport> &reports)
{
    QJsonArray rules;
    QHash<QString, int> ruleIndex;
    for (const CatalogueEntry &entry : DiagnosticCatalogue::entries()) {
        ruleIndex.insert(entry.id, int(rules.size()));
        rules.append(rule(entry));
    }
    QJsonArray runs;
    for (const CheckReport &report : reports)
        runs.append(run(report, rules, ruleIndex));
    return QJsonObject{{QStringLiteral("$schema"), QStringLiteral("https://json.schemastore.org/sarif-2.1.0.json")},
                       {QStringLiteral("version"), QStringLiteral("2.1.0")},
                       {QStringLiteral("runs"), runs}};
}

QByteArray SarifReport::format(const QVector<CheckReport> &reports)
{
    return QJsonDocument(toJson(reports)).toJson(QJsonDocument::Indented);
}

} // namespace envlens
