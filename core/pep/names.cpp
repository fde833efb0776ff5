#include "pep/names.h"

namespace envlens::pep {

namespace {

bool isSeparator(QChar c)
{
    return c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char('.');
}

bool isAsciiAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

} // namespace

QString normalizeName(QStringView name)
{
    QString out;
    out.reserve(name.size());
    bool inSeparatorRun = false;
    for (const QChar c : name) {
        if (isSeparator(c)) {
            if (!inSeparatorRun)
                out += QLatin1Char('-');
            inSeparatorRun = true;
            continue;
        }
        inSeparatorRun = false;
        out += c;
    }
    // Python's str.lower() is Unicode-aware; QString::toLower() agrees for every name pip can see.
    return out.toLower();
}

bool isValidName(QStringView name)
{
    if (name.isEmpty() || !isAsciiAlnum(name.front()) || !isAsciiAlnum(name.back()))
        return false;
    for (const QChar c : name) {
        if (!isAsciiAlnum(c) && !isSeparator(c))
            return false;
    }
    return true;
}

bool sameName(QStringView a, QStringView b)
{
    return normalizeName(a) == normalizeName(b);
}

} // namespace envlens::pep
