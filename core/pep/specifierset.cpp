#include "pep/specifierset.h"

#include <QCoreApplication>

#include <algorithm>

namespace envlens::pep {

namespace {

// Python sorts str by code point; QString's operator< compares UTF-16 units, which differs once
// surrogate pairs meet characters above U+E000.
bool lessByCodePoint(const QString &a, const QString &b)
{
    const QVector<uint> ua = a.toUcs4();
    const QVector<uint> ub = b.toUcs4();
    return std::lexicographical_compare(ua.begin(), ua.end(), ub.begin(), ub.end());
}

} // namespace

Result<SpecifierSet> SpecifierSet::parse(QStringView text)
{
    SpecifierSet set;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype comma = text.indexOf(QLatin1Char(','), start);
        if (comma < 0)
            comma = text.size();
        const QStringView piece = text.mid(start, comma - start);
        const QStringView stripped = pep440::pythonStrip(piece);
        if (!stripped.isEmpty()) {
            Result<Specifier> spec = Specifier::parse(stripped);
            if (!spec) {
                Error error = spec.error();
                error.column += int(stripped.data() - text.data());
                return error;
            }
            set.add(spec.value());
        }
        start = comma + 1;
    }
    return set;
}

void SpecifierSet::add(const Specifier &specifier)
{
    for (const Specifier &s : std::as_const(m_specifiers)) {
        if (s == specifier)
            return;
    }
    m_specifiers.append(specifier);
}

std::optional<bool> SpecifierSet::prereleases() const
{
    if (m_specifiers.isEmpty())
        return std::nullopt;
    return std::any_of(m_specifiers.begin(), m_specifiers.end(), [](const Specifier &s) { return s.prereleases(); });
}

bool SpecifierSet::contains(const Version &version, std::optional<bool> prereleases) const
{
    const std::optional<bool> effective = prereleases ? prereleases : this->prereleases();
    if (!effective.value_or(false) && version.isPrerelease())
        return false;
    return std::all_of(m_specifiers.begin(), m_specifiers.end(),
                       [&](const Specifier &s) { return s.contains(version, effective); });
}

bool SpecifierSet::containsText(QStringView version, std::optional<bool> prereleases) const
{
    const Result<Version> v = Version::parse(version);
    return v && contains(*v, prereleases);
}

QString SpecifierSet::toString() const
{
    QStringList parts;
    parts.reserve(int(m_specifiers.size()));
    for (const Specifier &s : m_specifiers)
        parts << s.toString();
    std::sort(parts.begin(), parts.end(), lessByCodePoint);
    return parts.join(QLatin1Char(','));
}

std::optional<Version> SpecifierSet::exactPin() const
{
    if (m_specifiers.size() != 1)
        return std::nullopt;
    const Specifier &s = m_specifiers.first();
    if (s.op() != Specifier::Operator::Equal || s.hasWildcard())
        return std::nullopt;
    return s.version();
}

} // namespace envlens::pep
