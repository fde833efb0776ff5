#include "edit/modelwriter.h"

#include "edit/atomicwriter.h"
#include "edit/crossformat.h"
#include "edit/ziprewriter.h"
#include "model/model.h"
#include "model/modelloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace envlens {

namespace {

// lupdate files EditText::tr() under the same context the code asks for at run time.
class EditText
{
    Q_DECLARE_TR_FUNCTIONS(envlens::EditText)
};

Result<ModelWriteResult> writeFolder(FileIo &io, const Model &model, const ChangeSet &changes,
                                     const ModelWriteOptions &options)
{
    const QString folder = QDir(model.sourcePath).filePath(model.root.isEmpty() ? QStringLiteral(".") : model.root);
    if (options.outputPath.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive)) {
        const auto zipped = writeFolderAsZip(io, QDir::cleanPath(folder), changes.contents(), options.outputPath);
        if (!zipped)
            return zipped.error();
        ModelWriteResult result;
        result.writtenPath = zipped.value();
        for (const FileChange &change : changes.files)
            result.writtenFiles.append(change.path);
        return result;
    }
    FolderWriteOptions folderOptions;
    folderOptions.outputPath = options.outputPath;
    if (options.backup && options.outputPath.isEmpty())
        folderOptions.backupPath = AtomicWriter::backupPathFor(QDir::cleanPath(folder));
    const auto written = AtomicWriter(io).writeFolder(QDir::cleanPath(folder), changes.contents(), folderOptions);
    if (!written)
        return written.error();
    ModelWriteResult result;
    result.writtenPath = written->writtenPath;
    result.backupPath = written->backupPath;
    result.writtenFiles = written->writtenFiles;
    result.warnings = written->warnings;
    return result;
}

Result<ModelWriteResult> writeZip(FileIo &io, const Model &model, const ChangeSet &changes,
                                  const ModelWriteOptions &options)
{
    if (!options.outputPath.isEmpty() && !options.outputPath.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive)) {
        const auto extracted = writeZipAsFolder(io, model.sourcePath, model.root, changes.contents(), options.outputPath);
        if (!extracted)
            return extracted.error();
        ModelWriteResult result;
        result.writtenPath = extracted.value();
        for (const FileChange &change : changes.files)
            result.writtenFiles.append(change.path);
        return result;
    }
    QMap<QString, QByteArray> entries;
    for (const FileChange &change : changes.files)
        entries.insert(model.root + change.path, change.newBytes);
    ZipRewriteOptions zipOptions;
    zipOptions.outputPath = options.outputPath;
    if (options.backup && options.outputPath.isEmpty())
        zipOptions.backupPath = AtomicWriter::backupPathFor(model.sourcePath);
    const auto written = ZipRewriter(io).rewrite(model.sourcePath, entries, zipOptions);
    if (!written)
        return written.error();
    ModelWriteResult result;
    result.writtenPath = written->writtenPath;
    result.backupPath = written->backupPath;
    for (const FileChange &change : changes.files)
        result.writtenFiles.append(change.path);
    result.warnings = written->warnings;
    return result;
}

} // namespace

ModelWriter::ModelWriter(FileIo &io) : m_io(io) {}

Result<bool> ModelWriter::check(const Model &model, const ModelWriteOptions &options) const
{
    if (!options.force) {
        const auto onDisk = ModelLoader::fingerprintOnDisk(model);
        if (!onDisk)
            return onDisk.error();
        if (!(onDisk.value() == model.fingerprint))
            return Error { EditText::tr("the model changed on disk since it was read (use --force to write anyway)"),
                model.sourcePath };
    }
    if (!options.outputPath.isEmpty()) {
        const Result<FileStatus> existing = m_io.status(QFileInfo(options.outputPath).absoluteFilePath());
        if (!existing)
            return existing.error();
        if (existing->exists)
            return Error { EditText::tr("%1 already exists").arg(options.outputPath), options.outputPath };
    }
    return true;
}

Result<ModelWriteResult> ModelWriter::write(const Model &model, const ChangeSet &changes,
                                            const ModelWriteOptions &options) const
{
    const Result<bool> allowed = check(model, options);
    if (!allowed)
        return allowed.error();
    if (changes.isEmpty() && options.outputPath.isEmpty()) {
        ModelWriteResult nothing;
        nothing.writtenPath = model.sourcePath;
        return nothing;
    }
    return model.kind == SourceKind::Zip ? writeZip(m_io, model, changes, options)
                                         : writeFolder(m_io, model, changes, options);
}

} // namespace envlens
