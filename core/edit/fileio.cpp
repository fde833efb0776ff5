#include "edit/fileio.h"

#include <QFile>
#include <QRandomGenerator>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/sendfile.h>
#include <sys/stat.h>
#include <unistd.h>

namespace envlens {

namespace {

constexpr qint64 kCopyBufferSize = 1 << 20;
// The most one copy_file_range or sendfile call moves (sendfile stops at 0x7ffff000 anyway).
constexpr qint64 kMaxKernelCopy = 1 << 30;

Error errnoError(int code, const QString &path)
{
    Error error;
    error.message = QString::fromLocal8Bit(std::strerror(code));
    error.file = path;
    return error;
}

IoStatus check(int result, const QString &path)
{
    if (result == 0)
        return std::nullopt;
    return errnoError(errno, path);
}

QByteArray tempTemplate(const QString &directory, const QString &baseName)
{
    return QFile::encodeName(directory + QLatin1String("/.") + baseName + QLatin1String(".envlens-XXXXXX"));
}

// Kernels and file systems that cannot copy between two files in the kernel say so with one of
// these (EXDEV across file systems before Linux 5.3, ENOSYS without the call, EINVAL for files
// these calls do not handle, EPERM under some seccomp policies).
bool kernelCopyRefused(int code)
{
    return code == EXDEV || code == ENOSYS || code == EINVAL || code == EOPNOTSUPP || code == EBADF
        || code == EPERM;
}

// Runs one kernel copy call (retried when a signal interrupts it): the bytes it moved, kRefused
// when this kernel or file system cannot copy that way, or the error.
template<typename Call>
Result<qint64> kernelCopy(Call call)
{
    ssize_t n;
    do {
        n = call();
    } while (n < 0 && errno == EINTR);
    if (n < 0 && kernelCopyRefused(errno))
        return FileIo::kRefused;
    if (n < 0)
        return errnoError(errno, QString());
    return qint64(n);
}

} // namespace

Result<QString> linkToHiddenName(FileIo &io, const QString &existing, const QString &directory,
                                 const QString &baseName)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    Error last;
    for (int attempt = 0; attempt < 16; ++attempt) {
        QString suffix;
        for (int i = 0; i < 6; ++i)
            suffix += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(int(sizeof(alphabet) - 1))]);
        const QString path = directory + QLatin1String("/.") + baseName + QLatin1String(".envlens-keep-") + suffix;
        IoStatus error = io.link(existing, path);
        if (!error)
            return path;
        last = *error;
        const Result<FileStatus> taken = io.status(path);
        if (!taken || !taken->exists)
            break;
    }
    return last;
}

Result<QString> copyToTemp(FileIo &io, const QString &source, const QString &directory, const QString &baseName)
{
    const Result<FileStatus> status = io.status(source);
    if (!status)
        return status.error();
    const Result<int> input = io.openRead(source);
    if (!input)
        return input.error();
    const ScopedFd in(io, *input);
    const Result<TempFile> temp = io.createTemp(directory, baseName);
    if (!temp)
        return temp.error();
    IoStatus error = io.setMode(temp->fd, status->mode);
    if (!error)
        error = io.copyRange(in.get(), 0, status->size, temp->fd);
    if (!error)
        error = io.sync(temp->fd);
    IoStatus closed = io.close(temp->fd);
    if (!error)
        error = closed;
    if (error) {
        io.remove(temp->path);
        Error failure = *error;
        if (failure.file.isEmpty())
            failure.file = temp->path;
        return failure;
    }
    return temp->path;
}

FileIo &FileIo::system()
{
    static SystemFileIo instance;
    return instance;
}

IoStatus FileIo::copyRange(int from, qint64 offset, qint64 length, int to)
{
    qint64 position = offset;
    qint64 remaining = length;
    // Each kernel way copies until it is done or refused; what is left goes to the next way.
    for (auto kernelCopy : {&FileIo::copyFileRange, &FileIo::sendFile}) {
        while (remaining > 0) {
            const Result<qint64> copied = (this->*kernelCopy)(from, position, remaining, to);
            if (!copied)
                return copied.error();
            if (*copied == kRefused)
                break;
            if (*copied == 0)
                return errnoError(EIO, QString());
            position += *copied;
            remaining -= *copied;
        }
    }
    if (remaining == 0)
        return std::nullopt;

    QByteArray buffer(int(std::min(remaining, kCopyBufferSize)), Qt::Uninitialized);
    while (remaining > 0) {
        const Result<qint64> got = read(from, position, buffer.data(), std::min<qint64>(remaining, buffer.size()));
        if (!got)
            return got.error();
        if (*got == 0)
            return errnoError(EIO, QString());
        if (IoStatus error = write(to, buffer.constData(), *got))
            return error;
        position += *got;
        remaining -= *got;
    }
    return std::nullopt;
}

Result<FileStatus> SystemFileIo::status(const QString &path)
{
    struct stat st {};
    FileStatus result;
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0) {
        if (errno == ENOENT || errno == ENOTDIR)
            return result;
        return errnoError(errno, path);
    }
    result.exists = true;
    result.isDirectory = S_ISDIR(st.st_mode);
    result.isSymlink = S_ISLNK(st.st_mode);
    result.size = qint64(st.st_size);
    result.mode = uint(st.st_mode) & 07777u;
    result.modifiedNs = qint64(st.st_mtim.tv_sec) * 1000000000LL + qint64(st.st_mtim.tv_nsec);
    result.device = quint64(st.st_dev);
    result.inode = quint64(st.st_ino);
    return result;
}

Result<int> SystemFileIo::openRead(const QString &path)
{
    int fd;
    do {
        fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0)
        return errnoError(errno, path);
    return fd;
}

Result<TempFile> SystemFileIo::createTemp(const QString &directory, const QString &baseName)
{
    QByteArray name = tempTemplate(directory, baseName);
    const int fd = ::mkostemp(name.data(), O_CLOEXEC);
    if (fd < 0)
        return errnoError(errno, directory);
    return TempFile{fd, QFile::decodeName(name)};
}

Result<QString> SystemFileIo::createTempDirectory(const QString &directory, const QString &baseName)
{
    QByteArray name = tempTemplate(directory, baseName);
    if (!::mkdtemp(name.data()))
        return errnoError(errno, directory);
    return QFile::decodeName(name);
}

Result<qint64> SystemFileIo::read(int fd, qint64 offset, char *buffer, qint64 size)
{
    qint64 done = 0;
    while (done < size) {
        const ssize_t n = ::pread(fd, buffer + done, size_t(size - done), off_t(offset + done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return errnoError(errno, QString());
        if (n == 0)
            break;
        done += n;
    }
    return done;
}

IoStatus SystemFileIo::write(int fd, const char *data, qint64 size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size_t(size));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return errnoError(errno, QString());
        data += n;
        size -= n;
    }
    return std::nullopt;
}

Result<qint64> SystemFileIo::copyFileRange(int from, qint64 offset, qint64 length, int to)
{
    loff_t position = loff_t(offset);
    const size_t count = size_t(std::min<qint64>(length, kMaxKernelCopy));
    return kernelCopy([&] { return ::copy_file_range(from, &position, to, nullptr, count, 0); });
}

Result<qint64> SystemFileIo::sendFile(int from, qint64 offset, qint64 length, int to)
{
    off_t position = off_t(offset);
    const size_t count = size_t(std::min<qint64>(length, kMaxKernelCopy));
    return kernelCopy([&] { return ::sendfile(to, from, &position, count); });
}

IoStatus SystemFileIo::setMode(int fd, uint mode)
{
    return check(::fchmod(fd, mode_t(mode)), QString());
}

IoStatus SystemFileIo::setPathMode(const QString &path, uint mode)
{
    return check(::chmod(QFile::encodeName(path).constData(), mode_t(mode)), path);
}

IoStatus SystemFileIo::sync(int fd)
{
    return check(::fsync(fd), QString());
}

IoStatus SystemFileIo::startWriteback(int fd, qint64 offset, qint64 length)
{
    int result;
    do {
        result = ::sync_file_range(fd, off_t(offset), off_t(length), SYNC_FILE_RANGE_WRITE);
    } while (result != 0 && errno == EINTR);
    // Only a hint: file systems without it (ESPIPE, EINVAL, ENOSYS) leave everything to sync().
    if (result != 0 && (errno == ESPIPE || errno == EINVAL || errno == ENOSYS || errno == EOPNOTSUPP))
        return std::nullopt;
    return check(result, QString());
}

IoStatus SystemFileIo::syncDirectory(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return errnoError(errno, path);
    const int result = ::fsync(fd);
    const int code = errno;
    ::close(fd);
    if (result != 0)
        return errnoError(code, path);
    return std::nullopt;
}

IoStatus SystemFileIo::close(int fd)
{
    // Linux releases the descriptor even when close() reports an error, so it is never retried.
    return check(::close(fd), QString());
}

IoStatus SystemFileIo::rename(const QString &from, const QString &to)
{
    return check(::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()), to);
}

IoStatus SystemFileIo::link(const QString &existing, const QString &newPath)
{
    return check(::link(QFile::encodeName(existing).constData(), QFile::encodeName(newPath).constData()), newPath);
}

IoStatus SystemFileIo::symlink(const QString &target, const QString &linkPath)
{
    return check(::symlink(QFile::encodeName(target).constData(), QFile::encodeName(linkPath).constData()),
                 linkPath);
}

IoStatus SystemFileIo::remove(const QString &path)
{
    return check(::unlink(QFile::encodeName(path).constData()), path);
}

IoStatus SystemFileIo::makeDirectory(const QString &path, uint mode)
{
    return check(::mkdir(QFile::encodeName(path).constData(), mode_t(mode)), path);
}

IoStatus SystemFileIo::removeDirectory(const QString &path)
{
    return check(::rmdir(QFile::encodeName(path).constData()), path);
}

// ---- FaultInjectingFileIo ----

FaultInjectingFileIo::FaultInjectingFileIo(FileIo &inner) : m_inner(inner) {}

void FaultInjectingFileIo::failCall(int callIndex, int errorCode)
{
    m_failCall = callIndex;
    m_failError = errorCode;
}

void FaultInjectingFileIo::failOp(Op op, int occurrence, int errorCode)
{
    m_failOp = op;
    m_failOccurrence = occurrence;
    m_failError = errorCode;
}

void FaultInjectingFileIo::failAfterBytes(qint64 bytes, int errorCode)
{
    m_byteBudget = bytes;
    m_byteError = errorCode;
}

void FaultInjectingFileIo::refuse(Op copyOp)
{
    (copyOp == Op::SendFile ? m_refuseSendFile : m_refuseCopyFileRange) = true;
}

void FaultInjectingFileIo::reset()
{
    m_log.clear();
    m_opCounts.fill(0);
    m_failCall = -1;
    m_failOccurrence = -1;
    m_failError = 0;
    m_byteBudget = -1;
    m_byteError = 0;
    m_bytesWritten = 0;
    m_fired = false;
    m_refuseCopyFileRange = m_refuseSendFile = false;
}

QString FaultInjectingFileIo::opName(Op op)
{
    static const char *const names[] = {
        "status", "openRead", "createTemp", "createTempDirectory", "read", "write", "copyFileRange", "sendFile",
        "setMode", "sync", "syncDirectory", "close", "rename", "link", "symlink", "remove", "makeDirectory",
        "removeDirectory", "setPathMode", "startWriteback",
    };
    return QString::fromLatin1(names[int(op)]);
}

Error FaultInjectingFileIo::injected(int errorCode, const QString &path) const
{
    return errnoError(errorCode, path);
}

IoStatus FaultInjectingFileIo::enter(Op op, const QString &path)
{
    const int index = m_log.size();
    m_log.append(op);
    const int occurrence = m_opCounts[int(op)]++;
    const bool fail = index == m_failCall || (op == m_failOp && occurrence == m_failOccurrence);
    if (!fail)
        return std::nullopt;
    m_fired = true;
    return injected(m_failError, path);
}

qint64 FaultInjectingFileIo::allowance(qint64 size) const
{
    if (m_byteBudget < 0)
        return size;
    return std::clamp<qint64>(m_byteBudget - m_bytesWritten, 0, size);
}

Result<FileStatus> FaultInjectingFileIo::status(const QString &path)
{
    if (IoStatus error = enter(Op::Status, path))
        return *error;
    return m_inner.status(path);
}

Result<int> FaultInjectingFileIo::openRead(const QString &path)
{
    if (IoStatus error = enter(Op::OpenRead, path))
        return *error;
    return m_inner.openRead(path);
}

Result<TempFile> FaultInjectingFileIo::createTemp(const QString &directory, const QString &baseName)
{
    if (IoStatus error = enter(Op::CreateTemp, directory))
        return *error;
    return m_inner.createTemp(directory, baseName);
}

Result<QString> FaultInjectingFileIo::createTempDirectory(const QString &directory, const QString &baseName)
{
    if (IoStatus error = enter(Op::CreateTempDirectory, directory))
        return *error;
    return m_inner.createTempDirectory(directory, baseName);
}

Result<qint64> FaultInjectingFileIo::read(int fd, qint64 offset, char *buffer, qint64 size)
{
    if (IoStatus error = enter(Op::Read, QString()))
        return *error;
    return m_inner.read(fd, offset, buffer, size);
}

IoStatus FaultInjectingFileIo::write(int fd, const char *data, qint64 size)
{
    if (IoStatus error = enter(Op::Write, QString()))
        return error;
    const qint64 allowed = allowance(size);
    if (allowed > 0) {
        if (IoStatus error = m_inner.write(fd, data, allowed))
            return error;
        m_bytesWritten += allowed;
    }
    if (allowed < size) {
        m_fired = true;
        return injected(m_byteError, QString());
    }
    return std::nullopt;
}

Result<qint64> FaultInjectingFileIo::kernelCopy(Op op, int from, qint64 offset, qint64 length, int to)
{
    if (IoStatus error = enter(op, QString()))
        return *error;
    if (op == Op::CopyFileRange ? m_refuseCopyFileRange : m_refuseSendFile)
        return kRefused;
    const qint64 allowed = allowance(length);
    if (allowed == 0 && length > 0) {
        m_fired = true;
        return injected(m_byteError, QString());
    }
    const Result<qint64> copied = op == Op::CopyFileRange ? m_inner.copyFileRange(from, offset, allowed, to)
                                                          : m_inner.sendFile(from, offset, allowed, to);
    if (copied && *copied > 0)
        m_bytesWritten += *copied;
    return copied;
}

Result<qint64> FaultInjectingFileIo::copyFileRange(int from, qint64 offset, qint64 length, int to)
{
    return kernelCopy(Op::CopyFileRange, from, offset, length, to);
}

Result<qint64> FaultInjectingFileIo::sendFile(int from, qint64 offset, qint64 length, int to)
{
    return kernelCopy(Op::SendFile, from, offset, length, to);
}

IoStatus FaultInjectingFileIo::setMode(int fd, uint mode)
{
    if (IoStatus error = enter(Op::SetMode, QString()))
        return error;
    return m_inner.setMode(fd, mode);
}

IoStatus FaultInjectingFileIo::setPathMode(const QString &path, uint mode)
{
    if (IoStatus error = enter(Op::SetPathMode, path))
        return error;
    return m_inner.setPathMode(path, mode);
}

IoStatus FaultInjectingFileIo::sync(int fd)
{
    if (IoStatus error = enter(Op::Sync, QString()))
        return error;
    return m_inner.sync(fd);
}

IoStatus FaultInjectingFileIo::startWriteback(int fd, qint64 offset, qint64 length)
{
    if (IoStatus error = enter(Op::StartWriteback, QString()))
        return error;
    return m_inner.startWriteback(fd, offset, length);
}

IoStatus FaultInjectingFileIo::syncDirectory(const QString &path)
{
    if (IoStatus error = enter(Op::SyncDirectory, path))
        return error;
    return m_inner.syncDirectory(path);
}

IoStatus FaultInjectingFileIo::close(int fd)
{
    // The descriptor is released even when close() fails, as on Linux.
    IoStatus error = enter(Op::Close, QString());
    IoStatus real = m_inner.close(fd);
    return error ? error : real;
}

IoStatus FaultInjectingFileIo::rename(const QString &from, const QString &to)
{
    if (IoStatus error = enter(Op::Rename, to))
        return error;
    return m_inner.rename(from, to);
}

IoStatus FaultInjectingFileIo::link(const QString &existing, const QString &newPath)
{
    if (IoStatus error = enter(Op::Link, newPath))
        return error;
    return m_inner.link(existing, newPath);
}

IoStatus FaultInjectingFileIo::symlink(const QString &target, const QString &linkPath)
{
    if (IoStatus error = enter(Op::Symlink, linkPath))
        return error;
    return m_inner.symlink(target, linkPath);
}

IoStatus FaultInjectingFileIo::remove(const QString &path)
{
    if (IoStatus error = enter(Op::Remove, path))
        return error;
    return m_inner.remove(path);
}

IoStatus FaultInjectingFileIo::makeDirectory(const QString &path, uint mode)
{
    if (IoStatus error = enter(Op::MakeDirectory, path))
        return error;
    return m_inner.makeDirectory(path, mode);
}

IoStatus FaultInjectingFileIo::removeDirectory(const QString &path)
{
    if (IoStatus error = enter(Op::RemoveDirectory, path))
        return error;
    return m_inner.removeDirectory(path);
}

} // namespace envlens
