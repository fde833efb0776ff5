#pragma once

#include "common/error.h"

#include <QString>
#include <QVector>

#include <array>
#include <optional>

namespace envlens {

// No value: the call succeeded.
using IoStatus = std::optional<Error>;

// What lstat() says about a path; exists is false when nothing is there.
struct FileStatus
{
    bool exists = false;
    bool isDirectory = false;
    bool isSymlink = false;
    qint64 size = 0;
    uint mode = 0;          // permission bits (07777)
    qint64 modifiedNs = 0;  // st_mtim in nanoseconds since the epoch
    quint64 device = 0;
    quint64 inode = 0;
};

struct TempFile
{
    int fd = -1;
    QString path;
};

// Every file-system call the writers make goes through this seam, so tests can make any of them
// fail (tests run as root, where permission bits stop nothing). File descriptors are plain POSIX
// fds; errors carry the path and strerror() text. system() is the real implementation.
class FileIo
{
public:
    virtual ~FileIo() = default;

    static FileIo &system();

    virtual Result<FileStatus> status(const QString &path) = 0;
    virtual Result<int> openRead(const QString &path) = 0;
    // Creates ".BASENAME.envlens-XXXXXX" (mode 0600) in directory, opened for writing.
    virtual Result<TempFile> createTemp(const QString &directory, const QString &baseName) = 0;
    // Creates the directory ".BASENAME.envlens-XXXXXX" (mode 0700) in directory.
    virtual Result<QString> createTempDirectory(const QString &directory, const QString &baseName) = 0;
    // pread(); returns how many bytes were read (fewer only at the end of the file).
    virtual Result<qint64> read(int fd, qint64 offset, char *buffer, qint64 size) = 0;
    // Writes all of data at the fd's position (retrying short writes).
    virtual IoStatus write(int fd, const char *data, qint64 size) = 0;
    // One copy_file_range(2) call: copies up to length bytes of `from` at offset to `to` at its
    // position, in the kernel (no CRC, no user-space buffer; some file systems share extents).
    // Returns how many bytes it copied (0 only at the end of `from`), or kRefused when the kernel
    // or the file systems cannot copy between these two files that way (EXDEV, ENOSYS, EINVAL...).
    virtual Result<qint64> copyFileRange(int from, qint64 offset, qint64 length, int to) = 0;
    // One sendfile(2) call, with the same contract.
    virtual Result<qint64> sendFile(int from, qint64 offset, qint64 length, int to) = 0;
    static constexpr qint64 kRefused = -1;

    // Appends length bytes of `from` starting at offset to `to` at its position: copyFileRange,
    // else sendFile, else read/write through a 1 MiB buffer, each taken over where the previous
    // one is refused. Every call goes through this seam, so faults can be injected in any of them.
    IoStatus copyRange(int from, qint64 offset, qint64 length, int to);
    virtual IoStatus setMode(int fd, uint mode) = 0;
    virtual IoStatus setPathMode(const QString &path, uint mode) = 0;
    virtual IoStatus sync(int fd) = 0;
    // Starts writing back the given range of a file being written, without waiting for it
    // (sync_file_range SYNC_FILE_RANGE_WRITE): a later sync() then has little left to wait for.
    // Durability still comes from sync() alone.
    virtual IoStatus startWriteback(int fd, qint64 offset, qint64 length) = 0;
    virtual IoStatus syncDirectory(const QString &path) = 0;
    virtual IoStatus close(int fd) = 0;
    virtual IoStatus rename(const QString &from, const QString &to) = 0;
    virtual IoStatus link(const QString &existing, const QString &newPath) = 0;
    virtual IoStatus symlink(const QString &target, const QString &linkPath) = 0;
    virtual IoStatus remove(const QString &path) = 0;
    virtual IoStatus makeDirectory(const QString &path, uint mode) = 0;
    virtual IoStatus removeDirectory(const QString &path) = 0;
};

// Hard-links `existing` as ".BASENAME.envlens-keep-XXXXXX" in directory (a fresh random name,
// retried while taken) and returns the new path. Writers keep originals this way until a rename
// has proven durable, so they can put them back.
Result<QString> linkToHiddenName(FileIo &io, const QString &existing, const QString &directory,
                                 const QString &baseName);

// Copies the file at `source` (content and permission bits) into a new temporary file in
// directory (see createTemp), fsynced and closed; returns its path. Nothing is left on failure.
Result<QString> copyToTemp(FileIo &io, const QString &source, const QString &directory, const QString &baseName);

// Closes a descriptor at scope exit, ignoring errors: for files only read from.
class ScopedFd
{
public:
    ScopedFd(FileIo &io, int fd) : m_io(io), m_fd(fd) {}
    ~ScopedFd()
    {
        if (m_fd >= 0)
            m_io.close(m_fd);
    }
    ScopedFd(const ScopedFd &) = delete;
    ScopedFd &operator=(const ScopedFd &) = delete;
    int get() const { return m_fd; }

private:
    FileIo &m_io;
    int m_fd;
};

// The real thing: POSIX calls, EINTR retried.
class SystemFileIo : public FileIo
{
public:
    Result<FileStatus> status(const QString &path) override;
    Result<int> openRead(const QString &path) override;
    Result<TempFile> createTemp(const QString &directory, const QString &baseName) override;
    Result<QString> createTempDirectory(const QString &directory, const QString &baseName) override;
    Result<qint64> read(int fd, qint64 offset, char *buffer, qint64 size) override;
    IoStatus write(int fd, const char *data, qint64 size) override;
    Result<qint64> copyFileRange(int from, qint64 offset, qint64 length, int to) override;
    Result<qint64> sendFile(int from, qint64 offset, qint64 length, int to) override;
    IoStatus setMode(int fd, uint mode) override;
    IoStatus setPathMode(const QString &path, uint mode) override;
    IoStatus sync(int fd) override;
    IoStatus startWriteback(int fd, qint64 offset, qint64 length) override;
    IoStatus syncDirectory(const QString &path) override;
    IoStatus close(int fd) override;
    IoStatus rename(const QString &from, const QString &to) override;
    IoStatus link(const QString &existing, const QString &newPath) override;
    IoStatus symlink(const QString &target, const QString &linkPath) override;
    IoStatus remove(const QString &path) override;
    IoStatus makeDirectory(const QString &path, uint mode) override;
    IoStatus removeDirectory(const QString &path) override;
};

// For tests: forwards to another FileIo and fails on demand, as a full disk (ENOSPC), a denied
// permission (EACCES), read-only media (EROFS) or a refused rename (EPERM, EXDEV, EBUSY) would.
// Calls are counted from 0 over every operation, so a test can first count the calls of a
// successful run, then fail each of them in turn. A byte budget fails the write or copy that
// crosses it after writing the bytes that still fit, and every later one, as a full disk does.
class FaultInjectingFileIo : public FileIo
{
public:
    enum class Op {
        Status, OpenRead, CreateTemp, CreateTempDirectory, Read, Write, CopyFileRange, SendFile, SetMode, Sync,
        SyncDirectory, Close, Rename, Link, Symlink, Remove, MakeDirectory, RemoveDirectory, SetPathMode,
        StartWriteback,
    };

    explicit FaultInjectingFileIo(FileIo &inner = FileIo::system());

    // The call with this index (over all operations) fails once with errorCode.
    void failCall(int callIndex, int errorCode);
    // The occurrence-th call (0-based) of op fails once with errorCode.
    void failOp(Op op, int occurrence, int errorCode);
    // Writes and copies fail with errorCode once `bytes` bytes were written in total.
    void failAfterBytes(qint64 bytes, int errorCode);
    // Every copyFileRange (or sendFile) call answers kRefused, as a kernel or file system without
    // it does, so copies take the next way (the call is still counted and can still fail).
    void refuse(Op copyOp);
    void reset();

    int calls() const { return m_log.size(); }
    const QVector<Op> &log() const { return m_log; }
    qint64 bytesWritten() const { return m_bytesWritten; }
    bool fired() const { return m_fired; }
    static QString opName(Op op);

    Result<FileStatus> status(const QString &path) override;
    Result<int> openRead(const QString &path) override;
    Result<TempFile> createTemp(const QString &directory, const QString &baseName) override;
    Result<QString> createTempDirectory(const QString &directory, const QString &baseName) override;
    Result<qint64> read(int fd, qint64 offset, char *buffer, qint64 size) override;
    IoStatus write(int fd, const char *data, qint64 size) override;
    Result<qint64> copyFileRange(int from, qint64 offset, qint64 length, int to) override;
    Result<qint64> sendFile(int from, qint64 offset, qint64 length, int to) override;
    IoStatus setMode(int fd, uint mode) override;
    IoStatus setPathMode(const QString &path, uint mode) override;
    IoStatus sync(int fd) override;
    IoStatus startWriteback(int fd, qint64 offset, qint64 length) override;
    IoStatus syncDirectory(const QString &path) override;
    IoStatus close(int fd) override;
    IoStatus rename(const QString &from, const QString &to) override;
    IoStatus link(const QString &existing, const QString &newPath) override;
    IoStatus symlink(const QString &target, const QString &linkPath) override;
    IoStatus remove(const QString &path) override;
    IoStatus makeDirectory(const QString &path, uint mode) override;
    IoStatus removeDirectory(const QString &path) override;

private:
    // Records the call; returns the injected error if this call is the one to fail.
    IoStatus enter(Op op, const QString &path);
    // copyFileRange and sendFile: counted, refused on demand, held to the byte budget.
    Result<qint64> kernelCopy(Op op, int from, qint64 offset, qint64 length, int to);
    // How many of `size` bytes may still be written before the byte budget runs out.
    qint64 allowance(qint64 size) const;
    Error injected(int errorCode, const QString &path) const;

    FileIo &m_inner;
    QVector<Op> m_log;
    std::array<int, int(Op::StartWriteback) + 1> m_opCounts {};
    int m_failCall = -1;
    Op m_failOp = Op::Status;
    int m_failOccurrence = -1;
    int m_failError = 0;
    qint64 m_byteBudget = -1;
    int m_byteError = 0;
    qint64 m_bytesWritten = 0;
    bool m_fired = false;
    bool m_refuseCopyFileRange = false;
    bool m_refuseSendFile = false;
};

} // namespace envlens
