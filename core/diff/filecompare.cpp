#include "diff/filecompare.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#include <zlib.h>

#include <functional>

namespace envlens {

namespace {

// lupdate files DiffText::tr() under the same context the code asks for at run time.
class DiffText
{
    Q_DECLARE_TR_FUNCTIONS(envlens::DiffText)
};

constexpr qint64 kChunk = 1 << 20;

// Feeds the file to `consume` chunk by chunk; the only place that touches the bytes.
std::optional<Error> stream(const Model &model, const QString &path, const std::function<void(const char *, qint64)> &consume)
{
    QByteArray buffer(int(kChunk), Qt::Uninitialized);
    if (model.kind == SourceKind::Folder) {
        QFile file(QDir(model.sourcePath).filePath(model.root + path));
        if (!file.open(QIODevice::ReadOnly))
            return Error { DiffText::tr("cannot be read: %1").arg(file.errorString()), path };
        for (;;) {
            const qint64 n = file.read(buffer.data(), kChunk);
            if (n < 0)
                return Error { DiffText::tr("cannot be read: %1").arg(file.errorString()), path };
            if (n == 0)
                return std::nullopt;
            consume(buffer.constData(), n);
        }
    }
    QuaZip zip(model.sourcePath);
    if (!zip.open(QuaZip::mdUnzip))
        return Error { DiffText::tr("the zip archive cannot be opened"), model.sourcePath };
    if (!zip.setCurrentFile(model.root + path))
        return Error { DiffText::tr("no such file in the archive"), path };
    QuaZipFile entry(&zip);
    if (!entry.open(QIODevice::ReadOnly))
        return Error { DiffText::tr("the zip entry cannot be opened (error %1)").arg(entry.getZipError()), path };
    for (;;) {
        const qint64 n = entry.read(buffer.data(), kChunk);
        if (n < 0)
            return Error { DiffText::tr("the zip entry is truncated or corrupt (error %1)").arg(entry.getZipError()),
                path };
        if (n == 0)
            break;
        consume(buffer.constData(), n);
    }
    entry.close();
    if (entry.getZipError() != UNZ_OK)
        return Error { DiffText::tr("the zip entry is corrupt (error %1)").arg(entry.getZipError()), path };
    return std::nullopt;
}

void setError(FileDiff *diff, const Error &error)
{
    diff->change = DiffChange::Modified; // cannot be shown equal
    diff->error = error.toString();
}

} // namespace

Result<QByteArray> ModelFileStream::sha256(const Model &model, const QString &path)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const auto consume = [&hash](const char *data, qint64 n) {
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
        hash.addData(QByteArrayView(data, n));
#else
        hash.addData(data, int(n));
#endif
    };
    if (const auto error = stream(model, path, consume))
        return *error;
    return hash.result();
}

Result<quint32> ModelFileStream::crc32(const Model &model, const QString &path)
{
    uLong crc = ::crc32(0L, Z_NULL, 0);
    const auto consume = [&crc](const char *data, qint64 n) {
        crc = ::crc32(crc, reinterpret_cast<const Bytef *>(data), uInt(n));
    };
    if (const auto error = stream(model, path, consume))
        return *error;
    return quint32(crc);
}

void compareFileContent(const Model &a, const ModelFile &fa, const Model &b, const ModelFile &fb, FileDiff *diff)
{
    diff->change = DiffChange::Unchanged;
    if (fa.size != fb.size) {
        diff->method = FileDiff::Method::Size;
        diff->change = DiffChange::Modified;
        return;
    }
    const TextFile *ta = fa.read ? a.text(fa.path) : nullptr;
    const TextFile *tb = fb.read ? b.text(fb.path) : nullptr;
    if (ta && tb) {
        diff->method = FileDiff::Method::Content;
        if (ta->bytes() != tb->bytes())
            diff->change = DiffChange::Modified;
        return;
    }
    if (!fa.readable || !fb.readable) {
        setError(
            diff, Error { DiffText::tr("not readable (an encrypted entry or a link leaving the model)"), fa.path });
        return;
    }
    if (fa.hasCrc || fb.hasCrc) {
        diff->method = FileDiff::Method::Crc32;
        const auto crcOf = [](const Model &m, const ModelFile &f) -> Result<quint32> {
            if (f.hasCrc)
                return f.crc32;
            return ModelFileStream::crc32(m, f.path);
        };
        const Result<quint32> ca = crcOf(a, fa);
        if (!ca)
            return setError(diff, ca.error());
        const Result<quint32> cb = crcOf(b, fb);
        if (!cb)
            return setError(diff, cb.error());
        if (ca.value() != cb.value())
            diff->change = DiffChange::Modified;
        return;
    }
    diff->method = FileDiff::Method::Sha256;
    const Result<QByteArray> ha = ModelFileStream::sha256(a, fa.path);
    if (!ha)
        return setError(diff, ha.error());
    const Result<QByteArray> hb = ModelFileStream::sha256(b, fb.path);
    if (!hb)
        return setError(diff, hb.error());
    if (ha.value() != hb.value())
        diff->change = DiffChange::Modified;
}

} // namespace envlens
