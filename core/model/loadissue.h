#pragma once

#include <QString>
#include <QVector>

namespace envlens {

// Something that could not be read as it stands, found while opening a model. The ids are the
// loading ids of spec/diagnostics.md (unsafe-entry, symlink-outside, file-too-large,
// file-encoding) plus entry-unreadable (an encrypted or corrupt entry that was skipped); the
// checks turn these into Diagnostics, so the ids and severity words are never translated.
struct LoadIssue
{
    QString id;
    QString severity;   // "warning" or "info"
    QString message;    // translated, for people
    QString file;       // relative to the model root ('/' separators); the raw name for unsafe entries
    int line = 0;       // 1-based; 0 for a finding about a whole file

    bool operator==(const LoadIssue &other) const
    {
        return id == other.id && severity == other.severity && message == other.message && file == other.file
            && line == other.line;
    }
};

using LoadIssues = QVector<LoadIssue>;

namespace loadissue {
inline const QLatin1String kUnsafeEntry("unsafe-entry");
inline const QLatin1String kSymlinkOutside("symlink-outside");
inline const QLatin1String kFileTooLarge("file-too-large");
inline const QLatin1String kFileEncoding("file-encoding");
inline const QLatin1String kEntryUnreadable("entry-unreadable");
} // namespace loadissue

} // namespace envlens
