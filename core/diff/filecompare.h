#pragma once

#include "common/error.h"
#include "diff/modeldiff.h"
#include "model/model.h"

#include <QByteArray>
#include <QString>

namespace envlens {

// Reads one file of a model's source in chunks (a folder's file, or a zip entry through its own
// handle), so that comparing large artifacts never holds one in memory.
class ModelFileStream
{
public:
    // SHA-256 of the file's bytes.
    static Result<QByteArray> sha256(const Model &model, const QString &path);
    // CRC-32 (zip's) of the file's bytes, to compare a folder's file with a zip's recorded CRC.
    static Result<quint32> crc32(const Model &model, const QString &path);
};

// Compares one file present on both sides: size, then the loaded texts, then the zips' recorded
// CRC-32 (a folder's file is CRC'd against a zip's), and only then a streamed SHA-256 of each.
// Each file is read at most once. Fills change, method and error of `diff`.
void compareFileContent(const Model &a, const ModelFile &fa, const Model &b, const ModelFile &fb, FileDiff *diff);

} // namespace envlens
