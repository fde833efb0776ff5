#include "model/foldersource.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace envlens {

namespace {

// lupdate files ModelText::tr() under the same context the code asks for at run time.
class ModelText
{
    Q_DECLARE_TR_FUNCTIONS(envlens::ModelText)
};

bool isInside(const QString &canonicalPath, const QString &canonicalRoot)
{
    return canonicalPath == canonicalRoot || canonicalPath.startsWith(canonicalRoot + QLatin1Char('/'));
}

} // namespace

Result<std::unique_ptr<FolderSource>> FolderSource::open(const QString &absolutePath, const LoadLimits &limits)
{
    std::unique_ptr<FolderSource> source(new FolderSource);
    source->m_path = QDir::cleanPath(absolutePath);
    source->m_canonicalRoot = QFileInfo(absolutePath).canonicalFilePath();
    if (!QFileInfo(absolutePath).isReadable() || !QDir(absolutePath).isReadable())
        return Error { ModelText::tr("permission denied"), absolutePath };
    Error error;
    if (!source->walk(limits, &error))
        return error;
    return source;
}

bool FolderSource::walk(const LoadLimits &limits, Error *error)
{
    const QDir::Filters filters = QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System;
    QStringList pending{QString()};
    while (!pending.isEmpty()) {
        const QString relDir = pending.takeLast();
        const QDir dir(relDir.isEmpty() ? m_path : m_path + QLatin1Char('/') + relDir);
        const QFileInfoList infos = dir.entryInfoList(filters, QDir::Name);
        for (const QFileInfo &info : infos) {
            if (m_entries.size() >= limits.maxEntries) {
                *error = Error { ModelText::tr(
                                     "the folder holds more than %1 files and folders; open the model folder itself")
                                     .arg(limits.maxEntries),
                    m_path };
                return false;
            }
            SourceEntry entry;
            entry.path = relDir.isEmpty() ? info.fileName() : relDir + QLatin1Char('/') + info.fileName();
            entry.isSymlink = info.isSymLink();
            entry.mtimeMsecs = info.lastModified().toMSecsSinceEpoch();
            if (entry.isSymlink) {
                const QString target = info.canonicalFilePath();
                if (target.isEmpty() || !isInside(target, m_canonicalRoot)) {
                    entry.readable = false;
                    m_issues.append({ QString(loadissue::kSymlinkOutside), QStringLiteral("warning"),
                        target.isEmpty()
                            ? ModelText::tr("symbolic link to %1 does not resolve; it was not followed")
                                  .arg(info.symLinkTarget())
                            : ModelText::tr("symbolic link points outside the model folder (%1); it was not followed")
                                  .arg(info.symLinkTarget()),
                        entry.path, 0 });
                    addEntry(std::move(entry));
                    continue;
                }
            }
            if (info.isDir()) {
                entry.isDir = true;
                if (!entry.isSymlink)
                    pending.append(entry.path);
            } else if (info.isFile()) {
                entry.size = info.size();
                entry.compressedSize = entry.size;
            } else {
                entry.readable = false; // sockets, FIFOs, devices: reading could block forever
            }
            addEntry(std::move(entry));
        }
    }
    return true;
}

Result<QByteArray> FolderSource::read(const QString &path, qint64 cap) const
{
    const SourceEntry *found = entry(path);
    if (!found || found->isDir)
        return Error { ModelText::tr("no such file in the model"), path };
    if (!found->readable)
        return Error { ModelText::tr("not read: it is not a regular file inside the model folder"), path };
    QFile file(m_path + QLatin1Char('/') + path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { file.error() == QFileDevice::PermissionsError ? ModelText::tr("permission denied")
                                                                     : file.errorString(),
            path };
    if (file.size() > cap)
        return Error { ModelText::tr("%1 bytes, over the read limit of %2 bytes").arg(file.size()).arg(cap), path };
    // Ask for what the file holds, not for the cap: a buffer of the cap's size per file costs an
    // mmap and munmap each, which dominated opening a folder of thousands of code files.
    QByteArray data = file.read(std::min(cap, file.size()) + 1);
    if (data.size() > cap)
        return Error { ModelText::tr("over the read limit of %1 bytes").arg(cap), path };
    if (file.error() != QFileDevice::NoError)
        return Error{file.errorString(), path};
    return data;
}

SourceFingerprint FolderSource::fingerprint() const
{
    SourceFingerprint fingerprint;
    for (const SourceEntry &e : m_entries) {
        if (!e.isDir)
            fingerprint.items.append({e.path, e.size, e.mtimeMsecs});
    }
    return fingerprint;
}

} // namespace envlens
