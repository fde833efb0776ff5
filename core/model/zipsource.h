#pragma once

#include "model/modelsource.h"

#include <QBuffer>
#include <QFile>
#include <QHash>

#include <memory>

class QuaZip;

namespace envlens {

// A zip archive read in place: the central directory is listed once, entries are read one at a
// time by their recorded position (no name search). Not thread-safe: one reader at a time.
class ZipSource final : public ModelSource
{
public:
    static Result<std::unique_ptr<ZipSource>> open(const QString &absolutePath, const LoadLimits &limits);
    ~ZipSource() override;

    SourceKind kind() const override { return SourceKind::Zip; }
    Result<QByteArray> read(const QString &path, qint64 cap) const override;
    SourceFingerprint fingerprint() const override;

private:
    ZipSource();
    bool openMapped();
    bool list(const LoadLimits &limits, Error *error);

    struct Position
    {
        quint64 directoryOffset = 0;
        quint64 fileNumber = 0;
        quint16 method = 0;
    };
    // The archive is memory-mapped and QuaZip reads it through a QBuffer: seeks and reads become
    // page faults on the few pages an entry spans instead of system calls (issue 4's 100 ms goal).
    QFile m_file;
    QBuffer m_buffer;
    std::unique_ptr<QuaZip> m_zip;
    QHash<QString, Position> m_positions;
    qint64 m_fileSize = 0;
    qint64 m_fileMtime = 0;
};

} // namespace envlens
