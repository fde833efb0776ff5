#include "diff/modeldiff.h"

#include "checks/requirementset.h"
#include "diff/filecompare.h"
#include "diff/textdiff.h"
#include "model/treejson.h"
#include "pep/condaspec.h"
#include "pep/names.h"
#include "pep/version.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <functional>

namespace envlens {

namespace {

// lupdate files DiffText::tr() under the same context the code asks for at run time.
class DiffText
{
    Q_DECLARE_TR_FUNCTIONS(envlens::DiffText)
};

// ---- requirement rows ----------------------------------------------------------------------

struct Row
{
    QString name;
    QString marker;
    const RequirementEntry *entry = nullptr;
};

QStringList normalizedExtras(const pep::Requirement &r)
{
    QStringList extras;
    for (const QString &e : r.extras())
        extras.append(pep::normalizeName(e));
    std::sort(extras.begin(), extras.end());
    extras.removeDuplicates();
    return extras;
}

std::optional<pep::Version> exactPin(const pep::Requirement &r)
{
    return r.url().isEmpty() ? r.specifier().exactPin() : std::nullopt;
}

DiffChange classifyRequirement(const RequirementEntry &o, const RequirementEntry &n)
{
    const std::optional<pep::Requirement> &ro = o.pip.requirement;
    const std::optional<pep::Requirement> &rn = n.pip.requirement;
    if (!ro || !rn)
        return o.text.trimmed() == n.text.trimmed() ? DiffChange::Unchanged : DiffChange::Changed;
    const bool sameExtras = normalizedExtras(*ro) == normalizedExtras(*rn);
    const std::optional<pep::Version> po = exactPin(*ro);
    const std::optional<pep::Version> pn = exactPin(*rn);
    if (po && pn) {
        const int c = po->compare(*pn);
        if (c < 0)
            return DiffChange::Upgraded;
        if (c > 0)
            return DiffChange::Downgraded;
        return sameExtras ? DiffChange::Unchanged : DiffChange::Changed;
    }
    if (sameExtras && ro->url() == rn->url() && ro->specifier().toString() == rn->specifier().toString())
        return DiffChange::Unchanged;
    return DiffChange::Changed;
}

// A package row of an entry; unnamed paths and URLs are keyed by what they point at.
std::optional<Row> rowOf(const RequirementEntry &entry)
{
    using Kind = pep::PipLine::Kind;
    const Kind kind = entry.pip.kind;
    if (kind != Kind::Requirement && kind != Kind::Path && kind != Kind::Url && kind != Kind::Editable)
        return std::nullopt;
    const QString name = entry.name.isEmpty() ? entry.pip.target : entry.name;
    if (name.isEmpty())
        return std::nullopt;
    return Row{name, entry.markerText(), &entry};
}

template<typename Entries>
QVector<Row> rowsOf(const Entries &entries)
{
    QVector<Row> rows;
    for (const auto &item : entries) {
        const RequirementEntry &entry = *[](const auto &e) -> const RequirementEntry * {
            if constexpr (std::is_pointer_v<std::decay_t<decltype(e)>>)
                return e;
            else
                return &e;
        }(item);
        if (std::optional<Row> row = rowOf(entry))
            rows.append(*row);
    }
    return rows;
}

// Rows keyed by (name, marker); a key written twice on one side pairs with the same occurrence.
template<typename Side, typename Classify>
QVector<PackageDiff> diffRows(const QVector<Side> &oldRows, const QVector<Side> &newRows,
                              const std::function<QString(const Side &)> &key, const Classify &fill)
{
    QHash<QString, int> seen;
    QHash<QString, int> newIndex;
    for (int i = 0; i < newRows.size(); ++i) {
        const QString k = key(newRows.at(i));
        newIndex.insert(k + QLatin1Char('#') + QString::number(seen[k]++), i);
    }
    seen.clear();
    QVector<bool> matched(newRows.size(), false);
    QVector<PackageDiff> out;
    for (const Side &o : oldRows) {
        const QString k = key(o);
        const int i = newIndex.value(k + QLatin1Char('#') + QString::number(seen[k]++), -1);
        PackageDiff row;
        fill(&row, &o, i < 0 ? nullptr : &newRows.at(i));
        if (i >= 0)
            matched[i] = true;
        out.append(row);
    }
    for (int i = 0; i < newRows.size(); ++i) {
        if (matched.at(i))
            continue;
        PackageDiff row;
        fill(&row, nullptr, &newRows.at(i));
        out.append(row);
    }
    std::stable_sort(out.begin(), out.end(), [](const PackageDiff &x, const PackageDiff &y) {
        return x.name != y.name ? x.name < y.name : x.marker < y.marker;
    });
    return out;
}

QVector<PackageDiff> diffRequirements(const QVector<Row> &oldRows, const QVector<Row> &newRows)
{
    const std::function<QString(const Row &)> key = [](const Row &r) { return r.name + QChar(0x1f) + r.marker; };
    return diffRows<Row>(oldRows, newRows, key, [](PackageDiff *row, const Row *o, const Row *n) {
        const Row &any = o ? *o : *n;
        row->name = any.name;
        row->marker = any.marker;
        if (o) {
            row->oldText = o->entry->text.trimmed();
            row->oldFile = o->entry->file;
            row->oldLine = o->entry->line;
        }
        if (n) {
            row->newText = n->entry->text.trimmed();
            row->newFile = n->entry->file;
            row->newLine = n->entry->line;
        }
        row->change = !o ? DiffChange::Added
                    : !n ? DiffChange::Removed
                         : classifyRequirement(*o->entry, *n->entry);
    });
}

// ---- conda -----------------------------------------------------------------------------------

struct CondaRow
{
    QString name;
    QString text;
    int line = 0;
    std::optional<pep::CondaMatchSpec> spec;
};

QVector<CondaRow> condaRows(const Model &model)
{
    QVector<CondaRow> rows;
    if (!model.conda.document)
        return rows;
    for (const CondaDependency &dep : model.conda.document->dependencies()) {
        if (dep.kind != CondaDependency::Kind::Conda)
            continue;
        CondaRow row{dep.text.trimmed(), dep.text.trimmed(), dep.node.start().line, std::nullopt};
        const Result<pep::CondaMatchSpec> spec = pep::CondaMatchSpec::parse(dep.text);
        if (spec) {
            row.spec = spec.value();
            row.name = spec->name().toLower();
        }
        rows.append(row);
    }
    return rows;
}

DiffChange classifyConda(const CondaRow &o, const CondaRow &n)
{
    if (o.text == n.text)
        return DiffChange::Unchanged;
    if (o.spec && n.spec && o.spec->build() == n.spec->build() && o.spec->channel() == n.spec->channel()) {
        const std::optional<QString> vo = o.spec->exactVersion();
        const std::optional<QString> vn = n.spec->exactVersion();
        if (vo && vn) {
            const Result<pep::Version> a = pep::Version::parse(*vo);
            const Result<pep::Version> b = pep::Version::parse(*vn);
            if (a && b) {
                const int c = a->compare(b.value());
                return c < 0 ? DiffChange::Upgraded : c > 0 ? DiffChange::Downgraded : DiffChange::Unchanged;
            }
        }
        if (o.spec->versionSpec() == n.spec->versionSpec())
            return DiffChange::Unchanged;
        // "python=3.11.9" is the fuzzy 3.11.9.*: order such prefixes as versions.
        const auto prefix = [](const pep::CondaMatchSpec &spec) {
            QString text = spec.versionSpec();
            while (text.endsWith(QLatin1Char('*')) || text.endsWith(QLatin1Char('.')))
                text.chop(1);
            if (text.startsWith(QLatin1String("==")))
                text.remove(0, 2);
            return pep::Version::parse(text);
        };
        const Result<pep::Version> a = prefix(*o.spec);
        const Result<pep::Version> b = prefix(*n.spec);
        if (a && b && a->compare(b.value()) != 0)
            return a->compare(b.value()) < 0 ? DiffChange::Upgraded : DiffChange::Downgraded;
    }
    return DiffChange::Changed;
}

QStringList channelsOf(const Model &model)
{
    QStringList channels;
    if (model.conda.document) {
        for (const YamlNode &channel : model.conda.document->channels())
            channels.append(channel.scalar());
    }
    return channels;
}

CondaDiff diffConda(const Model &a, const RequirementSet &ra, const Model &b, const RequirementSet &rb)
{
    CondaDiff conda;
    conda.oldChannels = channelsOf(a);
    conda.newChannels = channelsOf(b);
    conda.channelsChange = conda.oldChannels == conda.newChannels ? DiffChange::Unchanged : DiffChange::Changed;
    const std::function<QString(const CondaRow &)> key = [](const CondaRow &r) { return r.name; };
    conda.dependencies = diffRows<CondaRow>(condaRows(a), condaRows(b), key,
                                            [&a, &b](PackageDiff *row, const CondaRow *o, const CondaRow *n) {
        row->name = (o ? o : n)->name;
        if (o) {
            row->oldText = o->text;
            row->oldFile = a.conda.path;
            row->oldLine = o->line;
        }
        if (n) {
            row->newText = n->text;
            row->newFile = b.conda.path;
            row->newLine = n->line;
        }
        row->change = !o ? DiffChange::Added : !n ? DiffChange::Removed : classifyConda(*o, *n);
    });
    conda.pip = diffRequirements(rowsOf(ra.condaPip()), rowsOf(rb.condaPip()));
    return conda;
}

// ---- MLmodel ---------------------------------------------------------------------------------

// A YAML value as comparable text: mappings with sorted keys, so key order does not count.
QString canonical(const YamlNode &node)
{
    switch (node.kind()) {
    case YamlNode::Kind::Invalid: return QString();
    case YamlNode::Kind::Null: return QStringLiteral("null");
    case YamlNode::Kind::Scalar: return node.scalar();
    case YamlNode::Kind::Sequence: {
        QStringList items;
        for (const YamlNode &item : node.items())
            items.append(canonical(item));
        return QLatin1Char('[') + items.join(QLatin1String(", ")) + QLatin1Char(']');
    }
    case YamlNode::Kind::Map: {
        QStringList pairs;
        for (const YamlField &pair : node.pairs())
            pairs.append(pair.key.scalar() + QLatin1String(": ") + canonical(pair.value));
        std::sort(pairs.begin(), pairs.end());
        return QLatin1Char('{') + pairs.join(QLatin1String(", ")) + QLatin1Char('}');
    }
    }
    return QString();
}

// Signature parts are JSON inside a YAML string: compare them as parsed JSON.
QString canonicalJson(const YamlNode &node)
{
    if (!node.isScalar())
        return canonical(node);
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(node.scalar().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return node.scalar();
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

QMap<QString, QString> metadataValues(const Model &model)
{
    QMap<QString, QString> values;
    if (!model.mlmodel.document)
        return values;
    const YamlNode root = model.mlmodel.document->root();
    for (const YamlField &pair : root.pairs()) {
        const QString key = pair.key.scalar();
        if (key == QLatin1String("flavors") || values.contains(key))
            continue;
        if (key == QLatin1String("signature") && pair.value.isMap()) {
            for (const YamlField &part : pair.value.pairs())
                values.insert(key + QLatin1Char('.') + part.key.scalar(), canonicalJson(part.value));
            continue;
        }
        values.insert(key, canonical(pair.value));
    }
    return values;
}

QVector<ValueDiff> diffMetadata(const Model &a, const Model &b)
{
    const QMap<QString, QString> oldValues = metadataValues(a);
    const QMap<QString, QString> newValues = metadataValues(b);
    QStringList keys = oldValues.keys() + newValues.keys();
    std::sort(keys.begin(), keys.end());
    keys.removeDuplicates();
    QVector<ValueDiff> out;
    for (const QString &key : keys) {
        const QString o = oldValues.value(key);
        const QString n = newValues.value(key);
        if (o != n || oldValues.contains(key) != newValues.contains(key))
            out.append({key, o, n});
    }
    return out;
}

const QVector<MLmodelFlavor> &flavorsOf(const Model &model)
{
    static const QVector<MLmodelFlavor> none;
    return model.mlmodel.document ? model.mlmodel.document->flavors() : none;
}

const MLmodelFlavor *findFlavor(const Model &model, const QString &name)
{
    for (const MLmodelFlavor &f : flavorsOf(model)) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

QMap<QString, QString> flavorVersions(const MLmodelFlavor &flavor)
{
    QMap<QString, QString> versions;
    for (const MLmodelRecordedVersion &v : flavor.versions)
        versions.insert(v.key, v.version);
    return versions;
}

// The flavor block's other keys; python_version is the Python section's business.
QMap<QString, QString> flavorFields(const MLmodelFlavor &flavor)
{
    const QMap<QString, QString> versions = flavorVersions(flavor);
    QMap<QString, QString> fields;
    for (const YamlField &pair : flavor.node().pairs()) {
        const QString key = pair.key.scalar();
        if (versions.contains(key) || key == QLatin1String("python_version") || fields.contains(key))
            continue;
        fields.insert(key, canonical(pair.value));
    }
    return fields;
}

QVector<ValueDiff> diffMaps(const QMap<QString, QString> &o, const QMap<QString, QString> &n)
{
    QStringList keys = o.keys() + n.keys();
    std::sort(keys.begin(), keys.end());
    keys.removeDuplicates();
    QVector<ValueDiff> out;
    for (const QString &key : keys) {
        if (o.value(key) != n.value(key) || o.contains(key) != n.contains(key))
            out.append({key, o.value(key), n.value(key)});
    }
    return out;
}

QVector<FlavorDiff> diffFlavors(const Model &a, const Model &b)
{
    QStringList names;
    for (const MLmodelFlavor &f : flavorsOf(a))
        names.append(f.name);
    for (const MLmodelFlavor &f : flavorsOf(b))
        names.append(f.name);
    names.removeDuplicates();
    QVector<FlavorDiff> out;
    for (const QString &name : names) {
        const MLmodelFlavor *o = findFlavor(a, name);
        const MLmodelFlavor *n = findFlavor(b, name);
        FlavorDiff row;
        row.name = name;
        if (!o || !n) {
            row.change = o ? DiffChange::Removed : DiffChange::Added;
            const MLmodelFlavor &any = o ? *o : *n;
            for (const MLmodelRecordedVersion &v : any.versions)
                row.versions.append(o ? ValueDiff{v.key, v.version, QString()} : ValueDiff{v.key, QString(), v.version});
        } else {
            row.versions = diffMaps(flavorVersions(*o), flavorVersions(*n));
            row.fields = diffMaps(flavorFields(*o), flavorFields(*n));
            row.change = row.versions.isEmpty() && row.fields.isEmpty() ? DiffChange::Unchanged : DiffChange::Changed;
        }
        out.append(row);
    }
    return out;
}

// ---- Python ----------------------------------------------------------------------------------

PythonDiff diffPython(const Model &a, const Model &b)
{
    PythonDiff python;
    python.oldPython = {a.mlmodelPython(), a.pythonEnvPython(), a.condaPython()};
    python.newPython = {b.mlmodelPython(), b.pythonEnvPython(), b.condaPython()};
    python.oldTarget = a.pythonVersion();
    python.newTarget = b.pythonVersion();
    if (python.oldPython == python.newPython)
        return python;
    python.change = DiffChange::Changed;
    const Result<pep::Version> o = pep::Version::parse(python.oldTarget);
    const Result<pep::Version> n = pep::Version::parse(python.newTarget);
    if (o && n && o->compare(n.value()) != 0)
        python.change = o->compare(n.value()) < 0 ? DiffChange::Upgraded : DiffChange::Downgraded;
    return python;
}

// ---- files -----------------------------------------------------------------------------------

FileDiff oneSided(const Model &model, const ModelFile &file, bool old)
{
    FileDiff diff;
    diff.path = file.path;
    diff.role = fileRoleName(file.role);
    diff.change = old ? DiffChange::Removed : DiffChange::Added;
    (old ? diff.oldSize : diff.newSize) = file.size;
    const TextFile *text = file.read ? model.text(file.path) : nullptr;
    diff.isText = text != nullptr;
    if (text)
        (old ? diff.oldText : diff.newText) = *text;
    return diff;
}

FileDiff bothSides(const Model &a, const ModelFile &fa, const Model &b, const ModelFile &fb)
{
    FileDiff diff;
    diff.path = fb.path;
    diff.role = fileRoleName(fb.role);
    diff.oldSize = fa.size;
    diff.newSize = fb.size;
    compareFileContent(a, fa, b, fb, &diff);
    const TextFile *ta = fa.read ? a.text(fa.path) : nullptr;
    const TextFile *tb = fb.read ? b.text(fb.path) : nullptr;
    diff.isText = ta && tb;
    if (diff.isText && diff.change != DiffChange::Unchanged) {
        diff.oldText = *ta;
        diff.newText = *tb;
    }
    return diff;
}

// Both file lists are sorted by path: one merge walk pairs them.
void diffFiles(const Model &a, const Model &b, ModelDiff *diff)
{
    int i = 0;
    int j = 0;
    while (i < a.files.size() || j < b.files.size()) {
        const ModelFile *fa = i < a.files.size() ? &a.files.at(i) : nullptr;
        const ModelFile *fb = j < b.files.size() ? &b.files.at(j) : nullptr;
        FileDiff row;
        if (fa && (!fb || fa->path < fb->path)) {
            ++i;
            if (isEnvironmentFile(fa->role))
                continue;
            row = oneSided(a, *fa, true);
        } else if (fb && (!fa || fb->path < fa->path)) {
            ++j;
            if (isEnvironmentFile(fb->role))
                continue;
            row = oneSided(b, *fb, false);
        } else {
            ++i;
            ++j;
            if (isEnvironmentFile(fa->role) && isEnvironmentFile(fb->role))
                continue;
            row = bothSides(a, *fa, b, *fb);
        }
        const bool code = (fa && fa->role == FileRole::Code && row.path == fa->path)
                       || (fb && fb->role == FileRole::Code && row.path == fb->path);
        (code ? diff->code : diff->artifacts).append(std::move(row));
    }
}

// ---- serving impact --------------------------------------------------------------------------

std::optional<pep::Version> pinnedVersion(const ModelDiff &diff, const QString &name, bool old)
{
    for (const QVector<PackageDiff> *rows : {&diff.packages, &diff.locked, &diff.conda.pip}) {
        for (const PackageDiff &row : *rows) {
            if (row.name != name)
                continue;
            const Result<pep::Requirement> r = pep::Requirement::parse(old ? row.oldText : row.newText);
            if (r && exactPin(r.value()))
                return exactPin(r.value());
        }
    }
    for (const PackageDiff &row : diff.conda.dependencies) {
        if (row.name != name)
            continue;
        const Result<pep::CondaMatchSpec> spec = pep::CondaMatchSpec::parse(old ? row.oldText : row.newText);
        const std::optional<QString> exact = spec ? spec->exactVersion() : std::nullopt;
        const Result<pep::Version> version = exact ? pep::Version::parse(*exact) : Result<pep::Version>(Error{});
        if (version)
            return version.value();
    }
    return std::nullopt;
}

QString flavorField(const Model &model, const QString &flavor, QStringView key)
{
    const MLmodelFlavor *f = findFlavor(model, flavor);
    return f ? f->node().get(key).scalar() : QString();
}

QString cloudpickleVersion(const Model &model, const ModelDiff &diff, bool old)
{
    const QString recorded = flavorField(model, QStringLiteral("python_function"), u"cloudpickle_version");
    if (!recorded.isEmpty())
        return recorded;
    const std::optional<pep::Version> pin = pinnedVersion(diff, QStringLiteral("cloudpickle"), old);
    return pin ? pin->toString() : QString();
}

QString arrow(const QString &o, const QString &n)
{
    const QString none = DiffText::tr("(none)");
    return (o.isEmpty() ? none : o) + QStringLiteral(" \u2192 ") + (n.isEmpty() ? none : n);
}

void addServingImpact(const Model &a, const Model &b, ModelDiff *diff)
{
    using Kind = ServingImpact::Kind;
    const Result<pep::Version> po = pep::Version::parse(diff->python.oldTarget);
    const Result<pep::Version> pn = pep::Version::parse(diff->python.newTarget);
    if (po && pn && (po->major() != pn->major() || po->minor() != pn->minor()))
        diff->servingImpact.append({ Kind::PythonMinor,
            DiffText::tr("Python %1: pickled objects and compiled wheels may not load on the other version")
                .arg(arrow(diff->python.oldTarget, diff->python.newTarget)) });

    const QString formatKey = QStringLiteral("serialization_format");
    const QString fo = flavorField(a, QStringLiteral("sklearn"), formatKey);
    const QString fn = flavorField(b, QStringLiteral("sklearn"), formatKey);
    if (fo != fn)
        diff->servingImpact.append({ Kind::Serializer,
            DiffText::tr("serializer %1: the model file is written in another format").arg(arrow(fo, fn)) });
    const QString co = cloudpickleVersion(a, *diff, true);
    const QString cn = cloudpickleVersion(b, *diff, false);
    if (!co.isEmpty() && !cn.isEmpty() && co != cn)
        diff->servingImpact.append({ Kind::Serializer,
            DiffText::tr("cloudpickle %1: objects pickled by one version may not "
                         "load with the other")
                .arg(arrow(co, cn)) });

    for (const FlavorDiff &flavor : diff->flavors) {
        if (flavor.change != DiffChange::Changed)
            continue;
        for (const ValueDiff &v : flavor.versions) {
            if (v.key == QLatin1String("cloudpickle_version") || v.oldValue.isEmpty() || v.newValue.isEmpty())
                continue;
            diff->servingImpact.append({ Kind::FlavorPackage,
                DiffText::tr("%1 flavor: %2 %3").arg(flavor.name, v.key, arrow(v.oldValue, v.newValue)) });
        }
    }

    const std::optional<pep::Version> no = pinnedVersion(*diff, QStringLiteral("numpy"), true);
    const std::optional<pep::Version> nn = pinnedVersion(*diff, QStringLiteral("numpy"), false);
    if (no && nn && no->major() != nn->major())
        diff->servingImpact.append({ Kind::NumpyMajor,
            DiffText::tr("numpy %1: pickles that reference numpy._core (numpy 2) do "
                         "not load with numpy 1, and the reverse needs care")
                .arg(arrow(no->toString(), nn->toString())) });
}

bool anyChange(const QVector<PackageDiff> &rows)
{
    return std::any_of(rows.cbegin(), rows.cend(), [](const PackageDiff &r) { return r.change != DiffChange::Unchanged; });
}

bool countsForEquivalence(const FileDiff &file)
{
    // Copies of metadata (registry info, the saved input example, the metadata/ mirror of the
    // env files) describe the model; they do not change the environment it is served in.
    return file.change != DiffChange::Unchanged && file.role != QLatin1String("input_example")
        && file.role != QLatin1String("registered_model_meta") && file.role != QLatin1String("metadata_copy");
}

} // namespace

QString diffChangeName(DiffChange change)
{
    switch (change) {
    case DiffChange::Unchanged: return QStringLiteral("unchanged");
    case DiffChange::Added: return QStringLiteral("added");
    case DiffChange::Removed: return QStringLiteral("removed");
    case DiffChange::Upgraded: return QStringLiteral("upgraded");
    case DiffChange::Downgraded: return QStringLiteral("downgraded");
    case DiffChange::Changed: return QStringLiteral("changed");
    case DiffChange::Modified: return QStringLiteral("modified");
    }
    return QStringLiteral("changed");
}

QString fileDiffMethodName(FileDiff::Method method)
{
    switch (method) {
    case FileDiff::Method::Size: return QStringLiteral("size");
    case FileDiff::Method::Content: return QStringLiteral("content");
    case FileDiff::Method::Crc32: return QStringLiteral("crc32");
    case FileDiff::Method::Sha256: return QStringLiteral("sha256");
    }
    return QStringLiteral("size");
}

QString servingImpactKindName(ServingImpact::Kind kind)
{
    switch (kind) {
    case ServingImpact::Kind::PythonMinor: return QStringLiteral("python-minor");
    case ServingImpact::Kind::Serializer: return QStringLiteral("serializer");
    case ServingImpact::Kind::FlavorPackage: return QStringLiteral("flavor-package");
    case ServingImpact::Kind::NumpyMajor: return QStringLiteral("numpy-major");
    }
    return QStringLiteral("serializer");
}

QString FileDiff::unifiedDiff(int context) const
{
    if (!isText)
        return QString();
    const QString oldName = oldSize < 0 ? QString() : path;
    const QString newName = newSize < 0 ? QString() : path;
    return TextDiff::unifiedDiff(oldText.text(), newText.text(), oldName, newName, context);
}

ModelDiff ModelDiff::compute(const Model &a, const Model &b)
{
    ModelDiff diff;
    diff.oldModel = modelIdentityJson(a);
    diff.newModel = modelIdentityJson(b);
    diff.oldDisplayPath = a.displayPath;
    diff.newDisplayPath = b.displayPath;

    const auto requirementSet = [](const Model &m) {
        const QString python = m.pythonVersion();
        const QString target = pep::Version::isValid(python) ? python : QStringLiteral("3.11");
        return RequirementSet::build(m, pep::MarkerEnvironment::target(target, m.platform));
    };
    const RequirementSet ra = requirementSet(a);
    const RequirementSet rb = requirementSet(b);
    QVector<const RequirementEntry *> oldPackages;
    QVector<const RequirementEntry *> newPackages;
    for (const RequirementEntry &e : ra.entries())
        if (!e.constraint)
            oldPackages.append(&e);
    for (const RequirementEntry &e : rb.entries())
        if (!e.constraint)
            newPackages.append(&e);
    diff.packages = diffRequirements(rowsOf(oldPackages), rowsOf(newPackages));
    diff.constraints = diffRequirements(rowsOf(ra.constraints()), rowsOf(rb.constraints()));
    diff.oldLocked = ra.isLocked();
    diff.newLocked = rb.isLocked();
    if (diff.oldLocked || diff.newLocked)
        diff.locked = diffRequirements(rowsOf(ra.lockedPins()), rowsOf(rb.lockedPins()));

    diff.python = diffPython(a, b);
    const auto mlflowVersion = [](const Model &m) {
        return m.mlmodel.document ? m.mlmodel.document->mlflowVersion().text() : QString();
    };
    diff.mlflowVersion = {QStringLiteral("mlflow_version"), mlflowVersion(a), mlflowVersion(b)};
    diff.flavors = diffFlavors(a, b);
    diff.metadata = diffMetadata(a, b);
    diff.conda = diffConda(a, ra, b, rb);
    diffFiles(a, b, &diff);
    addServingImpact(a, b, &diff);
    return diff;
}

bool ModelDiff::equivalent() const
{
    const auto flavorChanged = [](const FlavorDiff &f) { return f.change != DiffChange::Unchanged; };
    return !anyChange(packages) && !anyChange(constraints) && !anyChange(locked) && oldLocked == newLocked
        && python.change == DiffChange::Unchanged && std::none_of(flavors.cbegin(), flavors.cend(), flavorChanged)
        && conda.channelsChange == DiffChange::Unchanged && !anyChange(conda.dependencies) && !anyChange(conda.pip)
        && std::none_of(code.cbegin(), code.cend(), countsForEquivalence)
        && std::none_of(artifacts.cbegin(), artifacts.cend(), countsForEquivalence);
}

} // namespace envlens
