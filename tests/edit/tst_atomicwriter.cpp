#include "edit/atomicwriter.h"
#include "edit/fileio.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

using namespace envlens;

namespace {

// Every entry under root: relative path → mode and content (link target for symlinks).
using Snapshot = QMap<QString, QPair<uint, QByteArray>>;

Snapshot snapshot(const QString &root)
{
    Snapshot result;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        struct stat st {};
        ::lstat(QFile::encodeName(path).constData(), &st);
        QByteArray content;
        if (S_ISLNK(st.st_mode)) {
            char target[4096];
            const ssize_t length = ::readlink(QFile::encodeName(path).constData(), target, sizeof target);
            content = "-> " + QByteArray(target, int(std::max<ssize_t>(length, 0)));
        } else if (S_ISREG(st.st_mode)) {
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                content = file.readAll();
        }
        result.insert(path.mid(root.size() + 1), {uint(st.st_mode), content});
    }
    return result;
}

bool writeFile(const QString &path, const QByteArray &content, uint mode = 0644)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return false;
    file.close();
    return ::chmod(QFile::encodeName(path).constData(), mode) == 0;
}

// A small model folder: files with different modes, a subfolder, a hidden file and a link.
QString makeModel(const QString &base)
{
    const QString model = base + QLatin1String("/model");
    writeFile(model + QLatin1String("/MLmodel"), "artifact_path: model\n");
    writeFile(model + QLatin1String("/requirements.txt"), "numpy==1.26.4\r\npandas\r\n", 0600);
    writeFile(model + QLatin1String("/conda.yaml"), "name: env\n", 0640);
    writeFile(model + QLatin1String("/code/train.py"), "print(1)\n", 0755);
    writeFile(model + QLatin1String("/.hidden"), "h");
    ::symlink("requirements.txt", QFile::encodeName(model + QLatin1String("/reqs-link")).constData());
    return model;
}

const QMap<QString, QByteArray> kEdits{
    {QStringLiteral("requirements.txt"), "numpy==2.0.0\r\npandas\r\n"},
    {QStringLiteral("conda.yaml"), "name: env\ndependencies: []\n"},
    {QStringLiteral("extra/constraints.txt"), "numpy<3\n"},
};

// What the folder must hold after kEdits were written into it.
Snapshot expectedAfterEdits(const Snapshot &before, const QString &prefix)
{
    Snapshot expected = before;
    for (auto it = kEdits.cbegin(); it != kEdits.cend(); ++it) {
        const QString key = prefix + it.key();
        const uint mode = expected.contains(key) ? expected.value(key).first : (S_IFREG | 0644);
        expected.insert(key, {mode, it.value()});
    }
    expected.insert(prefix + QLatin1String("extra"), {S_IFDIR | 0755, QByteArray()});
    return expected;
}

QString scratchRoot()
{
    const QFileInfo shm(QStringLiteral("/dev/shm"));
    return shm.isDir() && shm.isWritable() ? shm.filePath() + QLatin1String("/envlens-XXXXXX")
                                           : QDir::tempPath() + QLatin1String("/envlens-XXXXXX");
}

} // namespace

class TestAtomicWriter : public QObject
{
    Q_OBJECT

private slots:
    void writesInPlace();
    void writesNewFolder();
    void refusesExistingOutput();
    void keepsBackup();
    void backupPathFor_data();
    void backupPathFor();
    void refusesBadPaths_data();
    void refusesBadPaths();
    void refusesSymlinkTarget();
    void failureAtEveryCall_data();
    void failureAtEveryCall();
    void failureAtByteOffsets();
};

void TestAtomicWriter::writesInPlace()
{
    QTemporaryDir base;
    const QString model = makeModel(base.path());
    ::umask(022);
    const Snapshot before = snapshot(base.path());
    const Result<FolderWriteResult> result = AtomicWriter().writeFolder(model, kEdits);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    QCOMPARE(result->writtenFiles, kEdits.keys());
    QVERIFY(result->warnings.isEmpty());
    QCOMPARE(snapshot(base.path()), expectedAfterEdits(before, QStringLiteral("model/")));
}

void TestAtomicWriter::writesNewFolder()
{
    QTemporaryDir base;
    const QString model = makeModel(base.path());
    const Snapshot before = snapshot(base.path());
    FolderWriteOptions options;
    options.outputPath = base.filePath(QStringLiteral("copy"));
    const Result<FolderWriteResult> result = AtomicWriter().writeFolder(model, kEdits, options);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    QCOMPARE(result->writtenPath, options.outputPath);

    Snapshot expected = before;
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        expected.insert(QLatin1String("copy") + it.key().mid(5), it.value());
    expected = expectedAfterEdits(expected, QStringLiteral("copy/"));
    // The new folder has the original folder's mode and every file its original's mode.
    struct stat st {};
    ::stat(QFile::encodeName(model).constData(), &st);
    expected.insert(QStringLiteral("copy"), {uint(st.st_mode), QByteArray()});
    QCOMPARE(snapshot(base.path()), expected);
}

void TestAtomicWriter::refusesExistingOutput()
{
    QTemporaryDir base;
    const QString model = makeModel(base.path());
    QVERIFY(QDir(base.path()).mkdir(QStringLiteral("taken")));
    const Snapshot before = snapshot(base.path());
    FolderWriteOptions options;
    options.outputPath = base.filePath(QStringLiteral("taken"));
    const Result<FolderWriteResult> result = AtomicWriter().writeFolder(model, kEdits, options);
    QVERIFY(!result.ok());
    QVERIFY(result.error().message.contains(QLatin1String("exists")));
    QCOMPARE(snapshot(base.path()), before);
}

void TestAtomicWriter::keepsBackup()
{
    QTemporaryDir base;
    const QString model = makeModel(base.path());
    const QString backup = AtomicWriter::backupPathFor(model);
    QCOMPARE(backup, base.filePath(QStringLiteral("model.bak")));
    QVERIFY(writeFile(backup + QLatin1String("/stale.txt"), "older backup"));
    const Snapshot before = snapshot(model);

    FolderWriteOptions options;
    options.backupPath = backup;
    const Result<FolderWriteResult> result = AtomicWriter().writeFolder(model, kEdits, options);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    QCOMPARE(result->backupPath, backup);
    QCOMPARE(snapshot(backup), before);
    QCOMPARE(snapshot(model), expectedAfterEdits(before, QString()));
    QCOMPARE(QDir(base.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             (QStringList{QStringLiteral("model"), QStringLiteral("model.bak")}));
}

void TestAtomicWriter::backupPathFor_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("backup");
    QTest::addRow("folder") << QStringLiteral("/m/model") << QStringLiteral("/m/model.bak");
    QTest::addRow("folder slash") << QStringLiteral("/m/model/") << QStringLiteral("/m/model.bak");
    QTest::addRow("zip") << QStringLiteral("/m/model.zip") << QStringLiteral("/m/model.zip.bak");
}

void TestAtomicWriter::backupPathFor()
{
    QFETCH(QString, model);
    QFETCH(QString, backup);
    QCOMPARE(AtomicWriter::backupPathFor(model), backup);
}

void TestAtomicWriter::refusesBadPaths_data()
{
    QTest::addColumn<QString>("path");
    for (const char *path : {"../escape.txt", "/etc/passwd", "a//b", "./x", "code/../../x", ""})
        QTest::addRow("%s", path) << QString::fromLatin1(path);
}

void TestAtomicWriter::refusesBadPaths()
{
    QFETCH(QString, path);
    QTemporaryDir base;
    const QString model = makeModel(base.path());
    const Snapshot before = snapshot(base.path());
    const Result<FolderWriteResult> result = AtomicWriter().writeFolder(model, {{path, "x"}});
    QVERIFY(!result.ok());
    QCOMPARE(snapshot(base.path()), before);
}

void TestAtomicWriter::refusesSymlinkTarget()
{
    QTemporaryDir base;
    const QString model = makeModel(base.path());
    const Snapshot before = snapshot(base.path());
    const Result<FolderWriteResult> result = AtomicWriter().writeFolder(
        model, {{QStringLiteral("MLmodel"), "x"}, {QStringLiteral("reqs-link"), "numpy\n"}});
    QVERIFY(!result.ok());
    QCOMPARE(snapshot(base.path()), before);
}

void TestAtomicWriter::failureAtEveryCall_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addRow("in place") << QStringLiteral("in-place");
    QTest::addRow("output") << QStringLiteral("output");
    QTest::addRow("backup") << QStringLiteral("backup");
}

// Fails each file-system call of a successful write in turn: afterwards either the write is
// complete, or every original is intact; nothing is left but what the error or warnings name.
void TestAtomicWriter::failureAtEveryCall()
{
    QFETCH(QString, mode);
    auto optionsFor = [&](const QString &base) {
        FolderWriteOptions options;
        if (mode == QLatin1String("output"))
            options.outputPath = base + QLatin1String("/out");
        if (mode == QLatin1String("backup"))
            options.backupPath = base + QLatin1String("/model.bak");
        return options;
    };
    FaultInjectingFileIo counter;
    {
        QTemporaryDir base(scratchRoot());
        QVERIFY(AtomicWriter(counter).writeFolder(makeModel(base.path()), kEdits, optionsFor(base.path())).ok());
    }
    const int calls = counter.calls();
    QVERIFY(calls > 10);
    const int errors[] = {ENOSPC, EACCES, EROFS, EPERM, EXDEV, EIO};
    for (int call = 0; call < calls; ++call) {
        QTemporaryDir base(scratchRoot());
        const QString model = makeModel(base.path());
        const Snapshot before = snapshot(base.path());
        FaultInjectingFileIo io;
        io.failCall(call, errors[call % 6]);
        const Result<FolderWriteResult> result = AtomicWriter(io).writeFolder(model, kEdits, optionsFor(base.path()));
        const QString op = FaultInjectingFileIo::opName(counter.log().at(call));
        const QString where = QStringLiteral("call %1 (%2)").arg(call).arg(op);
        QVERIFY2(io.fired(), qPrintable(where));
        Snapshot after = snapshot(base.path());

        const QString named = result.ok() ? result->warnings.join(QLatin1Char(' ')) : result.error().message;
        Snapshot expected = before;
        if (result.ok()) {
            const QString prefix = mode == QLatin1String("output") ? QStringLiteral("out/") : QStringLiteral("model/");
            if (mode == QLatin1String("output")) {
                for (auto it = before.cbegin(); it != before.cend(); ++it)
                    expected.insert(QLatin1String("out") + it.key().mid(5), it.value());
                expected.insert(QStringLiteral("out"), before.value(QStringLiteral("model")));
            }
            expected = expectedAfterEdits(expected, prefix);
        }
        // A complete backup may exist even when the write itself failed: it holds the originals.
        for (auto it = after.begin(); it != after.end();) {
            const bool backupCopy = it.key().startsWith(QLatin1String("model.bak"))
                && (it.key() == QLatin1String("model.bak")
                    || before.value(QLatin1String("model") + it.key().mid(9)) == it.value());
            const bool reported = !named.isEmpty() && named.contains(QFileInfo(it.key()).fileName())
                && QFileInfo(it.key()).fileName().startsWith(QLatin1Char('.'))
                && QFileInfo(it.key()).fileName() != QLatin1String(".hidden");
            it = (backupCopy || reported) && !expected.contains(it.key()) ? after.erase(it) : std::next(it);
        }
        if (after != expected) {
            QStringList differences;
            for (auto it = after.cbegin(); it != after.cend(); ++it) {
                if (expected.value(it.key()) != it.value())
                    differences << it.key();
            }
            for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
                if (!after.contains(it.key()))
                    differences << QLatin1String("missing ") + it.key();
            }
            QFAIL(qPrintable(where + QLatin1String(result.ok() ? " succeeded: " : " failed: ")
                             + differences.join(QLatin1String(", ")) + QLatin1String(" / ") + named));
        }
    }
}

// Runs out of space after every few bytes written, in place and into a new folder.
void TestAtomicWriter::failureAtByteOffsets()
{
    for (const bool toOutput : {false, true}) {
        qint64 total = 0;
        {
            QTemporaryDir base(scratchRoot());
            FaultInjectingFileIo counter;
            FolderWriteOptions options;
            if (toOutput)
                options.outputPath = base.filePath(QStringLiteral("out"));
            QVERIFY(AtomicWriter(counter).writeFolder(makeModel(base.path()), kEdits, options).ok());
            total = counter.bytesWritten();
        }
        for (qint64 offset = 0; offset < total; ++offset) {
            QTemporaryDir base(scratchRoot());
            const QString model = makeModel(base.path());
            const Snapshot before = snapshot(base.path());
            FaultInjectingFileIo io;
            io.failAfterBytes(offset, ENOSPC);
            FolderWriteOptions options;
            if (toOutput)
                options.outputPath = base.filePath(QStringLiteral("out"));
            const Result<FolderWriteResult> result = AtomicWriter(io).writeFolder(model, kEdits, options);
            const QString where = QStringLiteral("%1 after %2 bytes").arg(QLatin1String(toOutput ? "output" : "in place")).arg(offset);
            QVERIFY2(!result.ok(), qPrintable(where));
            QVERIFY2(result.error().message.contains(QString::fromLocal8Bit(std::strerror(ENOSPC))), qPrintable(where));
            QVERIFY2(snapshot(base.path()) == before, qPrintable(where));
        }
    }
}

QTEST_GUILESS_MAIN(TestAtomicWriter)
#include "tst_atomicwriter.moc"
