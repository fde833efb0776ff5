#include "testpaths.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstring>
#include <sys/types.h>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runCli(const QStringList &args)
{
    QProcess process;
    process.start(envlens::test::cliPath(), QStringList{QStringLiteral("edit")} + args);
    Run run;
    // Not started is not exit code 0 (QProcess reports a normal exit with code 0 then).
    if (!process.waitForStarted(30000)) {
        run.err = process.errorString().toUtf8();
        return run;
    }
    process.waitForFinished(120000);
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Every file of a folder: relative path → bytes.
QMap<QString, QByteArray> snapshot(const QString &folder)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(QDir(folder).relativeFilePath(path), readFile(path));
    }
    return files;
}

bool copyFixture(const QString &name, const QString &to)
{
    const QString from = envlens::test::dataDir() + QStringLiteral("/edit/") + name;
    if (!QDir().mkpath(to))
        return false;
    for (const QString &file : QDir(from).entryList(QDir::Files)) {
        if (!QFile::copy(from + QLatin1Char('/') + file, to + QLatin1Char('/') + file))
            return false;
    }
    return true;
}

bool zipFolder(const QString &folder, const QString &zip)
{
    QProcess process;
    process.setWorkingDirectory(folder);
    process.start(QStringLiteral("/usr/bin/zip"), {QStringLiteral("-qrX"), zip, QStringLiteral(".")});
    return process.waitForFinished(60000) && process.exitCode() == 0;
}

bool unzipTest(const QString &zip)
{
    QProcess process;
    process.start(QStringLiteral("/usr/bin/unzip"), {QStringLiteral("-tq"), zip});
    return process.waitForFinished(60000) && process.exitCode() == 0;
}

QByteArray unzipEntry(const QString &zip, const QString &entry)
{
    QProcess process;
    process.start(QStringLiteral("/usr/bin/unzip"), {QStringLiteral("-p"), zip, entry});
    process.waitForFinished(60000);
    return process.readAllStandardOutput();
}

// Every file of a folder: relative path -> modification time in ms.
QMap<QString, qint64> mtimes(const QString &folder)
{
    QMap<QString, qint64> times;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        times.insert(QDir(folder).relativeFilePath(path), QFileInfo(path).lastModified().toMSecsSinceEpoch());
    }
    return times;
}

// Backdates every file of a folder, so that any rewrite shows in its mtime.
bool backdate(const QString &folder)
{
    const QDateTime old = QDateTime::fromSecsSinceEpoch(1577836800);   // 2020-01-01
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (!f.open(QIODevice::ReadWrite) || !f.setFileTime(old, QFileDevice::FileModificationTime))
            return false;
    }
    return true;
}

QByteArray sha256(const QString &path)
{
    QFile f(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    return f.open(QIODevice::ReadOnly) && hash.addData(&f) ? hash.result() : QByteArray();
}

// A zip of the plain fixture with a large stored artifact, so that a rewrite takes a while.
bool makeLargeZip(const QString &work, const QString &zip, qint64 mebibytes)
{
    const QString folder = work + QStringLiteral("/large-src");
    if (!copyFixture(QStringLiteral("plain"), folder))
        return false;
    QFile weights(folder + QStringLiteral("/weights.bin"));
    if (!weights.open(QIODevice::WriteOnly))
        return false;
    QByteArray block(1 << 20, '\0');
    quint32 x = 2463534242u;   // xorshift: incompressible, reproducible
    for (qint64 i = 0; i < mebibytes; ++i) {
        for (int j = 0; j < block.size(); j += 4) {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            memcpy(block.data() + j, &x, 4);
        }
        if (weights.write(block) != block.size())
            return false;
    }
    weights.close();
    QProcess process;
    process.setWorkingDirectory(folder);
    process.start(QStringLiteral("/usr/bin/zip"), {QStringLiteral("-qrX0"), zip, QStringLiteral(".")});
    return process.waitForFinished(300000) && process.exitCode() == 0 && QDir(folder).removeRecursively();
}

} // namespace

class TestCliEdit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(envlens::test::cliPath()).isExecutable(), "ENVLENS_CLI names no program: run through ctest");
    }
    void init() { QVERIFY(m_dir.isValid()); }
    void addWritesFolder();
    void dryRunWritesNothing();
    void refusalsWriteNothing_data();
    void refusalsWriteNothing();
    void removeAbsentWarns();
    void pythonAndJson();
    void outputAndBackup();
    void zipInPlaceAndOutput();
    void forceAccepted();
    void noEditWritesNothing_data();
    void noEditWritesNothing();
    void exitOneWhenErrorsRemain();
    void fixApplies();
    void dryRunPython();
    void dryRunExitsAsTheWrite_data();
    void dryRunExitsAsTheWrite();
    void crossFormatOutput();
    void killedMidWrite();

private:
    QTemporaryDir m_dir;
};

void TestCliEdit::addWritesFolder()
{
    const QString model = m_dir.filePath(QStringLiteral("add"));
    QVERIFY(copyFixture(QStringLiteral("plain"), model));
    const auto before = snapshot(model);
    const Run run = runCli({model, QStringLiteral("--add"), QStringLiteral("pandas==2.2.3")});
    QVERIFY2(run.exitCode == 0 || run.exitCode == 1, run.err.constData());
    const auto after = snapshot(model);
    QCOMPARE(after.keys(), before.keys());   // no temporary or backup left behind
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (it.key() == QLatin1String("requirements.txt") || it.key() == QLatin1String("conda.yaml"))
            QVERIFY(after.value(it.key()) != it.value());
        else
            QCOMPARE(after.value(it.key()), it.value());
    }
    QVERIFY(after.value(QStringLiteral("requirements.txt")).contains("pandas==2.2.3  # bumped by hand"));
    QVERIFY(run.out.contains("requirements.txt"));
}

void TestCliEdit::dryRunWritesNothing()
{
    const QString model = m_dir.filePath(QStringLiteral("dry"));
    QVERIFY(copyFixture(QStringLiteral("crlf"), model));
    const auto before = snapshot(model);
    const Run run = runCli({model, QStringLiteral("--dry-run"), QStringLiteral("--add"), QStringLiteral("numpy==2.0")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("--- a/requirements.txt"));
    QVERIFY(run.out.contains("+numpy==2.0"));
    QVERIFY(run.out.contains("+++ b/conda.yaml"));
    QCOMPARE(snapshot(model), before);
}

void TestCliEdit::refusalsWriteNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("invalid requirement") << QStringList{QStringLiteral("--add"), QStringLiteral("numpy=1.0")}
                                         << QByteArray("numpy=1.0");
    QTest::newRow("invalid python") << QStringList{QStringLiteral("--python"), QStringLiteral("three")}
                                    << QByteArray("three");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << QByteArray("--frobnicate");
    QTest::newRow("missing override") << QStringList{QStringLiteral("--override"), QStringLiteral("/nonexistent.txt")}
                                      << QByteArray("/nonexistent.txt");
    QTest::newRow("bad format") << QStringList{QStringLiteral("--format"), QStringLiteral("sarif")}
                                << QByteArray("sarif");
    QTest::newRow("output exists") << QStringList{QStringLiteral("--add"), QStringLiteral("x"),
                                                  QStringLiteral("--output"), QStringLiteral("/")}
                                   << QByteArray("/");
}

void TestCliEdit::refusalsWriteNothing()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, message);
    const QString model = m_dir.filePath(QStringLiteral("refuse-") + QString::fromLatin1(QTest::currentDataTag()));
    QVERIFY(copyFixture(QStringLiteral("plain"), model));
    const auto before = snapshot(model);
    const Run run = runCli(QStringList{model} + args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), run.err.constData());
    QCOMPARE(snapshot(model), before);
}

void TestCliEdit::removeAbsentWarns()
{
    const QString model = m_dir.filePath(QStringLiteral("absent"));
    QVERIFY(copyFixture(QStringLiteral("plain"), model));
    const auto before = snapshot(model);
    const Run run = runCli({model, QStringLiteral("--remove"), QStringLiteral("torch")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.contains("torch"));
    QCOMPARE(snapshot(model), before);
}

void TestCliEdit::pythonAndJson()
{
    const QString model = m_dir.filePath(QStringLiteral("python"));
    QVERIFY(copyFixture(QStringLiteral("crlf"), model));
    const Run run = runCli({model, QStringLiteral("--python"), QStringLiteral("3.12"), QStringLiteral("--format"),
                            QStringLiteral("json")});
    QVERIFY2(run.exitCode == 0 || run.exitCode == 1, run.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QStringList written;
    for (const QJsonValue &v : json.value(QStringLiteral("written")).toArray())
        written.append(v.toString());
    written.sort();
    QCOMPARE(written, (QStringList{QStringLiteral("MLmodel"), QStringLiteral("conda.yaml"),
                                   QStringLiteral("python_env.yaml")}));
    QVERIFY(json.value(QStringLiteral("diagnostics")).isArray());
    QVERIFY(readFile(model + QStringLiteral("/MLmodel")).contains("python_version: \"3.12\"\r\n"));
    QVERIFY(readFile(model + QStringLiteral("/python_env.yaml")).contains("python: '3.12'\r\n"));
    QVERIFY(readFile(model + QStringLiteral("/conda.yaml")).contains("- 'python=3.12'\r\n"));
}

void TestCliEdit::outputAndBackup()
{
    const QString model = m_dir.filePath(QStringLiteral("orig"));
    QVERIFY(copyFixture(QStringLiteral("plain"), model));
    const auto before = snapshot(model);
    const QString dest = m_dir.filePath(QStringLiteral("copy"));
    Run run = runCli({model, QStringLiteral("--add"), QStringLiteral("xgboost==2.0.3"), QStringLiteral("--output"), dest});
    QVERIFY2(run.exitCode == 0 || run.exitCode == 1, run.err.constData());
    QCOMPARE(snapshot(model), before);
    const auto copy = snapshot(dest);
    QVERIFY(copy.value(QStringLiteral("requirements.txt")).contains("xgboost==2.0.3"));
    QCOMPARE(copy.value(QStringLiteral("model.pkl")), before.value(QStringLiteral("model.pkl")));

    run = runCli({model, QStringLiteral("--remove"), QStringLiteral("numpy"), QStringLiteral("--backup")});
    QVERIFY2(run.exitCode == 0 || run.exitCode == 1, run.err.constData());
    QCOMPARE(snapshot(model + QStringLiteral(".bak")), before);
    QVERIFY(!readFile(model + QStringLiteral("/requirements.txt")).contains("numpy"));
}

void TestCliEdit::zipInPlaceAndOutput()
{
    const QString folder = m_dir.filePath(QStringLiteral("zipsrc"));
    QVERIFY(copyFixture(QStringLiteral("plain"), folder));
    const QString zip = m_dir.filePath(QStringLiteral("model.zip"));
    QVERIFY(zipFolder(folder, zip));
    const QByteArray original = readFile(zip);
    const QString out = m_dir.filePath(QStringLiteral("edited.zip"));
    Run run = runCli({zip, QStringLiteral("--add"), QStringLiteral("lightgbm==4.3.0"), QStringLiteral("--output"), out});
    QVERIFY2(run.exitCode == 0 || run.exitCode == 1, run.err.constData());
    QCOMPARE(readFile(zip), original);
    QVERIFY(unzipTest(out));
    QVERIFY(unzipEntry(out, QStringLiteral("requirements.txt")).contains("lightgbm==4.3.0"));
    QCOMPARE(unzipEntry(out, QStringLiteral("model.pkl")), readFile(folder + QStringLiteral("/model.pkl")));

    run = runCli({zip, QStringLiteral("--remove"), QStringLiteral("pandas"), QStringLiteral("--backup")});
    QVERIFY2(run.exitCode == 0 || run.exitCode == 1, run.err.constData());
    QVERIFY(unzipTest(zip));
    QCOMPARE(readFile(zip + QStringLiteral(".bak")), original);
    QVERIFY(!unzipEntry(zip, QStringLiteral("requirements.txt")).contains("pandas"));
    QCOMPARE(unzipEntry(zip, QStringLiteral("MLmodel")), readFile(folder + QStringLiteral("/MLmodel")));
}

// The changed-on-disk refusal itself is tst_modelwriter's; here --force is accepted.
void TestCliEdit::forceAccepted()
{
    const QString model = m_dir.filePath(QStringLiteral("force"));
    QVERIFY(copyFixture(QStringLiteral("plain"), model));
    const Run run = runCli({model, QStringLiteral("--add"), QStringLiteral("xgboost"), QStringLiteral("--force")});
    QVERIFY2(run.exitCode == 0 || run.exitCode == 1, run.err.constData());
    QVERIFY(readFile(model + QStringLiteral("/requirements.txt")).contains("xgboost"));
}

void TestCliEdit::noEditWritesNothing_data()
{
    QTest::addColumn<bool>("zipped");
    QTest::addColumn<QStringList>("args");
    for (const bool zipped : {false, true}) {
        const char *kind = zipped ? "zip" : "folder";
        QTest::addRow("%s, no edit", kind) << zipped << QStringList();
        QTest::addRow("%s, the same line", kind) << zipped << QStringList{QStringLiteral("--add"), QStringLiteral("numpy==1.26.4")};
        QTest::addRow("%s, the same python", kind) << zipped << QStringList{QStringLiteral("--python"), QStringLiteral("3.10.14")};
        QTest::addRow("%s, absent fix", kind) << zipped << QStringList{QStringLiteral("--fix"), QStringLiteral("req-conflict")};
    }
}

// Opening and saving with no effective edit writes nothing: bytes and mtimes stay, exit 0.
void TestCliEdit::noEditWritesNothing()
{
    QFETCH(bool, zipped);
    QFETCH(QStringList, args);
    const QString work = m_dir.filePath(QStringLiteral("noedit-") + QString::fromLatin1(QTest::currentDataTag()));
    const QString folder = work + QStringLiteral("/model");
    QVERIFY(copyFixture(QStringLiteral("plain"), folder));
    QString model = folder;
    if (zipped) {
        model = work + QStringLiteral("/model.zip");
        QVERIFY(zipFolder(folder, model));
        QVERIFY(QDir(folder).removeRecursively());
    }
    QVERIFY(backdate(work));
    const auto bytes = snapshot(work);
    const auto times = mtimes(work);
    const Run run = runCli(QStringList{model} + args);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("nothing to do"), run.out.constData());
    QCOMPARE(snapshot(work), bytes);
    QCOMPARE(mtimes(work), times);
}

// The example model keeps its deliberate error after an unrelated edit: written, exit 1.
void TestCliEdit::exitOneWhenErrorsRemain()
{
    const QString model = m_dir.filePath(QStringLiteral("example"));
    const QString from = envlens::test::examplesDir() + QStringLiteral("/iris-classifier");
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = model + QLatin1Char('/') + QDir(from).relativeFilePath(path);
        QVERIFY(QDir().mkpath(QFileInfo(target).path()));
        QVERIFY(QFile::copy(path, target));
    }
    const Run run = runCli({model, QStringLiteral("--add"), QStringLiteral("xgboost==2.0.3")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.contains("written: requirements.txt"));
    QVERIFY(run.out.contains("error"));
    QVERIFY(readFile(model + QStringLiteral("/requirements.txt")).contains("xgboost==2.0.3"));
}

// --fix applies the default fix-it: conda's pip list follows requirements.txt, comment kept.
void TestCliEdit::fixApplies()
{
    const QString model = m_dir.filePath(QStringLiteral("fix"));
    QVERIFY(copyFixture(QStringLiteral("mismatch"), model));
    const QByteArray requirements = readFile(model + QStringLiteral("/requirements.txt"));
    const Run run = runCli({model, QStringLiteral("--fix"), QStringLiteral("pip-mismatch")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("written: conda.yaml"));
    QCOMPARE(readFile(model + QStringLiteral("/conda.yaml")),
             readFile(envlens::test::dataDir() + QStringLiteral("/edit/expected/mismatch-fix/conda.yaml")));
    QCOMPARE(readFile(model + QStringLiteral("/requirements.txt")), requirements);
    const Run again = runCli({model, QStringLiteral("--fix"), QStringLiteral("pip-mismatch")});
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.out.contains("nothing to do"));
    QVERIFY(again.err.contains("pip-mismatch"));
}

// --dry-run prints one unified diff per file, in path order, CRLF files included.
void TestCliEdit::dryRunPython()
{
    const QString model = m_dir.filePath(QStringLiteral("drypython"));
    QVERIFY(copyFixture(QStringLiteral("crlf"), model));
    const auto before = snapshot(model);
    const Run run = runCli({model, QStringLiteral("--python"), QStringLiteral("3.12"), QStringLiteral("--dry-run")});
    QCOMPARE(run.exitCode, 0);
    const int mlmodel = run.out.indexOf("--- a/MLmodel");
    const int conda = run.out.indexOf("--- a/conda.yaml");
    const int pythonEnv = run.out.indexOf("--- a/python_env.yaml");
    QVERIFY2(mlmodel >= 0 && mlmodel < conda && conda < pythonEnv, run.out.constData());
    QVERIFY(run.out.contains("-    python_version: \"3.11.9\""));
    QVERIFY(run.out.contains("+    python_version: \"3.12\""));
    QVERIFY(run.out.contains("+  - 'python=3.12'"));
    QVERIFY(run.out.contains("+python: '3.12'"));
    QVERIFY(!run.out.contains("requirements.txt"));
    QCOMPARE(snapshot(model), before);
}

void TestCliEdit::dryRunExitsAsTheWrite_data()
{
    QTest::addColumn<QString>("fixture");   // a tests/data/edit fixture, or "example"
    QTest::addColumn<bool>("zip");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    const QString add = QStringLiteral("--add");
    QTest::newRow("nothing to do") << QStringLiteral("plain") << false
                                   << QStringList{QStringLiteral("--remove"), QStringLiteral("absent")} << 0;
    QTest::newRow("applies cleanly") << QStringLiteral("plain") << false
                                     << QStringList{add, QStringLiteral("numpy==1.26.3")} << 0;
    QTest::newRow("applies cleanly, zip") << QStringLiteral("plain") << true
                                          << QStringList{add, QStringLiteral("numpy==1.26.3")} << 0;
    // numpy==3.0 against constraints.txt's numpy<2: the edit itself brings an error in.
    QTest::newRow("error introduced") << QStringLiteral("plain") << false
                                      << QStringList{add, QStringLiteral("numpy==3.0")} << 1;
    QTest::newRow("error introduced, zip") << QStringLiteral("plain") << true
                                           << QStringList{add, QStringLiteral("numpy==3.0")} << 1;
    QTest::newRow("errors remain") << QStringLiteral("example") << false
                                   << QStringList{add, QStringLiteral("xgboost==2.0.3")} << 1;
    QTest::newRow("python everywhere") << QStringLiteral("plain") << false
                                       << QStringList{QStringLiteral("--python"), QStringLiteral("3.12.1")} << 0;
    QTest::newRow("invalid requirement") << QStringLiteral("plain") << false
                                         << QStringList{add, QStringLiteral("numpy=1.0")} << 2;
    QTest::newRow("output exists") << QStringLiteral("plain") << false
                                   << QStringList{add, QStringLiteral("numpy==1.26.3"), QStringLiteral("--output"),
                                                  QStringLiteral("@existing")}
                                   << 2;
}

// --dry-run writes nothing and exits with the code the same command without it gives
// (spec/cli.md: "--dry-run returns what the write would"); then the real run proves it.
void TestCliEdit::dryRunExitsAsTheWrite()
{
    QFETCH(QString, fixture);
    QFETCH(bool, zip);
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'));
    auto stageModel = [&](const QString &name) -> QString {
        const QString folder = m_dir.filePath(name);
        if (fixture == QLatin1String("example")) {
            const QString from = envlens::test::examplesDir() + QStringLiteral("/iris-classifier");
            QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                const QString target = folder + QLatin1Char('/') + QDir(from).relativeFilePath(path);
                if (!QDir().mkpath(QFileInfo(target).path()) || !QFile::copy(path, target))
                    return QString();
            }
        } else if (!copyFixture(fixture, folder)) {
            return QString();
        }
        if (!zip)
            return folder;
        const QString archive = folder + QStringLiteral(".zip");
        return zipFolder(folder, archive) && QDir(folder).removeRecursively() ? archive : QString();
    };
    const QString existing = m_dir.filePath(QStringLiteral("existing-") + tag);
    QVERIFY(QDir().mkpath(existing));
    args.replaceInStrings(QStringLiteral("@existing"), existing);

    const QString dry = stageModel(QStringLiteral("dry-exit-") + tag);
    QVERIFY(!dry.isEmpty());
    auto state = [&]() { return zip ? QMap<QString, QByteArray>{{dry, readFile(dry)}} : snapshot(dry); };
    const auto before = state();
    const auto listing = QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    const Run dryRun = runCli(QStringList{dry, QStringLiteral("--dry-run")} + args);
    QVERIFY2(dryRun.exitCode == exitCode, (QByteArray::number(dryRun.exitCode) + ' ' + dryRun.err).constData());
    QCOMPARE(state(), before);
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), listing);
    QVERIFY(QDir(existing).isEmpty());
    // The diff on stdout; what the re-check would find on stderr, as the exit code says.
    if (exitCode < 2)
        QVERIFY2(dryRun.out.startsWith("--- a/") == (QTest::currentDataTag() != QByteArray("nothing to do")),
                 dryRun.out.constData());
    if (exitCode == 1)
        QVERIFY2(dryRun.err.contains("error"), dryRun.err.constData());

    const QString real = stageModel(QStringLiteral("real-exit-") + tag);
    QVERIFY(!real.isEmpty());
    const Run realRun = runCli(QStringList{real} + args);
    QVERIFY2(realRun.exitCode == exitCode, (QByteArray::number(realRun.exitCode) + ' ' + realRun.err).constData());
}

// --output across formats: a folder written as a new zip, a zip written as a new folder.
void TestCliEdit::crossFormatOutput()
{
    const QString folder = m_dir.filePath(QStringLiteral("cross-folder"));
    QVERIFY(copyFixture(QStringLiteral("plain"), folder));
    const auto original = snapshot(folder);
    const QString zip = m_dir.filePath(QStringLiteral("cross.zip"));
    Run run = runCli({folder, QStringLiteral("--add"), QStringLiteral("xgboost==2.0.3"), QStringLiteral("--output"), zip});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(snapshot(folder), original);
    QVERIFY(unzipTest(zip));
    for (auto it = original.cbegin(); it != original.cend(); ++it) {
        const QByteArray entry = unzipEntry(zip, it.key());
        if (it.key() == QLatin1String("requirements.txt") || it.key() == QLatin1String("conda.yaml"))
            QVERIFY2(entry.contains("xgboost==2.0.3"), qPrintable(it.key()));
        else
            QCOMPARE(entry, it.value());
    }

    const QString back = m_dir.filePath(QStringLiteral("cross-back"));
    const QByteArray zipBytes = readFile(zip);
    run = runCli({zip, QStringLiteral("--remove"), QStringLiteral("xgboost"), QStringLiteral("--output"), back});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(readFile(zip), zipBytes);
    QCOMPARE(snapshot(back), original);
}

// A real `envlens-cli edit` rewriting a zip with a 128 MiB stored artifact, killed with SIGKILL
// after different delays: the zip under its name is always the original or the complete new one.
void TestCliEdit::killedMidWrite()
{
    const QString work = m_dir.filePath(QStringLiteral("kill"));
    QVERIFY(QDir().mkpath(work));
    const QString pristine = work + QStringLiteral("/pristine.zip");
    QVERIFY(makeLargeZip(work, pristine, 128));
    const QByteArray originalHash = sha256(pristine);
    int kept = 0;
    int replaced = 0;
    for (const int delayMs : {0, 30, 100, 250, 500, 1000}) {
        const QString dir = work + QStringLiteral("/run-%1").arg(delayMs);
        QVERIFY(QDir().mkpath(dir));
        const QString zip = dir + QStringLiteral("/model.zip");
        QVERIFY(QFile::copy(pristine, zip));
        QProcess cli;
        cli.start(envlens::test::cliPath(), {QStringLiteral("edit"), zip, QStringLiteral("--add"),
                                             QStringLiteral("xgboost==2.0.3")});
        QVERIFY(cli.waitForStarted());
        const qint64 pid = cli.processId();
        QVERIFY(pid > 0);
        QTest::qWait(delayMs);
        // Only while Qt has not reaped it (kill(0) would hit this test's whole process group, and a
        // reaped pid may be reused). Finished before the kill: the case of a completed write.
        if (cli.state() == QProcess::Running)
            ::kill(pid_t(pid), SIGKILL);
        QVERIFY(cli.state() == QProcess::NotRunning || cli.waitForFinished(60000));
        const QString where = QStringLiteral("killed after %1 ms").arg(delayMs);
        for (const QString &name : QDir(dir).entryList(QDir::Files | QDir::Hidden))
            QVERIFY2(name == QLatin1String("model.zip") || name.startsWith(QLatin1String(".model.zip.envlens-")),
                     qPrintable(where + QStringLiteral(": ") + name));
        if (sha256(zip) == originalHash) {
            ++kept;
            continue;
        }
        ++replaced;
        QVERIFY2(unzipTest(zip), qPrintable(where));
        QVERIFY2(unzipEntry(zip, QStringLiteral("requirements.txt")).contains("xgboost==2.0.3"), qPrintable(where));
        QVERIFY2(unzipEntry(zip, QStringLiteral("conda.yaml")).contains("xgboost==2.0.3"), qPrintable(where));
    }
    qInfo("kills: %d left the original, %d came after the rename", kept, replaced);
    QVERIFY(kept > 0);
}

QTEST_GUILESS_MAIN(TestCliEdit)
#include "tst_cli_edit.moc"
