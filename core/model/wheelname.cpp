#include "model/wheelname.h"

#include "pep/names.h"

#include <QStringList>

namespace envlens {

std::optional<WheelName> parseWheelName(const QString &fileName)
{
    QString base = fileName.mid(fileName.lastIndexOf(QLatin1Char('/')) + 1);
    if (!base.endsWith(QLatin1String(".whl"), Qt::CaseInsensitive))
        return std::nullopt;
    base.chop(4);
    const QStringList parts = base.split(QLatin1Char('-'));
    if (parts.size() != 5 && parts.size() != 6)
        return std::nullopt;
    for (const QString &part : parts) {
        if (part.isEmpty())
            return std::nullopt;
    }
    if (parts.size() == 6 && !parts.at(2).at(0).isDigit())
        return std::nullopt; // the build tag must start with a digit
    if (!pep::isValidName(parts.at(0)))
        return std::nullopt;
    return WheelName{parts.at(0), pep::normalizeName(parts.at(0)), parts.at(1)};
}

} // namespace envlens
