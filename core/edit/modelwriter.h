#pragma once

#include "common/error.h"
#include "edit/changeset.h"
#include "edit/fileio.h"

#include <QString>
#include <QStringList>

namespace envlens {

struct Model;

struct ModelWriteOptions
{
    QString outputPath;  // empty: in place; else a new folder, or a zip when it ends in ".zip"
    bool backup = false; // in place only: keep the original as NAME.bak / NAME.zip.bak
    bool force = false;  // write even when the source changed on disk since it was read
};

struct ModelWriteResult
{
    QString writtenPath;       // the folder or zip now holding the model
    QString backupPath;
    QStringList writtenFiles;  // relative to the model root
    QStringList warnings;
};

// Writes a ChangeSet back to the model's folder (AtomicWriter: temporary file, fsync, rename per
// file) or zip (ZipRewriter: raw copy of the other entries, atomic rename). Refuses, writing
// nothing, when the source changed on disk since the model was read (unless force).
class ModelWriter
{
public:
    explicit ModelWriter(FileIo &io = FileIo::system());

    Result<ModelWriteResult> write(const Model &model, const ChangeSet &changes,
                                   const ModelWriteOptions &options = {}) const;

    // The refusals write() makes before touching anything (the model changed on disk, the output
    // already exists), without writing: what --dry-run reports. I/O failures can only show when
    // writing.
    Result<bool> check(const Model &model, const ModelWriteOptions &options = {}) const;

private:
    FileIo &m_io;
};

} // namespace envlens
