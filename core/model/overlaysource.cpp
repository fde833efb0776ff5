#include "model/overlaysource.h"

#include <QCoreApplication>

namespace envlens {

namespace {

class OverlayText
{
    Q_DECLARE_TR_FUNCTIONS(envlens::OverlaySource)
};

SourceEntry entryOf(const ModelFile &file)
{
    SourceEntry entry;
    entry.path = file.path;
    entry.size = file.size;
    entry.compressedSize = file.compressedSize;
    entry.crc32 = file.crc32;
    entry.hasCrc = file.hasCrc;
    entry.isSymlink = file.isSymlink;
    entry.readable = file.readable;
    return entry;
}

SourceEntry entryOf(const QString &path, const QByteArray &bytes)
{
    SourceEntry entry;
    entry.path = path;
    entry.size = entry.compressedSize = bytes.size();
    return entry;
}

} // namespace

OverlaySource::OverlaySource(const Model &model, const QHash<QString, QByteArray> &replaced)
    : m_model(model), m_replaced(replaced)
{
    m_path = model.sourcePath;
    for (const ModelFile &file : model.files) {
        const auto it = m_replaced.constFind(file.path);
        addEntry(it == m_replaced.constEnd() ? entryOf(file) : entryOf(file.path, it.value()));
    }
    for (auto it = m_replaced.constBegin(); it != m_replaced.constEnd(); ++it) {
        if (!model.file(it.key()))
            addEntry(entryOf(it.key(), it.value()));
    }
    // Findings of the listing belong to the files, not to their bytes: they stand as they were.
    for (const LoadIssue &issue : model.issues) {
        if (issue.id == loadissue::kUnsafeEntry || issue.id == loadissue::kSymlinkOutside)
            m_issues.append(issue);
    }
}

Result<QByteArray> OverlaySource::read(const QString &path, qint64 cap) const
{
    const auto replaced = m_replaced.constFind(path);
    if (replaced != m_replaced.constEnd())
        return replaced.value();
    const TextFile *text = m_model.text(path);
    if (text)
        return text->bytes();
    return readOriginal(path, cap);
}

Result<QByteArray> OverlaySource::readOriginal(const QString &path, qint64 cap) const
{
    if (!m_original) {
        auto opened = ModelSource::open(m_model.sourcePath);
        if (!opened) {
            m_failure = Error{OverlayText::tr("%1 is not in memory and the model cannot be opened again: %2")
                                  .arg(path, opened.error().message),
                              path};
            return *m_failure;
        }
        m_original = std::move(opened).value();
    }
    Result<QByteArray> bytes = m_original->read(m_model.root + path, cap);
    if (!bytes && !m_failure)
        m_failure = Error{bytes.error().message, path};
    return bytes;
}

} // namespace envlens
