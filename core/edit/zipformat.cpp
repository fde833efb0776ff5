#include "edit/zipformat.h"

#include "model/zipname.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

namespace envlens::zipformat {

namespace {

constexpr int kEndRecordSize = 22;
constexpr int kZip64LocatorSize = 20;
constexpr int kZip64EndSize = 56;
constexpr int kCentralHeaderSize = 46;
constexpr int kLocalHeaderSize = 30;
constexpr qint64 kMaxDirectorySize = 256LL << 20;

quint16 u16(const char *p)
{
    return quint16(quint8(p[0]) | quint16(quint8(p[1])) << 8);
}

quint32 u32(const char *p)
{
    return quint32(u16(p)) | quint32(u16(p + 2)) << 16;
}

quint64 u64(const char *p)
{
    return quint64(u32(p)) | quint64(u32(p + 4)) << 32;
}

void put16(QByteArray &out, quint16 v)
{
    out.append(char(v & 0xff));
    out.append(char(v >> 8));
}

void put32(QByteArray &out, quint32 v)
{
    put16(out, quint16(v & 0xffff));
    put16(out, quint16(v >> 16));
}

void put64(QByteArray &out, quint64 v)
{
    put32(out, quint32(v & 0xffffffffu));
    put32(out, quint32(v >> 32));
}

Error corrupt(const QString &path, const char *what)
{
    Error error;
    error.message = QCoreApplication::translate("envlens::ZipRewriter", "not a valid zip archive (%1)")
                        .arg(QString::fromLatin1(what));
    error.file = path;
    return error;
}

Error unsupported(const QString &path, const char *what)
{
    Error error;
    error.message = QCoreApplication::translate("envlens::ZipRewriter", "unsupported zip archive: %1")
                        .arg(QString::fromLatin1(what));
    error.file = path;
    return error;
}

Result<QByteArray> readAt(FileIo &io, int fd, qint64 offset, qint64 size, const QString &path)
{
    QByteArray buffer(int(size), Qt::Uninitialized);
    const Result<qint64> got = io.read(fd, offset, buffer.data(), size);
    if (!got) {
        Error error = got.error();
        error.file = path;
        return error;
    }
    if (*got != size)
        return corrupt(path, "truncated");
    return buffer;
}

// Reads the zip64 extended information field: only the values whose fixed field holds the marker.
bool applyZip64(CentralEntry &entry)
{
    const int index = entry.extra.indexOf(kZip64ExtraId);
    if (!entry.zip64Uncompressed && !entry.zip64Compressed && !entry.zip64Offset && !entry.zip64Disk)
        return true;
    if (index < 0)
        return false;
    const QByteArray &data = entry.extra.fields.at(index).data;
    int at = 0;
    auto take64 = [&](quint64 &value) {
        if (at + 8 > data.size())
            return false;
        value = u64(data.constData() + at);
        at += 8;
        return true;
    };
    if (entry.zip64Uncompressed && !take64(entry.uncompressedSize))
        return false;
    if (entry.zip64Compressed && !take64(entry.compressedSize))
        return false;
    if (entry.zip64Offset && !take64(entry.localHeaderOffset))
        return false;
    if (entry.zip64Disk) {
        if (at + 4 > data.size())
            return false;
        entry.diskStart = u32(data.constData() + at);
    }
    return true;
}

Result<CentralEntry> parseCentral(const QByteArray &directory, int &at, const QString &path)
{
    if (at + kCentralHeaderSize > directory.size())
        return corrupt(path, "central directory truncated");
    const char *p = directory.constData() + at;
    if (u32(p) != kCentralHeaderSignature)
        return corrupt(path, "bad central directory header");
    CentralEntry entry;
    entry.versionMadeBy = u16(p + 4);
    entry.versionNeeded = u16(p + 6);
    entry.flags = u16(p + 8);
    entry.method = u16(p + 10);
    entry.modTime = u16(p + 12);
    entry.modDate = u16(p + 14);
    entry.crc32 = u32(p + 16);
    const quint32 compressed = u32(p + 20);
    const quint32 uncompressed = u32(p + 24);
    const int nameLength = u16(p + 28);
    const int extraLength = u16(p + 30);
    const int commentLength = u16(p + 32);
    const quint16 disk = u16(p + 34);
    entry.internalAttributes = u16(p + 36);
    entry.externalAttributes = u32(p + 38);
    const quint32 offset = u32(p + 42);
    const int total = kCentralHeaderSize + nameLength + extraLength + commentLength;
    if (at + total > directory.size())
        return corrupt(path, "central directory truncated");
    entry.rawName = directory.mid(at + kCentralHeaderSize, nameLength);
    entry.extra = ExtraFields::parse(directory.mid(at + kCentralHeaderSize + nameLength, extraLength));
    entry.comment = directory.mid(at + kCentralHeaderSize + nameLength + extraLength, commentLength);
    entry.name = decodeZipEntryName(entry.rawName, (entry.flags & kFlagUtf8) != 0);
    entry.compressedSize = compressed;
    entry.uncompressedSize = uncompressed;
    entry.localHeaderOffset = offset;
    entry.diskStart = disk;
    entry.zip64Compressed = compressed == kMax32;
    entry.zip64Uncompressed = uncompressed == kMax32;
    entry.zip64Offset = offset == kMax32;
    entry.zip64Disk = disk == kMax16;
    if (!applyZip64(entry))
        return corrupt(path, "zip64 extra field missing or short");
    if (entry.diskStart != 0)
        return unsupported(path, "split archive");
    at += total;
    return entry;
}

} // namespace

ExtraFields ExtraFields::parse(const QByteArray &raw)
{
    ExtraFields result;
    int at = 0;
    while (at + 4 <= raw.size()) {
        const quint16 id = u16(raw.constData() + at);
        const int size = u16(raw.constData() + at + 2);
        if (at + 4 + size > raw.size())
            break;
        result.fields.append({id, raw.mid(at + 4, size)});
        at += 4 + size;
    }
    result.trailing = raw.mid(at);
    return result;
}

QByteArray ExtraFields::serialize() const
{
    QByteArray out;
    for (const ExtraField &field : fields) {
        put16(out, field.id);
        put16(out, quint16(field.data.size()));
        out += field.data;
    }
    return out + trailing;
}

int ExtraFields::indexOf(quint16 id) const
{
    for (int i = 0; i < fields.size(); ++i) {
        if (fields.at(i).id == id)
            return i;
    }
    return -1;
}

Result<Directory> readDirectory(FileIo &io, int fd, qint64 fileSize, const QString &path)
{
    if (fileSize < kEndRecordSize)
        return corrupt(path, "no end of central directory record");
    const qint64 tailSize = std::min<qint64>(fileSize, kEndRecordSize + 0xffff);
    const Result<QByteArray> tail = readAt(io, fd, fileSize - tailSize, tailSize, path);
    if (!tail)
        return tail.error();
    // The last signature whose comment length reaches exactly the end of the file.
    int found = -1;
    for (int p = int(tailSize) - kEndRecordSize; p >= 0; --p) {
        const char *rec = tail->constData() + p;
        if (u32(rec) == kEndSignature && p + kEndRecordSize + u16(rec + 20) == int(tailSize)) {
            found = p;
            break;
        }
    }
    if (found < 0)
        return corrupt(path, "no end of central directory record");

    const char *end = tail->constData() + found;
    const qint64 endOffset = fileSize - tailSize + found;
    Directory directory;
    directory.comment = tail->mid(found + kEndRecordSize);
    if (u16(end + 4) != 0 || u16(end + 6) != 0)
        return unsupported(path, "split archive");
    quint64 entryCount = u16(end + 10);
    directory.centralDirectorySize = u32(end + 12);
    directory.centralDirectoryOffset = u32(end + 16);
    qint64 directoryEnd = endOffset;

    if (endOffset >= kZip64LocatorSize) {
        const Result<QByteArray> locator = readAt(io, fd, endOffset - kZip64LocatorSize, kZip64LocatorSize, path);
        if (!locator)
            return locator.error();
        if (u32(locator->constData()) == kZip64LocatorSignature) {
            const quint64 zip64Offset = u64(locator->constData() + 8);
            if (u32(locator->constData() + 16) > 1)
                return unsupported(path, "split archive");
            if (zip64Offset + kZip64EndSize > quint64(endOffset - kZip64LocatorSize))
                return corrupt(path, "zip64 end record out of range");
            const Result<QByteArray> record = readAt(io, fd, qint64(zip64Offset), kZip64EndSize, path);
            if (!record)
                return record.error();
            const char *r = record->constData();
            if (u32(r) != kZip64EndSignature)
                return corrupt(path, "bad zip64 end record");
            directory.zip64 = true;
            directory.zip64VersionMadeBy = u16(r + 12);
            directory.zip64VersionNeeded = u16(r + 14);
            entryCount = u64(r + 32);
            directory.centralDirectorySize = u64(r + 40);
            directory.centralDirectoryOffset = u64(r + 48);
            directoryEnd = qint64(zip64Offset);
        }
    }

    const quint64 claimedEnd = directory.centralDirectoryOffset + directory.centralDirectorySize;
    if (directory.centralDirectoryOffset > quint64(directoryEnd) || claimedEnd > quint64(directoryEnd))
        return corrupt(path, "central directory out of range");
    if (claimedEnd != quint64(directoryEnd))
        return unsupported(path, "data before or inside the archive");
    if (qint64(directory.centralDirectorySize) > kMaxDirectorySize)
        return unsupported(path, "central directory larger than 256 MiB");
    if (entryCount > directory.centralDirectorySize / kCentralHeaderSize)
        return corrupt(path, "entry count does not fit the central directory");

    const Result<QByteArray> raw = readAt(io, fd, qint64(directory.centralDirectoryOffset),
                                          qint64(directory.centralDirectorySize), path);
    if (!raw)
        return raw.error();
    int at = 0;
    directory.entries.reserve(int(entryCount));
    for (quint64 i = 0; i < entryCount; ++i) {
        Result<CentralEntry> entry = parseCentral(*raw, at, path);
        if (!entry)
            return entry.error();
        directory.entries.append(std::move(entry).value());
    }
    return directory;
}

Result<EntrySpan> entrySpan(FileIo &io, int fd, const CentralEntry &entry, quint64 limit, const QString &path)
{
    if (entry.localHeaderOffset + kLocalHeaderSize > limit)
        return corrupt(path, "local header out of range");
    const Result<QByteArray> header = readAt(io, fd, qint64(entry.localHeaderOffset), kLocalHeaderSize, path);
    if (!header)
        return header.error();
    const char *h = header->constData();
    if (u32(h) != kLocalHeaderSignature)
        return corrupt(path, "bad local header");
    const quint16 flags = u16(h + 6);
    const quint64 nameLength = u16(h + 26);
    const quint64 extraLength = u16(h + 28);

    EntrySpan span;
    span.offset = entry.localHeaderOffset;
    span.dataOffset = entry.localHeaderOffset + kLocalHeaderSize + nameLength + extraLength;
    if (span.dataOffset > limit)
        return corrupt(path, "local header out of range");
    if (extraLength > 0) {
        const Result<QByteArray> extra = readAt(io, fd, qint64(span.dataOffset - extraLength), qint64(extraLength),
                                                path);
        if (!extra)
            return extra.error();
        span.localExtra = ExtraFields::parse(*extra);
    }
    quint64 end = span.dataOffset + entry.compressedSize;
    if (end < span.dataOffset || end > limit)
        return corrupt(path, "entry data out of range");

    if (flags & kFlagDataDescriptor) {
        // The descriptor's signature is optional and its sizes are 4 or 8 bytes wide: take the
        // layout whose CRC and size agree with the central directory.
        const qint64 available = qint64(std::min<quint64>(24, limit - end));
        const Result<QByteArray> tailBytes = readAt(io, fd, qint64(end), available, path);
        if (!tailBytes)
            return tailBytes.error();
        const QByteArray &d = *tailBytes;
        const bool zip64Local = span.localExtra.indexOf(kZip64ExtraId) >= 0;
        quint64 descriptor = 0;
        for (const int start : {4, 0}) {
            if (start == 4 && (d.size() < 4 || u32(d.constData()) != kDataDescriptorSignature))
                continue;
            for (const int width : {zip64Local ? 8 : 4, zip64Local ? 4 : 8}) {
                const int size = start + 4 + 2 * width;
                if (size > d.size() || descriptor != 0)
                    continue;
                const char *p = d.constData() + start;
                const quint64 compressed = width == 8 ? u64(p + 4) : u32(p + 4);
                if (u32(p) == entry.crc32 && compressed == entry.compressedSize)
                    descriptor = quint64(size);
            }
        }
        if (descriptor == 0)
            return corrupt(path, "data descriptor does not match the central directory");
        end += descriptor;
    }
    span.length = end - span.offset;
    return span;
}

QByteArray centralHeader(const CentralEntry &entry)
{
    const bool bigUncompressed = entry.zip64Uncompressed || entry.uncompressedSize >= kMax32;
    const bool bigCompressed = entry.zip64Compressed || entry.compressedSize >= kMax32;
    const bool bigOffset = entry.zip64Offset || entry.localHeaderOffset >= kMax32;
    QByteArray zip64;
    if (bigUncompressed)
        put64(zip64, entry.uncompressedSize);
    if (bigCompressed)
        put64(zip64, entry.compressedSize);
    if (bigOffset)
        put64(zip64, entry.localHeaderOffset);
    if (entry.zip64Disk)
        put32(zip64, entry.diskStart);

    ExtraFields extra = entry.extra;
    const int index = extra.indexOf(kZip64ExtraId);
    if (zip64.isEmpty() && index >= 0)
        extra.fields.removeAt(index);
    else if (!zip64.isEmpty() && index >= 0)
        extra.fields[index].data = zip64;
    else if (!zip64.isEmpty())
        extra.fields.prepend({kZip64ExtraId, zip64});
    const QByteArray extraBytes = extra.serialize();

    QByteArray out;
    out.reserve(kCentralHeaderSize + entry.rawName.size() + extraBytes.size() + entry.comment.size());
    put32(out, kCentralHeaderSignature);
    put16(out, entry.versionMadeBy);
    put16(out, zip64.isEmpty() ? entry.versionNeeded : std::max<quint16>(entry.versionNeeded, 45));
    put16(out, entry.flags);
    put16(out, entry.method);
    put16(out, entry.modTime);
    put16(out, entry.modDate);
    put32(out, entry.crc32);
    put32(out, bigCompressed ? kMax32 : quint32(entry.compressedSize));
    put32(out, bigUncompressed ? kMax32 : quint32(entry.uncompressedSize));
    put16(out, quint16(entry.rawName.size()));
    put16(out, quint16(extraBytes.size()));
    put16(out, quint16(entry.comment.size()));
    put16(out, entry.zip64Disk ? kMax16 : quint16(entry.diskStart));
    put16(out, entry.internalAttributes);
    put32(out, entry.externalAttributes);
    put32(out, bigOffset ? kMax32 : quint32(entry.localHeaderOffset));
    out += entry.rawName;
    out += extraBytes;
    out += entry.comment;
    return out;
}

QByteArray localHeader(const CentralEntry &entry, const QByteArray &extra)
{
    QByteArray out;
    out.reserve(kLocalHeaderSize + entry.rawName.size() + extra.size());
    put32(out, kLocalHeaderSignature);
    put16(out, entry.versionNeeded);
    put16(out, entry.flags);
    put16(out, entry.method);
    put16(out, entry.modTime);
    put16(out, entry.modDate);
    put32(out, entry.crc32);
    put32(out, quint32(entry.compressedSize));
    put32(out, quint32(entry.uncompressedSize));
    put16(out, quint16(entry.rawName.size()));
    put16(out, quint16(extra.size()));
    out += entry.rawName;
    out += extra;
    return out;
}

QByteArray endRecords(const Directory &source, quint64 entryCount, quint64 directoryOffset, quint64 directorySize,
                      bool forceZip64)
{
    const bool zip64 = forceZip64 || entryCount >= kMax16 || directoryOffset >= kMax32 || directorySize >= kMax32;
    QByteArray out;
    if (zip64) {
        const quint64 recordOffset = directoryOffset + directorySize;
        put32(out, kZip64EndSignature);
        put64(out, kZip64EndSize - 12);
        put16(out, source.zip64VersionMadeBy);
        put16(out, std::max<quint16>(source.zip64VersionNeeded, 45));
        put32(out, 0);
        put32(out, 0);
        put64(out, entryCount);
        put64(out, entryCount);
        put64(out, directorySize);
        put64(out, directoryOffset);
        put32(out, kZip64LocatorSignature);
        put32(out, 0);
        put64(out, recordOffset);
        put32(out, 1);
    }
    put32(out, kEndSignature);
    put16(out, 0);
    put16(out, 0);
    put16(out, entryCount >= kMax16 ? kMax16 : quint16(entryCount));
    put16(out, entryCount >= kMax16 ? kMax16 : quint16(entryCount));
    put32(out, directorySize >= kMax32 ? kMax32 : quint32(directorySize));
    put32(out, directoryOffset >= kMax32 ? kMax32 : quint32(directoryOffset));
    put16(out, quint16(source.comment.size()));
    out += source.comment;
    return out;
}

void dosDateTime(qint64 secondsSinceEpoch, quint16 *time, quint16 *date)
{
    const QDateTime local = QDateTime::fromSecsSinceEpoch(secondsSinceEpoch);
    const QDate d = local.date().year() < 1980 ? QDate(1980, 1, 1) : local.date();
    const QTime t = local.date().year() < 1980 ? QTime(0, 0) : local.time();
    *time = quint16(t.hour() << 11 | t.minute() << 5 | t.second() / 2);
    *date = quint16((d.year() - 1980) << 9 | d.month() << 5 | d.day());
}

} // namespace envlens::zipformat
