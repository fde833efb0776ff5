#include "edit/atomicwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <cerrno>
#include <cstring>
#include <unistd.h>
#include <vector>

namespace envlens {

namespace {

// lupdate files EditText::tr() under the same context the code asks for at run time.
class EditText
{
    Q_DECLARE_TR_FUNCTIONS(envlens::EditText)
};

Error failure(const QString &message, const QString &file)
{
    Error error;
    error.message = message;
    error.file = file;
    return error;
}

Error ioFailure(const QString &what, const QString &file, const Error &cause)
{
    return failure(what.arg(file, cause.message), file);
}

bool safeRelativePath(const QString &path)
{
    if (path.isEmpty() || path.startsWith(QLatin1Char('/')))
        return false;
    const QStringList parts = path.split(QLatin1Char('/'));
    return !parts.contains(QStringLiteral("..")) && !parts.contains(QStringLiteral("."))
        && !parts.contains(QString());
}

struct Item
{
    QString relative;
    QString target;
    QString directory;
    QString name;
    bool existed = false;
    uint mode = 0644;
    QString temp;
    QString keep;
    bool renamed = false;
};

// Writes content to a new temporary file beside `directory/name`, fsynced and closed.
Result<QString> writeTemp(FileIo &io, const QString &directory, const QString &name, const QByteArray &content,
                          uint mode)
{
    const Result<TempFile> temp = io.createTemp(directory, name);
    if (!temp)
        return temp.error();
    IoStatus error = io.setMode(temp->fd, mode);
    if (!error)
        error = io.write(temp->fd, content.constData(), content.size());
    if (!error)
        error = io.sync(temp->fd);
    const IoStatus closed = io.close(temp->fd);
    if (!error)
        error = closed;
    if (error) {
        io.remove(temp->path);
        return *error;
    }
    return temp->path;
}

// Removes a temporary tree left by a failed copy; reports what stayed.
QStringList removeTree(const QString &path)
{
    if (path.isEmpty() || QDir(path).removeRecursively())
        return {};
    return {path};
}

Error withLeftovers(Error error, const QStringList &left)
{
    if (!left.isEmpty())
        error.message += QLatin1Char(' ') + EditText::tr("(could not remove %1)").arg(left.join(QLatin1String(", ")));
    return error;
}

} // namespace

AtomicWriter::AtomicWriter(FileIo &io) : m_io(io) {}

QString AtomicWriter::backupPathFor(const QString &modelPath)
{
    QString path = QFileInfo(modelPath).absoluteFilePath();
    while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path + QLatin1String(".bak");
}

Result<FolderWriteResult> AtomicWriter::writeFolder(const QString &folder, const QMap<QString, QByteArray> &files,
                                                    const FolderWriteOptions &options) const
{
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (!safeRelativePath(it.key()))
            return failure(EditText::tr("Invalid file name in the model: %1").arg(it.key()), folder);
    }
    const Result<FileStatus> source = m_io.status(folder);
    if (!source)
        return ioFailure(EditText::tr("Could not read %1: %2"), folder, source.error());
    if (!source->exists || !source->isDirectory)
        return failure(EditText::tr("%1 is not a folder").arg(folder), folder);

    if (!options.outputPath.isEmpty()) {
        const Result<QString> written = copyFolder(folder, options.outputPath, files);
        if (!written)
            return written.error();
        FolderWriteResult result;
        result.writtenPath = *written;
        result.writtenFiles = files.keys();
        return result;
    }

    QString backup;
    if (!options.backupPath.isEmpty()) {
        const Result<QString> made = replaceBackup(folder, options.backupPath);
        if (!made)
            return made.error();
        backup = *made;
    }
    Result<FolderWriteResult> result = writeInPlace(folder, files);
    if (result)
        result.value().backupPath = backup;
    return result;
}

Result<FolderWriteResult> AtomicWriter::writeInPlace(const QString &folder, const QMap<QString, QByteArray> &files) const
{
    const QString root = QFileInfo(folder).absoluteFilePath();
    std::vector<Item> items;
    QStringList createdDirectories;
    auto cleanup = [&](Error error) {
        QStringList left;
        for (Item &item : items) {
            for (QString *path : {&item.temp, &item.keep}) {
                if (!path->isEmpty() && m_io.remove(*path))
                    left << *path;
                path->clear();
            }
        }
        for (int i = createdDirectories.size() - 1; i >= 0; --i)
            m_io.removeDirectory(createdDirectories.at(i));
        return withLeftovers(std::move(error), left);
    };

    // Phase 1: every new content in a temporary file beside its target.
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        Item item;
        item.relative = it.key();
        item.target = root + QLatin1Char('/') + it.key();
        item.directory = QFileInfo(item.target).absolutePath();
        item.name = QFileInfo(item.target).fileName();
        const Result<FileStatus> status = m_io.status(item.target);
        if (!status)
            return cleanup(ioFailure(EditText::tr("Could not read %1: %2"), item.target, status.error()));
        if (status->isSymlink || status->isDirectory)
            return cleanup(failure(EditText::tr("%1 is not a regular file").arg(item.target), item.target));
        item.existed = status->exists;
        if (item.existed)
            item.mode = status->mode;
        // Parent folders of new files, outermost first.
        QStringList missing;
        for (QString dir = item.directory; dir.size() > root.size(); dir = QFileInfo(dir).absolutePath()) {
            const Result<FileStatus> dirStatus = m_io.status(dir);
            if (!dirStatus)
                return cleanup(ioFailure(EditText::tr("Could not read %1: %2"), dir, dirStatus.error()));
            if (dirStatus->exists)
                break;
            missing.prepend(dir);
        }
        for (const QString &dir : missing) {
            if (IoStatus error = m_io.makeDirectory(dir, 0755))
                return cleanup(ioFailure(EditText::tr("Could not create %1: %2"), dir, *error));
            createdDirectories << dir;
        }
        items.push_back(item);
        const Result<QString> temp = writeTemp(m_io, item.directory, item.name, it.value(), item.mode);
        if (!temp)
            return cleanup(ioFailure(EditText::tr("Could not write %1: %2"), item.target, temp.error()));
        items.back().temp = *temp;
    }

    // Phase 2: keep every original reachable until the new files are durable.
    for (Item &item : items) {
        if (!item.existed)
            continue;
        Result<QString> keep = linkToHiddenName(m_io, item.target, item.directory, item.name);
        if (!keep)
            keep = copyToTemp(m_io, item.target, item.directory, item.name);
        if (!keep)
            return cleanup(ioFailure(EditText::tr("Could not keep the original of %1: %2"), item.target, keep.error()));
        item.keep = *keep;
    }

    // Phase 3 and 4: renames, then the directory fsyncs; any failure puts the originals back.
    auto rollback = [&](Error error) {
        QStringList stranded;
        for (Item &item : items) {
            if (!item.renamed)
                continue;
            const IoStatus undone = item.existed ? m_io.rename(item.keep, item.target) : m_io.remove(item.target);
            if (undone && item.existed) {
                stranded << EditText::tr("%1 is kept as %2").arg(item.target, item.keep);
                item.keep.clear();
            } else if (item.existed) {
                item.keep.clear();
            }
        }
        if (!stranded.isEmpty())
            error.message
                += QLatin1Char(' ') + EditText::tr("(could not restore: %1)").arg(stranded.join(QLatin1String("; ")));
        return cleanup(std::move(error));
    };
    for (Item &item : items) {
        if (IoStatus error = m_io.rename(item.temp, item.target))
            return rollback(ioFailure(EditText::tr("Could not replace %1: %2"), item.target, *error));
        item.temp.clear();
        item.renamed = true;
    }
    QStringList directories;
    for (const Item &item : items) {
        if (!directories.contains(item.directory))
            directories << item.directory;
    }
    for (const QString &dir : createdDirectories) {
        const QString parent = QFileInfo(dir).absolutePath();
        if (!directories.contains(parent))
            directories << parent;
    }
    for (const QString &dir : directories) {
        if (IoStatus error = m_io.syncDirectory(dir))
            return rollback(ioFailure(EditText::tr("Could not write %1: %2"), dir, *error));
    }

    // Phase 5: the originals are no longer needed.
    FolderWriteResult result;
    result.writtenPath = root;
    for (Item &item : items) {
        result.writtenFiles << item.relative;
        if (!item.keep.isEmpty() && m_io.remove(item.keep))
            result.warnings << EditText::tr("Could not remove the temporary file %1").arg(item.keep);
    }
    return result;
}

Result<QString> AtomicWriter::copyFolder(const QString &folder, const QString &destination,
                                         const QMap<QString, QByteArray> &files) const
{
    const QString source = QFileInfo(folder).absoluteFilePath();
    const QString target = QFileInfo(destination).absoluteFilePath();
    const QString parent = QFileInfo(target).absolutePath();
    const Result<FileStatus> existing = m_io.status(target);
    if (!existing)
        return ioFailure(EditText::tr("Could not read %1: %2"), target, existing.error());
    if (existing->exists)
        return failure(EditText::tr("%1 already exists").arg(target), target);
    const Result<FileStatus> sourceStatus = m_io.status(source);
    if (!sourceStatus)
        return ioFailure(EditText::tr("Could not read %1: %2"), source, sourceStatus.error());

    const Result<QString> made = m_io.createTempDirectory(parent, QFileInfo(target).fileName());
    if (!made)
        return ioFailure(EditText::tr("Could not create a temporary folder beside %1: %2"), target, made.error());
    const QString temp = *made;
    auto fail = [&](const QString &what, const QString &path, const Error &cause) {
        return withLeftovers(ioFailure(what, path, cause), removeTree(temp));
    };

    QStringList directories{temp};
    QSet<QString> written;
    // Files go in under temporary names and are renamed, so none is ever seen half-written.
    auto placeFile = [&](const QString &dir, const QString &name, const QByteArray *content,
                         const QString &from) -> IoStatus {
        uint mode = 0644;
        if (content && !from.isEmpty()) {
            const Result<FileStatus> original = m_io.status(from);
            if (!original)
                return original.error();
            mode = original->mode;
        }
        const Result<QString> file = content ? writeTemp(m_io, dir, name, *content, mode)
                                             : copyToTemp(m_io, from, dir, name);
        if (!file)
            return file.error();
        return m_io.rename(*file, dir + QLatin1Char('/') + name);
    };

    QDirIterator it(source, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = path.mid(source.size() + 1);
        const QString out = temp + QLatin1Char('/') + relative;
        const QFileInfo info = it.fileInfo();
        const QString outDir = QFileInfo(out).absolutePath();
        if (info.isSymLink()) {
            // The link's own text, not QFileInfo's absolute resolution: relative links stay relative.
            char buffer[4096];
            const ssize_t length = ::readlink(QFile::encodeName(path).constData(), buffer, sizeof buffer);
            if (length <= 0 || length == ssize_t(sizeof buffer))
                return fail(EditText::tr("Could not read %1: %2"), path,
                    Error { QString::fromLocal8Bit(std::strerror(errno)), path, 0, 0 });
            const QString raw = QFile::decodeName(QByteArray(buffer, int(length)));
            if (IoStatus error = m_io.symlink(raw, out))
                return fail(EditText::tr("Could not write %1: %2"), target, *error);
        } else if (info.isDir()) {
            const Result<FileStatus> dirStatus = m_io.status(path);
            const uint mode = dirStatus && dirStatus->exists ? dirStatus->mode : 0755;
            if (IoStatus error = m_io.makeDirectory(out, mode))
                return fail(EditText::tr("Could not write %1: %2"), target, *error);
            directories << out;
        } else {
            const bool replaced = files.contains(relative);
            const QByteArray *content = replaced ? &files.constFind(relative).value() : nullptr;
            if (IoStatus error = placeFile(outDir, info.fileName(), content, path))
                return fail(EditText::tr("Could not write %1: %2"), target, *error);
            written.insert(relative);
        }
    }
    for (auto file = files.cbegin(); file != files.cend(); ++file) {
        if (written.contains(file.key()))
            continue;
        if (!safeRelativePath(file.key()))
            return withLeftovers(
                failure(EditText::tr("Invalid file name in the model: %1").arg(file.key()), target), removeTree(temp));
        const QString out = temp + QLatin1Char('/') + file.key();
        QString dir = QFileInfo(out).absolutePath();
        QStringList missing;
        for (; !directories.contains(dir) && !QFileInfo::exists(dir); dir = QFileInfo(dir).absolutePath())
            missing.prepend(dir);
        for (const QString &newDir : missing) {
            if (IoStatus error = m_io.makeDirectory(newDir, 0755))
                return fail(EditText::tr("Could not write %1: %2"), target, *error);
            directories << newDir;
        }
        if (IoStatus error = placeFile(QFileInfo(out).absolutePath(), QFileInfo(out).fileName(), &file.value(),
                                       QString()))
            return fail(EditText::tr("Could not write %1: %2"), target, *error);
    }

    if (IoStatus error = m_io.setPathMode(temp, sourceStatus->mode))
        return fail(EditText::tr("Could not write %1: %2"), target, *error);
    for (int i = directories.size() - 1; i >= 0; --i) {
        if (IoStatus error = m_io.syncDirectory(directories.at(i)))
            return fail(EditText::tr("Could not write %1: %2"), target, *error);
    }
    if (IoStatus error = m_io.rename(temp, target))
        return fail(EditText::tr("Could not write %1: %2"), target, *error);
    if (IoStatus error = m_io.syncDirectory(parent)) {
        // Not durable: take the new folder away again rather than report a write that may vanish.
        return withLeftovers(ioFailure(EditText::tr("Could not write %1: %2"), target, *error), removeTree(target));
    }
    return target;
}

Result<QString> AtomicWriter::replaceBackup(const QString &folder, const QString &backupPath) const
{
    const QString target = QFileInfo(backupPath).absoluteFilePath();
    const Result<FileStatus> existing = m_io.status(target);
    if (!existing)
        return ioFailure(EditText::tr("Could not read %1: %2"), target, existing.error());
    if (!existing->exists)
        return copyFolder(folder, target);

    // An older backup makes way only once the new copy is complete; both meet in a hidden folder.
    const QString parent = QFileInfo(target).absolutePath();
    const Result<QString> holder = m_io.createTempDirectory(parent, QFileInfo(target).fileName());
    if (!holder)
        return ioFailure(EditText::tr("Could not back up %1: %2"), target, holder.error());
    const QString old = *holder + QLatin1String("/old");
    const Result<QString> fresh = copyFolder(folder, *holder + QLatin1String("/new"));
    IoStatus error = fresh ? IoStatus() : IoStatus(fresh.error());
    if (!error)
        error = m_io.rename(target, old);
    if (!error) {
        error = m_io.rename(*fresh, target);
        if (error)
            m_io.rename(old, target);
    }
    const QStringList left = removeTree(*holder);
    if (error)
        return withLeftovers(ioFailure(EditText::tr("Could not back up %1: %2"), target, *error), left);
    if (IoStatus synced = m_io.syncDirectory(parent))
        return withLeftovers(ioFailure(EditText::tr("Could not back up %1: %2"), target, *synced), left);
    return target;
}

} // namespace envlens
