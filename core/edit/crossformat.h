#pragma once

#include "common/error.h"
#include "edit/fileio.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace envlens {

// `--output` to the other format. Both build the destination under a hidden temporary name beside
// it, fsync it and rename it into place, so it appears whole or not at all; the source is only read.

// Zips every file of folder (files: relative path -> new bytes replace or add), deflated, with each
// file's modification time and permission bits. Symbolic links are refused.
Result<QString> writeFolderAsZip(FileIo &io, const QString &folder, const QMap<QString, QByteArray> &files,
                                 const QString &destination);

// Extracts the entries under root ("" or "dir/") of a zip into a new folder, root stripped, with
// files (relative to root) replacing or adding entries.
Result<QString> writeZipAsFolder(FileIo &io, const QString &zipPath, const QString &root,
                                 const QMap<QString, QByteArray> &files, const QString &destination);

} // namespace envlens
