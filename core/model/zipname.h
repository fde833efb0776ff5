#pragma once

#include <QByteArray>
#include <QString>

namespace envlens {

// The name of a zip entry as its bytes and the UTF-8 flag (general purpose bit 11) give it, for
// every reader and writer of zips in EnvLens: flagged names are UTF-8; unflagged ones are UTF-8
// when the bytes are valid UTF-8 (what Linux and macOS writers store without setting the flag),
// and IBM code page 437 otherwise, as PKWARE's APPNOTE (appendix D) says and Windows writers do.
QString decodeZipEntryName(const QByteArray &raw, bool utf8Flag);

} // namespace envlens
