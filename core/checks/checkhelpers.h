#pragma once

#include "checks/diagnostic.h"
#include "checks/requirementset.h"
#include "documents/yamldocument.h"

#include <QCoreApplication>
#include <QString>

namespace envlens::checks {

// The translation context of every check message: lupdate files CheckText::tr() under the name
// Q_DECLARE_TR_FUNCTIONS gives, which is the one the code asks for at run time.
class CheckText
{
    Q_DECLARE_TR_FUNCTIONS(envlens::checks::CheckText)
};

// Small builders shared by the check families, so every diagnostic is put together the same way.
Location locationAt(const QString &file, int line = 0, int column = 0, const QString &message = QString());
// The node's first character; the whole file (line 0) when the node is absent.
Location locationAt(const QString &file, const YamlNode &node, const QString &message = QString());
Location locationAt(const RequirementEntry &entry, const QString &message = QString());

// A requirement as "name[extras]<spec>" or "name @ url" (packaging's spelling without the
// marker), for messages; a line that is not a requirement as written.
QString requirementText(const RequirementEntry &entry);

Diagnostic makeDiagnostic(const QString &id, Severity severity, const QString &message, const Location &location);

// A fix-it made of one edit operation.
FixIt makeFix(const QString &id, const QString &title, const EditOperation &operation, bool safe);
EditOperation spliceOperation(const QString &file, int line, int column, int length, const QString &replacement);

// A relative path inside the model as MLflow joins it to the model root: "./a//b/" -> "a/b".
// Empty for an absolute path, a URI or one that climbs out with "..".
QString modelRelativePath(const QString &written);

} // namespace envlens::checks

namespace envlens {
class MLmodelDocument;
}

namespace envlens::checks {

// A package version MLmodel records: a flavor's <prefix>_version (sklearn_version -> scikit-learn,
// pyfunc cloudpickle_version -> cloudpickle, ...) or the top-level mlflow_version (-> mlflow).
struct RecordedVersion
{
    QString flavor;   // "sklearn", "python_function"; empty for mlflow_version
    QString key;      // "sklearn_version", "mlflow_version"
    QString package;  // PEP 503 distribution name
    QString version;  // as written
    YamlNode node;    // the value
};

// The distribution a <prefix>_version key stands for ("sklearn" -> "scikit-learn", "xgb" -> "xgboost").
QString packageForVersionPrefix(const QString &prefix);
// The distribution a flavor serialises with ("sklearn" -> "scikit-learn"); empty for python_function.
QString packageForFlavor(const QString &flavor);
QVector<RecordedVersion> recordedVersions(const MLmodelDocument &mlmodel);
// The version MLflow pins for its own requirement: mlflow_version, with a .devN build pinned to
// micro - 1 (3.11.2.dev0 -> 3.11.1) as _generate_mlflow_version_pinning does. Empty when unknown
// or when that rule gives no valid version (micro 0).
QString mlflowPinVersion(const QString &mlflowVersion);

} // namespace envlens::checks
