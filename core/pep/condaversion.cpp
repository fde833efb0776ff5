#include "pep/condaversion.h"

#include <QCoreApplication>

#include <algorithm>

namespace envlens::pep {

namespace {

using Atom = CondaVersion::Atom;
using Part = CondaVersion::Part;

// lupdate files PepText::tr() under the same context the code asks for at run time.
class PepText
{
    Q_DECLARE_TR_FUNCTIONS(envlens::pep::PepText)
};

Error invalid(QStringView text, const char *reason)
{
    return Error { PepText::tr("Invalid conda version '%1': %2")
                       .arg(text.toString(), PepText::tr(reason)),
        {}, 0, 0 };
}

bool isAllowed(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'z') || u == u'*' || u == u'.' || u == u'+' || u == u'!'
        || u == u'_';
}

bool allAllowed(const QString &text)
{
    return std::all_of(text.begin(), text.end(), isAllowed);
}

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

// version_split_re = ([0-9]+|[*]+|[^0-9*]+), numbers converted, "post" and "dev" special.
std::optional<Part> splitPart(const QString &text)
{
    Part part;
    int i = 0; // int: QString's index type in Qt 5
    while (i < text.size()) {
        int j = i + 1;
        const int klass = isDigit(text[i]) ? 0 : text[i] == QLatin1Char('*') ? 1 : 2;
        while (j < text.size() && (isDigit(text[j]) ? 0 : text[j] == QLatin1Char('*') ? 1 : 2) == klass)
            ++j;
        const QString run = text.mid(i, j - i);
        Atom atom;
        if (klass == 0) {
            bool ok = false;
            atom.number = run.toLongLong(&ok);
            if (!ok)
                atom.number = std::numeric_limits<qint64>::max(); // longer than conda's users ever write
        } else if (run == QLatin1String("post")) {
            atom.kind = Atom::Kind::Infinity;
        } else {
            atom.kind = Atom::Kind::Text;
            atom.text = run == QLatin1String("dev") ? QStringLiteral("DEV") : run;
        }
        part.append(atom);
        i = j;
    }
    if (part.isEmpty())
        return std::nullopt;
    // Parts must start with a number to keep numbers and strings in phase.
    if (!isDigit(text.front()))
        part.prepend(Atom());
    return part;
}

int compareAtoms(const Atom &a, const Atom &b)
{
    const bool aText = a.kind == Atom::Kind::Text;
    const bool bText = b.kind == Atom::Kind::Text;
    if (aText != bText)
        return aText ? -1 : 1;
    if (aText)
        return a.text < b.text ? -1 : a.text > b.text ? 1 : 0;
    const bool aInf = a.kind == Atom::Kind::Infinity;
    const bool bInf = b.kind == Atom::Kind::Infinity;
    if (aInf || bInf)
        return aInf == bInf ? 0 : aInf ? 1 : -1;
    return a.number < b.number ? -1 : a.number > b.number ? 1 : 0;
}

int compareParts(const Part &a, const Part &b)
{
    const qsizetype n = std::max(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        const int c = compareAtoms(i < a.size() ? a[i] : Atom(), i < b.size() ? b[i] : Atom());
        if (c != 0)
            return c;
    }
    return 0;
}

int compareLists(const QList<Part> &a, const QList<Part> &b)
{
    const qsizetype n = std::max(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        const int c = compareParts(i < a.size() ? a[i] : Part(), i < b.size() ? b[i] : Part());
        if (c != 0)
            return c;
    }
    return 0;
}

} // namespace

Result<CondaVersion> CondaVersion::parse(QStringView text)
{
    QString version = text.trimmed().toString().toLower();
    if (version.isEmpty())
        return invalid(text, QT_TRANSLATE_NOOP("envlens::pep::PepText", "empty version string"));
    if (!allAllowed(version) && version.contains(QLatin1Char('-')) && !version.contains(QLatin1Char('_')))
        version.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (!allAllowed(version))
        return invalid(text, QT_TRANSLATE_NOOP("envlens::pep::PepText", "invalid character(s)"));

    CondaVersion out;
    out.m_text = version;
    QStringList epochSplit = version.split(QLatin1Char('!'));
    QString epoch = QStringLiteral("0");
    if (epochSplit.size() == 2) {
        epoch = epochSplit.front();
        if (epoch.isEmpty() || !std::all_of(epoch.begin(), epoch.end(), isDigit))
            return invalid(text, QT_TRANSLATE_NOOP("envlens::pep::PepText", "epoch must be an integer"));
    } else if (epochSplit.size() > 2) {
        return invalid(text, QT_TRANSLATE_NOOP("envlens::pep::PepText", "duplicated epoch separator '!'"));
    }
    const QStringList localSplit = epochSplit.back().split(QLatin1Char('+'));
    if (localSplit.size() > 2)
        return invalid(text, QT_TRANSLATE_NOOP("envlens::pep::PepText", "duplicated local version separator '+'"));
    QString main = localSplit.front();
    if (main.isEmpty())
        return invalid(text,
            QT_TRANSLATE_NOOP("envlens::pep::PepText", "missing version before local version separator '+'"));
    QStringList mainParts;
    if (main.endsWith(QLatin1Char('_'))) {
        // openssl-like "1.0.1_" keeps its trailing underscore in the last part.
        mainParts = main.chopped(1).replace(QLatin1Char('_'), QLatin1Char('.')).split(QLatin1Char('.'));
        mainParts.back() += QLatin1Char('_');
    } else {
        mainParts = main.replace(QLatin1Char('_'), QLatin1Char('.')).split(QLatin1Char('.'));
    }
    mainParts.prepend(epoch);
    QStringList localParts;
    if (localSplit.size() == 2)
        localParts = QString(localSplit.back()).replace(QLatin1Char('_'), QLatin1Char('.')).split(QLatin1Char('.'));

    for (const auto &[source, target] :
        { std::pair { &mainParts, &out.m_version }, std::pair { &localParts, &out.m_local } }) {
        for (const QString &piece : *source) {
            std::optional<Part> part = splitPart(piece);
            if (!part)
                return invalid(text, QT_TRANSLATE_NOOP("envlens::pep::PepText", "empty version component"));
            target->append(*part);
        }
    }
    return out;
}

int CondaVersion::compare(const CondaVersion &other) const
{
    const int c = compareLists(m_version, other.m_version);
    return c != 0 ? c : compareLists(m_local, other.m_local);
}

bool CondaVersion::startsWith(const CondaVersion &prefix) const
{
    QList<Part> mine = m_version;
    QList<Part> theirs = prefix.m_version;
    if (!prefix.m_local.isEmpty()) {
        if (compareLists(m_version, prefix.m_version) != 0)
            return false;
        mine = m_local;
        theirs = prefix.m_local;
    }
    const qsizetype last = theirs.size() - 1;
    if (compareLists(mine.mid(0, last), theirs.mid(0, last)) != 0)
        return false;
    const Part mineLast = mine.size() > last ? mine[last] : Part();
    const Part &theirLast = theirs[last];
    const qsizetype lastAtom = theirLast.size() - 1;
    if (compareParts(mineLast.mid(0, lastAtom), theirLast.mid(0, lastAtom)) != 0)
        return false;
    const Atom mineAtom = mineLast.size() > lastAtom ? mineLast[lastAtom] : Atom();
    const Atom &theirAtom = theirLast[lastAtom];
    if (theirAtom.kind == Atom::Kind::Text)
        return mineAtom.kind == Atom::Kind::Text && mineAtom.text.startsWith(theirAtom.text);
    return compareAtoms(mineAtom, theirAtom) == 0;
}

} // namespace envlens::pep
