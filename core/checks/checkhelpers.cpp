#include "checks/checkhelpers.h"

#include <QDir>

namespace envlens::checks {

Location locationAt(const QString &file, int line, int column, const QString &message)
{
    Location location;
    location.file = file;
    location.line = line;
    location.column = column;
    location.message = message;
    return location;
}

Location locationAt(const QString &file, const YamlNode &node, const QString &message)
{
    if (!node.isValid() || !node.start().isValid())
        return locationAt(file, 0, 0, message);
    return locationAt(file, node.start().line, node.start().column, message);
}

Location locationAt(const RequirementEntry &entry, const QString &message)
{
    return locationAt(entry.file, entry.line, entry.column, message);
}

QString requirementText(const RequirementEntry &e)
{
    if (!e.pip.requirement)
        return e.text;
    const pep::Requirement &r = *e.pip.requirement;
    QString text = r.name();
    if (!r.extras().isEmpty())
        text += QLatin1Char('[') + r.extras().join(QLatin1Char(',')) + QLatin1Char(']');
    if (!r.url().isEmpty())
        return text + QLatin1String(" @ ") + r.url();
    return text + r.specifier().toString();
}

Diagnostic makeDiagnostic(const QString &id, Severity severity, const QString &message, const Location &location)
{
    Diagnostic d;
    d.id = id;
    d.severity = severity;
    d.message = message;
    d.location = location;
    return d;
}

FixIt makeFix(const QString &id, const QString &title, const EditOperation &operation, bool safe)
{
    FixIt fix;
    fix.id = id;
    fix.title = title;
    fix.isDefault = true;
    fix.safe = safe;
    fix.operations.append(operation);
    return fix;
}

EditOperation spliceOperation(const QString &file, int line, int column, int length, const QString &replacement)
{
    EditOperation op;
    op.kind = EditOperation::Kind::Splice;
    op.file = file;
    op.line = line;
    TextSplice splice;
    splice.file = file;
    splice.line = line;
    splice.column = column;
    splice.length = length;
    splice.replacement = replacement;
    op.splices.append(splice);
    return op;
}

QString modelRelativePath(const QString &written)
{
    QString path = written.trimmed();
    path.replace(QLatin1Char('\\'), QLatin1Char('/'));
    if (path.isEmpty() || path.startsWith(QLatin1Char('/')) || path.contains(QLatin1String(":/"))
        || (path.size() > 1 && path.at(1) == QLatin1Char(':')))
        return QString();
    path = QDir::cleanPath(path);
    if (path == QLatin1String(".") || path == QLatin1String("..") || path.startsWith(QLatin1String("../")))
        return QString();
    return path;
}

} // namespace envlens::checks

#include "documents/mlmodeldocument.h"
#include "pep/names.h"
#include "pep/version.h"

#include <QHash>

namespace envlens::checks {

QString packageForVersionPrefix(const QString &prefix)
{
    static const QHash<QString, QString> known = {
        {QStringLiteral("sklearn"), QStringLiteral("scikit-learn")},
        {QStringLiteral("xgb"), QStringLiteral("xgboost")},
        {QStringLiteral("lgb"), QStringLiteral("lightgbm")},
        {QStringLiteral("pytorch"), QStringLiteral("torch")},
        {QStringLiteral("paddle"), QStringLiteral("paddlepaddle")},
        {QStringLiteral("h2o"), QStringLiteral("h2o")},
        {QStringLiteral("spark"), QStringLiteral("pyspark")},
        {QStringLiteral("sentence_transformers"), QStringLiteral("sentence-transformers")},
        {QStringLiteral("llama_index"), QStringLiteral("llama-index")},
    };
    const auto it = known.constFind(prefix);
    return it != known.constEnd() ? it.value() : pep::normalizeName(prefix);
}

QString packageForFlavor(const QString &flavor)
{
    static const QHash<QString, QString> known = {
        {QStringLiteral("sklearn"), QStringLiteral("scikit-learn")},
        {QStringLiteral("pytorch"), QStringLiteral("torch")},
        {QStringLiteral("spark"), QStringLiteral("pyspark")},
        {QStringLiteral("paddle"), QStringLiteral("paddlepaddle")},
        {QStringLiteral("sentence_transformers"), QStringLiteral("sentence-transformers")},
        {QStringLiteral("llama_index"), QStringLiteral("llama-index")},
    };
    if (flavor == QLatin1String("python_function"))
        return QString();
    const auto it = known.constFind(flavor);
    return it != known.constEnd() ? it.value() : pep::normalizeName(flavor);
}

QVector<RecordedVersion> recordedVersions(const MLmodelDocument &mlmodel)
{
    QVector<RecordedVersion> found;
    for (const MLmodelFlavor &flavor : mlmodel.flavors()) {
        for (const MLmodelRecordedVersion &v : flavor.versions) {
            if (v.version.isEmpty())
                continue;
            found.append({flavor.name, v.key, packageForVersionPrefix(v.prefix), v.version, v.field.value});
        }
    }
    if (mlmodel.mlflowVersion().isScalar())
        found.append({QString(), QStringLiteral("mlflow_version"), QStringLiteral("mlflow"),
                      mlmodel.mlflowVersion().text().trimmed(), mlmodel.mlflowVersion().value});
    return found;
}

QString mlflowPinVersion(const QString &mlflowVersion)
{
    const Result<pep::Version> parsed = pep::Version::parse(mlflowVersion);
    if (!parsed)
        return QString();
    const pep::Version &v = parsed.value();
    if (!v.isDevrelease())
        return v.toString();
    if (v.micro() == 0)
        return QString();
    return QStringLiteral("%1.%2.%3").arg(v.major()).arg(v.minor()).arg(v.micro() - 1);
}

} // namespace envlens::checks
