#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace envlens {

// The part a line plays in MLflow's lock layout (mlflow-formats §4.1):
//   # Original requirements      ← OriginalHeader
//   # mlflow==3.10.1             ← Original (the requirement is the text after "# ")
//   #                            ← Separator
//   # Locked requirements        ← LockedHeader
//   alembic==1.16.1              ← Locked
// The same lines appear in requirements.txt and, as quoted '# …' items, in conda.yaml's pip list.
enum class LockRole { None, OriginalHeader, Original, Separator, LockedHeader, Locked };

// Roles for a file's lines in order (comment text included, e.g. "# mlflow==3.10.1"; blank lines
// allowed). A file is locked when an "# Original requirements" line is followed later by a
// "# Locked requirements" line; otherwise every role is None.
QVector<LockRole> lockRoles(const QStringList &lines);

// "mlflow==3.10.1" for "# mlflow==3.10.1"; empty for a role other than Original.
QString originalRequirementText(const QString &line);

} // namespace envlens
