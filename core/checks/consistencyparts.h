#pragma once

#include "checks/checkcontext.h"
#include "checks/checkhelpers.h"
#include "checks/diagnostic.h"

#include <QString>
#include <QVector>

// The pieces of the "consistency between files" family (runConsistencyChecks() calls them in
// catalogue order), and the few helpers they share. Internal to core/checks.
namespace envlens::consistency {

using checks::CheckText;

using checks::requirementText;
// requirementText() plus "; marker" when there is one.
QString describe(const RequirementEntry &entry);
// The entry's requirement pinned to `version`, keeping its name, extras and marker.
QString pinnedText(const RequirementEntry &entry, const QString &version);
EditOperation setRequirement(const RequirementEntry &entry, const QString &text);
EditOperation addRequirement(const QString &text);

void checkPipMismatch(const CheckContext &context, QVector<Diagnostic> &out);           // consistencychecks.cpp
void checkPythonEnvRequirements(const CheckContext &context, QVector<Diagnostic> &out); // consistencychecks.cpp
void checkConstraintsReferenced(const CheckContext &context, QVector<Diagnostic> &out); // consistencychecks.cpp
void checkPythonMismatch(const CheckContext &context, QVector<Diagnostic> &out);        // consistencypython.cpp
void checkCondaPythonSpec(const CheckContext &context, QVector<Diagnostic> &out);       // consistencypython.cpp
void checkMlflowVersion(const CheckContext &context, QVector<Diagnostic> &out);         // consistencyversions.cpp
void checkFlavorVersions(const CheckContext &context, QVector<Diagnostic> &out);        // consistencyversions.cpp
void checkCondaPipOverlap(const CheckContext &context, QVector<Diagnostic> &out);       // consistencyconda.cpp
void checkCondaOnlyDependencies(const CheckContext &context, QVector<Diagnostic> &out); // consistencyconda.cpp

} // namespace envlens::consistency
