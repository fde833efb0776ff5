#include "edit/changeset.h"

namespace envlens {

const FileChange *ChangeSet::file(const QString &path) const
{
    for (const FileChange &change : files) {
        if (change.path == path)
            return &change;
    }
    return nullptr;
}

QMap<QString, QByteArray> ChangeSet::contents() const
{
    QMap<QString, QByteArray> result;
    for (const FileChange &change : files)
        result.insert(change.path, change.newBytes);
    return result;
}

QString ChangeSet::unifiedDiff() const
{
    QString result;
    for (const FileChange &change : files)
        result += change.diff;
    return result;
}

} // namespace envlens
