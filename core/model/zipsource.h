#pragma once

#include "model/modelsource.h"

#include <QFile>
#include <QHash>

namespace envlens {

// A zip archive read in place. The file is memory-mapped; the central directory (zip64 included)
// is parsed once and every entry is read by its recorded local-header offset, stored or inflated
// with zlib straight from the mapping, its CRC-32 checked. Only the pages an entry spans are ever
// touched, so a 1 GiB weights file costs nothing. (QuaZip, which the writer uses, reads headers a
// byte at a time through QIODevice: too slow for thousands of entries under the 100 ms goal.)
class ZipSource final : public ModelSource
{
public:
    static Result<std::unique_ptr<ZipSource>> open(const QString &absolutePath, const LoadLimits &limits);

    SourceKind kind() const override { return SourceKind::Zip; }
    Result<QByteArray> read(const QString &path, qint64 cap) const override;
    SourceFingerprint fingerprint() const override;

private:
    ZipSource() = default;
    bool list(const LoadLimits &limits, Error *error);

    struct Location
    {
        quint64 localHeader = 0;
        quint16 method = 0;
    };
    QFile m_file;
    const uchar *m_data = nullptr;
    qint64 m_fileSize = 0;
    qint64 m_fileMtime = 0;
    QHash<QString, Location> m_locations;
};

} // namespace envlens
