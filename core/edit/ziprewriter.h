#pragma once

#include "common/error.h"
#include "edit/fileio.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace envlens {

struct ZipRewriteOptions
{
    QString outputPath;         // empty: replace the source zip in place
    QString backupPath;         // non-empty: the original zip is kept there (hard link, or a copy)
    QStringList removedEntries; // entries to leave out of the new archive
    int compressionLevel = 6;   // zlib level for the entries written anew
};

struct ZipRewriteResult
{
    QString writtenPath;
    QString backupPath;
    int copiedEntries = 0;
    int replacedEntries = 0;
    int addedEntries = 0;
    int removedEntries = 0;
    quint64 archiveSize = 0;
    QStringList warnings;       // leftovers the writer could not remove after a successful write
};

// Rewrites a zip with some entries replaced, added or removed. Every other entry is copied raw:
// its local header, compressed data and data descriptor byte range go to the new archive as they
// are (copy_file_range, no decompression, no CRC pass), and its central directory header is kept
// byte for byte but for the new offset, so order, timestamps, permissions, extra fields, comments
// and the archive comment survive; zip64 sizes, offsets and end records are written whenever the
// values need them or the source had them. Replaced and added entries are deflated (stored when
// deflate does not shrink them) with their CRC-32 and sizes in the local header.
//
// The new archive is built in ".NAME.envlens-XXXXXX" beside the destination, fsynced, renamed
// over it, and the directory fsynced. In place, the original is first hard-linked to a hidden
// name, so that a failure after the rename (backup rename, directory fsync) can put it back.
// On any error the original is untouched, the temporary files are removed and nothing partial
// exists under the destination name. Killed mid-write, a hidden ".NAME.envlens-*" file may remain.
class ZipRewriter
{
public:
    explicit ZipRewriter(FileIo &io = FileIo::system());

    // entries: entry name → new content; a name not in the archive is appended.
    Result<ZipRewriteResult> rewrite(const QString &zipPath, const QMap<QString, QByteArray> &entries,
                                     const ZipRewriteOptions &options = {}) const;

private:
    FileIo &m_io;
};

} // namespace envlens
