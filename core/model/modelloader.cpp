#include "model/modelloader.h"

#include "model/modeldiscovery.h"
#include "model/overlaysource.h"
#include "pep/pipline.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace envlens {

namespace {

// lupdate files ModelText::tr() under the same context the code asks for at run time.
class ModelText
{
    Q_DECLARE_TR_FUNCTIONS(envlens::ModelText)
};

const QString kMLmodel = QStringLiteral("MLmodel");
const QString kRequirements = QStringLiteral("requirements.txt");
const QString kConstraints = QStringLiteral("constraints.txt");
const QString kWarning = QStringLiteral("warning");

// Files under code/ that are binary by their name: listed, never read.
bool isKnownBinary(const QString &path)
{
    static const QSet<QString> binary{
        QStringLiteral("pyc"), QStringLiteral("pyo"), QStringLiteral("so"), QStringLiteral("pyd"),
        QStringLiteral("dll"), QStringLiteral("dylib"), QStringLiteral("whl"), QStringLiteral("zip"),
        QStringLiteral("gz"), QStringLiteral("tgz"), QStringLiteral("tar"), QStringLiteral("bz2"),
        QStringLiteral("xz"), QStringLiteral("pkl"), QStringLiteral("pickle"), QStringLiteral("joblib"),
        QStringLiteral("pt"), QStringLiteral("pth"), QStringLiteral("bin"), QStringLiteral("onnx"),
        QStringLiteral("h5"), QStringLiteral("npy"), QStringLiteral("npz"), QStringLiteral("png"),
        QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("gif"), QStringLiteral("parquet"),
        QStringLiteral("safetensors"), QStringLiteral("ubj"), QStringLiteral("skops"), QStringLiteral("xgb")};
    const int dot = path.lastIndexOf(QLatin1Char('.'));
    return dot > path.lastIndexOf(QLatin1Char('/')) && binary.contains(path.mid(dot + 1).toLower());
}

bool isPythonSource(const QString &path)
{
    return path.endsWith(QLatin1String(".py")) || path.endsWith(QLatin1String(".pyi"));
}

bool isUnder(const QString &path, const QString &dir)
{
    return path.startsWith(dir + QLatin1Char('/'));
}

QString directoryOf(const QString &path)
{
    const int slash = path.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : path.left(slash + 1);
}

// A path written in an env file, relative to `base` ("" or "dir/"); nothing when it escapes.
std::optional<QString> resolve(const QString &base, const QString &written)
{
    if (written.trimmed().isEmpty())
        return std::nullopt;
    const std::optional<QString> direct = normaliseEntryName(written.trimmed());
    if (!direct || direct->isEmpty())
        return std::nullopt;
    return normaliseEntryName(base + *direct);
}

// Builds one Model from a source and a chosen root.
class Loader
{
public:
    Loader(const ModelSource &source, const QString &root, const LoadLimits &limits, Model &model)
        : m_source(source), m_root(root), m_limits(limits), m(model)
    {
    }

    bool run(Error *error);

private:
    void listFiles();
    std::optional<TextFile> readText(const QString &path, bool warnEncoding, Error *failure = nullptr);
    void issue(const QString &id, const QString &path, const QString &message)
    {
        m.issues.append({id, kWarning, message, path, 0});
    }
    ModelFile *fileAt(const QString &path)
    {
        const auto it = m_fileIndex.constFind(path);
        return it == m_fileIndex.constEnd() ? nullptr : &m.files[it.value()];
    }

    void loadMLmodel(const TextFile &text);
    void loadEnvFiles();
    void loadRequirements(const QString &path, FileRole role, bool constraint, const QString &from, int line,
                          int depth);
    void loadPythonEnvIncludes();
    void collectCodeDirs();
    void assignRoles();
    void loadCode();
    void loadSmallMetadata();

    const ModelSource &m_source;
    const QString m_root;
    const LoadLimits &m_limits;
    Model &m;
    QHash<QString, int> m_fileIndex;
    QSet<QString> m_visitedRequirements;
    qint64 m_bytesRead = 0;
};

bool Loader::run(Error *error)
{
    listFiles();
    Error failure;
    const std::optional<TextFile> mlmodel = readText(kMLmodel, true, &failure);
    if (!mlmodel && !failure.message.isEmpty()) {
        *error = Error { ModelText::tr("cannot read %1: %2").arg(m_root + kMLmodel, failure.message), m.displayPath };
        return false;
    }
    m.mlmodel.path = kMLmodel;
    m.mlmodel.present = true;
    if (mlmodel)
        loadMLmodel(*mlmodel);
    else
        m.mlmodel.error = Error { ModelText::tr("MLmodel was not read (see the loading warnings)"), kMLmodel };
    loadEnvFiles();
    if (fileAt(kRequirements))
        loadRequirements(kRequirements, FileRole::Requirements, false, QString(), 0, 0);
    loadPythonEnvIncludes();
    collectCodeDirs();
    assignRoles();
    loadCode();
    loadSmallMetadata();
    m.fingerprint = m_source.fingerprint();
    return true;
}

void Loader::listFiles()
{
    for (const SourceEntry &entry : m_source.entries()) {
        if (entry.isDir || !entry.path.startsWith(m_root))
            continue;
        ModelFile file;
        file.path = entry.path.mid(m_root.size());
        file.size = entry.size;
        file.compressedSize = entry.compressedSize;
        file.crc32 = entry.crc32;
        file.hasCrc = entry.hasCrc;
        file.isSymlink = entry.isSymlink;
        file.readable = entry.readable;
        m.files.append(file);
    }
    std::sort(m.files.begin(), m.files.end(), [](const ModelFile &a, const ModelFile &b) { return a.path < b.path; });
    for (int i = 0; i < m.files.size(); ++i)
        m_fileIndex.insert(m.files.at(i).path, i);

    for (LoadIssue issue : m_source.issues()) {
        if (issue.id == loadissue::kUnsafeEntry) {
            m.issues.append(issue);
        } else if (issue.file.startsWith(m_root)) {
            issue.file = issue.file.mid(m_root.size());
            m.issues.append(issue);
        }
    }
}

std::optional<TextFile> Loader::readText(const QString &path, bool warnEncoding, Error *failure)
{
    ModelFile *file = fileAt(path);
    if (!file)
        return std::nullopt;
    const SourceEntry *entry = m_source.entry(m_root + path);
    if (!file->readable) {
        if (entry && entry->encrypted) {
            const QString why = ModelText::tr("the zip entry is encrypted; EnvLens does not read encrypted archives");
            issue(loadissue::kEntryUnreadable, path, why);
            if (failure)
                *failure = Error{why, path};
        }
        return std::nullopt; // a symlink leaving the root: reported while listing
    }
    if (file->size > m_limits.maxTextFileBytes) {
        issue(loadissue::kFileTooLarge, path,
            ModelText::tr("%1 bytes, over the read limit of %2 bytes for a text file; listed, not read")
                .arg(file->size)
                .arg(m_limits.maxTextFileBytes));
        return std::nullopt;
    }
    if (file->size >= m_limits.ratioCheckMinBytes
        && file->size > qMax<qint64>(file->compressedSize, 1) * m_limits.maxCompressionRatio) {
        issue(loadissue::kFileTooLarge, path,
            ModelText::tr("compresses %1:1, over the limit of %2:1 (a zip bomb?); listed, not read")
                .arg(file->size / qMax<qint64>(file->compressedSize, 1))
                .arg(m_limits.maxCompressionRatio));
        return std::nullopt;
    }
    if (m_bytesRead + file->size > m_limits.maxTotalReadBytes) {
        issue(loadissue::kFileTooLarge, path,
            ModelText::tr("not read: the model's text files exceed the limit of %1 bytes read in total")
                .arg(m_limits.maxTotalReadBytes));
        return std::nullopt;
    }
    const Result<QByteArray> bytes = m_source.read(m_root + path, m_limits.maxTextFileBytes);
    if (!bytes) {
        issue(loadissue::kEntryUnreadable, path, bytes.error().message);
        if (failure)
            *failure = Error{bytes.error().message, path};
        return std::nullopt;
    }
    m_bytesRead += bytes.value().size();
    TextFile text = TextFile::fromBytes(bytes.value());
    if (warnEncoding && text.invalidUtf8())
        issue(loadissue::kFileEncoding, path, ModelText::tr("not valid UTF-8; decoded with replacement characters"));
    if (warnEncoding && text.hadBom())
        issue(loadissue::kFileEncoding, path,
            ModelText::tr("starts with a UTF-8 byte-order mark (BOM), which MLflow's readers keep"));
    m.texts.insert(path, text);
    file->read = true;
    return text;
}

void Loader::loadMLmodel(const TextFile &text)
{
    const Result<YamlDocument> yaml = YamlDocument::parse(text, kMLmodel);
    if (!yaml) {
        m.mlmodel.error = yaml.error();
        return;
    }
    Result<MLmodelDocument> document = MLmodelDocument::fromYaml(yaml.value());
    if (document)
        m.mlmodel.document = std::move(document).value();
    else
        m.mlmodel.error = document.error();
}

template<typename Document>
void loadYamlEnvFile(YamlEnvFile<Document> &slot, const std::optional<TextFile> &text)
{
    if (!text) {
        if (slot.present)
            slot.error
                = Error { ModelText::tr("%1 was not read (see the loading warnings)").arg(slot.path), slot.path };
        return;
    }
    const Result<YamlDocument> yaml = YamlDocument::parse(*text, slot.path);
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

void Loader::loadEnvFiles()
{
    const MLmodelDocument *mlmodel = m.mlmodel.document ? &*m.mlmodel.document : nullptr;
    const QString condaName = mlmodel ? mlmodel->condaFile() : QStringLiteral("conda.yaml");
    const QString pythonEnvName = mlmodel ? mlmodel->pythonEnvFile() : QStringLiteral("python_env.yaml");
    const std::optional<QString> conda = resolve(QString(), condaName);
    const std::optional<QString> pythonEnv = resolve(QString(), pythonEnvName);
    m.conda.path = conda.value_or(condaName);
    m.pythonEnv.path = pythonEnv.value_or(pythonEnvName);
    m.conda.present = conda && fileAt(*conda);
    m.pythonEnv.present = pythonEnv && fileAt(*pythonEnv);

    if (mlmodel) {
        const MLmodelEnv &env = mlmodel->env();
        if (env.conda.isPresent() && !m.conda.present)
            m.missingFiles.append({m.conda.path, kMLmodel, env.conda.value.start().line});
        if (env.virtualenv.isPresent() && !m.pythonEnv.present)
            m.missingFiles.append({m.pythonEnv.path, kMLmodel, env.virtualenv.value.start().line});
    }
    if (m.conda.present)
        loadYamlEnvFile(m.conda, readText(m.conda.path, true));
    if (m.pythonEnv.present)
        loadYamlEnvFile(m.pythonEnv, readText(m.pythonEnv.path, true));
}

void Loader::loadRequirements(const QString &path, FileRole role, bool constraint, const QString &from, int line,
                              int depth)
{
    m_visitedRequirements.insert(path);
    const std::optional<TextFile> text = readText(path, true);
    if (!text)
        return;
    RequirementsFile file{path, role, constraint, from, line, depth, RequirementsDocument::fromFile(*text, path)};
    const QVector<RequirementLine> lines = file.document.pipLines();
    m.requirements.append(std::move(file));

    for (const RequirementLine &requirementLine : lines) {
        const pep::PipLine pip = pep::parsePipLine(requirementLine.text);
        if (pip.kind != pep::PipLine::Kind::Include && pip.kind != pep::PipLine::Kind::Constraint)
            continue;
        const bool childConstraint = constraint || pip.kind == pep::PipLine::Kind::Constraint;
        // pip opens a nested file relative to the file that names it; at the root that is the model root.
        const std::optional<QString> target = resolve(directoryOf(path), pip.target);
        if (!target || !fileAt(*target)) {
            m.missingFiles.append({target.value_or(pip.target), path, requirementLine.firstLine});
            continue;
        }
        if (m_visitedRequirements.contains(*target) || depth + 1 > m_limits.maxIncludeDepth)
            continue; // each file once: include cycles end here
        loadRequirements(*target, childConstraint ? FileRole::Constraints : FileRole::Include, childConstraint, path,
                         requirementLine.firstLine, depth + 1);
    }
}

// python_env.yaml normally says "-r requirements.txt"; another file it names is read the same way.
void Loader::loadPythonEnvIncludes()
{
    if (!m.pythonEnv.document)
        return;
    for (const YamlNode &item : m.pythonEnv.document->dependencies()) {
        if (!item.isScalar())
            continue;
        const pep::PipLine pip = pep::parsePipLine(item.scalar());
        if (pip.kind != pep::PipLine::Kind::Include && pip.kind != pep::PipLine::Kind::Constraint)
            continue;
        const std::optional<QString> target = resolve(QString(), pip.target);
        if (!target || !fileAt(*target)) {
            m.missingFiles.append({target.value_or(pip.target), m.pythonEnv.path, item.start().line});
            continue;
        }
        if (m_visitedRequirements.contains(*target))
            continue;
        const bool constraint = pip.kind == pep::PipLine::Kind::Constraint;
        loadRequirements(*target, constraint ? FileRole::Constraints : FileRole::Requirements, constraint,
                         m.pythonEnv.path, item.start().line, 0);
    }
}

void Loader::collectCodeDirs()
{
    if (m.mlmodel.document) {
        for (const MLmodelFlavor &flavor : m.mlmodel.document->flavors()) {
            const std::optional<QString> dir = resolve(QString(), flavor.code.text());
            if (dir && !m.codeDirs.contains(*dir))
                m.codeDirs.append(*dir);
        }
    }
    const QString code = QStringLiteral("code");
    if (!m.codeDirs.contains(code)) {
        const bool exists = std::any_of(m.files.cbegin(), m.files.cend(),
                                        [&code](const ModelFile &f) { return isUnder(f.path, code); });
        if (exists)
            m.codeDirs.append(code);
    }
}

void Loader::assignRoles()
{
    QHash<QString, FileRole> known{{kMLmodel, FileRole::MLmodel},
                                   {kRequirements, FileRole::Requirements},
                                   {kConstraints, FileRole::Constraints},
                                   {QStringLiteral("uv.lock"), FileRole::UvLock},
                                   {QStringLiteral("pyproject.toml"), FileRole::Pyproject},
                                   {QStringLiteral(".python-version"), FileRole::PythonVersionFile},
                                   {QStringLiteral("original_requirements.txt"), FileRole::OriginalRequirements},
                                   {QStringLiteral("registered_model_meta"), FileRole::RegisteredModelMeta},
                                   {QStringLiteral("environment_variables.txt"), FileRole::EnvironmentVariables},
                                   {QStringLiteral("input_example.json"), FileRole::InputExample},
                                   {QStringLiteral("serving_input_example.json"), FileRole::InputExample}};
    if (m.mlmodel.document) {
        const std::optional<QString> example = resolve(QString(), m.mlmodel.document->inputExamplePath().text());
        if (example)
            known.insert(*example, FileRole::InputExample);
    }
    known.insert(m.conda.path, FileRole::Conda);
    known.insert(m.pythonEnv.path, FileRole::PythonEnv);
    for (const RequirementsFile &requirements : std::as_const(m.requirements))
        known.insert(requirements.path, requirements.role);

    for (ModelFile &file : m.files) {
        const auto it = known.constFind(file.path);
        if (it != known.constEnd())
            file.role = it.value();
        else if (std::any_of(m.codeDirs.cbegin(), m.codeDirs.cend(),
                             [&file](const QString &dir) { return isUnder(file.path, dir); }))
            file.role = FileRole::Code;
        else if (isUnder(file.path, QStringLiteral("wheels")) && file.path.endsWith(QLatin1String(".whl")))
            file.role = FileRole::Wheel;
        else if (isUnder(file.path, QStringLiteral("metadata")))
            file.role = FileRole::MetadataCopy;
        else
            file.role = FileRole::Artifact;
    }
}

void Loader::loadCode()
{
    for (ModelFile &file : m.files) {
        if (file.role == FileRole::Wheel) {
            m.wheels.append({file.path, file.size, parseWheelName(file.path)});
            continue;
        }
        if (file.role != FileRole::Code)
            continue;
        CodeFile code{file.path, file.size, false, isPythonSource(file.path), {}};
        if (!isKnownBinary(file.path)) {
            const std::optional<TextFile> text = readText(file.path, code.isPython);
            if (text) {
                code.isText = text->firstNul() < 0 && (code.isPython || !text->invalidUtf8());
                if (!code.isText) {
                    m.texts.remove(file.path); // binary after all: keep only its name and size
                    file.read = false;
                } else if (code.isPython) {
                    code.imports = extractPythonImports(text->text());
                }
            }
        }
        m.code.append(std::move(code));
    }
}

// The small text files around a model: registry metadata, the metadata/ copy (compared with the
// root files by the checks), original_requirements.txt, .python-version.
void Loader::loadSmallMetadata()
{
    for (ModelFile &file : m.files) {
        switch (file.role) {
        case FileRole::MetadataCopy:
        case FileRole::OriginalRequirements:
        case FileRole::RegisteredModelMeta:
        case FileRole::PythonVersionFile:
        case FileRole::EnvironmentVariables:
            if (!file.read && !isKnownBinary(file.path))
                readText(file.path, true);
            break;
        default:
            break;
        }
    }
}

} // namespace

Result<std::shared_ptr<const Model>> ModelLoader::load(const QString &path, const LoadOptions &options)
{
    const QFileInfo info(path);
    QString sourcePath = path;
    QString subpath = options.subpath;
    if (info.isFile() && info.fileName() == kMLmodel) {
        sourcePath = info.absolutePath();
        if (subpath.isEmpty())
            subpath = QStringLiteral(".");
    }
    auto source = ModelSource::open(sourcePath, options.limits);
    if (!source)
        return Error{source.error().message, path};
    const Result<QString> root = chooseModelRoot(*source.value(), subpath);
    if (!root)
        return Error{root.error().message, path};

    auto model = std::make_shared<Model>();
    model->kind = source.value()->kind();
    model->sourcePath = source.value()->path();
    model->root = root.value();
    model->displayPath = path;
    model->platform = options.platform;
    Error error;
    Loader loader(*source.value(), root.value(), options.limits, *model);
    if (!loader.run(&error))
        return error;
    return std::shared_ptr<const Model>(std::move(model));
}

Result<std::shared_ptr<const Model>> ModelLoader::reload(const Model &model, const QHash<QString, QByteArray> &replaced)
{
    const OverlaySource source(model, replaced);
    auto edited = std::make_shared<Model>();
    edited->kind = model.kind;
    edited->sourcePath = model.sourcePath;
    edited->root = model.root;
    edited->displayPath = model.displayPath;
    edited->platform = model.platform;
    Error error;
    const LoadLimits limits;
    Loader loader(source, QString(), limits, *edited); // the overlay is rooted at the model already
    if (!loader.run(&error))
        return error;
    if (source.failure())
        return *source.failure();
    return std::shared_ptr<const Model>(std::move(edited));
}

Result<SourceFingerprint> ModelLoader::fingerprintOnDisk(const Model &model, const LoadLimits &limits)
{
    if (model.kind == SourceKind::Zip) {
        const QFileInfo info(model.sourcePath);
        if (!info.exists())
            return Error { ModelText::tr("no such file or folder"), model.sourcePath };
        return SourceFingerprint{{{model.sourcePath, info.size(), info.lastModified().toMSecsSinceEpoch()}}};
    }
    auto source = ModelSource::open(model.sourcePath, limits);
    if (!source)
        return source.error();
    return source.value()->fingerprint();
}

Result<QStringList> ModelLoader::findModels(const QString &path, const LoadLimits &limits)
{
    const QFileInfo info(path);
    if (info.isFile() && info.fileName() == kMLmodel)
        return QStringList{QString()};
    auto source = ModelSource::open(path, limits);
    if (!source)
        return Error{source.error().message, path};
    return findModelRoots(*source.value());
}

} // namespace envlens
