#pragma once

#include <QtGlobal>

namespace envlens {

// Caps that keep a hostile or mistaken input (zip bomb, a home folder opened by accident, a
// multi-gigabyte "requirements.txt") from exhausting time or memory while a model is opened.
struct LoadLimits
{
    int maxEntries = 100000;                     // entries listed in a zip or walked in a folder
    qint64 maxTextFileBytes = 8 * 1024 * 1024;   // larger text files are listed, not read
    qint64 maxTotalReadBytes = 64 * 1024 * 1024; // uncompressed bytes read over the whole load
    qint64 maxCompressionRatio = 200;            // uncompressed:compressed, above which an entry is not read
    qint64 ratioCheckMinBytes = 1024 * 1024;     // small entries may compress arbitrarily well
    int maxIncludeDepth = 16;                    // nested -r / -c includes in requirements files
};

} // namespace envlens
