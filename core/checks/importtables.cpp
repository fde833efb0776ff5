#include "checks/importtables.h"

#include "pep/names.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

// Q_INIT_RESOURCE declares an extern function, so it has to be expanded outside any namespace.
static void registerDataResource()
{
    Q_INIT_RESOURCE(data);
}

namespace envlens {

namespace {

struct Line
{
    int number = 0;
    QString text;
};

// The meaningful lines of a data file: comments (#) and blank lines dropped, CR stripped.
Result<QVector<Line>> readLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{QCoreApplication::translate("envlens::ImportTables", "cannot read the table: %1")
                         .arg(file.errorString()),
                     path, 0, 0};
    }
    QVector<Line> lines;
    const QStringList all = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (int i = 0; i < all.size(); ++i) {
        QString text = all[i];
        if (text.endsWith(QLatin1Char('\r')))
            text.chop(1);
        if (text.trimmed().isEmpty() || text.startsWith(QLatin1Char('#')))
            continue;
        lines.append({i + 1, text});
    }
    return lines;
}

Error formatError(const QString &path, int line, const QString &what)
{
    return Error{QCoreApplication::translate("envlens::ImportTables", "malformed table line: %1").arg(what), path,
                 line, 0};
}

// "key<TAB>value value ..." -> key and the values (possibly none).
bool splitRow(const QString &text, QString *key, QStringList *values)
{
    const int tab = text.indexOf(QLatin1Char('\t'));
    if (tab <= 0)
        return false;
    *key = text.left(tab).trimmed();
    *values = text.mid(tab + 1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return !key->isEmpty() && !key->contains(QLatin1Char(' '));
}

// module.section('.', 0, 0).trimmed(), without splitting the rest.
QString topLevel(const QString &module)
{
    const qsizetype dot = module.indexOf(QLatin1Char('.'));
    return QStringView(module).left(dot < 0 ? module.size() : dot).trimmed().toString();
}

// "3.11.9" -> 11 for Python 3; -1 when not a Python 3 version.
int python3Minor(const QString &version)
{
    // The usual spelling, "3." and a few ASCII digits ending at an ASCII character or the end,
    // is read directly: the checks ask once per import. Anything else goes through the pattern,
    // whose Unicode \s and \d decide the unusual spellings.
    if (version.startsWith(QLatin1String("3."))) {
        qsizetype end = 2;
        int minor = 0;
        while (end < version.size() && end < 11 && version.at(end) >= QLatin1Char('0')
               && version.at(end) <= QLatin1Char('9')) {
            minor = minor * 10 + (version.at(end).unicode() - u'0');
            ++end;
        }
        if (end > 2 && end < 11 && (end == version.size() || version.at(end).unicode() < 0x80))
            return minor;
    }
    static const QRegularExpression pattern(QStringLiteral("^\\s*3\\.(\\d+)"));
    const QRegularExpressionMatch match = pattern.match(version);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

} // namespace

const ImportTables &ImportTables::instance()
{
    static const ImportTables tables = [] {
        Result<ImportTables> loaded = load(resourceDirectory());
        if (!loaded) {
            qWarning("ImportTables: %s", qPrintable(loaded.error().toString()));
            return ImportTables();
        }
        return std::move(loaded).value();
    }();
    return tables;
}

QString ImportTables::resourceDirectory()
{
    static const bool registered = [] {
        registerDataResource();
        return true;
    }();
    Q_UNUSED(registered)
    return QStringLiteral(":/data");
}

Result<ImportTables> ImportTables::load(const QString &directory)
{
    const QDir dir(directory);
    ImportTables tables;
    Result<bool> read = tables.readImportNames(dir.filePath(QStringLiteral("import-names.tsv")));
    if (read)
        read = tables.readDependencies(dir.filePath(QStringLiteral("dependencies.tsv")));
    if (read)
        read = tables.readStdlib(dir.filePath(QStringLiteral("stdlib-modules.txt")));
    if (!read)
        return read.error();
    return tables;
}

Result<bool> ImportTables::readImportNames(const QString &path)
{
    const Result<QVector<Line>> lines = readLines(path);
    if (!lines)
        return lines.error();
    for (const Line &line : *lines) {
        QString module;
        QStringList distributions;
        if (!splitRow(line.text, &module, &distributions) || distributions.isEmpty())
            return formatError(path, line.number, line.text);
        if (m_importToDistributions.contains(module))
            return formatError(path, line.number, module);
        for (QString &distribution : distributions) {
            distribution = normalizeName(distribution);
            QStringList &imports = m_distributionToImports[distribution];
            if (!imports.contains(topLevel(module)))
                imports.append(topLevel(module));
        }
        m_importToDistributions.insert(module, distributions);
    }
    return true;
}

Result<bool> ImportTables::readDependencies(const QString &path)
{
    const Result<QVector<Line>> lines = readLines(path);
    if (!lines)
        return lines.error();
    QHash<QString, QStringList> direct;
    for (const Line &line : *lines) {
        QString distribution;
        QStringList requirements;
        if (!splitRow(line.text, &distribution, &requirements))
            return formatError(path, line.number, line.text);
        distribution = normalizeName(distribution);
        if (direct.contains(distribution))
            return formatError(path, line.number, distribution);
        for (QString &requirement : requirements)
            requirement = normalizeName(requirement);
        direct.insert(distribution, requirements);
    }
    computeClosure(std::move(direct));
    return true;
}

void ImportTables::computeClosure(QHash<QString, QStringList> direct)
{
    for (auto it = direct.cbegin(); it != direct.cend(); ++it) {
        QSet<QString> seen{it.key()};
        QStringList pending = it.value();
        while (!pending.isEmpty()) {
            const QString next = pending.takeLast();
            if (seen.contains(next))
                continue;
            seen.insert(next);
            pending += direct.value(next);
        }
        seen.remove(it.key());
        QStringList closure(seen.cbegin(), seen.cend());
        closure.sort();
        m_dependencies.insert(it.key(), closure);
    }
}

Result<bool> ImportTables::readStdlib(const QString &path)
{
    const Result<QVector<Line>> lines = readLines(path);
    if (!lines)
        return lines.error();
    static const QRegularExpression section(QStringLiteral("^\\[3\\.(\\d+)\\]$"));
    int minor = -1;
    QSet<QString> current;
    for (const Line &line : *lines) {
        const QString text = line.text.trimmed();
        // Only a line that opens with '[' can be a section header; the rest skip the pattern.
        const QRegularExpressionMatch match = text.startsWith(QLatin1Char('[')) ? section.match(text)
                                                                                : QRegularExpressionMatch();
        if (match.hasMatch()) {
            const int next = match.captured(1).toInt();
            if (next <= minor)
                return formatError(path, line.number, text);
            if (minor >= 0) {
                for (int skipped = minor; skipped < next; ++skipped)
                    m_stdlib.insert(skipped, current);
            }
            minor = next;
            continue;
        }
        if (minor < 0)
            return formatError(path, line.number, text);
        const bool isBase = m_stdlib.isEmpty();
        const QChar sign = text.at(0);
        const QString name = (sign == QLatin1Char('+') || sign == QLatin1Char('-')) ? text.mid(1) : text;
        // The base section lists names; later ones only changes, each of which must change something.
        if (name.isEmpty() || name.contains(QLatin1Char(' ')) || isBase == (name != text)
            || (sign == QLatin1Char('+') && current.contains(name)) || (sign == QLatin1Char('-') && !current.contains(name))
            || (isBase && current.contains(name))) {
            return formatError(path, line.number, text);
        }
        if (sign == QLatin1Char('-'))
            current.remove(name);
        else
            current.insert(name);
    }
    if (minor < 0)
        return formatError(path, 0, QStringLiteral("no [3.x] section"));
    m_stdlib.insert(minor, current);
    for (const QSet<QString> &modules : std::as_const(m_stdlib))
        m_stdlibAnyVersion.unite(modules);
    return true;
}

QStringList ImportTables::distributionsForImport(const QString &module) const
{
    QString prefix = module.trimmed();
    while (!prefix.isEmpty()) {
        const auto it = m_importToDistributions.constFind(prefix);
        if (it != m_importToDistributions.cend())
            return *it;
        const int dot = prefix.lastIndexOf(QLatin1Char('.'));
        prefix = dot > 0 ? prefix.left(dot) : QString();
    }
    return {};
}

QStringList ImportTables::candidateDistributions(const QString &module) const
{
    const QStringList known = distributionsForImport(module);
    if (!known.isEmpty())
        return known;
    const QString name = topLevel(module);
    return name.isEmpty() ? QStringList() : QStringList{normalizeName(name)};
}

QStringList ImportTables::importNamesForDistribution(const QString &distribution) const
{
    const QString normalized = normalizeName(distribution);
    const auto it = m_distributionToImports.constFind(normalized);
    if (it != m_distributionToImports.cend())
        return *it;
    QString guess = normalized;
    guess.replace(QLatin1Char('-'), QLatin1Char('_'));
    return {guess};
}

QStringList ImportTables::dependenciesOf(const QString &distribution) const
{
    return m_dependencies.value(normalizeName(distribution));
}

bool ImportTables::isStdlib(const QString &module, const QString &pythonVersion) const
{
    const int minor = python3Minor(pythonVersion);
    if (minor < 0)
        return m_stdlibAnyVersion.contains(topLevel(module));
    return isStdlib(module, 3, minor);
}

bool ImportTables::isStdlib(const QString &module, int major, int minor) const
{
    if (major != 3 || m_stdlib.isEmpty())
        return m_stdlibAnyVersion.contains(topLevel(module));
    const int clamped = std::clamp(minor, m_stdlib.firstKey(), m_stdlib.lastKey());
    return m_stdlib.value(clamped).contains(topLevel(module));
}

QSet<QString> ImportTables::stdlibModules(int minor) const
{
    if (m_stdlib.isEmpty())
        return {};
    return m_stdlib.value(std::clamp(minor, m_stdlib.firstKey(), m_stdlib.lastKey()));
}

QList<int> ImportTables::stdlibMinorVersions() const
{
    return m_stdlib.keys();
}

QString ImportTables::normalizeName(const QString &name)
{
    // trimmed, lower case, each run of - _ . as one '-': pep::normalizeName does the same for a
    // trimmed name (lower-casing never makes or removes a separator), without a regex.
    return pep::normalizeName(QStringView(name).trimmed());
}

} // namespace envlens
