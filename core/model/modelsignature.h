#pragma once

#include "common/error.h"

#include <QString>
#include <QVector>

namespace envlens {

class MLmodelDocument;

// One column, output or parameter of an MLflow signature, described for people: MLflow stores
// each part as JSON text inside a YAML string, in several schema shapes (column specs, tensor
// specs, arrays and objects, params with defaults).
struct SignatureEntry
{
    enum class Part { Input, Output, Param };

    Part part = Part::Input;
    QString name;    // empty when MLflow recorded none (an unnamed output, say)
    QString type;    // "double", "tensor<float64>", "array<object {content: string}>", …
    QString shape;   // "(-1, 4)" for tensors, "[3]" for params with a shape, else empty
    QString note;    // "required", "optional", "default 0.5", or empty
};

struct ModelSignature
{
    bool present = false;              // the MLmodel has a non-null `signature`
    QVector<SignatureEntry> entries;   // inputs, then outputs, then params, in file order
    QVector<Error> problems;           // a part that is not a JSON array of specs, with its line

    static ModelSignature fromMLmodel(const MLmodelDocument &document);
};

} // namespace envlens
