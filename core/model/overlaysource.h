#pragma once

#include "model/model.h"
#include "model/modelsource.h"

#include <QHash>

#include <memory>
#include <optional>

namespace envlens {

// A loaded model's files seen as a source rooted at the model, with some files given new bytes
// (or added): what the model's source would hold once those bytes are written. Reads come from
// the new bytes, then from the text the model already read; only a file the first load did not
// read is fetched from the original folder or zip, which is opened on that first need.
class OverlaySource final : public ModelSource
{
public:
    OverlaySource(const Model &model, const QHash<QString, QByteArray> &replaced);

    SourceKind kind() const override { return m_model.kind; }
    Result<QByteArray> read(const QString &path, qint64 cap) const override;
    SourceFingerprint fingerprint() const override { return m_model.fingerprint; }

    // The first read that needed the original source and failed: the load then misses a file a
    // write would give it, so its result does not stand for the written model.
    const std::optional<Error> &failure() const { return m_failure; }

private:
    Result<QByteArray> readOriginal(const QString &path, qint64 cap) const;

    const Model &m_model;
    QHash<QString, QByteArray> m_replaced;
    mutable std::unique_ptr<ModelSource> m_original;
    mutable std::optional<Error> m_failure;
};

} // namespace envlens
