#include "model/modelsignature.h"

#include "documents/mlmodeldocument.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace envlens {

namespace {

// lupdate files ModelText::tr() under the same context the code asks for at run time.
class ModelText
{
    Q_DECLARE_TR_FUNCTIONS(envlens::ModelText)
};

QString compactJson(const QJsonValue &value)
{
    // QJsonDocument holds only arrays and objects: wrap the value and strip the brackets.
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.constData() + 1, json.size() - 2);
}

QString describeType(const QJsonObject &spec, int depth = 0);

QString describeObject(const QJsonObject &spec, int depth)
{
    QStringList properties;
    const QJsonObject props = spec.value(QLatin1String("properties")).toObject();
    for (auto it = props.begin(); it != props.end(); ++it)
        properties << it.key() + QLatin1String(": ") + describeType(it.value().toObject(), depth + 1);
    return QLatin1String("object {") + properties.join(QLatin1String(", ")) + QLatin1Char('}');
}

// Nested arrays and objects are shown in full up to a depth that still fits a table cell.
QString describeType(const QJsonObject &spec, int depth)
{
    const QString type = spec.value(QLatin1String("type")).toString();
    if (depth > 4)
        return QStringLiteral("…");
    if (type == QLatin1String("tensor")) {
        const QJsonObject tensor = spec.value(QLatin1String("tensor-spec")).toObject();
        return QStringLiteral("tensor<%1>").arg(tensor.value(QLatin1String("dtype")).toString());
    }
    if (type == QLatin1String("array"))
        return QStringLiteral("array<%1>").arg(describeType(spec.value(QLatin1String("items")).toObject(), depth + 1));
    if (type == QLatin1String("object"))
        return describeObject(spec, depth);
    if (type == QLatin1String("map"))
        return QStringLiteral("map<string, %1>").arg(describeType(spec.value(QLatin1String("values")).toObject(), depth + 1));
    return type;
}

QString describeShape(const QJsonObject &spec)
{
    QJsonArray dims;
    if (spec.value(QLatin1String("type")).toString() == QLatin1String("tensor"))
        dims = spec.value(QLatin1String("tensor-spec")).toObject().value(QLatin1String("shape")).toArray();
    else if (!spec.value(QLatin1String("shape")).isUndefined() && !spec.value(QLatin1String("shape")).isNull())
        return compactJson(spec.value(QLatin1String("shape")));
    else
        return {};
    QStringList parts;
    for (const QJsonValue &dim : dims)
        parts << QString::number(dim.toInt());
    return QLatin1Char('(') + parts.join(QLatin1String(", ")) + QLatin1Char(')');
}

QString describeNote(const QJsonObject &spec)
{
    if (spec.contains(QLatin1String("default"))) {
        const QJsonValue value = spec.value(QLatin1String("default"));
        return ModelText::tr("default %1").arg(value.isString() ? value.toString() : compactJson(value));
    }
    if (spec.contains(QLatin1String("required")))
        return spec.value(QLatin1String("required")).toBool() ? ModelText::tr("required") : ModelText::tr("optional");
    return {};
}

void readPart(const YamlField &field, SignatureEntry::Part part, const QString &key, ModelSignature &signature)
{
    if (!field.isPresent() || field.isNull())
        return;
    QJsonParseError parseError{};
    const QJsonDocument json = QJsonDocument::fromJson(field.text().toUtf8(), &parseError);
    const TextPos where = field.value.start();
    if (parseError.error != QJsonParseError::NoError || !json.isArray()) {
        const QString reason = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                            : ModelText::tr("not a JSON list of specs");
        signature.problems.append(Error { ModelText::tr("signature.%1 is not readable: %2").arg(key, reason),
            QStringLiteral("MLmodel"), where.line, where.column });
        return;
    }
    const QJsonArray specs = json.array();
    for (const QJsonValue &value : specs) {
        const QJsonObject spec = value.toObject();
        signature.entries.append(SignatureEntry{part, spec.value(QLatin1String("name")).toString(), describeType(spec),
                                                describeShape(spec), describeNote(spec)});
    }
}

} // namespace

ModelSignature ModelSignature::fromMLmodel(const MLmodelDocument &document)
{
    ModelSignature signature;
    signature.present = document.signature().isPresent() && !document.signature().isNull();
    if (!signature.present)
        return signature;
    readPart(document.signatureInputs(), SignatureEntry::Part::Input, QStringLiteral("inputs"), signature);
    readPart(document.signatureOutputs(), SignatureEntry::Part::Output, QStringLiteral("outputs"), signature);
    readPart(document.signatureParams(), SignatureEntry::Part::Param, QStringLiteral("params"), signature);
    return signature;
}

} // namespace envlens
