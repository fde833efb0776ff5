#include "documents/lockedrequirements.h"

namespace envlens {

namespace {

const QLatin1String kOriginalHeader("# Original requirements");
const QLatin1String kLockedHeader("# Locked requirements");

} // namespace

QVector<LockRole> lockRoles(const QStringList &lines)
{
    QVector<LockRole> roles(lines.size(), LockRole::None);
    qsizetype original = -1;
    qsizetype locked = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (original < 0 && line == kOriginalHeader)
            original = i;
        else if (original >= 0 && line == kLockedHeader) {
            locked = i;
            break;
        }
    }
    if (original < 0 || locked < 0)
        return roles;
    roles[original] = LockRole::OriginalHeader;
    roles[locked] = LockRole::LockedHeader;
    for (qsizetype i = original + 1; i < locked; ++i) {
        const QString line = lines.at(i).trimmed();
        if (line == QLatin1String("#"))
            roles[i] = LockRole::Separator;
        else if (line.startsWith(QLatin1Char('#')))
            roles[i] = LockRole::Original;
    }
    for (qsizetype i = locked + 1; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (!line.isEmpty() && !line.startsWith(QLatin1Char('#')))
            roles[i] = LockRole::Locked;
    }
    return roles;
}

QString originalRequirementText(const QString &line)
{
    const QString trimmed = line.trimmed();
    if (!trimmed.startsWith(QLatin1Char('#')) || trimmed == kOriginalHeader || trimmed == kLockedHeader)
        return QString();
    return trimmed.mid(1).trimmed();
}

} // namespace envlens
