#include "checks/requirementset.h"

#include "model/model.h"
#include "pep/names.h"

namespace envlens {

std::optional<pep::Marker> RequirementEntry::marker() const
{
    if (pip.requirement) {
        std::optional<pep::Marker> m = pip.requirement->marker();
        if (m && !m->isEmpty())
            return m;
        return std::nullopt;
    }
    if (pip.marker && !pip.marker->isEmpty())
        return pip.marker;
    return std::nullopt;
}

QString RequirementEntry::markerText() const
{
    const std::optional<pep::Marker> m = marker();
    return m ? m->toString() : QString();
}

bool isMlflowRequirement(const RequirementEntry &entry)
{
    static const QStringList names = {QStringLiteral("mlflow"), QStringLiteral("mlflow-skinny"),
                                      QStringLiteral("mlflow-tracing")};
    if (entry.pip.requirement && names.contains(entry.pip.requirement->normalizedName()))
        return true;
    if (!entry.pip.wheelName.isEmpty()) {
        const QString wheel = pep::normalizeName(entry.pip.wheelName);
        if (wheel == QLatin1String("mlflow") || wheel.startsWith(QLatin1String("mlflow-")))
            return true;
    }
    if (entry.pip.kind == pep::PipLine::Kind::Invalid || entry.pip.kind == pep::PipLine::Kind::Empty
        || entry.pip.kind == pep::PipLine::Kind::Option)
        return false;
    QString squeezed = entry.text.toLower();
    squeezed.remove(QLatin1Char(' '));
    return squeezed.contains(QLatin1String("/mlflow")) || squeezed.contains(QLatin1String("mlflow@git"));
}

namespace {

QString entryName(const pep::PipLine &pip)
{
    if (pip.requirement)
        return pip.requirement->normalizedName();
    if (!pip.wheelName.isEmpty())
        return pep::normalizeName(pip.wheelName);
    if (!pip.eggName.isEmpty())
        return pep::normalizeName(pip.eggName);
    return QString();
}

// entry.pip must be set.
void classify(RequirementEntry &entry, const pep::MarkerEnvironment &environment)
{
    entry.name = entryName(entry.pip);
    const std::optional<pep::Marker> m = entry.marker();
    entry.active = !m || m->evaluate(environment);
}

RequirementEntry fromLine(const RequirementsFile &file, const RequirementLine &line,
                          const pep::MarkerEnvironment &environment)
{
    RequirementEntry entry;
    entry.file = file.path;
    entry.line = line.textSpan.isValid() ? line.textSpan.start.line : line.firstLine;
    entry.column = line.textSpan.isValid() ? line.textSpan.start.column : 1;
    entry.length = int(line.textSpan.length());
    entry.text = line.text;
    entry.constraint = file.constraint;
    entry.lockRole = line.lockRole;
    entry.depth = file.depth;
    entry.pip = line.pip; // the document classified it already
    classify(entry, environment);
    return entry;
}

// "# mlflow==3.10.1": the entry is the text after "# ", positioned inside the comment.
RequirementEntry fromOriginalComment(const QString &file, const QString &comment, int line, int commentColumn,
                                     const pep::MarkerEnvironment &environment)
{
    RequirementEntry entry;
    entry.file = file;
    entry.text = originalRequirementText(comment);
    entry.line = line;
    const qsizetype at = comment.indexOf(entry.text);
    entry.column = commentColumn + int(at < 0 ? 0 : at);
    entry.length = int(entry.text.size());
    entry.lockRole = LockRole::Original;
    entry.pip = pep::parsePipLine(entry.text);
    classify(entry, environment);
    return entry;
}

bool isCommentItem(const QString &text)
{
    return text.startsWith(QLatin1Char('#'));
}

} // namespace

RequirementSet RequirementSet::build(const Model &model, const pep::MarkerEnvironment &environment)
{
    RequirementSet set;
    if (model.conda.document) {
        const QString condaPath = model.conda.path;
        for (const CondaPipItem &item : model.conda.document->pipItems()) {
            if (!item.node.isScalar())
                continue;
            const QString text = item.text.trimmed();
            const TextSpan span = item.node.span();
            if (item.lockRole == LockRole::Original) {
                set.m_condaOriginal.append(
                    fromOriginalComment(condaPath, text, span.start.line,
                                        span.start.column + (item.isQuoted() ? 1 : 0), environment));
                continue;
            }
            if (text.isEmpty() || isCommentItem(text))
                continue;
            RequirementEntry entry;
            entry.file = condaPath;
            entry.line = span.start.line;
            entry.column = span.start.column;
            entry.length = int(span.length());
            entry.text = text;
            entry.fromConda = true;
            entry.lockRole = item.lockRole;
            entry.pip = pep::parsePipLine(text);
            classify(entry, environment);
            set.m_condaPip.append(entry);
        }
    }

    const RequirementsFile *main = model.requirementsFile(QStringLiteral("requirements.txt"));
    set.m_hasRequirementsFile = main != nullptr;
    if (!main) {
        set.m_fromConda = model.conda.document.has_value();
        set.m_entries = set.m_condaPip;
        set.m_original = set.m_condaOriginal;
        set.m_locked = set.m_fromConda && model.conda.document->isLocked();
        return set;
    }

    set.m_locked = main->document.isLocked();
    for (const RequirementsFile &file : model.requirements) {
        for (const RequirementLine &line : file.document.lines()) {
            if (line.lockRole == LockRole::Original && file.depth == 0) {
                set.m_original.append(fromOriginalComment(file.path, line.comment, line.firstLine,
                                                          line.commentSpan.isValid() ? line.commentSpan.start.column : 1,
                                                          environment));
                continue;
            }
            if (line.isEmpty())
                continue;
            set.m_entries.append(fromLine(file, line, environment));
        }
    }
    return set;
}

QVector<const RequirementEntry *> RequirementSet::requirements(bool includeConstraints) const
{
    QVector<const RequirementEntry *> found;
    for (const RequirementEntry &e : m_entries) {
        if (e.isRequirement() && (includeConstraints || !e.constraint))
            found.append(&e);
    }
    return found;
}

QVector<const RequirementEntry *> RequirementSet::constraints() const
{
    QVector<const RequirementEntry *> found;
    for (const RequirementEntry &e : m_entries) {
        if (e.isRequirement() && e.constraint)
            found.append(&e);
    }
    return found;
}

QVector<const RequirementEntry *> RequirementSet::byName(const QString &normalizedName) const
{
    QVector<const RequirementEntry *> found;
    for (const RequirementEntry &e : m_entries) {
        if (!e.constraint && e.name == normalizedName && !normalizedName.isEmpty())
            found.append(&e);
    }
    return found;
}

QVector<const RequirementEntry *> RequirementSet::lockedPins() const
{
    QVector<const RequirementEntry *> found;
    for (const RequirementEntry &e : m_entries) {
        if (e.lockRole == LockRole::Locked && e.isRequirement())
            found.append(&e);
    }
    return found;
}

} // namespace envlens
