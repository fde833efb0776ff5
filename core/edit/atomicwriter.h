#pragma once

#include "common/error.h"
#include "edit/fileio.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace envlens {

struct FolderWriteOptions
{
    // Empty: write into the folder. Otherwise a new folder (which must not exist yet) receives a
    // copy of the whole folder with the files replaced or added; the original is not touched.
    QString outputPath;
    // In place only: the whole folder is first copied there (replacing an older copy).
    QString backupPath;
};

struct FolderWriteResult
{
    QString writtenPath;        // the folder that now holds the files
    QString backupPath;
    QStringList writtenFiles;   // relative paths
    QStringList warnings;       // leftovers the writer could not remove after a successful write
};

// Writes files (path relative to a folder → new bytes) durably and atomically per file.
//
// In place, in phases: (1) every file goes to ".NAME.envlens-XXXXXX" beside it, with the
// original's permission bits (0644 for new files), fsynced and closed; (2) every original is
// hard-linked to a hidden ".NAME.envlens-keep-XXXXXX" (copied where links are refused); (3) the
// temporaries are renamed over their targets; (4) each directory is fsynced; (5) the kept
// originals are removed. A failure in (1) or (2) touches no original. A failure in (3) or (4)
// puts the kept originals back by rename (and removes files that did not exist), so on any error
// every original is at its name with its bytes, and no temporary is left unless its removal
// failed too (the error then names it). A process killed during (3) can leave some files new
// and some old; the hidden keep files then still hold the originals.
//
// Writing to a new folder builds it as a hidden temporary folder beside the destination, fsyncs
// every file and folder in it and renames it into place: the destination appears whole or not at
// all. Symbolic links in the source are recreated as links; a target that is a link is refused.
class AtomicWriter
{
public:
    explicit AtomicWriter(FileIo &io = FileIo::system());

    Result<FolderWriteResult> writeFolder(const QString &folder, const QMap<QString, QByteArray> &files,
                                          const FolderWriteOptions &options = {}) const;

    // Copies folder to destination (which must not exist) through a hidden temporary folder,
    // with the given files replaced or added. Used for --output and for backups.
    Result<QString> copyFolder(const QString &folder, const QString &destination,
                               const QMap<QString, QByteArray> &files = {}) const;

    // Where --backup keeps a model: "NAME.bak" beside a folder, "NAME.zip.bak" beside a zip.
    static QString backupPathFor(const QString &modelPath);

private:
    Result<FolderWriteResult> writeInPlace(const QString &folder, const QMap<QString, QByteArray> &files) const;
    Result<QString> replaceBackup(const QString &folder, const QString &backupPath) const;

    FileIo &m_io;
};

} // namespace envlens
