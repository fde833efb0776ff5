#include "edit/fileio.h"
#include "edit/zipformat.h"
#include "edit/ziprewriter.h"
#include "model/modelsource.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

using namespace envlens;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The failure loops run hundreds of rewrites: on tmpfs their fsyncs cost nothing. The oracle
// tests stay on the default temporary folder (a disk file system, with copy_file_range).
QString scratchRoot()
{
    const QFileInfo shm(QStringLiteral("/dev/shm"));
    return shm.isDir() && shm.isWritable() ? shm.filePath() + QLatin1String("/envlens-XXXXXX")
                                           : QDir::tempPath() + QLatin1String("/envlens-XXXXXX");
}

QStringList listDir(const QString &path)
{
    return QDir(path).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

struct RewriteCase
{
    QString fixture;
    QMap<QString, QByteArray> entries; // replaced or added
    QStringList removed;
    bool toOutput = false;
};

QVector<RewriteCase> rewriteCases()
{
    const QByteArray reqs = "mlflow==2.12.1\nnumpy==2.0.0\nscikit-learn==1.4.2\n";
    return {
        {QStringLiteral("python.zip"),
         {{QStringLiteral("model/requirements.txt"), reqs}, {QStringLiteral("model/constraints.txt"), "numpy<3\n"}},
         {},
         false},
        {QStringLiteral("python.zip"), {{QStringLiteral("model/MLmodel"), QByteArray(4000, 'x')}},
         {QStringLiteral("model/model.pkl")}, true},
        {QStringLiteral("descriptor.zip"), {{QStringLiteral("requirements.txt"), reqs}}, {}, false},
        {QStringLiteral("zip64.zip"), {{QStringLiteral("requirements.txt"), reqs}, {QStringLiteral("new.txt"), "n"}},
         {}, false},
        {QStringLiteral("infozip.zip"), {{QStringLiteral("model/requirements.txt"), reqs}}, {}, false},
        {QStringLiteral("zip64-offsets.zip"),
         {{QStringLiteral("MLmodel"), QByteArray(4000, 'm')}, {QStringLiteral("added.txt"), "a"}}, {}, false},
        {QStringLiteral("infozip-stream.zip"), {{QStringLiteral("model/MLmodel"), "artifact_path: m\n"}}, {}, true},
    };
}

} // namespace

class TestZipRewriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void identityRewrite_data();
    void identityRewrite();
    void rewriteMatchesOracles();
    void backupKeepsOriginal();
    void zip64Records();
    void copyFallbacks_data();
    void entryNames();
    void copyFallbacks();
    void refusesBrokenArchives_data();
    void refusesBrokenArchives();
    void failureAtEveryCall_data();
    void failureAtEveryCall();
    void failureAtByteOffsets_data();
    void failureAtByteOffsets();
    void killedMidWrite_data();
    void killedMidWrite();

private:
    QString fixture(const QString &name) const { return m_fixtures.filePath(name); }
    // A fresh copy of a fixture alone in a new folder.
    QString stage(const QString &name, QTemporaryDir &dir) const;
    QJsonArray runOracle(const QJsonArray &cases);

    QTemporaryDir m_fixtures;
};

void TestZipRewriter::initTestCase()
{
    QVERIFY(m_fixtures.isValid());
    QProcess python;
    python.start(test::oraclePython(), {QFINDTESTDATA("zipfixtures.py"), m_fixtures.path()});
    QVERIFY(python.waitForFinished(120000));
    QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
}

QString TestZipRewriter::stage(const QString &name, QTemporaryDir &dir) const
{
    const QString path = dir.filePath(name);
    QFile::remove(path);
    if (!QFile::copy(fixture(name), path))
        return QString();
    return path;
}

QJsonArray TestZipRewriter::runOracle(const QJsonArray &cases)
{
    QTemporaryDir dir;
    const QString casesPath = dir.filePath(QStringLiteral("cases.json"));
    QFile file(casesPath);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QJsonDocument(cases).toJson());
    file.close();
    QProcess python;
    python.start(test::oraclePython(), {QFINDTESTDATA("zipcheck.py"), casesPath});
    if (!python.waitForFinished(120000) || python.exitCode() != 0) {
        qWarning() << python.readAllStandardError();
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).array();
}

void TestZipRewriter::identityRewrite_data()
{
    QTest::addColumn<QString>("name");
    for (const char *name :
         {"python.zip", "descriptor.zip", "zip64.zip", "infozip.zip", "infozip-stream.zip", "names.zip",
          "zip64-offsets.zip"})
        QTest::addRow("%s", name) << QString::fromLatin1(name);
}

// With nothing to change, the rebuilt archive is the same file, byte for byte.
void TestZipRewriter::identityRewrite()
{
    QFETCH(QString, name);
    QTemporaryDir dir;
    const QString path = stage(name, dir);
    const Result<ZipRewriteResult> result = ZipRewriter().rewrite(path, {});
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    QCOMPARE(result->replacedEntries, 0);
    QVERIFY(readAll(path) == readAll(fixture(name)));
    QCOMPARE(listDir(dir.path()), QStringList{name});
}

void TestZipRewriter::rewriteMatchesOracles()
{
    QTemporaryDir dir;
    QJsonArray oracleCases;
    QStringList written;
    const QVector<RewriteCase> cases = rewriteCases();
    for (int i = 0; i < cases.size(); ++i) {
        const RewriteCase &c = cases[i];
        QTemporaryDir caseDir;
        const QString source = dir.filePath(QStringLiteral("case%1-%2").arg(i).arg(c.fixture));
        QVERIFY(QFile::copy(fixture(c.fixture), source));
        ZipRewriteOptions options;
        options.removedEntries = c.removed;
        if (c.toOutput)
            options.outputPath = dir.filePath(QStringLiteral("case%1-out.zip").arg(i));
        const Result<ZipRewriteResult> result = ZipRewriter().rewrite(source, c.entries, options);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        QVERIFY(result->warnings.isEmpty());
        if (c.toOutput)
            QVERIFY(readAll(source) == readAll(fixture(c.fixture)));
        QCOMPARE(QFileInfo(result->writtenPath).size(), qint64(result->archiveSize));
        QCOMPARE(QFileInfo(result->writtenPath).permissions(), QFileInfo(fixture(c.fixture)).permissions());
        written << result->writtenPath;

        QJsonObject replaced;
        QJsonArray added;
        const QByteArray names = readAll(fixture(c.fixture));
        for (auto it = c.entries.cbegin(); it != c.entries.cend(); ++it) {
            const QString encoded = QString::fromLatin1(it.value().toBase64());
            if (names.contains(it.key().toUtf8()))
                replaced.insert(it.key(), encoded);
            else
                added.append(QJsonArray{it.key(), encoded});
        }
        oracleCases.append(QJsonObject{{QStringLiteral("original"), fixture(c.fixture)},
                                       {QStringLiteral("rewritten"), result->writtenPath},
                                       {QStringLiteral("replaced"), replaced},
                                       {QStringLiteral("added"), added},
                                       {QStringLiteral("removed"), QJsonArray::fromStringList(c.removed)}});
    }

    // Offsets of copied entries that were in zip64 fields stay there, moved to where the entries
    // now start (entries written anew get plain headers: their values fit).
    for (const QString &path : written) {
        if (!path.contains(QLatin1String("zip64-offsets")))
            continue;
        const Result<int> fd = FileIo::system().openRead(path);
        QVERIFY(fd.ok());
        const ScopedFd closer(FileIo::system(), *fd);
        const auto directory = zipformat::readDirectory(FileIo::system(), *fd, QFileInfo(path).size(), path);
        QVERIFY(directory.ok());
        const QByteArray bytes = readAll(path);
        for (const zipformat::CentralEntry &entry : directory->entries) {
            const bool copied = entry.name != QLatin1String("added.txt") && entry.name != QLatin1String("MLmodel");
            QVERIFY2(entry.zip64Offset == copied, qPrintable(entry.name));
            QVERIFY(bytes.mid(int(entry.localHeaderOffset), 4) == QByteArray("PK\x03\x04"));
        }
        QVERIFY(directory->entries.at(1).localHeaderOffset != 108);
    }

    const QJsonArray problems = runOracle(oracleCases);
    QCOMPARE(problems.size(), cases.size());
    for (int i = 0; i < problems.size(); ++i) {
        const QStringList list = problems.at(i).toVariant().toStringList();
        QVERIFY2(list.isEmpty(), qPrintable(QStringLiteral("case %1: %2").arg(i).arg(list.join(QLatin1String("; ")))));
    }

    // unzip tests every archive in one run.
    QProcess unzip;
    QStringList arguments{QStringLiteral("-c"), QStringLiteral("for f; do unzip -tqq \"$f\" || exit 1; done"),
                          QStringLiteral("sh")};
    unzip.start(QStringLiteral("/bin/sh"), arguments + written);
    QVERIFY(unzip.waitForFinished(120000));
    QVERIFY2(unzip.exitCode() == 0, unzip.readAll().constData());
}

void TestZipRewriter::backupKeepsOriginal()
{
    QTemporaryDir dir;
    const QString path = stage(QStringLiteral("python.zip"), dir);
    const QString backup = path + QLatin1String(".bak");
    QFile stale(backup);
    QVERIFY(stale.open(QIODevice::WriteOnly) && stale.write("an older backup") > 0);
    stale.close();
    ZipRewriteOptions options;
    options.backupPath = backup;
    const Result<ZipRewriteResult> result =
        ZipRewriter().rewrite(path, {{QStringLiteral("model/requirements.txt"), "numpy\n"}}, options);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    QCOMPARE(result->backupPath, backup);
    QVERIFY(readAll(backup) == readAll(fixture(QStringLiteral("python.zip"))));
    QVERIFY(readAll(path) != readAll(backup));
    QCOMPARE(listDir(dir.path()), (QStringList{QStringLiteral("python.zip"), QStringLiteral("python.zip.bak")}));
}

// Offsets and sizes past 4 GiB: the central header moves them to the zip64 field and the end
// records switch to zip64; a sparse file lets the reader find them where a real archive has them.
void TestZipRewriter::zip64Records()
{
    using namespace zipformat;
    CentralEntry entry;
    entry.rawName = "model.bin";
    entry.name = QStringLiteral("model.bin");
    entry.versionMadeBy = 0x031e;
    entry.versionNeeded = 20;
    entry.compressedSize = 5ULL << 30;
    entry.uncompressedSize = 5ULL << 30;
    entry.localHeaderOffset = (4ULL << 30) + 12345;
    entry.extra = ExtraFields::parse(QByteArray("\x55\x54\x05\x00\x01\x00\x00\x00\x00", 9));
    entry.comment = "c";
    const QByteArray header = centralHeader(entry);

    Directory source;
    source.comment = "archive";
    const quint64 directoryOffset = 6ULL << 30;
    const QByteArray tail = header + endRecords(source, 1, directoryOffset, quint64(header.size()), false);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sparse.zip"));
    const int fd = ::open(QFile::encodeName(path).constData(), O_CREAT | O_RDWR, 0644);
    QVERIFY(fd >= 0);
    QCOMPARE(::pwrite(fd, tail.constData(), size_t(tail.size()), off_t(directoryOffset)), ssize_t(tail.size()));
    const qint64 fileSize = qint64(directoryOffset) + tail.size();
    const Result<Directory> read = readDirectory(FileIo::system(), fd, fileSize, path);
    ::close(fd);
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().toString()));
    QVERIFY(read->zip64);
    QCOMPARE(read->centralDirectoryOffset, directoryOffset);
    QCOMPARE(read->comment, QByteArray("archive"));
    QCOMPARE(read->entries.size(), 1);
    const CentralEntry &back = read->entries.first();
    QCOMPARE(back.localHeaderOffset, entry.localHeaderOffset);
    QCOMPARE(back.compressedSize, entry.compressedSize);
    QCOMPARE(back.uncompressedSize, entry.uncompressedSize);
    QVERIFY(back.zip64Offset && back.zip64Compressed && back.zip64Uncompressed);
    QCOMPARE(back.extra.fields.first().id, kZip64ExtraId);
    QCOMPARE(back.extra.fields.at(1).id, quint16(0x5455));
    QCOMPARE(back.comment, QByteArray("c"));
    QCOMPARE(centralHeader(back), header);

    // Back under 4 GiB, the zip64 field stays (the layout is kept) but holds the new offset.
    CentralEntry moved = back;
    moved.localHeaderOffset = 100;
    const QByteArray again = centralHeader(moved);
    QCOMPARE(again.size(), header.size());
    QCOMPARE(ExtraFields::parse(again.mid(46 + 9, header.size() - 46 - 9 - 1)).fields.first().data.mid(16, 8),
             QByteArray("\x64\0\0\0\0\0\0\0", 8));
}

void TestZipRewriter::copyFallbacks_data()
{
    QTest::addColumn<bool>("refuseCopyFileRange");
    QTest::addColumn<bool>("refuseSendFile");
    QTest::addColumn<QString>("copiedBy");
    QTest::addRow("copy_file_range") << false << false << QStringLiteral("copyFileRange");
    QTest::addRow("sendfile") << true << false << QStringLiteral("sendFile");
    QTest::addRow("read and write") << true << true << QStringLiteral("read");
}

// Where the kernel refuses copy_file_range (older kernels across file systems, some FUSE and
// network file systems) the copy goes on with sendfile, then with read/write: same archive.
void TestZipRewriter::copyFallbacks()
{
    QFETCH(bool, refuseCopyFileRange);
    QFETCH(bool, refuseSendFile);
    QFETCH(QString, copiedBy);
    const QMap<QString, QByteArray> entries{{QStringLiteral("model/requirements.txt"), "numpy==2.0.0\n"}};
    QTemporaryDir reference;
    const QString expectedPath = stage(QStringLiteral("python.zip"), reference);
    QVERIFY(ZipRewriter().rewrite(expectedPath, entries).ok());

    QTemporaryDir dir;
    const QString path = stage(QStringLiteral("python.zip"), dir);
    FaultInjectingFileIo io;
    if (refuseCopyFileRange)
        io.refuse(FaultInjectingFileIo::Op::CopyFileRange);
    if (refuseSendFile)
        io.refuse(FaultInjectingFileIo::Op::SendFile);
    const Result<ZipRewriteResult> result = ZipRewriter(io).rewrite(path, entries);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    QCOMPARE(io.bytesWritten(), qint64(result->archiveSize));
    // The replaced entry carries the time of its rewrite (DOS time in its local and central
    // headers, 4 bytes each), which may differ between the two runs; every other byte is equal.
    const QByteArray got = readAll(path);
    const QByteArray expected = readAll(expectedPath);
    QCOMPARE(got.size(), expected.size());
    int differing = 0;
    for (int i = 0; i < got.size(); ++i)
        differing += got.at(i) != expected.at(i);
    QVERIFY2(differing <= 2 * 4, qPrintable(QString::number(differing)));

    QStringList ops;
    for (const FaultInjectingFileIo::Op op : io.log())
        ops << FaultInjectingFileIo::opName(op);
    QVERIFY2(ops.contains(copiedBy), qPrintable(ops.join(QLatin1Char(' '))));
    QCOMPARE(ops.contains(QStringLiteral("sendFile")), refuseCopyFileRange);
    // After the temporary file exists, reads happen only in the read/write fallback.
    const int firstRead = int(ops.indexOf(QStringLiteral("read"), int(ops.indexOf(QStringLiteral("createTemp")))));
    QCOMPARE(firstRead >= 0, refuseCopyFileRange && refuseSendFile);
}

// The writer and the model source read entry names alike: flagged UTF-8, unflagged UTF-8, and
// unflagged code page 437, against Python's decoding of the same bytes.
void TestZipRewriter::entryNames()
{
    QFile expectedFile(fixture(QStringLiteral("names.json")));
    QVERIFY(expectedFile.open(QIODevice::ReadOnly));
    const QStringList expected = QJsonDocument::fromJson(expectedFile.readAll()).toVariant().toStringList();
    QCOMPARE(expected.size(), 4);

    const QString path = fixture(QStringLiteral("names.zip"));
    const Result<int> fd = FileIo::system().openRead(path);
    QVERIFY(fd.ok());
    const ScopedFd closer(FileIo::system(), *fd);
    const Result<zipformat::Directory> directory = zipformat::readDirectory(FileIo::system(), *fd,
                                                                            QFileInfo(path).size(), path);
    QVERIFY2(directory.ok(), qPrintable(directory.ok() ? QString() : directory.error().toString()));
    QStringList written;
    for (const zipformat::CentralEntry &entry : directory->entries)
        written << entry.name;
    QCOMPARE(written, expected);

    const auto source = ModelSource::open(path);
    QVERIFY2(source.ok(), qPrintable(source.ok() ? QString() : source.error().toString()));
    QStringList read;
    for (const SourceEntry &entry : source.value()->entries()) {
        if (!entry.isDir)
            read << entry.path;
    }
    read.sort();
    QStringList sorted = expected;
    sorted.sort();
    QCOMPARE(read, sorted);
}

void TestZipRewriter::refusesBrokenArchives_data()
{
    QTest::addColumn<QByteArray>("content");
    const QByteArray valid = readAll(fixture(QStringLiteral("descriptor.zip")));
    QTest::addRow("empty") << QByteArray();
    QTest::addRow("text") << QByteArray("numpy==1.0\n");
    QTest::addRow("truncated") << valid.left(valid.size() - 10);
    QTest::addRow("prepended") << QByteArray("#!/bin/sh\n") + valid;
    QByteArray badOffset = valid;
    badOffset[valid.size() - 6] = char(0x7f); // central directory offset far beyond the file
    QTest::addRow("bad offset") << badOffset;
    QByteArray badHeader = valid;
    badHeader[0] = 'X';
    QTest::addRow("bad local header") << badHeader;
}

void TestZipRewriter::refusesBrokenArchives()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.zip"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    const Result<ZipRewriteResult> result = ZipRewriter().rewrite(path, {{QStringLiteral("x"), "y"}});
    QVERIFY(!result.ok());
    QVERIFY(!result.error().message.isEmpty());
    QVERIFY(readAll(path) == content);
    QCOMPARE(listDir(dir.path()), QStringList{QStringLiteral("broken.zip")});
}

void TestZipRewriter::failureAtEveryCall_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("mode");
    for (const char *name : {"python.zip", "descriptor.zip", "infozip.zip"}) {
        for (const char *mode : {"in-place", "output", "backup"})
            QTest::addRow("%s %s", name, mode) << QString::fromLatin1(name) << QString::fromLatin1(mode);
    }
    // In place, with the kernel copies refused: the read/write fallback's calls fail in turn too.
    QTest::addRow("python.zip fallback") << QStringLiteral("python.zip") << QStringLiteral("fallback");
}

// Fails each file-system call of a successful rewrite in turn, with the errors a full disk,
// a denied permission, read-only media and a refused rename give.
void TestZipRewriter::failureAtEveryCall()
{
    QFETCH(QString, name);
    QFETCH(QString, mode);
    const QByteArray original = readAll(fixture(name));
    const QMap<QString, QByteArray> entries{{name == QLatin1String("descriptor.zip")
                                                 ? QStringLiteral("requirements.txt")
                                                 : QStringLiteral("model/requirements.txt"),
                                             "numpy==2.0.0\n"},
                                            {QStringLiteral("added.txt"), "new"}};
    auto optionsFor = [&](const QTemporaryDir &dir) {
        ZipRewriteOptions options;
        if (mode == QLatin1String("output"))
            options.outputPath = dir.filePath(QStringLiteral("out.zip"));
        if (mode == QLatin1String("backup"))
            options.backupPath = dir.filePath(name + QLatin1String(".bak"));
        return options;
    };

    auto refuseKernelCopies = [&](FaultInjectingFileIo &io) {
        if (mode == QLatin1String("fallback")) {
            io.refuse(FaultInjectingFileIo::Op::CopyFileRange);
            io.refuse(FaultInjectingFileIo::Op::SendFile);
        }
    };

    FaultInjectingFileIo counter;
    refuseKernelCopies(counter);
    {
        QTemporaryDir dir;
        const QString path = stage(name, dir);
        QVERIFY(ZipRewriter(counter).rewrite(path, entries, optionsFor(dir)).ok());
    }
    const int calls = counter.calls();
    QVERIFY(calls > 8);
    if (mode == QLatin1String("fallback"))
        QVERIFY(counter.log().contains(FaultInjectingFileIo::Op::SendFile));
    const int errors[] = {ENOSPC, EACCES, EROFS, EPERM, EXDEV, EIO};
    for (int call = 0; call < calls; ++call) {
        QTemporaryDir dir(scratchRoot());
        const QString path = stage(name, dir);
        FaultInjectingFileIo io;
        refuseKernelCopies(io);
        io.failCall(call, errors[call % 6]);
        const Result<ZipRewriteResult> result = ZipRewriter(io).rewrite(path, entries, optionsFor(dir));
        const QString op = FaultInjectingFileIo::opName(counter.log().at(call));
        const QString where = QStringLiteral("call %1 (%2)").arg(call).arg(op);
        QVERIFY2(io.fired(), qPrintable(where));
        const QStringList files = listDir(dir.path());
        if (!result.ok()) {
            QVERIFY2(readAll(path) == original, qPrintable(where));
            // A failed removal is the only thing that may leave a file, and the error says so.
            for (const QString &file : files) {
                QVERIFY2(file == name || result.error().message.contains(file),
                         qPrintable(where + QLatin1String(": left ") + file + QLatin1String(" / ")
                                    + result.error().message));
            }
            if (mode == QLatin1String("output"))
                QVERIFY2(!files.contains(QStringLiteral("out.zip")), qPrintable(where));
            continue;
        }
        // Failures the writer can live with: the result is complete, and leftovers are reported.
        QVERIFY2(op == QLatin1String("remove") || op == QLatin1String("syncDirectory")
                     || op == QLatin1String("link") || op == QLatin1String("status") || op == QLatin1String("close"),
                 qPrintable(where));
        QVERIFY2(readAll(result->writtenPath) != original, qPrintable(where));
        for (const QString &file : files) {
            if (file == name || file == QLatin1String("out.zip") || file == name + QLatin1String(".bak"))
                continue;
            QVERIFY2(result->warnings.join(QLatin1Char(' ')).contains(file), qPrintable(where + QLatin1String(": ") + file));
        }
    }
}

void TestZipRewriter::failureAtByteOffsets_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("toOutput");
    QTest::addColumn<int>("steps");
    QTest::addRow("python.zip in place") << QStringLiteral("python.zip") << false << 97;
    QTest::addRow("infozip-stream.zip output") << QStringLiteral("infozip-stream.zip") << true << 97;
    QTest::addRow("zip64.zip in place") << QStringLiteral("zip64.zip") << false << 5;
}

// Runs out of space after every few bytes of the new archive.
void TestZipRewriter::failureAtByteOffsets()
{
    QFETCH(QString, name);
    QFETCH(bool, toOutput);
    QFETCH(int, steps);
    const QByteArray original = readAll(fixture(name));
    const QMap<QString, QByteArray> entries{{QStringLiteral("added.txt"), QByteArray(3000, 'a')}};
    qint64 total = 0;
    {
        QTemporaryDir dir;
        FaultInjectingFileIo counter;
        QVERIFY(ZipRewriter(counter).rewrite(stage(name, dir), entries).ok());
        total = counter.bytesWritten();
    }
    QVERIFY(total > original.size());
    QVector<qint64> offsets{0, 1, 29, 30, 31, total - 23, total - 22, total - 1};
    for (qint64 step = total / steps + 1, at = 2; at < total; at += step)
        offsets << at;
    for (const qint64 offset : offsets) {
        QTemporaryDir dir(scratchRoot());
        const QString path = stage(name, dir);
        FaultInjectingFileIo io;
        io.failAfterBytes(offset, ENOSPC);
        ZipRewriteOptions options;
        if (toOutput)
            options.outputPath = dir.filePath(QStringLiteral("out.zip"));
        const Result<ZipRewriteResult> result = ZipRewriter(io).rewrite(path, entries, options);
        const QString where = QStringLiteral("after %1 bytes").arg(offset);
        QVERIFY2(!result.ok(), qPrintable(where));
        QVERIFY2(result.error().message.contains(QString::fromLocal8Bit(strerror(ENOSPC))), qPrintable(where));
        QVERIFY2(readAll(path) == original, qPrintable(where));
        QCOMPARE(listDir(dir.path()), QStringList{name});
    }
}

void TestZipRewriter::killedMidWrite_data()
{
    QTest::addColumn<int>("delayMs");
    for (int delay : {0, 5, 20, 60, 150})
        QTest::addRow("%d ms", delay) << delay;
}

// A real process rewriting a 96 MiB archive, killed with SIGKILL while it copies: the zip under
// its name is the original, whole (or, if the kill came after the rename, the complete new one).
void TestZipRewriter::killedMidWrite()
{
    QFETCH(int, delayMs);
    QTemporaryDir dir;
    const QString path = stage(QStringLiteral("big.zip"), dir);
    const QByteArray original = readAll(path);
    QProcess helper;
    helper.start(QStringLiteral(ENVLENS_ZIPREWRITE_HELPER), {path});
    QVERIFY(helper.waitForStarted());
    QVERIFY(helper.waitForReadyRead(30000));
    QCOMPARE(helper.readLine().trimmed(), QByteArray("copying"));
    const qint64 pid = helper.processId();
    QVERIFY(pid > 0);
    QTest::qWait(delayMs);
    // Only while Qt has not reaped it: a finished QProcess reports pid 0, and kill(0) would hit
    // this test's whole process group (ctest included).
    if (helper.state() == QProcess::Running)
        ::kill(pid_t(pid), SIGKILL);
    QVERIFY(helper.state() == QProcess::NotRunning || helper.waitForFinished(30000));

    const QByteArray after = readAll(path);
    if (after == original)
        return;
    // The rename happened before the kill: the file must then be the complete new archive.
    QJsonArray cases{QJsonObject{{QStringLiteral("original"), fixture(QStringLiteral("big.zip"))},
                                 {QStringLiteral("rewritten"), path},
                                 {QStringLiteral("replaced"), QJsonObject{}},
                                 {QStringLiteral("added"), QJsonArray{QJsonArray{QStringLiteral("killed.txt"),
                                                                                 QStringLiteral("a2lsbGVk")}}},
                                 {QStringLiteral("removed"), QJsonArray{}}}};
    const QJsonArray problems = runOracle(cases);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().toArray().isEmpty(), qPrintable(QString::fromUtf8(QJsonDocument(problems).toJson())));
}

QTEST_GUILESS_MAIN(TestZipRewriter)
#include "tst_ziprewriter.moc"
