#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

namespace envlens {

// One file an edit changes: its bytes before and after, and the unified diff between them.
struct FileChange
{
    QString path;          // relative to the model root
    QByteArray oldBytes;   // empty when created
    QByteArray newBytes;
    bool created = false;
    QString diff;          // unified diff (a/PATH, b/PATH) for previews and --dry-run
};

// What applying edits to a model produces: the new bytes of every touched file (files whose bytes
// did not change are not listed), with warnings such as dropped per-line hashes or a package that
// was not required.
struct ChangeSet
{
    QVector<FileChange> files;     // sorted by path
    QStringList warnings;          // translated
    bool needsRelock = false;      // a locked requirement set was edited in its Original block

    bool isEmpty() const { return files.isEmpty(); }
    const FileChange *file(const QString &path) const;
    QMap<QString, QByteArray> contents() const;   // path → new bytes
    QString unifiedDiff() const;                   // every file's diff, in path order
};

} // namespace envlens
