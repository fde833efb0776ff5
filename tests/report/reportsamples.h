#pragma once

#include "report/checkreport.h"

#include <QVector>

// Diagnostics shaped like the checks produce them, shared by the report tests.
namespace envlens::test {

inline Diagnostic reqConflict()
{
    Diagnostic d;
    d.id = QStringLiteral("req-conflict");
    d.severity = Severity::Error;
    d.message = QStringLiteral("scikit-learn==1.3.2 conflicts with scikit-learn<1.3 (constraints.txt:1)");
    d.location = {QStringLiteral("requirements.txt"), 3, 1, QString()};
    d.related = {{QStringLiteral("constraints.txt"), 1, 1, QStringLiteral("scikit-learn<1.3 is required here")}};
    return d;
}

inline Diagnostic pipMismatch()
{
    Diagnostic d;
    d.id = QStringLiteral("pip-mismatch");
    d.severity = Severity::Error;
    d.message = QStringLiteral("numpy is ==1.26.4 in requirements.txt but ==1.26.0 in conda.yaml");
    d.location = {QStringLiteral("conda.yaml"), 9, 7, QString()};
    d.related = {{QStringLiteral("requirements.txt"), 2, 1, QStringLiteral("numpy==1.26.4")}};
    FixIt fromRequirements;
    fromRequirements.id = QStringLiteral("from-requirements");
    fromRequirements.title = QStringLiteral("Make conda.yaml follow requirements.txt");
    fromRequirements.isDefault = true;
    fromRequirements.safe = true;
    EditOperation sync;
    sync.kind = EditOperation::Kind::SyncCondaFromRequirements;
    fromRequirements.operations = {sync};
    FixIt fromConda;
    fromConda.id = QStringLiteral("from-conda");
    fromConda.title = QStringLiteral("Make requirements.txt follow conda.yaml");
    EditOperation back;
    back.kind = EditOperation::Kind::SyncRequirementsFromConda;
    fromConda.operations = {back};
    d.fixes = {fromRequirements, fromConda};
    return d;
}

// A fix-it made of a text splice: SARIF can carry it as a real fix.
inline Diagnostic yamlType()
{
    Diagnostic d;
    d.id = QStringLiteral("yaml-type");
    d.severity = Severity::Error;
    d.message = QStringLiteral("python is the number 3.8, not a string; MLflow raises TypeError");
    d.location = {QStringLiteral("python_env.yaml"), 1, 9, QString()};
    FixIt quote;
    quote.id = QStringLiteral("quote");
    quote.title = QStringLiteral("Quote the value");
    quote.isDefault = true;
    quote.safe = true;
    EditOperation splice;
    splice.kind = EditOperation::Kind::Splice;
    splice.splices = {{QStringLiteral("python_env.yaml"), 1, 9, 3, QStringLiteral("\"3.8\"")}};
    quote.operations = {splice};
    d.fixes = {quote};
    return d;
}

inline Diagnostic envFileMissing()
{
    Diagnostic d;
    d.id = QStringLiteral("env-file-missing");
    d.severity = Severity::Warning;
    d.message = QStringLiteral("python_env.yaml is missing; MLflow rebuilds the environment from conda.yaml");
    d.location = {QStringLiteral("python_env.yaml"), 0, 0, QString()};
    return d;
}

inline Diagnostic importUndeclared()
{
    Diagnostic d;
    d.id = QStringLiteral("import-undeclared");
    d.severity = Severity::Warning;
    d.message = QStringLiteral("code/my utils.py imports cv2, which no requirement provides");
    d.location = {QStringLiteral("code/my utils.py"), 4, 0, QString()};
    return d;
}

inline Diagnostic uvLock()
{
    Diagnostic d;
    d.id = QStringLiteral("uv-lock-present");
    d.severity = Severity::Info;
    d.message = QStringLiteral("uv.lock is present");
    d.location = {QStringLiteral("uv.lock"), 0, 0, QString()};
    return d;
}

inline Diagnostic mlflowMissing()
{
    Diagnostic d;
    d.id = QStringLiteral("mlflow-missing");
    d.severity = Severity::Warning;
    d.message = QStringLiteral("no mlflow requirement");
    return d;
}

inline CheckReport zipReport(QVector<Diagnostic> diagnostics)
{
    return CheckReport{{QStringLiteral("m.zip"), QStringLiteral("my-model/"), QStringLiteral("zip")},
                       std::move(diagnostics)};
}

inline CheckReport folderReport(QVector<Diagnostic> diagnostics)
{
    return CheckReport{{QStringLiteral("models/iris"), QString(), QStringLiteral("folder")}, std::move(diagnostics)};
}

} // namespace envlens::test
