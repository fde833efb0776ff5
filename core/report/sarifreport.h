#pragma once

#include "report/checkreport.h"

#include <QByteArray>
#include <QJsonObject>
#include <QVector>

namespace envlens {

// SARIF 2.1.0 (OASIS): one run per model, the driver's rules are the whole diagnostic catalogue.
// Locations are relative URIs against the uriBaseId "MODELROOT" (the model root). Fix-its made of
// text splices become SARIF fixes; every fix-it is also listed under result.properties.fixes
// (SARIF requires artifactChanges in a fix, which the other edit kinds do not have until applied).
class SarifReport
{
public:
    static QString uriBaseId(); // "MODELROOT"
    static QJsonObject toJson(const QVector<CheckReport> &reports);
    static QByteArray format(const QVector<CheckReport> &reports); // indented

    // Exposed for tests and the GUI export: "code/my utils.py" -> "code/my%20utils.py".
    static QString relativeUri(const QString &file);
};

} // namespace envlens
