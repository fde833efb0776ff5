#pragma once

#include "documents/lockedrequirements.h"
#include "pep/marker.h"
#include "pep/pipline.h"

#include <QString>
#include <QVector>

#include <optional>

namespace envlens {

struct Model;

// One logical line of the requirement set (spec/diagnostics.md "the requirement set"), or of the
// conda pip list, with where it is written. Blank and comment-only lines are not entries.
struct RequirementEntry
{
    QString file;            // relative to the model root: "requirements.txt", "constraints.txt", "conda.yaml"
    int line = 0;            // 1-based physical line of its first character
    int column = 0;          // 1-based column of its text
    int length = 0;          // characters of the text in the source (a Splice replaces this many)
    QString text;            // the logical line as pip reads it (for conda: the item's value)
    pep::PipLine pip;        // parsePipLine(text)
    QString name;            // PEP 503 name of a requirement (or a named wheel/URL/egg); empty otherwise
    bool constraint = false; // from a -c file
    bool active = true;      // its marker holds in the target environment (no marker: true)
    bool fromConda = false;  // an item of conda.yaml's pip list
    LockRole lockRole = LockRole::None;
    int depth = 0;           // include depth of its file (0: requirements.txt / conda.yaml)

    bool isRequirement() const { return pip.kind == pep::PipLine::Kind::Requirement; }
    // pip.requirement's marker, else the "; marker" of a path or URL line; nullopt when none.
    std::optional<pep::Marker> marker() const;
    QString markerText() const; // packaging's str(marker); empty when none
};

// spec/diagnostics.md "an mlflow requirement": mlflow, mlflow-skinny or mlflow-tracing, a wheel whose
// name starts with mlflow-, or a path or URL containing "/mlflow" or "mlflow @ git+".
bool isMlflowRequirement(const RequirementEntry &entry);

// The requirement set of a model: requirements.txt with its -r includes and -c constraints, in the
// order pip reads them, or the conda pip list when the model has no requirements.txt. The conda pip
// list is also kept on its own (condaPip()) for the checks that compare the two.
class RequirementSet
{
public:
    RequirementSet() = default;
    static RequirementSet build(const Model &model, const pep::MarkerEnvironment &environment);

    // Every entry of the set (requirements, constraints, options, paths, URLs, invalid lines).
    const QVector<RequirementEntry> &entries() const { return m_entries; }
    // Entries that name a package: requirements and constraints of Kind::Requirement.
    QVector<const RequirementEntry *> requirements(bool includeConstraints = false) const;
    QVector<const RequirementEntry *> constraints() const;
    // Requirement entries (not constraints) of one normalised name, in order.
    QVector<const RequirementEntry *> byName(const QString &normalizedName) const;
    bool contains(const QString &normalizedName) const { return !byName(normalizedName).isEmpty(); }

    // The set came from conda.yaml's pip list (no requirements.txt).
    bool isFromConda() const { return m_fromConda; }
    // requirements.txt exists (even if empty).
    bool hasRequirementsFile() const { return m_hasRequirementsFile; }
    // The set uses MLflow's lock layout; lockedPins()/originalRequirements() are then filled.
    bool isLocked() const { return m_locked; }
    // The pins under "# Locked requirements" (entries with lockRole Locked).
    QVector<const RequirementEntry *> lockedPins() const;
    // The "# x" lines of the "# Original requirements" block, parsed as if uncommented (line and
    // column point at the requirement text inside the comment).
    const QVector<RequirementEntry> &originalRequirements() const { return m_original; }

    // conda.yaml's pip list (string items only), whether or not it is the requirement set.
    const QVector<RequirementEntry> &condaPip() const { return m_condaPip; }
    // The "# Original requirements" block of the conda pip list, like originalRequirements().
    const QVector<RequirementEntry> &condaOriginalRequirements() const { return m_condaOriginal; }

private:
    QVector<RequirementEntry> m_entries;
    QVector<RequirementEntry> m_original;
    QVector<RequirementEntry> m_condaPip;
    QVector<RequirementEntry> m_condaOriginal;
    bool m_fromConda = false;
    bool m_hasRequirementsFile = false;
    bool m_locked = false;
};

} // namespace envlens
