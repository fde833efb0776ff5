#pragma once

#include "common/error.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace envlens {

// The shipped tables behind import-undeclared and code-shadows-package (resources/data/, see its
// README.md): import name -> distributions, the common ML packages' own dependencies, and the
// standard-library module names of Python 3.6 to 3.14. Distribution names are PEP 503 normalised.
class ImportTables
{
public:
    // The tables compiled into envlens_core (":/data"); loaded once, thread-safe.
    static const ImportTables &instance();
    // Reads import-names.tsv, dependencies.tsv and stdlib-modules.txt from a directory.
    static Result<ImportTables> load(const QString &directory);
    // ":/data", with the resource registered (envlens_core is static, so it must be done explicitly).
    static QString resourceDirectory();

    // Distributions that provide `module` ("cv2", "google.protobuf.message"): the entry of the
    // longest dotted prefix in the table; empty when the table does not know it.
    QStringList distributionsForImport(const QString &module) const;
    // The table's distributions, or else the top-level name itself normalised ("numpy" -> "numpy").
    QStringList candidateDistributions(const QString &module) const;
    // Top-level import names a distribution provides ("opencv-python" -> "cv2"); when the table
    // does not know it, the distribution name with '-' read as '_'.
    QStringList importNamesForDistribution(const QString &distribution) const;
    // Every distribution `distribution` pulls in (transitively), sorted; empty when unknown.
    QStringList dependenciesOf(const QString &distribution) const;

    // Whether the top-level package of `module` is in the standard library of `pythonVersion`
    // ("3.11", "3.11.9"). Versions before 3.6 or after 3.14 use the nearest table; an unknown or
    // unparsable version accepts a module that is standard in any of them (no false alarms).
    bool isStdlib(const QString &module, const QString &pythonVersion) const;
    bool isStdlib(const QString &module, int major, int minor) const;
    QSet<QString> stdlibModules(int minor) const; // Python 3.<minor>, clamped to the table's range
    QList<int> stdlibMinorVersions() const;       // 6 .. 14

    int importNameCount() const { return int(m_importToDistributions.size()); }
    int dependencyCount() const { return int(m_dependencies.size()); }

    static QString normalizeName(const QString &name); // PEP 503

private:
    Result<bool> readImportNames(const QString &path);
    Result<bool> readDependencies(const QString &path);
    Result<bool> readStdlib(const QString &path);
    void computeClosure(QHash<QString, QStringList> direct);

    QHash<QString, QStringList> m_importToDistributions;
    QHash<QString, QStringList> m_distributionToImports;
    QHash<QString, QStringList> m_dependencies; // transitive
    QMap<int, QSet<QString>> m_stdlib;          // minor version of Python 3 -> modules
    QSet<QString> m_stdlibAnyVersion;
};

} // namespace envlens
