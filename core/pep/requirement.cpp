#include "pep/requirement.h"

#include "pep/names.h"
#include "pep/pep508parser.h"

#include <QCoreApplication>

namespace envlens::pep {

namespace {

// lupdate files PepText::tr() under the same context the code asks for at run time.
class PepText
{
    Q_DECLARE_TR_FUNCTIONS(envlens::pep::PepText)
};

// The parts of urllib.parse.urlparse() that packaging's URL check looks at (Python 3.11).
struct UrlParts
{
    QString scheme;
    QString netloc;
    QString path;
    QString params;
    QString query;
    QString fragment;
    bool valid = true; // false where urlparse raises ValueError
};

bool isSchemeChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'+' || u == u'-'
        || u == u'.';
}

bool isHex(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
}

// QStringView::split() is Qt 6 only.
QList<QStringView> splitView(QStringView text, QChar separator)
{
    QList<QStringView> parts;
    qsizetype from = 0;
    for (;;) {
        const qsizetype at = text.indexOf(separator, from);
        if (at < 0)
            break;
        parts.append(text.mid(from, at - from));
        from = at + 1;
    }
    parts.append(text.mid(from));
    return parts;
}

bool isIpv4(QStringView text)
{
    const QList<QStringView> octets = splitView(text, QLatin1Char('.'));
    if (octets.size() != 4)
        return false;
    for (const QStringView octet : octets) {
        if (octet.isEmpty() || octet.size() > 3 || (octet.size() > 1 && octet.front() == QLatin1Char('0')))
            return false;
        for (const QChar c : octet) {
            if (!c.isDigit() || c.unicode() > u'9')
                return false;
        }
        if (octet.toInt() > 255)
            return false;
    }
    return true;
}

// ipaddress.IPv6Address's acceptance: hex groups of 1-4 digits, at most one "::", an optional trailing IPv4
// part and an optional "%scope".
bool isIpv6(QStringView text)
{
    const qsizetype percent = text.indexOf(QLatin1Char('%'));
    if (percent >= 0) {
        if (percent + 1 >= text.size() || text.indexOf(QLatin1Char('%'), percent + 1) >= 0)
            return false;
        text = text.left(percent);
    }
    QList<QStringView> parts = splitView(text, QLatin1Char(':'));
    if (parts.size() < 3)
        return false;
    const int maxParts = 8;
    if (parts.back().contains(QLatin1Char('.'))) {
        if (!isIpv4(parts.back()))
            return false;
        parts.back() = QStringView(u"0");
        parts.append(QStringView(u"0"));
    }
    if (parts.size() > maxParts + 1)
        return false;
    qsizetype skipIndex = -1;
    for (qsizetype i = 1; i + 1 < parts.size(); ++i) {
        if (parts[i].isEmpty()) {
            if (skipIndex >= 0)
                return false;
            skipIndex = i;
        }
    }
    qsizetype first = 0;
    qsizetype last = parts.size();
    if (skipIndex >= 0) {
        if (parts.front().isEmpty() && skipIndex != 1)
            return false;
        if (parts.back().isEmpty() && skipIndex != parts.size() - 2)
            return false;
        first = parts.front().isEmpty() ? 1 : 0;
        last = parts.back().isEmpty() ? parts.size() - 1 : parts.size();
        if ((skipIndex - first) + (last - skipIndex - 1) >= maxParts)
            return false;
    } else {
        if (parts.size() != maxParts)
            return false;
    }
    for (qsizetype i = first; i < last; ++i) {
        if (i == skipIndex)
            continue;
        if (parts[i].isEmpty() || parts[i].size() > 4)
            return false;
        for (const QChar c : parts[i]) {
            if (!isHex(c))
                return false;
        }
    }
    return true;
}

bool bracketedHostValid(QStringView hostname)
{
    if (hostname.startsWith(QLatin1Char('v'))) {
        // \Av[a-fA-F0-9]+\..+\Z
        qsizetype i = 1;
        while (i < hostname.size() && isHex(hostname[i]))
            ++i;
        if (i == 1 || i >= hostname.size() || hostname[i] != QLatin1Char('.') || i + 1 >= hostname.size())
            return false;
        return !hostname.mid(i + 1).contains(QLatin1Char('\n'));
    }
    return !isIpv4(hostname) && isIpv6(hostname);
}

bool bracketedNetlocValid(QStringView netloc)
{
    const QStringView hostAndPort = netloc.mid(netloc.lastIndexOf(QLatin1Char('@')) + 1);
    const qsizetype open = hostAndPort.indexOf(QLatin1Char('['));
    QStringView hostname;
    if (open >= 0) {
        if (open > 0)
            return false;
        const QStringView bracketed = hostAndPort.mid(open + 1);
        const qsizetype close = bracketed.indexOf(QLatin1Char(']'));
        hostname = close >= 0 ? bracketed.left(close) : bracketed;
        const QStringView port = close >= 0 ? bracketed.mid(close + 1) : QStringView();
        if (!port.isEmpty() && !port.startsWith(QLatin1Char(':')))
            return false;
    } else {
        const qsizetype colon = hostAndPort.indexOf(QLatin1Char(':'));
        hostname = colon >= 0 ? hostAndPort.left(colon) : hostAndPort;
    }
    return bracketedHostValid(hostname);
}

UrlParts urlParse(const QString &input)
{
    static const QStringList usesParams = { QString(), QStringLiteral("ftp"), QStringLiteral("hdl"),
        QStringLiteral("prospero"), QStringLiteral("http"), QStringLiteral("imap"), QStringLiteral("https"),
        QStringLiteral("shttp"), QStringLiteral("rtsp"), QStringLiteral("rtspu"), QStringLiteral("sip"),
        QStringLiteral("sips"), QStringLiteral("mms"), QStringLiteral("sftp"), QStringLiteral("tel") };
    UrlParts parts;
    int start = 0; // int: QString's index type in Qt 5
    while (start < input.size() && input[start].unicode() <= 0x20)
        ++start;
    QString url = input.mid(start);
    url.remove(QLatin1Char('\t')).remove(QLatin1Char('\r')).remove(QLatin1Char('\n'));

    const qsizetype colon = url.indexOf(QLatin1Char(':'));
    if (colon > 0 && url[0].unicode() < 128 && url[0].isLetter()) {
        bool allSchemeChars = true;
        for (int i = 0; i < colon && allSchemeChars; ++i)
            allSchemeChars = isSchemeChar(url[i]);
        if (allSchemeChars) {
            parts.scheme = url.left(colon).toLower();
            url = url.mid(colon + 1);
        }
    }
    if (url.startsWith(QLatin1String("//"))) {
        qsizetype delimiter = url.size();
        for (const QChar c : { QLatin1Char('/'), QLatin1Char('?'), QLatin1Char('#') }) {
            const qsizetype at = url.indexOf(c, 2);
            if (at >= 0)
                delimiter = std::min(delimiter, at);
        }
        parts.netloc = url.mid(2, delimiter - 2);
        url = url.mid(delimiter);
        const bool hasOpen = parts.netloc.contains(QLatin1Char('['));
        const bool hasClose = parts.netloc.contains(QLatin1Char(']'));
        if (hasOpen != hasClose || (hasOpen && !bracketedNetlocValid(parts.netloc)))
            parts.valid = false;
    }
    const qsizetype hash = url.indexOf(QLatin1Char('#'));
    if (hash >= 0) {
        parts.fragment = url.mid(hash + 1);
        url.truncate(hash);
    }
    const qsizetype question = url.indexOf(QLatin1Char('?'));
    if (question >= 0) {
        parts.query = url.mid(question + 1);
        url.truncate(question);
    }
    if (usesParams.contains(parts.scheme) && url.contains(QLatin1Char(';'))) {
        const qsizetype slash = url.lastIndexOf(QLatin1Char('/'));
        const qsizetype semicolon = url.indexOf(QLatin1Char(';'), std::max<qsizetype>(slash, 0));
        if (semicolon >= 0) {
            parts.params = url.mid(semicolon + 1);
            url.truncate(semicolon);
        }
    }
    parts.path = url;
    return parts;
}

QString urlUnparse(const UrlParts &parts)
{
    static const QStringList usesNetloc
        = { QString(), QStringLiteral("ftp"), QStringLiteral("http"), QStringLiteral("gopher"), QStringLiteral("nntp"),
              QStringLiteral("telnet"), QStringLiteral("imap"), QStringLiteral("wais"), QStringLiteral("file"),
              QStringLiteral("mms"), QStringLiteral("https"), QStringLiteral("shttp"), QStringLiteral("snews"),
              QStringLiteral("prospero"), QStringLiteral("rtsp"), QStringLiteral("rtspu"), QStringLiteral("rsync"),
              QStringLiteral("svn"), QStringLiteral("svn+ssh"), QStringLiteral("sftp"), QStringLiteral("nfs"),
              QStringLiteral("git"), QStringLiteral("git+ssh"), QStringLiteral("ws"), QStringLiteral("wss") };
    QString url = parts.path;
    if (!parts.params.isEmpty())
        url += QLatin1Char(';') + parts.params;
    if (!parts.netloc.isEmpty()
        || (!parts.scheme.isEmpty() && usesNetloc.contains(parts.scheme) && !url.startsWith(QLatin1String("//")))) {
        if (!url.isEmpty() && !url.startsWith(QLatin1Char('/')))
            url.prepend(QLatin1Char('/'));
        url = QLatin1String("//") + parts.netloc + url;
    }
    if (!parts.scheme.isEmpty())
        url = parts.scheme + QLatin1Char(':') + url;
    if (!parts.query.isEmpty())
        url += QLatin1Char('?') + parts.query;
    if (!parts.fragment.isEmpty())
        url += QLatin1Char('#') + parts.fragment;
    return url;
}

// packaging's URL acceptance: file: URLs must survive urlparse/urlunparse unchanged, others need a scheme and
// a network location.
std::optional<Error> checkUrl(const QString &url, int column)
{
    const UrlParts parts = urlParse(url);
    if (!parts.valid)
        return Error { PepText::tr("Invalid IPv6 URL"), {}, 0, column };
    if (parts.scheme == QLatin1String("file")) {
        if (urlUnparse(parts) != url)
            return Error { PepText::tr("Invalid URL given"), {}, 0, column };
    } else if (parts.scheme.isEmpty() || parts.netloc.isEmpty()) {
        return Error { PepText::tr("Invalid URL: %1").arg(url), {}, 0, column };
    }
    return std::nullopt;
}

} // namespace

Result<Requirement> Requirement::parse(QStringView text)
{
    Result<detail::ParsedRequirement> parsed = detail::parseRequirementSyntax(text);
    if (!parsed.ok())
        return parsed.error();
    detail::ParsedRequirement &raw = parsed.value();

    Requirement req;
    req.m_name = raw.name;
    if (!raw.url.isEmpty()) {
        if (const std::optional<Error> error = checkUrl(raw.url, int(raw.urlStart) + 1))
            return *error;
        req.m_url = raw.url;
    }
    req.m_extras = raw.extras;
    req.m_extras.sort();
    req.m_extras.removeDuplicates();
    Result<SpecifierSet> specifier = SpecifierSet::parse(raw.specifier);
    if (!specifier.ok()) {
        Error error = specifier.error();
        error.column = int(raw.specifierStart) + 1;
        return error;
    }
    req.m_specifier = std::move(specifier.value());
    if (raw.marker) {
        detail::normalizeFirstExtraValue(*raw.marker);
        req.m_marker = Marker(std::move(raw.marker));
    }
    return req;
}

QString Requirement::normalizedName() const
{
    return normalizeName(m_name);
}

QString Requirement::toString() const
{
    QString out = m_name;
    if (!m_extras.isEmpty())
        out += QLatin1Char('[') + m_extras.join(QLatin1Char(',')) + QLatin1Char(']');
    out += m_specifier.toString();
    if (!m_url.isEmpty()) {
        out += QLatin1String("@ ") + m_url;
        if (m_marker)
            out += QLatin1Char(' ');
    }
    if (m_marker)
        out += QLatin1String("; ") + m_marker->toString();
    return out;
}

} // namespace envlens::pep
