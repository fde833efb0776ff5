#include "edit/crossformat.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSet>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <zlib.h>

namespace envlens {

namespace {

// lupdate files EditText::tr() under the same context the code asks for at run time.
class EditText
{
    Q_DECLARE_TR_FUNCTIONS(envlens::EditText)
};

constexpr qint64 kChunk = 1 << 20;

Error failure(const QString &message, const QString &file)
{
    Error error;
    error.message = message;
    error.file = file;
    return error;
}

// The destination must not exist; returns its absolute path.
Result<QString> freshDestination(FileIo &io, const QString &destination)
{
    const QString target = QFileInfo(destination).absoluteFilePath();
    const Result<FileStatus> existing = io.status(target);
    if (!existing)
        return existing.error();
    if (existing->exists)
        return failure(EditText::tr("%1 already exists").arg(target), target);
    return target;
}

// fsync of a file written by path (QuaZip writes through its own QFile).
IoStatus syncPath(FileIo &io, const QString &path)
{
    const Result<int> fd = io.openRead(path);
    if (!fd)
        return fd.error();
    const IoStatus synced = io.sync(*fd);
    const IoStatus closed = io.close(*fd);
    return synced ? synced : closed;
}

// Makes the last step durable: rename into place, then fsync the parent.
IoStatus publish(FileIo &io, const QString &temp, const QString &target)
{
    IoStatus error = io.rename(temp, target);
    if (!error)
        error = io.syncDirectory(QFileInfo(target).absolutePath());
    return error;
}

// One zip entry from a file on disk (streamed) or from new bytes.
QString addEntry(QuaZip &zip, const QString &name, const QString &source, const QByteArray *content)
{
    // From a file: its mtime and permission bits; new content: now and 0644.
    QuaZipNewInfo info = source.isEmpty() ? QuaZipNewInfo(name) : QuaZipNewInfo(name, source);
    if (source.isEmpty())
        info.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    QuaZipFile out(&zip);
    if (!out.open(QIODevice::WriteOnly, info, nullptr, 0, Z_DEFLATED, Z_DEFAULT_COMPRESSION))
        return EditText::tr("cannot add %1 (zip error %2)").arg(name).arg(out.getZipError());
    if (content) {
        if (out.write(*content) != content->size())
            return EditText::tr("cannot write %1: %2").arg(name, out.errorString());
    } else {
        QFile in(source);
        if (!in.open(QIODevice::ReadOnly))
            return EditText::tr("cannot read %1: %2").arg(source, in.errorString());
        while (!in.atEnd()) {
            const QByteArray chunk = in.read(kChunk);
            if (chunk.isEmpty() && in.error() != QFileDevice::NoError)
                return EditText::tr("cannot read %1: %2").arg(source, in.errorString());
            if (out.write(chunk) != chunk.size())
                return EditText::tr("cannot write %1: %2").arg(name, out.errorString());
        }
    }
    out.close();
    return out.getZipError() == UNZ_OK
        ? QString()
        : EditText::tr("cannot write %1 (zip error %2)").arg(name).arg(out.getZipError());
}

QString zipFolderInto(QuaZip &zip, const QString &folder, const QMap<QString, QByteArray> &files)
{
    QStringList paths;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (QFileInfo(path).isSymLink())
            return EditText::tr("%1 is a symbolic link; write the model as a folder").arg(path);
        paths.append(QDir(folder).relativeFilePath(path));
    }
    for (auto it2 = files.cbegin(); it2 != files.cend(); ++it2) {
        if (!paths.contains(it2.key()))
            paths.append(it2.key());
    }
    paths.sort();
    for (const QString &path : std::as_const(paths)) {
        const auto replaced = files.constFind(path);
        const QString source = QDir(folder).filePath(path);
        const QString problem = replaced != files.constEnd()
            ? addEntry(zip, path, QFileInfo::exists(source) ? source : QString(), &replaced.value())
            : addEntry(zip, path, source, nullptr);
        if (!problem.isEmpty())
            return problem;
    }
    return QString();
}

// Writes bytes (or the current QuaZip entry, streamed) to a new file and fsyncs it.
IoStatus writeFile(FileIo &io, const QString &directory, const QString &name, QuaZipFile *entry,
                   const QByteArray *content)
{
    const Result<TempFile> temp = io.createTemp(directory, name);
    if (!temp)
        return temp.error();
    IoStatus error = io.setMode(temp->fd, 0644);
    if (!error && content) {
        error = io.write(temp->fd, content->constData(), content->size());
    } else if (!error) {
        while (!error && !entry->atEnd()) {
            const QByteArray chunk = entry->read(kChunk);
            if (chunk.isEmpty() && entry->getZipError() != UNZ_OK)
                error
                    = failure(EditText::tr("cannot read the zip entry (zip error %1)").arg(entry->getZipError()), name);
            else
                error = io.write(temp->fd, chunk.constData(), chunk.size());
        }
    }
    if (!error)
        error = io.sync(temp->fd);
    const IoStatus closed = io.close(temp->fd);
    if (!error)
        error = closed;
    if (!error)
        error = io.rename(temp->path, directory + QLatin1Char('/') + name);
    if (error)
        io.remove(temp->path);
    return error;
}

IoStatus makeParents(FileIo &io, const QString &base, const QString &relative, QSet<QString> &made)
{
    const QStringList parts = relative.split(QLatin1Char('/'));
    QString dir = base;
    for (int i = 0; i + 1 < parts.size(); ++i) {
        dir += QLatin1Char('/') + parts.at(i);
        if (made.contains(dir))
            continue;
        if (const IoStatus error = io.makeDirectory(dir, 0755))
            return error;
        made.insert(dir);
    }
    return std::nullopt;
}

bool safeEntryPath(const QString &path)
{
    const QStringList parts = path.split(QLatin1Char('/'));
    return !path.isEmpty() && !path.startsWith(QLatin1Char('/')) && !parts.contains(QStringLiteral(".."))
        && !parts.contains(QString()) && !parts.contains(QStringLiteral("."));
}

IoStatus extractInto(FileIo &io, const QString &zipPath, const QString &root, const QMap<QString, QByteArray> &files,
                     const QString &temp)
{
    QuaZip zip(zipPath);
    if (!zip.open(QuaZip::mdUnzip))
        return failure(EditText::tr("cannot open %1 (zip error %2)").arg(zipPath).arg(zip.getZipError()), zipPath);
    QSet<QString> made{temp};
    QSet<QString> done;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        const QString name = zip.getCurrentFileName();
        if (!name.startsWith(root) || name.endsWith(QLatin1Char('/')))
            continue;
        const QString relative = name.mid(root.size());
        if (!safeEntryPath(relative))
            return failure(EditText::tr("unsafe entry name %1").arg(name), zipPath);
        if (const IoStatus error = makeParents(io, temp, relative, made))
            return error;
        const QString directory = QFileInfo(temp + QLatin1Char('/') + relative).path();
        const QString base = QFileInfo(relative).fileName();
        const auto replaced = files.constFind(relative);
        IoStatus error;
        if (replaced != files.constEnd()) {
            error = writeFile(io, directory, base, nullptr, &replaced.value());
        } else {
            QuaZipFile entry(&zip);
            if (!entry.open(QIODevice::ReadOnly))
                return failure(
                    EditText::tr("cannot read %1 (zip error %2)").arg(name).arg(entry.getZipError()), zipPath);
            error = writeFile(io, directory, base, &entry, nullptr);
        }
        if (error)
            return error;
        done.insert(relative);
    }
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (done.contains(it.key()))
            continue;
        if (const IoStatus error = makeParents(io, temp, it.key(), made))
            return error;
        const QFileInfo info(temp + QLatin1Char('/') + it.key());
        if (const IoStatus error = writeFile(io, info.path(), info.fileName(), nullptr, &it.value()))
            return error;
    }
    for (const QString &dir : std::as_const(made)) {
        if (const IoStatus error = io.syncDirectory(dir))
            return error;
    }
    return std::nullopt;
}

// Zip64 records only when a file is too large for the classic ones (4 GiB, with room for headers).
bool needsZip64(const QString &folder)
{
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        if (QFileInfo(it.next()).size() >= (qint64(1) << 31))
            return true;
    }
    return false;
}

} // namespace

Result<QString> writeFolderAsZip(FileIo &io, const QString &folder, const QMap<QString, QByteArray> &files,
                                 const QString &destination)
{
    const auto target = freshDestination(io, destination);
    if (!target)
        return target.error();
    const Result<TempFile> temp = io.createTemp(QFileInfo(*target).absolutePath(), QFileInfo(*target).fileName());
    if (!temp)
        return temp.error();
    io.close(temp->fd);
    QString problem;
    {
        QuaZip zip(temp->path);
        zip.setZip64Enabled(needsZip64(folder));
        if (!zip.open(QuaZip::mdCreate))
            problem = EditText::tr("cannot create %1 (zip error %2)").arg(temp->path).arg(zip.getZipError());
        else
            problem = zipFolderInto(zip, folder, files);
        zip.close();
        if (problem.isEmpty() && zip.getZipError() != UNZ_OK)
            problem = EditText::tr("cannot finish %1 (zip error %2)").arg(temp->path).arg(zip.getZipError());
    }
    IoStatus error = problem.isEmpty() ? syncPath(io, temp->path) : IoStatus(failure(problem, *target));
    if (!error)
        error = publish(io, temp->path, *target);
    if (error) {
        io.remove(temp->path);
        return *error;
    }
    return *target;
}

Result<QString> writeZipAsFolder(FileIo &io, const QString &zipPath, const QString &root,
                                 const QMap<QString, QByteArray> &files, const QString &destination)
{
    const auto target = freshDestination(io, destination);
    if (!target)
        return target.error();
    const Result<QString> temp = io.createTempDirectory(QFileInfo(*target).absolutePath(), QFileInfo(*target).fileName());
    if (!temp)
        return temp.error();
    IoStatus error = extractInto(io, zipPath, root, files, *temp);
    if (!error)
        error = publish(io, *temp, *target);
    if (error) {
        QDir(*temp).removeRecursively();
        return *error;
    }
    return *target;
}

} // namespace envlens
