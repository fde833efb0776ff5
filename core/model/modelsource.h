#pragma once

#include "common/error.h"
#include "model/loadissue.h"
#include "model/loadlimits.h"

#include <QByteArray>
#include <QDateTime> // fingerprints read QFileInfo::lastModified(); Qt 5 only forward-declares it
#include <QHash>
#include <QString>
#include <QVector>

#include <memory>
#include <optional>

namespace envlens {

enum class SourceKind { Folder, Zip };

// One file or directory of a source, as listed (never read by listing).
struct SourceEntry
{
    QString path;               // relative to the source base, '/' separators, no trailing '/'
    qint64 size = 0;            // uncompressed bytes (a followed symlink: its target's size)
    qint64 compressedSize = 0;  // zips: bytes stored in the archive; folders: = size
    quint32 crc32 = 0;          // zips only (hasCrc)
    bool hasCrc = false;
    bool isDir = false;
    bool isSymlink = false;
    bool readable = true;       // false: listed only (symlink leaving the root, encrypted entry)
    bool encrypted = false;
    qint64 mtimeMsecs = 0;      // folders: last modification, for change detection
};

// What the source looked like when it was read, so a writer can refuse to overwrite a model that
// changed on disk since: mtime and size of every file of a folder, of the zip file itself.
struct SourceFingerprint
{
    struct Item
    {
        QString path;
        qint64 size = 0;
        qint64 mtimeMsecs = 0;
        bool operator==(const Item &o) const { return path == o.path && size == o.size && mtimeMsecs == o.mtimeMsecs; }
        bool operator!=(const Item &o) const { return !(*this == o); }
    };
    QVector<Item> items;

    bool operator==(const SourceFingerprint &o) const { return items == o.items; }
    bool operator!=(const SourceFingerprint &o) const { return !(*this == o); }
};

// A folder or a zip holding one or more models, read in place: entries are listed once when the
// source is opened, then read one at a time into memory, never extracted.
class ModelSource
{
public:
    virtual ~ModelSource() = default;
    ModelSource(const ModelSource &) = delete;
    ModelSource &operator=(const ModelSource &) = delete;

    virtual SourceKind kind() const = 0;

    // Reads one entry (a path of entries()) whole, failing rather than reading more than `cap`
    // bytes; an error names the entry and the reason (missing, encrypted, corrupt, too large).
    virtual Result<QByteArray> read(const QString &path, qint64 cap) const = 0;

    virtual SourceFingerprint fingerprint() const = 0;

    QString path() const { return m_path; }             // absolute path of the folder or zip file
    const QVector<SourceEntry> &entries() const { return m_entries; }
    const SourceEntry *entry(const QString &path) const;
    const LoadIssues &issues() const { return m_issues; } // unsafe-entry, symlink-outside found while listing

    // Opens a folder (walked recursively) or a zip archive (its central directory).
    static Result<std::unique_ptr<ModelSource>> open(const QString &path, const LoadLimits &limits = {});

protected:
    ModelSource() = default;
    void addEntry(SourceEntry entry);

    QString m_path;
    QVector<SourceEntry> m_entries;
    QHash<QString, int> m_index;
    LoadIssues m_issues;
};

// Entry-name hygiene shared by both sources: '\' is read as '/', "." and empty components are
// dropped, and the trailing '/' of a directory goes. std::nullopt when the name escapes the root
// (absolute, a drive letter, a ".." component) and must be ignored.
std::optional<QString> normaliseEntryName(const QString &rawName);

} // namespace envlens
