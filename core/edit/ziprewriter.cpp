#include "edit/ziprewriter.h"

#include "edit/zipformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <zlib.h>

#include <algorithm>
#include <vector>

namespace envlens {

using namespace zipformat;

namespace {

constexpr quint16 kExtraNtfs = 0x000a;
constexpr quint16 kExtraUnixOld = 0x5855;
constexpr quint16 kExtraTimestamp = 0x5455;
constexpr quint16 kExtraStrongEncryption = 0x0017;
constexpr quint16 kExtraAes = 0x9901;
// How much of a raw copy goes to the disk at a time (see flushPending in rewrite()).
constexpr quint64 kCopyStep = quint64(64) << 20;

// lupdate files EditText::tr() under the same context the code asks for at run time.
class EditText
{
    Q_DECLARE_TR_FUNCTIONS(envlens::EditText)
};

Error failure(const QString &message, const QString &file)
{
    Error error;
    error.message = message;
    error.file = file;
    return error;
}

Error ioFailure(const QString &what, const QString &file, const Error &cause)
{
    return failure(what.arg(file, cause.message), file);
}

struct Payload
{
    QByteArray stored;  // what goes after the local header
    quint32 crc = 0;
    quint64 size = 0;
    quint16 method = kMethodStored;
};

// Raw deflate (no zlib wrapper), as zip entries hold it; stored when deflate does not shrink.
Payload makePayload(const QByteArray &data, int level)
{
    Payload payload;
    payload.size = quint64(data.size());
    payload.crc = quint32(::crc32(0L, reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size())));
    z_stream stream {};
    if (deflateInit2(&stream, level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) == Z_OK) {
        QByteArray out(int(deflateBound(&stream, uLong(data.size()))), Qt::Uninitialized);
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
        stream.avail_in = uInt(data.size());
        stream.next_out = reinterpret_cast<Bytef *>(out.data());
        stream.avail_out = uInt(out.size());
        const int status = deflate(&stream, Z_FINISH);
        const qint64 produced = qint64(stream.total_out);
        deflateEnd(&stream);
        if (status == Z_STREAM_END && produced < data.size()) {
            out.truncate(int(produced));
            payload.stored = out;
            payload.method = kMethodDeflated;
            return payload;
        }
    }
    payload.stored = data;
    return payload;
}

// Extra fields of an entry written anew: no zip64 field (the sizes fit), no encryption headers,
// no timestamps that would contradict the new modification time, except the extended timestamp,
// whose modification time is updated.
ExtraFields refreshedExtra(const ExtraFields &extra, qint64 now)
{
    ExtraFields result;
    for (ExtraField field : extra.fields) {
        if (field.id == kZip64ExtraId || field.id == kExtraNtfs || field.id == kExtraUnixOld
            || field.id == kExtraStrongEncryption || field.id == kExtraAes)
            continue;
        if (field.id == kExtraTimestamp && field.data.size() >= 5 && (field.data.at(0) & 1)) {
            const quint32 seconds = quint32(now);
            for (int i = 0; i < 4; ++i)
                field.data[1 + i] = char((seconds >> (8 * i)) & 0xff);
        }
        result.fields.append(field);
    }
    return result;
}

CentralEntry refreshedEntry(const CentralEntry &original, const Payload &payload, qint64 now)
{
    CentralEntry entry = original;
    entry.versionNeeded = 20;
    entry.flags = original.flags & kFlagUtf8;
    entry.method = payload.method;
    dosDateTime(now, &entry.modTime, &entry.modDate);
    entry.crc32 = payload.crc;
    entry.compressedSize = quint64(payload.stored.size());
    entry.uncompressedSize = payload.size;
    entry.zip64Compressed = entry.zip64Uncompressed = entry.zip64Offset = entry.zip64Disk = false;
    entry.diskStart = 0;
    entry.extra = refreshedExtra(original.extra, now);
    return entry;
}

CentralEntry newEntry(const QString &name, const Payload &payload, qint64 now)
{
    CentralEntry entry;
    entry.rawName = name.toUtf8();
    entry.name = name;
    bool ascii = true;
    for (const char c : entry.rawName)
        ascii = ascii && quint8(c) < 0x80;
    entry.versionMadeBy = quint16(3 << 8 | 30); // Unix, so the permission bits below are read
    entry.versionNeeded = 20;
    entry.flags = ascii ? 0 : kFlagUtf8;
    entry.method = payload.method;
    dosDateTime(now, &entry.modTime, &entry.modDate);
    entry.crc32 = payload.crc;
    entry.compressedSize = quint64(payload.stored.size());
    entry.uncompressedSize = payload.size;
    entry.externalAttributes = quint32(0100644) << 16;
    return entry;
}

bool safeEntryName(const QString &name)
{
    if (name.isEmpty() || name.startsWith(QLatin1Char('/')) || name.contains(QLatin1Char('\\'))
        || name.endsWith(QLatin1Char('/')))
        return false;
    const QStringList parts = name.split(QLatin1Char('/'));
    return !parts.contains(QStringLiteral("..")) && !parts.contains(QStringLiteral("."))
        && !parts.contains(QString());
}

// What a rewrite leaves behind until it succeeds: removed on every way out.
class Scratch
{
public:
    explicit Scratch(FileIo &io) : m_io(io) {}
    ~Scratch() { clean(); }
    Scratch(const Scratch &) = delete;
    Scratch &operator=(const Scratch &) = delete;

    // Removes what is left; returns the paths it could not remove.
    QStringList clean()
    {
        QStringList left;
        if (tempFd >= 0)
            m_io.close(tempFd);
        tempFd = -1;
        for (QString *path : {&tempPath, &keepPath}) {
            if (!path->isEmpty() && m_io.remove(*path))
                left << *path;
            path->clear();
        }
        return left;
    }

    Error withLeftovers(Error error)
    {
        const QStringList left = clean();
        if (!left.isEmpty())
            error.message
                += QLatin1Char(' ') + EditText::tr("(could not remove %1)").arg(left.join(QLatin1String(", ")));
        return error;
    }

    int tempFd = -1;
    QString tempPath;
    QString keepPath;

private:
    FileIo &m_io;
};

struct Plan
{
    int source = -1;     // index in the source directory, or -1 for an added entry
    QString addedName;
    bool replace = false;
    EntrySpan span;
};

// Puts the finished temporary archive under its final name. In place, the original stays
// reachable (hard link, or a copy when a backup is wanted and links are not possible) until the
// directory fsync has made the rename durable, so that any failure up to then restores it.
Result<ZipRewriteResult> commit(FileIo &io, Scratch &scratch, const QString &zipPath, const QString &destination,
                                bool inPlace, const ZipRewriteOptions &options, ZipRewriteResult result)
{
    const QString directory = QFileInfo(destination).absolutePath();
    const QString baseName = QFileInfo(destination).fileName();
    const bool backup = inPlace && !options.backupPath.isEmpty();
    bool destinationExisted = false;
    if (inPlace) {
        const Result<QString> keep = linkToHiddenName(io, zipPath, directory, baseName);
        if (keep) {
            scratch.keepPath = *keep;
        } else if (backup) {
            const Result<QString> copy = copyToTemp(io, zipPath, directory, baseName);
            if (!copy)
                return scratch.withLeftovers(
                    ioFailure(EditText::tr("Could not back up %1: %2"), zipPath, copy.error()));
            scratch.keepPath = *copy;
        }
    } else {
        const Result<FileStatus> existing = io.status(destination);
        destinationExisted = !existing || existing->exists;
    }

    if (IoStatus error = io.rename(scratch.tempPath, destination))
        return scratch.withLeftovers(ioFailure(EditText::tr("Could not replace %1: %2"), destination, *error));
    scratch.tempPath.clear();

    QString original = scratch.keepPath;
    auto rollback = [&](const Error &cause) {
        Error error = ioFailure(EditText::tr("Could not write %1: %2"), destination, cause);
        if (inPlace) {
            if (io.rename(original, destination)) {
                error.message += QLatin1Char(' ')
                    + EditText::tr("(the new archive is in place; the original is kept as %1)").arg(original);
            }
            if (original == scratch.keepPath)
                scratch.keepPath.clear();
        } else {
            io.remove(destination);
        }
        return scratch.withLeftovers(error);
    };
    const bool canRollBack = inPlace ? !original.isEmpty() : !destinationExisted;

    if (backup) {
        if (IoStatus error = io.rename(scratch.keepPath, options.backupPath))
            return rollback(*error);
        original = options.backupPath;
        scratch.keepPath.clear();
        result.backupPath = options.backupPath;
    }
    if (IoStatus error = io.syncDirectory(directory)) {
        if (canRollBack)
            return rollback(*error);
        result.warnings
            << ioFailure(EditText::tr("The rename of %1 may not be durable: %2"), destination, *error).message;
    }
    const QString backupDirectory = QFileInfo(options.backupPath).absolutePath();
    if (backup && backupDirectory != directory) {
        if (IoStatus error = io.syncDirectory(backupDirectory))
            result.warnings
                << ioFailure(EditText::tr("The backup %1 may not be durable: %2"), options.backupPath, *error).message;
    }
    for (const QString &left : scratch.clean())
        result.warnings << EditText::tr("Could not remove the temporary file %1").arg(left);
    result.writtenPath = destination;
    return result;
}

} // namespace

ZipRewriter::ZipRewriter(FileIo &io) : m_io(io) {}

Result<ZipRewriteResult> ZipRewriter::rewrite(const QString &zipPath, const QMap<QString, QByteArray> &entries,
                                              const ZipRewriteOptions &options) const
{
    const QString destination = QFileInfo(options.outputPath.isEmpty() ? zipPath : options.outputPath)
                                    .absoluteFilePath();
    const bool inPlace = destination == QFileInfo(zipPath).absoluteFilePath();
    const QString directory = QFileInfo(destination).absolutePath();
    const QString baseName = QFileInfo(destination).fileName();
    const qint64 now = QDateTime::currentSecsSinceEpoch();

    const Result<FileStatus> sourceStatus = m_io.status(zipPath);
    if (!sourceStatus)
        return ioFailure(EditText::tr("Could not read %1: %2"), zipPath, sourceStatus.error());
    if (!sourceStatus->exists || sourceStatus->isDirectory)
        return failure(EditText::tr("%1 is not a zip file").arg(zipPath), zipPath);
    const Result<int> opened = m_io.openRead(zipPath);
    if (!opened)
        return ioFailure(EditText::tr("Could not read %1: %2"), zipPath, opened.error());
    const ScopedFd source(m_io, *opened);
    const Result<Directory> read = readDirectory(m_io, source.get(), sourceStatus->size, zipPath);
    if (!read)
        return read.error();
    const Directory &directoryRecord = *read;

    // Decide each entry's fate and locate every source byte range before writing anything.
    ZipRewriteResult result;
    const QSet<QString> removed(options.removedEntries.cbegin(), options.removedEntries.cend());
    QSet<QString> present;
    std::vector<Plan> plan;
    for (int i = 0; i < directoryRecord.entries.size(); ++i) {
        const CentralEntry &entry = directoryRecord.entries.at(i);
        present.insert(entry.name);
        if (removed.contains(entry.name)) {
            ++result.removedEntries;
            continue;
        }
        const Result<EntrySpan> span = entrySpan(m_io, source.get(), entry, directoryRecord.centralDirectoryOffset,
                                                 zipPath);
        if (!span)
            return span.error();
        plan.push_back({i, QString(), entries.contains(entry.name), *span});
    }
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        if (present.contains(it.key()))
            continue;
        if (!safeEntryName(it.key()))
            return failure(EditText::tr("Invalid zip entry name: %1").arg(it.key()), zipPath);
        plan.push_back({-1, it.key(), true, {}});
    }

    Scratch scratch(m_io);
    const Result<TempFile> temp = m_io.createTemp(directory, baseName);
    if (!temp)
        return ioFailure(EditText::tr("Could not create a temporary file beside %1: %2"), destination, temp.error());
    scratch.tempFd = temp->fd;
    scratch.tempPath = temp->path;
    const int out = temp->fd;
    auto writeFailed = [&](const Error &cause) {
        return scratch.withLeftovers(ioFailure(EditText::tr("Could not write %1: %2"), destination, cause));
    };
    if (IoStatus error = m_io.setMode(out, sourceStatus->mode))
        return writeFailed(*error);

    // Unchanged entries that follow each other in the source are copied as one range, in steps
    // whose write-back starts as soon as each is copied, so that the disk writes while the next
    // step copies and the final fsync waits for little more than the last step.
    quint64 position = 0;
    quint64 pendingOffset = 0;
    quint64 pendingLength = 0;
    auto flushPending = [&]() -> IoStatus {
        quint64 written = position - pendingLength;
        while (pendingLength > 0) {
            const quint64 step = std::min<quint64>(pendingLength, kCopyStep);
            if (IoStatus error = m_io.copyRange(source.get(), qint64(pendingOffset), qint64(step), out))
                return error;
            if (step == kCopyStep) {
                if (IoStatus error = m_io.startWriteback(out, qint64(written), qint64(step)))
                    return error;
            }
            pendingOffset += step;
            pendingLength -= step;
            written += step;
        }
        return std::nullopt;
    };

    QByteArray centralDirectory;
    for (const Plan &item : plan) {
        CentralEntry entry;
        if (!item.replace) {
            entry = directoryRecord.entries.at(item.source);
            if (pendingLength == 0 || pendingOffset + pendingLength != item.span.offset) {
                if (IoStatus error = flushPending())
                    return writeFailed(*error);
                pendingOffset = item.span.offset;
            }
            pendingLength += item.span.length;
            entry.localHeaderOffset = position;
            position += item.span.length;
            ++result.copiedEntries;
        } else {
            if (IoStatus error = flushPending())
                return writeFailed(*error);
            const bool added = item.source < 0;
            const QString name = added ? item.addedName : directoryRecord.entries.at(item.source).name;
            const Payload payload = makePayload(entries.value(name), options.compressionLevel);
            entry = added ? newEntry(name, payload, now)
                          : refreshedEntry(directoryRecord.entries.at(item.source), payload, now);
            entry.localHeaderOffset = position;
            const QByteArray header = localHeader(entry, refreshedExtra(item.span.localExtra, now).serialize());
            if (IoStatus error = m_io.write(out, header.constData(), header.size()))
                return writeFailed(*error);
            if (IoStatus error = m_io.write(out, payload.stored.constData(), payload.stored.size()))
                return writeFailed(*error);
            position += quint64(header.size() + payload.stored.size());
            ++(added ? result.addedEntries : result.replacedEntries);
        }
        centralDirectory += centralHeader(entry);
    }
    if (IoStatus error = flushPending())
        return writeFailed(*error);
    const quint64 directoryOffset = position;
    const quint64 directorySize = quint64(centralDirectory.size());
    centralDirectory += endRecords(directoryRecord, quint64(plan.size()), directoryOffset, directorySize,
                                   directoryRecord.zip64);
    if (IoStatus error = m_io.write(out, centralDirectory.constData(), centralDirectory.size()))
        return writeFailed(*error);
    result.archiveSize = directoryOffset + quint64(centralDirectory.size());
    if (IoStatus error = m_io.sync(out))
        return writeFailed(*error);
    scratch.tempFd = -1;
    if (IoStatus error = m_io.close(out))
        return writeFailed(*error);

    return commit(m_io, scratch, zipPath, destination, inPlace, options, result);
}

} // namespace envlens
