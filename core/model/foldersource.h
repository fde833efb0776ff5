#pragma once

#include "model/modelsource.h"

namespace envlens {

// A model folder on disk, walked once when opened. Symlinks are listed; one whose target leaves
// the folder (or does not exist) is not followed and not readable; a symlink to a directory is
// never descended into, so link cycles cannot trap the walk.
class FolderSource final : public ModelSource
{
public:
    static Result<std::unique_ptr<FolderSource>> open(const QString &absolutePath, const LoadLimits &limits);

    SourceKind kind() const override { return SourceKind::Folder; }
    Result<QByteArray> read(const QString &path, qint64 cap) const override;
    SourceFingerprint fingerprint() const override;

private:
    FolderSource() = default;
    bool walk(const LoadLimits &limits, Error *error);

    QString m_canonicalRoot;
};

} // namespace envlens
