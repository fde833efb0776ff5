#include "model/zipsource.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>
#include <quazip/unzip.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace envlens {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("envlens::ZipSource", text);
}

constexpr quint16 kFlagEncrypted = 0x1;
constexpr quint16 kMethodStored = 0;
constexpr quint16 kMethodDeflated = 8;

// QuaZip reports only "cannot open": look at the bytes to say why, which is what a user can act on.
QString whyNotAZip(const QString &path, qint64 size)
{
    if (size == 0)
        return tr("the file is empty (0 bytes), not a zip archive");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("cannot be read: %1").arg(file.errorString());
    const QByteArray head = file.read(4);
    if (!head.startsWith("PK"))
        return tr("not a zip archive (no zip signature at the start)");
    if (size < 22)
        return tr("the zip archive is truncated (%1 bytes)").arg(size);
    // An end-of-central-directory record alone: a valid archive with no entries.
    file.seek(size - 22);
    const QByteArray end = file.read(22);
    if (end.startsWith(QByteArrayLiteral("PK\x05\x06")) && end.at(10) == 0 && end.at(11) == 0)
        return tr("the zip archive is empty (no entries)");
    return tr("the zip archive is truncated or corrupt: its central directory cannot be read");
}

} // namespace

ZipSource::ZipSource() = default;
ZipSource::~ZipSource() = default;

Result<std::unique_ptr<ZipSource>> ZipSource::open(const QString &absolutePath, const LoadLimits &limits)
{
    std::unique_ptr<ZipSource> source(new ZipSource);
    source->m_path = absolutePath;
    const QFileInfo info(absolutePath);
    source->m_fileSize = info.size();
    source->m_fileMtime = info.lastModified().toMSecsSinceEpoch();
    {
        QFile probe(absolutePath);
        if (!probe.open(QIODevice::ReadOnly))
            return Error{probe.error() == QFileDevice::PermissionsError ? tr("permission denied") : probe.errorString(),
                         absolutePath};
    }
    source->m_zip = std::make_unique<QuaZip>(absolutePath);
    if (!source->m_zip->open(QuaZip::mdUnzip))
        return Error{whyNotAZip(absolutePath, source->m_fileSize), absolutePath};
    Error error;
    if (!source->list(limits, &error))
        return error;
    return source;
}

bool ZipSource::list(const LoadLimits &limits, Error *error)
{
    const int count = m_zip->getEntriesCount();
    if (count > limits.maxEntries) {
        *error = Error{tr("the zip archive has %1 entries, more than the limit of %2").arg(count).arg(limits.maxEntries),
                       m_path};
        return false;
    }
    if (count <= 0) {
        *error = Error{tr("the zip archive is empty (no entries)"), m_path};
        return false;
    }
    unzFile unz = m_zip->getUnzFile();
    for (bool more = m_zip->goToFirstFile(); more; more = m_zip->goToNextFile()) {
        QuaZipFileInfo64 info;
        if (!m_zip->getCurrentFileInfo(&info))
            break;
        const std::optional<QString> name = normaliseEntryName(info.name);
        if (!name) {
            m_issues.append({QString(loadissue::kUnsafeEntry), QStringLiteral("warning"),
                             tr("zip entry name escapes the model root (absolute, drive letter or '..'); it was ignored"),
                             info.name, 0});
            continue;
        }
        if (name->isEmpty())
            continue;
        unz64_file_pos pos;
        unzGetFilePos64(unz, &pos);
        SourceEntry entry;
        entry.path = *name;
        entry.isDir = info.name.endsWith(QLatin1Char('/')) || info.name.endsWith(QLatin1Char('\\'));
        entry.size = qint64(info.uncompressedSize);
        entry.compressedSize = qint64(info.compressedSize);
        entry.crc32 = info.crc;
        entry.hasCrc = !entry.isDir;
        entry.isSymlink = info.isSymbolicLink();
        entry.encrypted = (info.flags & kFlagEncrypted) != 0;
        // A zip symlink's content is its target's name: never resolved, so never read.
        entry.readable = !entry.isDir && !entry.isSymlink && !entry.encrypted;
        entry.mtimeMsecs = info.dateTime.isValid() ? info.dateTime.toMSecsSinceEpoch() : 0;
        if (!m_index.contains(entry.path))
            m_positions.insert(entry.path, Position{pos.pos_in_zip_directory, pos.num_of_file});
        addEntry(std::move(entry));
    }
    if (m_zip->getZipError() != UNZ_OK) {
        *error = Error{tr("the zip archive is corrupt: its central directory cannot be read (error %1)")
                           .arg(m_zip->getZipError()),
                       m_path};
        return false;
    }
    return true;
}

Result<QByteArray> ZipSource::read(const QString &path, qint64 cap) const
{
    const SourceEntry *found = entry(path);
    if (!found || found->isDir)
        return Error{tr("no such file in the archive"), path};
    if (found->encrypted)
        return Error{tr("the zip entry is encrypted; EnvLens does not read encrypted archives"), path};
    if (found->isSymlink)
        return Error{tr("the zip entry is a symbolic link; it was not followed"), path};
    if (found->size > cap)
        return Error{tr("%1 bytes, over the read limit of %2 bytes").arg(found->size).arg(cap), path};

    const Position position = m_positions.value(path);
    unz64_file_pos pos{position.directoryOffset, position.fileNumber};
    // QuaZipFile reads "the current file": make one current, then jump to the recorded position.
    if (!m_zip->goToFirstFile() || unzGoToFilePos64(m_zip->getUnzFile(), &pos) != UNZ_OK)
        return Error{tr("the zip archive is corrupt: the entry cannot be located"), path};

    QuaZipFileInfo64 info;
    m_zip->getCurrentFileInfo(&info);
    if (info.method != kMethodStored && info.method != kMethodDeflated)
        return Error{tr("the zip entry uses compression method %1, which EnvLens cannot read (only stored and "
                        "deflated)").arg(info.method),
                     path};

    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("the zip entry cannot be opened: its local header is truncated or corrupt (error %1)")
                         .arg(file.getZipError()),
                     path};
    QByteArray data;
    data.reserve(int(qMin<qint64>(found->size, cap)));
    char buffer[65536];
    for (;;) {
        const qint64 n = file.read(buffer, sizeof buffer);
        if (n < 0) {
            file.close();
            return Error{tr("the zip entry is truncated or corrupt (error %1)").arg(file.getZipError()), path};
        }
        if (n == 0)
            break;
        if (data.size() + n > cap) {
            file.close();
            return Error{tr("over the read limit of %1 bytes").arg(cap), path};
        }
        data.append(buffer, int(n));
    }
    file.close();
    if (file.getZipError() == UNZ_CRCERROR)
        return Error{tr("the zip entry is corrupt: its CRC-32 does not match"), path};
    if (file.getZipError() != UNZ_OK)
        return Error{tr("the zip entry is truncated or corrupt (error %1)").arg(file.getZipError()), path};
    if (data.size() != found->size)
        return Error{tr("the zip entry is truncated: %1 of %2 bytes").arg(data.size()).arg(found->size), path};
    return data;
}

SourceFingerprint ZipSource::fingerprint() const
{
    return SourceFingerprint{{{m_path, m_fileSize, m_fileMtime}}};
}

} // namespace envlens
