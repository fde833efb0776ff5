#pragma once

#include "documents/textfile.h"
#include "model/model.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace envlens {

// How one row of a comparison changed (spec/cli.md "diff"). The JSON word is diffChangeName().
enum class DiffChange {
    Unchanged,
    Added,
    Removed,
    Upgraded,   // packages, conda dependencies, Python: both sides pin one version and it went up
    Downgraded,
    Changed,    // anything else that differs (ranges, extras, URLs, flavor fields)
    Modified,   // files: same path, different content
};

QString diffChangeName(DiffChange change);

// One row of a requirement list, keyed by (normalised name, marker). old/new are the lines as
// written (empty on the side the row does not exist).
struct PackageDiff
{
    QString name;
    QString marker;  // packaging's str(Marker); empty when none
    QString oldText;
    QString newText;
    QString oldFile; // where each side writes it ("requirements.txt", "conda.yaml", ...)
    QString newFile;
    int oldLine = 0;
    int newLine = 0;
    DiffChange change = DiffChange::Unchanged;
};

// The three recorded Python versions of each side (MLmodel, python_env.yaml, conda.yaml).
struct PythonDiff
{
    struct Side
    {
        QString mlmodel;
        QString pythonEnv;
        QString conda;
        bool operator==(const Side &o) const
        {
            return mlmodel == o.mlmodel && pythonEnv == o.pythonEnv && conda == o.conda;
        }
        bool operator!=(const Side &o) const { return !(*this == o); }
    };
    Side oldPython;
    Side newPython;
    QString oldTarget; // the target Python of each side (Model::pythonVersion())
    QString newTarget;
    DiffChange change = DiffChange::Unchanged;
};

// An old/new pair of values (texts; empty = absent).
struct ValueDiff
{
    QString key;
    QString oldValue;
    QString newValue;
};

struct FlavorDiff
{
    QString name;
    DiffChange change = DiffChange::Unchanged; // Added, Removed, Changed or Unchanged
    QVector<ValueDiff> versions;               // recorded *_version keys that differ
    QVector<ValueDiff> fields;                 // other keys of the flavor block that differ
};

struct CondaDiff
{
    QStringList oldChannels;
    QStringList newChannels;
    DiffChange channelsChange = DiffChange::Unchanged; // Changed when the lists (order included) differ
    QVector<PackageDiff> dependencies;                // conda specs by package name
    QVector<PackageDiff> pip;                         // conda.yaml's pip list
};

// A code/ file or another file of the model compared by content.
struct FileDiff
{
    enum class Method { Size, Content, Crc32, Sha256 }; // what decided

    QString path;
    DiffChange change = DiffChange::Unchanged; // Added, Removed, Modified or Unchanged
    qint64 oldSize = -1; // -1 on the side without the file
    qint64 newSize = -1;
    QString role;        // fileRoleName() of the file (the new side's when both exist)
    Method method = Method::Size;
    bool isText = false; // both sides (or the one side) are text: unifiedDiff() has something to say
    QString error;       // a side could not be read; the file then counts as modified
    TextFile oldText;    // shared copies of the loaded texts, for unifiedDiff()
    TextFile newText;

    // Computed on demand (thousands of code files would otherwise all be diffed up front).
    QString unifiedDiff(int context = 3) const;
};

QString fileDiffMethodName(FileDiff::Method method); // "size", "content", "crc32", "sha256"

// What an environment difference means for serving the model (listed in this order).
struct ServingImpact
{
    enum class Kind { PythonMinor, Serializer, FlavorPackage, NumpyMajor };
    Kind kind = Kind::PythonMinor;
    QString message; // translated
};

QString servingImpactKindName(ServingImpact::Kind kind); // "python-minor", "serializer", ...

// The comparison of two models (folder or zip, in any mix), as `envlens-cli diff` and the GUI's
// compare view present it. Plain data, computed once.
class ModelDiff
{
public:
    static ModelDiff compute(const Model &a, const Model &b);

    QJsonObject oldModel; // {"path", "root", "kind"}
    QJsonObject newModel;
    QString oldDisplayPath;
    QString newDisplayPath;

    QVector<PackageDiff> packages;    // the requirement sets (requirements, without constraints)
    QVector<PackageDiff> constraints; // -c files
    QVector<PackageDiff> locked;      // pins of MLflow's lock layout (empty when neither is locked)
    bool oldLocked = false;
    bool newLocked = false;
    PythonDiff python;
    ValueDiff mlflowVersion;          // key "mlflow_version"
    QVector<FlavorDiff> flavors;      // every flavor of either side, in old-then-new order
    QVector<ValueDiff> metadata;      // MLmodel fields that differ (signature, ids, times, ...)
    CondaDiff conda;
    QVector<FileDiff> code;           // code/ files, sorted by path
    QVector<FileDiff> artifacts;      // every other file that is not an environment file
    QVector<ServingImpact> servingImpact;

    // spec/cli.md: no package, Python, flavor, conda, code or artifact change (metadata,
    // mlflow_version and copies of metadata files do not count).
    bool equivalent() const;
};

} // namespace envlens
