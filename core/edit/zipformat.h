#pragma once

#include "common/error.h"
#include "edit/fileio.h"

#include <QByteArray>
#include <QString>
#include <QVector>

// The parts of the zip format (PKWARE APPNOTE 6.3) that rewriting an archive raw needs: the end
// records, central directory headers and local headers, zip64 included, read and written exactly.
namespace envlens::zipformat {

constexpr quint32 kLocalHeaderSignature = 0x04034b50;
constexpr quint32 kCentralHeaderSignature = 0x02014b50;
constexpr quint32 kDataDescriptorSignature = 0x08074b50;
constexpr quint32 kEndSignature = 0x06054b50;
constexpr quint32 kZip64EndSignature = 0x06064b50;
constexpr quint32 kZip64LocatorSignature = 0x07064b50;
constexpr quint16 kZip64ExtraId = 0x0001;
constexpr quint16 kFlagDataDescriptor = 0x0008;
constexpr quint16 kFlagUtf8 = 0x0800;
constexpr quint16 kMethodStored = 0;
constexpr quint16 kMethodDeflated = 8;
constexpr quint32 kMax32 = 0xffffffffu;
constexpr quint16 kMax16 = 0xffffu;

struct ExtraField
{
    quint16 id = 0;
    QByteArray data;
};

// Extra fields in their order; bytes that do not form a whole field stay in `trailing`.
struct ExtraFields
{
    QVector<ExtraField> fields;
    QByteArray trailing;

    static ExtraFields parse(const QByteArray &raw);
    QByteArray serialize() const;
    int indexOf(quint16 id) const;
};

// One central directory header, with the zip64 values already folded into the 64-bit fields.
struct CentralEntry
{
    QByteArray rawName;
    QString name;       // decodeZipEntryName(): UTF-8 when flagged or valid UTF-8, else code page 437
    quint16 versionMadeBy = 0;
    quint16 versionNeeded = 0;
    quint16 flags = 0;
    quint16 method = 0;
    quint16 modTime = 0;
    quint16 modDate = 0;
    quint32 crc32 = 0;
    quint64 compressedSize = 0;
    quint64 uncompressedSize = 0;
    quint32 diskStart = 0;
    quint16 internalAttributes = 0;
    quint32 externalAttributes = 0;
    quint64 localHeaderOffset = 0;
    ExtraFields extra;  // as stored, zip64 field included
    QByteArray comment;
    // Which fixed fields held the 0xFFFFFFFF (0xFFFF) marker, so a rewrite keeps the same layout.
    bool zip64Uncompressed = false;
    bool zip64Compressed = false;
    bool zip64Offset = false;
    bool zip64Disk = false;
};

struct Directory
{
    QVector<CentralEntry> entries;
    QByteArray comment;
    bool zip64 = false;             // the archive has zip64 end records
    quint16 zip64VersionMadeBy = 45;
    quint16 zip64VersionNeeded = 45;
    quint64 centralDirectoryOffset = 0;
    quint64 centralDirectorySize = 0;
};

// The byte range of one entry in its archive: local header, data, data descriptor.
struct EntrySpan
{
    quint64 offset = 0;
    quint64 length = 0;
    quint64 dataOffset = 0;         // where the compressed data starts
    ExtraFields localExtra;
};

// Reads the end records and the central directory. Refuses split archives, archives with bytes
// prepended to them and directories that do not fit in the file.
Result<Directory> readDirectory(FileIo &io, int fd, qint64 fileSize, const QString &path);

// Locates the entry's local header, data and data descriptor, checking them against the
// central directory; the span must end at or before `limit` (the central directory offset).
Result<EntrySpan> entrySpan(FileIo &io, int fd, const CentralEntry &entry, quint64 limit, const QString &path);

// A central directory header for entry; sizes and offset go to the zip64 field when they need it
// or were there before, with the other extra fields kept in their order.
QByteArray centralHeader(const CentralEntry &entry);

// A local header for a newly written entry (sizes known up front: no data descriptor).
QByteArray localHeader(const CentralEntry &entry, const QByteArray &extra);

// The end of central directory record, preceded by the zip64 end record and locator when the
// counts or offsets need them or `forceZip64` (the source archive had them).
QByteArray endRecords(const Directory &source, quint64 entryCount, quint64 directoryOffset, quint64 directorySize,
                      bool forceZip64);

// MS-DOS date and time of a local date-time, as zip headers store them.
void dosDateTime(qint64 secondsSinceEpoch, quint16 *time, quint16 *date);

} // namespace envlens::zipformat
