#include "checks/codemodules.h"

#include "model/model.h"

namespace envlens::code {

namespace {

// The module name a file directly in a code folder provides; empty when it provides none.
QString moduleOfFile(const QString &fileName)
{
    if (fileName.endsWith(QLatin1String(".py")))
        return fileName.chopped(3);
    // Extension modules: foo.so, foo.cpython-311-x86_64-linux-gnu.so, foo.cp311-win_amd64.pyd.
    if (fileName.endsWith(QLatin1String(".so")) || fileName.endsWith(QLatin1String(".pyd")))
        return fileName.section(QLatin1Char('.'), 0, 0);
    return QString();
}

bool isIdentifier(const QString &name)
{
    if (name.isEmpty() || name.at(0).isDigit())
        return false;
    for (const QChar c : name) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('_'))
            return false;
    }
    return true;
}

} // namespace

ModuleIndex ModuleIndex::build(const Model &model)
{
    ModuleIndex index;
    QHash<QString, QHash<QString, int>> byRoot; // code folder -> module name -> index in m_modules
    for (QString root : model.codeDirs) {
        while (root.endsWith(QLatin1Char('/')))
            root.chop(1);
        const QString prefix = root + QLatin1Char('/');
        QHash<QString, int> &byName = byRoot[root];
        for (const ModelFile &f : model.files) {
            if (!f.path.startsWith(prefix))
                continue;
            const QStringView rest = QStringView(f.path).mid(prefix.size());
            const qsizetype slash = rest.indexOf(QLatin1Char('/'));
            const bool inFolder = slash >= 0;
            const QString name = inFolder ? rest.left(slash).toString() : moduleOfFile(rest.toString());
            if (!isIdentifier(name))
                continue;
            const bool isInit = inFolder && rest.mid(slash) == QLatin1String("/__init__.py");
            const auto it = byName.constFind(name);
            if (it == byName.constEnd()) {
                byName.insert(name, int(index.m_modules.size()));
                index.m_modules.append({name, root, f.path});
                index.m_names.insert(name);
            } else if (isInit || (!inFolder && f.path.endsWith(QLatin1String(".py")))) {
                index.m_modules[it.value()].path = f.path; // the file Python actually imports
            }
        }
    }
    return index;
}

QVector<const RequirementEntry *> installingEntries(const RequirementSet &set)
{
    using Kind = pep::PipLine::Kind;
    QVector<const RequirementEntry *> found;
    for (const RequirementEntry &e : set.entries()) {
        if (e.constraint || e.name.isEmpty())
            continue;
        if (e.pip.kind == Kind::Requirement || e.pip.kind == Kind::Path || e.pip.kind == Kind::Url
            || e.pip.kind == Kind::Editable)
            found.append(&e);
    }
    return found;
}

QStringList topLevelImports(const ImportTables &tables, const QString &distribution)
{
    QStringList names;
    for (const QString &name : tables.importNamesForDistribution(distribution)) {
        const QString top = name.section(QLatin1Char('.'), 0, 0);
        if (!names.contains(top))
            names.append(top);
    }
    return names;
}

ProvidedImports ProvidedImports::build(const RequirementSet &set, const ImportTables &tables)
{
    ProvidedImports provided;
    provided.m_tables = &tables;
    for (const RequirementEntry *e : installingEntries(set)) {
        provided.m_distributions.insert(e->name);
        if (isMlflowRequirement(*e))
            continue;
        for (const QString &dependency : tables.dependenciesOf(e->name))
            provided.m_distributions.insert(dependency);
    }
    for (const QString &distribution : std::as_const(provided.m_distributions)) {
        for (const QString &name : tables.importNamesForDistribution(distribution))
            provided.m_importNames.insert(name);
    }
    return provided;
}

bool ProvidedImports::provides(const QString &module) const
{
    if (!m_tables)
        return false;
    for (const QString &distribution : m_tables->candidateDistributions(module)) {
        if (m_distributions.contains(distribution))
            return true;
    }
    // The reverse table: a distribution the import table does not list under this module but
    // whose own import names cover it.
    QString prefix = module;
    while (!prefix.isEmpty()) {
        if (m_importNames.contains(prefix))
            return true;
        const qsizetype dot = prefix.lastIndexOf(QLatin1Char('.'));
        prefix = dot < 0 ? QString() : prefix.left(dot);
    }
    return false;
}

} // namespace envlens::code
