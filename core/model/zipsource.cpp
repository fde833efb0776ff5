#include "model/zipsource.h"

#include <quazip/quazip.h>
#include <quazip/quazipfileinfo.h>
#include <quazip/unzip.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <limits>

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
    source->m_zip = source->openMapped() ? std::make_unique<QuaZip>(&source->m_buffer)
                                         : std::make_unique<QuaZip>(absolutePath);
    if (!source->m_zip->open(QuaZip::mdUnzip))
        return Error{whyNotAZip(absolutePath, source->m_fileSize), absolutePath};
    Error error;
    if (!source->list(limits, &error))
        return error;
    return source;
}

bool ZipSource::openMapped()
{
    m_file.setFileName(m_path);
#if QT_VERSION < QT_VERSION_CHECK(6, 0, 0)
    using Size = int; // Qt 5's QByteArray stops at 2 GiB: larger archives are read through QFile
#else
    using Size = qsizetype;
#endif
    if (m_fileSize <= 0 || m_fileSize > qint64(std::numeric_limits<Size>::max()) || !m_file.open(QIODevice::ReadOnly))
        return false;
    const uchar *data = m_file.map(0, m_fileSize);
    if (!data)
        return false;
    m_buffer.setData(QByteArray::fromRawData(reinterpret_cast<const char *>(data), Size(m_fileSize)));
    return m_buffer.open(QIODevice::ReadOnly);
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
            m_positions.insert(entry.path, Position{pos.pos_in_zip_directory, pos.num_of_file, info.method});
        addEntry(std::move(entry));
    }
    if (m_zip->getZipError() != UNZ_OK) {
        *error = Error{tr("the zip archive is corrupt: its central directory cannot be read (error %1)")
                           .arg(m_zip->getZipError()),
                       m_path};
        return false;
    }
    // From here on entries are reached by position through minizip, which needs a current file.
    m_zip->goToFirstFile();
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
    if (position.method != kMethodStored && position.method != kMethodDeflated)
        return Error{tr("the zip entry uses compression method %1, which EnvLens cannot read (only stored and "
                        "deflated)").arg(position.method),
                     path};
    unzFile unz = m_zip->getUnzFile();
    unz64_file_pos pos{position.directoryOffset, position.fileNumber};
    if (unzGoToFilePos64(unz, &pos) != UNZ_OK)
        return Error{tr("the zip archive is corrupt: the entry cannot be located"), path};
    const int opened = unzOpenCurrentFile(unz);
    if (opened != UNZ_OK)
        return Error{tr("the zip entry cannot be opened: its local header is truncated or corrupt (error %1)")
                         .arg(opened),
                     path};
    QByteArray data;
    data.resize(int(found->size));
    qint64 done = 0;
    for (;;) {
        char probe = 0; // one byte past the declared size tells a lying header from a complete read
        const bool full = done == found->size;
        const int n = full ? unzReadCurrentFile(unz, &probe, 1)
                           : unzReadCurrentFile(unz, data.data() + done, unsigned(qMin<qint64>(found->size - done, 1 << 20)));
        if (n < 0) {
            unzCloseCurrentFile(unz);
            return Error{tr("the zip entry is truncated or corrupt (error %1)").arg(n), path};
        }
        if (n == 0)
            break;
        if (full) {
            unzCloseCurrentFile(unz);
            return Error{tr("the zip entry is corrupt: it holds more than the %1 bytes its header declares")
                             .arg(found->size),
                         path};
        }
        done += n;
    }
    const int closed = unzCloseCurrentFile(unz);
    if (closed == UNZ_CRCERROR)
        return Error{tr("the zip entry is corrupt: its CRC-32 does not match"), path};
    if (closed != UNZ_OK)
        return Error{tr("the zip entry is truncated or corrupt (error %1)").arg(closed), path};
    if (done != found->size)
        return Error{tr("the zip entry is truncated: %1 of %2 bytes").arg(done).arg(found->size), path};
    return data;
}

SourceFingerprint ZipSource::fingerprint() const
{
    return SourceFingerprint{{{m_path, m_fileSize, m_fileMtime}}};
}

} // namespace envlens
