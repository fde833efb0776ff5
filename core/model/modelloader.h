#pragma once

#include "common/error.h"
#include "model/loadlimits.h"
#include "model/model.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>

namespace envlens {

struct LoadOptions
{
    QString subpath;                        // --model: which model of a source holding several
    QString platform = QStringLiteral("linux"); // target platform for markers (linux, windows, macos)
    LoadLimits limits;
};

// Opens a model folder, its MLmodel file or a zip, and reads what EnvLens needs into a Model:
// MLmodel, the env files it names, requirements.txt with its -r/-c includes, code/ text, and the
// names and sizes of everything else. Model weights are never read.
class ModelLoader
{
public:
    // An Error (one line naming the path and the reason) when the model cannot be opened: no
    // MLmodel, several models and no subpath (the message lists them), unreadable, corrupt, empty
    // or encrypted archive. Everything short of that loads, with LoadIssues and parse errors kept
    // in the Model for the checks.
    static Result<std::shared_ptr<const Model>> load(const QString &path, const LoadOptions &options = {});

    // The model as it would load once the files of `replaced` (paths relative to the model root)
    // hold those bytes: loaded again from memory, so the checks can run on unsaved edits. Only a
    // file the first load did not read is read from the original source.
    static Result<std::shared_ptr<const Model>> reload(const Model &model, const QHash<QString, QByteArray> &replaced);

    // The model's source as it is on disk now, to compare with Model::fingerprint before writing
    // (a zip: its size and mtime; a folder: every file's).
    static Result<SourceFingerprint> fingerprintOnDisk(const Model &model, const LoadLimits &limits = {});

    // The model roots a path holds ("" or "dir/"), so a caller can offer a choice before load().
    static Result<QStringList> findModels(const QString &path, const LoadLimits &limits = {});
};

} // namespace envlens
