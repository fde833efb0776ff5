#pragma once

#include "edit/editoperation.h"

#include <QMetaType>
#include <QString>
#include <QVector>

#include <optional>

namespace envlens {

// A place in a model: file is relative to the model root ("requirements.txt", "code/utils.py").
// line and column are 1-based; 0 means unknown (a finding about a whole file, or a whole line).
struct Location
{
    QString file;
    int line = 0;
    int column = 0;
    QString message; // what this place has to do with the finding (used for related locations)
};

enum class Severity { Error, Warning, Info };

// "error", "warning", "info": part of the JSON/SARIF/text contract, never translated.
QString severityName(Severity severity);
std::optional<Severity> severityFromName(const QString &name);

// A repair offered for a diagnostic: what the GUI shows as a button and `edit --fix` applies.
struct FixIt
{
    QString id;    // stable within its diagnostic id, e.g. "from-requirements"
    QString title; // translated, shown to the user
    bool isDefault = false;
    bool safe = false; // may be applied by "Fix all safe issues" without review
    QVector<EditOperation> operations;
};

struct Diagnostic
{
    QString id; // an id of the catalogue (spec/diagnostics.md)
    Severity severity = Severity::Warning;
    QString message;
    Location location;
    QVector<Location> related;
    QVector<FixIt> fixes;

    // The fix-it flagged as default, else the first one, else nullptr.
    const FixIt *defaultFix() const;
    const FixIt *fix(const QString &fixId) const;
};

// Orders by file, line, column, then id: the order of every output form.
bool diagnosticLessThan(const Diagnostic &a, const Diagnostic &b);
void sortDiagnostics(QVector<Diagnostic> &diagnostics);

struct DiagnosticCounts
{
    int errors = 0;
    int warnings = 0;
    int infos = 0;
};

DiagnosticCounts countDiagnostics(const QVector<Diagnostic> &diagnostics);

// Whether `severity` is `threshold` or worse (Error is worse than Warning, Warning than Info):
// what `check --fail-on` and the GUI's filters compare.
bool isAtLeast(Severity severity, Severity threshold);
bool anyAtLeast(const QVector<Diagnostic> &diagnostics, Severity threshold);

} // namespace envlens

// For QVariant (item models) and data-driven tests, in Qt 5 as in Qt 6.
Q_DECLARE_METATYPE(envlens::Severity)
Q_DECLARE_METATYPE(envlens::Diagnostic)
