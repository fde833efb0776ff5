#include "checks/requirementchecks.h"

#include "checks/checkhelpers.h"
#include "pep/satisfiability.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <functional>

namespace envlens {

namespace {

using checks::locationAt;
using checks::makeDiagnostic;
using checks::requirementText;
using Kind = pep::PipLine::Kind;

using checks::CheckText;

// "numpy=1.2" -> "numpy==1.2": conda's single '=' where pip wants '=='; empty when that does not help.
QString doubledEquals(const QString &text)
{
    const qsizetype equals = text.indexOf(QLatin1Char('='));
    if (equals <= 0 || QStringLiteral("=<>!~").contains(text.at(equals - 1))
        || (equals + 1 < text.size() && text.at(equals + 1) == QLatin1Char('=')))
        return QString();
    const QString fixed = text.left(equals) + QLatin1String("==") + text.mid(equals + 1);
    return pep::parsePipLine(fixed).kind == Kind::Requirement ? fixed : QString();
}

EditOperation setRequirement(const RequirementEntry &entry, const QString &text)
{
    EditOperation op;
    op.kind = EditOperation::Kind::SetRequirement;
    op.file = entry.file;
    op.line = entry.line;
    op.text = text;
    return op;
}

void checkSyntax(const RequirementSet &set, QVector<Diagnostic> &out)
{
    for (const RequirementEntry &e : set.entries()) {
        if (e.pip.kind != Kind::Invalid)
            continue;
        const int column = e.column + qMax(0, e.pip.error.column - 1);
        Diagnostic d = makeDiagnostic(QStringLiteral("req-syntax"), Severity::Error,
            CheckText::tr("'%1' is not a valid requirement: %2").arg(e.text, e.pip.error.message),
            locationAt(e.file, e.line, column));
        const QString fixed = doubledEquals(e.text);
        if (!fixed.isEmpty())
            d.fixes.append(checks::makeFix(
                QStringLiteral("double-equals"), CheckText::tr("Write %1").arg(fixed), setRequirement(e, fixed), true));
        out.append(d);
    }
}

QString describe(const RequirementEntry &e)
{
    const QString marker = e.markerText();
    return marker.isEmpty() ? requirementText(e) : requirementText(e) + QLatin1String("; ") + marker;
}

// One line for several duplicates: extras united, specifiers joined, the first spelling of the name.
QString mergedRequirement(const QVector<const RequirementEntry *> &group)
{
    const pep::Requirement &first = *group.first()->pip.requirement;
    QStringList extras;
    pep::SpecifierSet specifiers;
    for (const RequirementEntry *e : group) {
        for (const QString &extra : e->pip.requirement->extras()) {
            if (!extras.contains(extra))
                extras.append(extra);
        }
        const pep::SpecifierSet set = e->pip.requirement->specifier(); // by value: keep it alive for the loop
        for (const pep::Specifier &s : set.specifiers())
            specifiers.add(s);
    }
    std::sort(extras.begin(), extras.end());
    QString text = first.name();
    if (!extras.isEmpty())
        text += QLatin1Char('[') + extras.join(QLatin1Char(',')) + QLatin1Char(']');
    text += specifiers.toString();
    const QString marker = group.first()->markerText();
    if (!marker.isEmpty())
        text += QLatin1String("; ") + marker;
    return text;
}

// Removing a duplicate removes its whole line (a conda item left as a bare `-` would read as null),
// provided nothing else shares the line; a comment or another item there keeps the entry in place.
std::optional<EditOperation> removeLine(const Model &model, const RequirementEntry &e)
{
    const TextFile *file = model.text(e.file);
    if (!file || e.line < 1 || e.line > file->lineCount())
        return std::nullopt;
    const QString line = file->lineText(e.line).toString();
    QString rest = line.left(e.column - 1) + line.mid(e.column - 1 + e.length);
    rest = rest.trimmed();
    if (e.fromConda && rest.startsWith(QLatin1Char('-')))
        rest = rest.mid(1).trimmed();
    if (!rest.isEmpty())
        return std::nullopt;
    const qsizetype next = e.line < file->lineCount() ? file->lineStart(e.line + 1) : file->text().size();
    return checks::spliceOperation(e.file, e.line, 1, int(next - file->lineStart(e.line)), QString());
}

std::optional<FixIt> mergeFix(const Model &model, const QVector<const RequirementEntry *> &group)
{
    QVector<pep::Specifier> clauses;
    for (const RequirementEntry *e : group) {
        if (!e->pip.requirement->url().isEmpty())
            return std::nullopt;
        clauses += e->pip.requirement->specifier().specifiers();
    }
    if (!pep::isSatisfiable(clauses))
        return std::nullopt; // req-conflict says why; a merged line would not install either
    const QString merged = mergedRequirement(group);
    FixIt fix;
    fix.id = QStringLiteral("merge");
    fix.title = CheckText::tr("Merge into one line: %1").arg(merged);
    fix.isDefault = true;
    fix.safe = true;
    fix.operations.append(setRequirement(*group.first(), merged));
    for (int i = 1; i < group.size(); ++i) {
        const std::optional<EditOperation> removal = removeLine(model, *group.at(i));
        if (!removal)
            return std::nullopt;
        fix.operations.append(*removal);
    }
    return fix;
}

void checkDuplicates(const Model &model, const RequirementSet &set, QVector<Diagnostic> &out)
{
    QHash<QString, QVector<const RequirementEntry *>> groups;
    QStringList order;
    for (const RequirementEntry *e : set.requirements()) {
        const QString key = e->name + QLatin1Char('\n') + e->markerText();
        if (!groups.contains(key))
            order.append(key);
        groups[key].append(e);
    }
    for (const QString &key : order) {
        const QVector<const RequirementEntry *> &group = groups.value(key);
        if (group.size() < 2)
            continue;
        for (int i = 1; i < group.size(); ++i) {
            const RequirementEntry *e = group.at(i);
            const RequirementEntry *first = group.first();
            Diagnostic d = makeDiagnostic(QStringLiteral("req-duplicate"), Severity::Warning,
                CheckText::tr("%1 is required again: %2 (first required as %3 at %4:%5)")
                    .arg(e->name, describe(*e), describe(*first), first->file)
                    .arg(first->line),
                locationAt(*e));
            d.related.append(locationAt(*first, CheckText::tr("first required here as %1").arg(describe(*first))));
            if (i == 1) {
                if (const std::optional<FixIt> fix = mergeFix(model, group))
                    d.fixes.append(*fix);
            }
            out.append(d);
        }
    }
}

struct Clause
{
    pep::Specifier specifier;
    const RequirementEntry *entry = nullptr;
};

// Which side of a clash is reported: a requirement over a constraint, else the later line (entries
// live in one vector in set order, so their addresses compare as their positions).
bool reportFirst(const RequirementEntry *a, const RequirementEntry *b)
{
    if (a->constraint != b->constraint)
        return !a->constraint;
    return std::less<const RequirementEntry *>()(b, a);
}

void checkConflictGroup(const QVector<const RequirementEntry *> &entries, QSet<QString> &reported,
                        QVector<Diagnostic> &out)
{
    QVector<Clause> clauses;
    for (const RequirementEntry *e : entries) {
        const pep::SpecifierSet set = e->pip.requirement->specifier(); // by value: keep it alive for the loop
        for (const pep::Specifier &s : set.specifiers())
            clauses.append({s, e});
    }
    QVector<pep::Specifier> specifiers;
    for (const Clause &c : clauses)
        specifiers.append(c.specifier);
    const std::optional<pep::Clash> clash = pep::findClash(specifiers);
    if (!clash)
        return;
    const RequirementEntry *a = clauses.at(clash->first).entry;
    const RequirementEntry *b = clash->second >= 0 ? clauses.at(clash->second).entry : a;
    // A clash of more than two clauses may involve a third line.
    for (int index : clash->clauses) {
        const RequirementEntry *e = clauses.at(index).entry;
        if (e != a && b == a)
            b = e;
    }
    const RequirementEntry *primary = reportFirst(a, b) ? a : b;
    const RequirementEntry *other = primary == a ? b : a;
    const QString key = QStringLiteral("%1:%2|%3:%4").arg(primary->file).arg(primary->line).arg(other->file).arg(other->line);
    if (reported.contains(key))
        return;
    reported.insert(key);
    if (primary == other) {
        out.append(makeDiagnostic(QStringLiteral("req-conflict"), Severity::Error,
            CheckText::tr("%1 admits no version").arg(describe(*primary)), locationAt(*primary)));
        return;
    }
    Diagnostic d = makeDiagnostic(QStringLiteral("req-conflict"), Severity::Error,
        CheckText::tr("%1 conflicts with %2 (%3:%4)")
            .arg(describe(*primary), describe(*other), other->file)
            .arg(other->line),
        locationAt(*primary));
    d.related.append(locationAt(*other,
        other->constraint ? CheckText::tr("constrained here to %1").arg(describe(*other))
                          : CheckText::tr("required here as %1").arg(describe(*other))));
    out.append(d);
}

void checkConflicts(const RequirementSet &set, QVector<Diagnostic> &out)
{
    // Per package: the unmarked lines apply together with every marker group.
    QHash<QString, QVector<const RequirementEntry *>> byName;
    QStringList names;
    for (const RequirementEntry *e : set.requirements(true)) {
        if (!e->active || !e->pip.requirement->url().isEmpty())
            continue;
        if (!byName.contains(e->name))
            names.append(e->name);
        byName[e->name].append(e);
    }
    QSet<QString> reported;
    for (const QString &name : names) {
        const QVector<const RequirementEntry *> &entries = byName.value(name);
        QVector<const RequirementEntry *> unmarked;
        QHash<QString, QVector<const RequirementEntry *>> marked;
        QStringList markers;
        for (const RequirementEntry *e : entries) {
            const QString marker = e->markerText();
            if (marker.isEmpty()) {
                unmarked.append(e);
            } else {
                if (!marked.contains(marker))
                    markers.append(marker);
                marked[marker].append(e);
            }
        }
        checkConflictGroup(unmarked, reported, out);
        for (const QString &marker : markers)
            checkConflictGroup(marked.value(marker) + unmarked, reported, out);
    }
}

// Pinned by an active constraint of the same package: -c makes the install reproducible.
bool constrained(const RequirementSet &set, const QString &name)
{
    for (const RequirementEntry *c : set.constraints()) {
        if (c->name == name && c->active && !c->pip.requirement->specifier().isEmpty())
            return true;
    }
    return false;
}

struct KeyPackages
{
    QSet<QString> flavorPackages;     // scikit-learn for an sklearn model, ...
    QHash<QString, QString> recorded; // package -> the version MLmodel records for it
};

KeyPackages keyPackages(const Model &model)
{
    KeyPackages keys;
    if (!model.mlmodel.document)
        return keys;
    for (const MLmodelFlavor &flavor : model.mlmodel.document->flavors()) {
        const QString package = checks::packageForFlavor(flavor.name);
        if (!package.isEmpty())
            keys.flavorPackages.insert(package);
    }
    for (const checks::RecordedVersion &v : checks::recordedVersions(*model.mlmodel.document)) {
        QString version = v.version;
        if (v.package == QLatin1String("mlflow"))
            version = checks::mlflowPinVersion(version);
        else
            version = version.section(QLatin1Char('+'), 0, 0); // MLflow pins without the local label
        if (!version.isEmpty() && !keys.recorded.contains(v.package))
            keys.recorded.insert(v.package, version);
    }
    return keys;
}

void checkUnpinned(const CheckContext &context, QVector<Diagnostic> &out)
{
    const RequirementSet &set = context.requirements;
    const KeyPackages keys = keyPackages(context.model);
    for (const RequirementEntry *e : set.requirements()) {
        const pep::Requirement &r = *e->pip.requirement;
        if (!r.url().isEmpty() || !r.specifier().isEmpty() || constrained(set, e->name))
            continue;
        const bool key = isMlflowRequirement(*e) || e->name == QLatin1String("cloudpickle")
            || keys.flavorPackages.contains(e->name);
        Diagnostic d = makeDiagnostic(QStringLiteral("req-unpinned"), key ? Severity::Warning : Severity::Info,
            CheckText::tr("%1 has no version spec, so the environment is not reproducible").arg(r.name()),
            locationAt(*e));
        const QString version = keys.recorded.value(e->name);
        if (!version.isEmpty()) {
            QString pinned = requirementText(*e) + QLatin1String("==") + version;
            if (!e->markerText().isEmpty())
                pinned += QLatin1String("; ") + e->markerText();
            d.message += CheckText::tr(" (the model records %1)").arg(version);
            d.fixes.append(checks::makeFix(
                QStringLiteral("pin"), CheckText::tr("Pin to %1").arg(pinned), setRequirement(*e, pinned), false));
        }
        out.append(d);
    }
}

void checkVersions(const RequirementSet &set, QVector<Diagnostic> &out)
{
    using Op = pep::Specifier::Operator;
    for (const RequirementEntry *e : set.requirements(true)) {
        const pep::SpecifierSet set = e->pip.requirement->specifier(); // by value: keep it alive for the loop
        for (const pep::Specifier &s : set.specifiers()) {
            const std::optional<pep::Version> v = s.version();
            if (!v)
                continue;
            const bool naming = s.op() == Op::Equal || s.op() == Op::Arbitrary || s.op() == Op::Compatible
                || s.op() == Op::GreaterEqual;
            if (naming && v->isPrerelease() && !s.hasWildcard())
                out.append(makeDiagnostic(QStringLiteral("req-prerelease"), Severity::Warning,
                    CheckText::tr("%1 names the pre-release or development version %2")
                        .arg(describe(*e), s.versionText()),
                    locationAt(*e)));
            if ((s.op() == Op::Equal || s.op() == Op::Arbitrary) && v->hasLocal())
                out.append(makeDiagnostic(QStringLiteral("req-local-version"), Severity::Warning,
                    CheckText::tr("%1 pins the local version %2 (+%3): pip cannot install it from PyPI "
                                  "without an extra index that provides it")
                        .arg(describe(*e), s.versionText(), v->local()),
                    locationAt(*e)));
        }
    }
}

// The place a path requirement names, or empty when it is not a local file path.
QString pathOf(const RequirementEntry &e)
{
    const auto isFileUrl = [](const QString &url) { return url.startsWith(QLatin1String("file:"), Qt::CaseInsensitive); };
    if (e.pip.kind == Kind::Path)
        return e.pip.target;
    if (e.pip.kind == Kind::Editable)
        return e.pip.target.contains(QLatin1String("://")) && !isFileUrl(e.pip.target) ? QString() : e.pip.target;
    if (e.pip.kind == Kind::Url && isFileUrl(e.pip.target))
        return e.pip.target;
    if (e.pip.kind == Kind::Requirement && isFileUrl(e.pip.requirement->url()))
        return e.pip.requirement->url();
    return QString();
}

// Absolute paths, drive letters and URI-like places (file:, dbfs:/) name another machine's files.
bool isAbsoluteOrRemote(const QString &path)
{
    return path.startsWith(QLatin1Char('/')) || path.startsWith(QLatin1Char('\\')) || path.startsWith(QLatin1Char('~'))
        || path.contains(QLatin1Char(':'));
}

bool presentInModel(const Model &model, const QString &relative)
{
    if (relative == QLatin1String("."))
        return true;
    if (relative.isEmpty())
        return false; // climbs out of the model root
    if (model.file(relative))
        return true;
    const QString prefix = relative + QLatin1Char('/');
    return std::any_of(model.files.cbegin(), model.files.cend(),
                       [&prefix](const ModelFile &f) { return f.path.startsWith(prefix); });
}

void checkLocalPaths(const CheckContext &context, QVector<Diagnostic> &out)
{
    for (const RequirementEntry &e : context.requirements.entries()) {
        const QString path = pathOf(e).trimmed();
        if (path.isEmpty())
            continue;
        if (isAbsoluteOrRemote(path)) {
            out.append(makeDiagnostic(QStringLiteral("req-local-path"), Severity::Warning,
                CheckText::tr("%1 is a path outside the model: it only installs where that path exists").arg(path),
                locationAt(e)));
            continue;
        }
        const bool root = path == QLatin1String(".") || path == QLatin1String("./");
        if (presentInModel(context.model, root ? QStringLiteral(".") : checks::modelRelativePath(path)))
            continue;
        out.append(makeDiagnostic(QStringLiteral("req-local-path"), Severity::Error,
            CheckText::tr("%1 is a relative path that is not in the model (MLflow installs it from the "
                          "model root)")
                .arg(path),
            locationAt(e)));
    }
}

void checkMlflowPresent(const CheckContext &context, QVector<Diagnostic> &out)
{
    const RequirementSet &set = context.requirements;
    if (!set.hasRequirementsFile() && !set.isFromConda())
        return;
    for (const RequirementEntry &e : set.entries()) {
        if (!e.constraint && isMlflowRequirement(e))
            return;
    }
    const Model &model = context.model;
    Location where;
    if (set.hasRequirementsFile()) {
        where = locationAt(QStringLiteral("requirements.txt"));
    } else {
        const YamlField pip = model.conda.document->pipField();
        where = locationAt(model.conda.path, pip.isPresent() ? pip.key : model.conda.document->dependenciesField().key);
    }
    Diagnostic d = makeDiagnostic(QStringLiteral("mlflow-missing"), Severity::Warning,
        CheckText::tr("the requirements do not include mlflow; MLflow adds it when it logs a model, so "
                      "it was probably removed by hand"),
        where);
    const QString version = model.mlmodel.document
        ? checks::mlflowPinVersion(model.mlmodel.document->mlflowVersion().text().trimmed())
        : QString();
    if (!version.isEmpty()) {
        EditOperation op;
        op.kind = EditOperation::Kind::AddRequirement;
        op.text = QStringLiteral("mlflow==") + version;
        d.fixes.append(checks::makeFix(QStringLiteral("add-mlflow"), CheckText::tr("Add %1").arg(op.text), op, true));
    }
    out.append(d);
}

} // namespace

QVector<Diagnostic> runRequirementChecks(const CheckContext &context)
{
    QVector<Diagnostic> out;
    checkSyntax(context.requirements, out);
    checkDuplicates(context.model, context.requirements, out);
    checkConflicts(context.requirements, out);
    checkUnpinned(context, out);
    checkVersions(context.requirements, out);
    checkLocalPaths(context, out);
    checkMlflowPresent(context, out);
    return out;
}

} // namespace envlens
