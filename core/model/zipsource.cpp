#include "model/zipsource.h"

#include "model/zipname.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <zlib.h>

#include <cstring>

namespace envlens {

namespace {

// lupdate files ModelText::tr() under the same context the code asks for at run time.
class ModelText
{
    Q_DECLARE_TR_FUNCTIONS(envlens::ModelText)
};

constexpr quint32 kLocalHeader = 0x04034b50;
constexpr quint32 kCentralHeader = 0x02014b50;
constexpr quint32 kEndOfDirectory = 0x06054b50;
constexpr quint32 kZip64EndOfDirectory = 0x06064b50;
constexpr quint32 kZip64Locator = 0x07064b50;
constexpr quint16 kFlagEncrypted = 0x1;
constexpr quint16 kFlagUtf8 = 0x800;
constexpr quint16 kMethodStored = 0;
constexpr quint16 kMethodDeflated = 8;
constexpr quint32 kHostUnix = 3;
constexpr quint32 kTypeMask = 0170000;
constexpr quint32 kTypeSymlink = 0120000;
constexpr quint32 kMax32 = 0xFFFFFFFFu;

quint16 u16(const uchar *p)
{
    return quint16(p[0] | (p[1] << 8));
}

quint32 u32(const uchar *p)
{
    return quint32(u16(p)) | (quint32(u16(p + 2)) << 16);
}

quint64 u64(const uchar *p)
{
    return quint64(u32(p)) | (quint64(u32(p + 4)) << 32);
}

// Say why a file is not a readable archive, which is what a user can act on.
QString whyNotAZip(const uchar *data, qint64 size)
{
    if (size == 0)
        return ModelText::tr("the file is empty (0 bytes), not a zip archive");
    if (size < 4 || data[0] != 'P' || data[1] != 'K')
        return ModelText::tr("not a zip archive (no zip signature at the start)");
    if (size < 22)
        return ModelText::tr("the zip archive is truncated (%1 bytes)").arg(size);
    return ModelText::tr("the zip archive is truncated or corrupt: its central directory cannot be read");
}

// The zip64 extended-information extra field replaces the 32-bit values that are 0xFFFFFFFF,
// in this order: uncompressed size, compressed size, local header offset.
void applyZip64Extra(const uchar *extra, int length, quint64 *size, quint64 *compressed, quint64 *offset)
{
    for (int at = 0; at + 4 <= length;) {
        const quint16 id = u16(extra + at);
        const int fieldLength = u16(extra + at + 2);
        const uchar *field = extra + at + 4;
        if (at + 4 + fieldLength > length)
            return;
        if (id == 0x0001) {
            int used = 0;
            for (quint64 *value : {size, compressed, offset}) {
                if (*value != kMax32)
                    continue;
                if (used + 8 > fieldLength)
                    return;
                *value = u64(field + used);
                used += 8;
            }
            return;
        }
        at += 4 + fieldLength;
    }
}

} // namespace

Result<std::unique_ptr<ZipSource>> ZipSource::open(const QString &absolutePath, const LoadLimits &limits)
{
    std::unique_ptr<ZipSource> source(new ZipSource);
    source->m_path = absolutePath;
    const QFileInfo info(absolutePath);
    source->m_fileSize = info.size();
    source->m_fileMtime = info.lastModified().toMSecsSinceEpoch();
    source->m_file.setFileName(absolutePath);
    if (!source->m_file.open(QIODevice::ReadOnly))
        return Error { source->m_file.error() == QFileDevice::PermissionsError ? ModelText::tr("permission denied")
                                                                               : source->m_file.errorString(),
            absolutePath };
    if (source->m_fileSize == 0)
        return Error{whyNotAZip(nullptr, 0), absolutePath};
    source->m_data = source->m_file.map(0, source->m_fileSize);
    if (!source->m_data)
        return Error { ModelText::tr("cannot be read: %1").arg(source->m_file.errorString()), absolutePath };
    Error error;
    if (!source->list(limits, &error))
        return error;
    return source;
}

bool ZipSource::list(const LoadLimits &limits, Error *error)
{
    const uchar *data = m_data;
    const qint64 size = m_fileSize;
    const auto fail = [&](const QString &message) {
        *error = Error{message, m_path};
        return false;
    };
    if (size < 22)
        return fail(whyNotAZip(data, size));

    // The end-of-central-directory record: within the last 64 KiB + 22 bytes (its comment).
    qint64 end = -1;
    for (qint64 at = size - 22; at >= qMax<qint64>(0, size - 22 - 0xFFFF); --at) {
        if (u32(data + at) == kEndOfDirectory && at + 22 + u16(data + at + 20) <= size) {
            end = at;
            break;
        }
    }
    if (end < 0)
        return fail(whyNotAZip(data, size));
    quint64 count = u16(data + end + 10);
    quint64 directorySize = u32(data + end + 12);
    quint64 directoryOffset = u32(data + end + 16);
    qint64 directoryEnd = end;
    if (end >= 20 && u32(data + end - 20) == kZip64Locator) {
        const quint64 record = u64(data + end - 20 + 8);
        if (record + 56 > quint64(end) || u32(data + record) != kZip64EndOfDirectory)
            return fail(ModelText::tr("the zip archive is corrupt: its zip64 end record cannot be read"));
        count = u64(data + record + 32);
        directorySize = u64(data + record + 40);
        directoryOffset = u64(data + record + 48);
        directoryEnd = qint64(record);
    }
    if (count == 0)
        return fail(ModelText::tr("the zip archive is empty (no entries)"));
    if (count > quint64(limits.maxEntries))
        return fail(ModelText::tr("the zip archive has %1 entries, more than the limit of %2")
                        .arg(count)
                        .arg(limits.maxEntries));
    if (directorySize > quint64(directoryEnd) || directoryOffset > quint64(directoryEnd) - directorySize)
        return fail(ModelText::tr("the zip archive is truncated or corrupt: its central directory cannot be read"));
    // Data prepended to the archive (self-extractors) shifts every recorded offset.
    const quint64 shift = quint64(directoryEnd) - directorySize - directoryOffset;

    quint64 at = directoryOffset + shift;
    for (quint64 i = 0; i < count; ++i) {
        if (at + 46 > quint64(directoryEnd) || u32(data + at) != kCentralHeader)
            return fail(
                ModelText::tr("the zip archive is corrupt: central directory entry %1 cannot be read").arg(i + 1));
        const uchar *header = data + at;
        const int nameLength = u16(header + 28);
        const int extraLength = u16(header + 30);
        const int commentLength = u16(header + 32);
        if (at + 46 + nameLength + extraLength + commentLength > quint64(directoryEnd))
            return fail(
                ModelText::tr("the zip archive is corrupt: central directory entry %1 cannot be read").arg(i + 1));
        const quint16 flags = u16(header + 8);
        quint64 compressed = u32(header + 20);
        quint64 uncompressed = u32(header + 24);
        quint64 localHeader = u32(header + 42);
        applyZip64Extra(header + 46 + nameLength, extraLength, &uncompressed, &compressed, &localHeader);
        const QByteArray nameBytes = QByteArray::fromRawData(reinterpret_cast<const char *>(header + 46), nameLength);
        const QString rawName = decodeZipEntryName(nameBytes, (flags & kFlagUtf8) != 0);
        at += 46 + nameLength + extraLength + commentLength;

        const std::optional<QString> name = normaliseEntryName(rawName);
        if (!name) {
            m_issues.append({ QString(loadissue::kUnsafeEntry), QStringLiteral("warning"),
                ModelText::tr("zip entry name escapes the model root (absolute, drive letter or '..'); it was ignored"),
                rawName, 0 });
            continue;
        }
        if (name->isEmpty())
            continue;
        SourceEntry entry;
        entry.path = *name;
        entry.isDir = rawName.endsWith(QLatin1Char('/')) || rawName.endsWith(QLatin1Char('\\'));
        entry.size = qint64(uncompressed);
        entry.compressedSize = qint64(compressed);
        entry.crc32 = u32(header + 16);
        entry.hasCrc = !entry.isDir;
        const quint32 externalAttributes = u32(header + 38);
        entry.isSymlink = (u16(header + 4) >> 8) == kHostUnix && ((externalAttributes >> 16) & kTypeMask) == kTypeSymlink;
        entry.encrypted = (flags & kFlagEncrypted) != 0;
        // A zip symlink's content is its target's name: never resolved, so never read.
        entry.readable = !entry.isDir && !entry.isSymlink && !entry.encrypted;
        if (!m_index.contains(entry.path))
            m_locations.insert(entry.path, Location{localHeader + shift, u16(header + 10)});
        addEntry(std::move(entry));
    }
    return true;
}

Result<QByteArray> ZipSource::read(const QString &path, qint64 cap) const
{
    const SourceEntry *found = entry(path);
    if (!found || found->isDir)
        return Error { ModelText::tr("no such file in the archive"), path };
    if (found->encrypted)
        return Error { ModelText::tr("the zip entry is encrypted; EnvLens does not read encrypted archives"), path };
    if (found->isSymlink)
        return Error { ModelText::tr("the zip entry is a symbolic link; it was not followed"), path };
    if (found->size > cap)
        return Error { ModelText::tr("%1 bytes, over the read limit of %2 bytes").arg(found->size).arg(cap), path };
    const Location location = m_locations.value(path);
    if (location.method != kMethodStored && location.method != kMethodDeflated)
        return Error { ModelText::tr(
                           "the zip entry uses compression method %1, which EnvLens cannot read (only stored and "
                           "deflated)")
                           .arg(location.method),
            path };

    const quint64 size = quint64(m_fileSize);
    const quint64 local = location.localHeader;
    if (local + 30 > size || u32(m_data + local) != kLocalHeader)
        return Error { ModelText::tr("the zip entry cannot be opened: its local header is truncated or corrupt"),
            path };
    const quint64 start = local + 30 + u16(m_data + local + 26) + u16(m_data + local + 28);
    const quint64 stored = quint64(found->compressedSize);
    if (start > size || stored > size - start)
        return Error { ModelText::tr("the zip entry is truncated: its data runs past the end of the archive"), path };

    QByteArray data(int(found->size), Qt::Uninitialized);
    if (location.method == kMethodStored) {
        if (stored != quint64(found->size))
            return Error { ModelText::tr("the zip entry is corrupt: stored with %1 bytes but declared as %2")
                               .arg(stored)
                               .arg(found->size),
                path };
        std::memcpy(data.data(), m_data + start, size_t(stored));
    } else {
        z_stream stream{};
        if (inflateInit2(&stream, -MAX_WBITS) != Z_OK)
            return Error { ModelText::tr("cannot inflate the zip entry (zlib failed to start)"), path };
        char probe = 0; // room for one byte more than declared tells a lying header
        stream.next_in = const_cast<Bytef *>(m_data + start);
        stream.avail_in = uInt(qMin<quint64>(stored, 0xFFFFFFFFu));
        stream.next_out = reinterpret_cast<Bytef *>(found->size ? data.data() : &probe);
        stream.avail_out = uInt(found->size ? found->size : 1);
        int status = inflate(&stream, Z_FINISH);
        if ((status == Z_BUF_ERROR || status == Z_OK) && stream.avail_out == 0 && found->size) {
            stream.next_out = reinterpret_cast<Bytef *>(&probe);
            stream.avail_out = 1;
            status = inflate(&stream, Z_FINISH);
        }
        const quint64 produced = stream.total_out;
        inflateEnd(&stream);
        if (status != Z_STREAM_END)
            return Error {
                ModelText::tr("the zip entry is truncated or corrupt (its compressed data does not inflate)"), path
            };
        if (produced != quint64(found->size))
            return Error { ModelText::tr(
                               "the zip entry is corrupt: it inflates to %1 bytes, not the %2 its header declares")
                               .arg(produced)
                               .arg(found->size),
                path };
    }
    const uLong crc = crc32(crc32(0L, nullptr, 0), reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size()));
    if (quint32(crc) != found->crc32)
        return Error { ModelText::tr("the zip entry is corrupt: its CRC-32 does not match"), path };
    return data;
}

SourceFingerprint ZipSource::fingerprint() const
{
    return SourceFingerprint{{{m_path, m_fileSize, m_fileMtime}}};
}

} // namespace envlens
