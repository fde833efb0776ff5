#include "edit/editedmodel.h"

#include "model/model.h"
#include "model/modelsource.h"
#include "pep/pipline.h"

#include <QCoreApplication>

#include <algorithm>
#include <optional>

namespace envlens {

namespace {

class EditedModelText
{
    Q_DECLARE_TR_FUNCTIONS(envlens::EditedModel)
};

const QString kMLmodel = QStringLiteral("MLmodel");
const QString kRequirements = QStringLiteral("requirements.txt");

// A path as written in an env file, against a folder of the model: ModelLoader's resolution.
std::optional<QString> resolve(const QString &base, const QString &written)
{
    if (written.trimmed().isEmpty())
        return std::nullopt;
    const std::optional<QString> direct = normaliseEntryName(written.trimmed());
    if (!direct || direct->isEmpty())
        return std::nullopt;
    return normaliseEntryName(base + *direct);
}

QString directoryOf(const QString &path)
{
    const int slash = path.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : path.left(slash + 1);
}

Error refused(const QString &path)
{
    return Error{EditedModelText::tr("the checks of the edited %1 need the model written and read again").arg(path),
                 path};
}

// What in MLmodel decides which other files the loader reads; a change there needs a real reload.
QStringList readingPlan(const Model &model)
{
    if (!model.mlmodel.document)
        return {QStringLiteral("unparsed")};
    const MLmodelDocument &document = *model.mlmodel.document;
    QStringList plan{document.condaFile(), document.pythonEnvFile(), document.inputExamplePath().text(),
                     QString::number(document.env().conda.isPresent()),
                     QString::number(document.env().virtualenv.isPresent())};
    for (const MLmodelFlavor &flavor : document.flavors())
        plan << flavor.code.text();
    return plan;
}

template<typename Document>
void reparseYaml(YamlEnvFile<Document> &slot, const TextFile &text)
{
    slot.document.reset();
    slot.error.reset();
    const Result<YamlDocument> yaml = YamlDocument::parse(text, slot.path);
    if (!yaml) {
        slot.error = yaml.error();
        return;
    }
    Result<Document> document = Document::fromYaml(yaml.value());
    if (document)
        slot.document = std::move(document).value();
    else
        slot.error = document.error();
}

class Rebuilder
{
public:
    explicit Rebuilder(Model &model) : m(model) {}

    Result<bool> apply(const FileChange &change);
    Result<bool> finish();

private:
    void setBytes(const QString &path, const QByteArray &bytes, FileRole role);
    Result<bool> reparseMLmodel();
    Result<bool> reparseRequirements(RequirementsFile &file);
    Result<bool> reparsePythonEnvIncludes();
    // -r/-c targets of a changed file: missing ones become MissingFiles as the loader reports them,
    // present ones must be files the loader already read for the same reason.
    Result<bool> checkTarget(const QString &from, const QString &written, int line, bool constraint);

    Model &m;
    bool m_pythonEnvChanged = false;
};

void Rebuilder::setBytes(const QString &path, const QByteArray &bytes, FileRole role)
{
    auto it = std::lower_bound(m.files.begin(), m.files.end(), path,
                               [](const ModelFile &file, const QString &p) { return file.path < p; });
    if (it == m.files.end() || it->path != path) {
        ModelFile created;
        created.path = path;
        created.role = role;
        it = m.files.insert(it, created);
    }
    it->size = it->compressedSize = bytes.size();
    it->hasCrc = false;
    it->read = true;
    m.texts.insert(path, TextFile::fromBytes(bytes));
}

Result<bool> Rebuilder::apply(const FileChange &change)
{
    const QString &path = change.path;
    if (path == kMLmodel) {
        setBytes(path, change.newBytes, FileRole::MLmodel);
        return reparseMLmodel();
    }
    if (m.conda.present && path == m.conda.path) {
        setBytes(path, change.newBytes, FileRole::Conda);
        reparseYaml(m.conda, *m.text(path));
        return true;
    }
    if (m.pythonEnv.present && path == m.pythonEnv.path) {
        setBytes(path, change.newBytes, FileRole::PythonEnv);
        reparseYaml(m.pythonEnv, *m.text(path));
        m_pythonEnvChanged = true;
        return true;
    }
    for (RequirementsFile &file : m.requirements) {
        if (file.path == path) {
            setBytes(path, change.newBytes, file.role);
            return reparseRequirements(file);
        }
    }
    if (path == kRequirements && change.created && !m.file(path)) {
        setBytes(path, change.newBytes, FileRole::Requirements);
        m.requirements.prepend(RequirementsFile{path, FileRole::Requirements, false, QString(), 0, 0, {}});
        m.missingFiles.erase(std::remove_if(m.missingFiles.begin(), m.missingFiles.end(),
                                            [&path](const MissingFile &missing) { return missing.path == path; }),
                             m.missingFiles.end());
        return reparseRequirements(m.requirements.first());
    }
    return refused(path);
}

Result<bool> Rebuilder::reparseMLmodel()
{
    const QStringList before = readingPlan(m);
    m.mlmodel.document.reset();
    m.mlmodel.error.reset();
    const Result<YamlDocument> yaml = YamlDocument::parse(*m.text(kMLmodel), kMLmodel);
    if (yaml) {
        Result<MLmodelDocument> document = MLmodelDocument::fromYaml(yaml.value());
        if (document)
            m.mlmodel.document = std::move(document).value();
        else
            m.mlmodel.error = document.error();
    } else {
        m.mlmodel.error = yaml.error();
    }
    if (!m.mlmodel.document || readingPlan(m) != before)
        return refused(kMLmodel);
    // The env entries of a missing file may have moved to other lines.
    m.missingFiles.erase(std::remove_if(m.missingFiles.begin(), m.missingFiles.end(),
                                        [](const MissingFile &missing) { return missing.referencedFrom == kMLmodel; }),
                         m.missingFiles.end());
    const MLmodelEnv &env = m.mlmodel.document->env();
    if (env.conda.isPresent() && !m.conda.present)
        m.missingFiles.append({m.conda.path, kMLmodel, env.conda.value.start().line});
    if (env.virtualenv.isPresent() && !m.pythonEnv.present)
        m.missingFiles.append({m.pythonEnv.path, kMLmodel, env.virtualenv.value.start().line});
    return true;
}

Result<bool> Rebuilder::checkTarget(const QString &from, const QString &written, int line, bool constraint)
{
    const std::optional<QString> target = resolve(from == m.pythonEnv.path ? QString() : directoryOf(from), written);
    if (!target || !m.file(*target)) {
        m.missingFiles.append({target.value_or(written), from, line});
        return true;
    }
    const RequirementsFile *read = m.requirementsFile(*target);
    if (!read || (constraint && !read->constraint))
        return refused(from);
    return true;
}

Result<bool> Rebuilder::reparseRequirements(RequirementsFile &file)
{
    const QString path = file.path;
    file.document = RequirementsDocument::fromFile(*m.text(path), path);
    m.missingFiles.erase(std::remove_if(m.missingFiles.begin(), m.missingFiles.end(),
                                        [&path](const MissingFile &missing) { return missing.referencedFrom == path; }),
                         m.missingFiles.end());
    const bool constraint = file.constraint;
    const QVector<RequirementLine> lines = file.document.pipLines();
    for (const RequirementLine &line : lines) {
        const pep::PipLine pip = pep::parsePipLine(line.text);
        if (pip.kind != pep::PipLine::Kind::Include && pip.kind != pep::PipLine::Kind::Constraint)
            continue;
        const Result<bool> checked =
            checkTarget(path, pip.target, line.firstLine, constraint || pip.kind == pep::PipLine::Kind::Constraint);
        if (!checked)
            return checked;
    }
    return true;
}

Result<bool> Rebuilder::reparsePythonEnvIncludes()
{
    const QString path = m.pythonEnv.path;
    m.missingFiles.erase(std::remove_if(m.missingFiles.begin(), m.missingFiles.end(),
                                        [&path](const MissingFile &missing) { return missing.referencedFrom == path; }),
                         m.missingFiles.end());
    if (!m.pythonEnv.document)
        return true;
    for (const YamlNode &item : m.pythonEnv.document->dependencies()) {
        if (!item.isScalar())
            continue;
        const pep::PipLine pip = pep::parsePipLine(item.scalar());
        if (pip.kind != pep::PipLine::Kind::Include && pip.kind != pep::PipLine::Kind::Constraint)
            continue;
        const Result<bool> checked =
            checkTarget(path, pip.target, item.start().line, pip.kind == pep::PipLine::Kind::Constraint);
        if (!checked)
            return checked;
    }
    return true;
}

Result<bool> Rebuilder::finish()
{
    // python_env.yaml's includes are resolved after requirements.txt, as the loader does, so a
    // requirements.txt created by the same changes counts as present.
    return m_pythonEnvChanged ? reparsePythonEnvIncludes() : Result<bool>(true);
}

} // namespace

Result<std::shared_ptr<const Model>> modelWithChanges(const Model &model, const ChangeSet &changes)
{
    auto edited = std::make_shared<Model>(model);
    Rebuilder rebuilder(*edited);
    for (const FileChange &change : changes.files) {
        const Result<bool> applied = rebuilder.apply(change);
        if (!applied)
            return applied.error();
    }
    const Result<bool> finished = rebuilder.finish();
    if (!finished)
        return finished.error();
    return std::shared_ptr<const Model>(std::move(edited));
}

} // namespace envlens
