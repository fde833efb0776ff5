#include "edit/enveditor.h"
#include "edit/modelwriter.h"
#include "pep/pipline.h"
#include "model/modelloader.h"
#include "testfiles.h"
#include "testpaths.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstring>

using namespace envlens;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool copyFixture(const QString &name, const QString &to)
{
    const QString from = test::dataDir() + QStringLiteral("/edit/") + name;
    if (!QDir().mkpath(to))
        return false;
    for (const QString &file : QDir(from).entryList(QDir::Files)) {
        if (!QFile::copy(from + QLatin1Char('/') + file, to + QLatin1Char('/') + file))
            return false;
    }
    return true;
}

ChangeSet addChange(const Model &model, const QString &requirement)
{
    EditOperation op;
    op.kind = EditOperation::Kind::AddRequirement;
    op.text = requirement;
    const auto changes = applyEdit(model, op);
    return changes ? changes.value() : ChangeSet();
}

// The error of a failed result, prefixed with what was tried; empty on success.
template<typename T>
QByteArray why(const Result<T> &result, const QString &what = QString())
{
    return result ? QByteArray() : (what + QStringLiteral(": ") + result.error().toString()).toLocal8Bit();
}

// Every file under folder (hidden ones too): relative path -> bytes.
QMap<QString, QByteArray> snapshot(const QString &folder)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(QDir(folder).relativeFilePath(path), readFile(path));
    }
    return files;
}

bool copyTree(const QString &from, const QString &to)
{
    if (!QDir().mkpath(to))
        return false;
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(path);
        if (!QDir().mkpath(QFileInfo(target).path()) || !QFile::copy(path, target))
            return false;
    }
    return true;
}

bool zipFolder(const QString &folder, const QString &zip)
{
    QProcess process;
    process.setWorkingDirectory(folder);
    process.start(QStringLiteral("/usr/bin/zip"), {QStringLiteral("-qrX"), zip, QStringLiteral(".")});
    return process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

// The package the round trip removes: the first requirement of requirements.txt other than mlflow,
// else of the conda pip list; empty when the model has none.
QString packageToRemove(const Model &model)
{
    QStringList texts;
    if (!model.requirements.isEmpty()) {
        for (const RequirementLine &line : model.requirements.first().document.pipLines())
            texts.append(line.text);
    } else if (model.conda.document) {
        for (const CondaPipItem &item : model.conda.document->pipItems())
            texts.append(item.text);
    }
    for (const QString &text : std::as_const(texts)) {
        const pep::PipLine pip = pep::parsePipLine(text);
        if (pip.kind == pep::PipLine::Kind::Requirement && pip.requirement
            && pip.requirement->normalizedName() != QLatin1String("mlflow"))
            return pip.requirement->normalizedName();
    }
    return QString();
}


} // namespace

class TestModelWriter : public QObject
{
    Q_OBJECT

private slots:
    void writesFolderInPlace();
    void changedOnDiskRefusedUnlessForced();
    void emptyChangeSetWritesNothing();
    void corpusRoundTrips();
    void failureAtEveryCall_data();
    void failureAtEveryCall();
    void failureAtByteOffsets();
};

void TestModelWriter::writesFolderInPlace()
{
    QTemporaryDir dir;
    QVERIFY(copyFixture(QStringLiteral("plain"), dir.path()));
    const QByteArray mlmodel = readFile(dir.filePath(QStringLiteral("MLmodel")));
    const auto model = ModelLoader::load(dir.path());
    QVERIFY(model.ok());
    const ChangeSet changes = addChange(*model.value(), QStringLiteral("xgboost==2.0.3"));
    QCOMPARE(changes.files.size(), 2);
    const auto written = ModelWriter().write(*model.value(), changes);
    QVERIFY2(written.ok(), written ? "" : qPrintable(written.error().toString()));
    QCOMPARE(readFile(dir.filePath(QStringLiteral("requirements.txt"))),
             changes.file(QStringLiteral("requirements.txt"))->newBytes);
    QCOMPARE(readFile(dir.filePath(QStringLiteral("conda.yaml"))), changes.file(QStringLiteral("conda.yaml"))->newBytes);
    QCOMPARE(readFile(dir.filePath(QStringLiteral("MLmodel"))), mlmodel);
    const auto reloaded = ModelLoader::load(dir.path());
    QVERIFY(reloaded.ok());
    QVERIFY(addChange(*reloaded.value(), QStringLiteral("xgboost==2.0.3")).isEmpty());
}

void TestModelWriter::changedOnDiskRefusedUnlessForced()
{
    QTemporaryDir dir;
    QVERIFY(copyFixture(QStringLiteral("plain"), dir.path()));
    const auto model = ModelLoader::load(dir.path());
    QVERIFY(model.ok());
    const ChangeSet changes = addChange(*model.value(), QStringLiteral("xgboost==2.0.3"));
    // Someone else edits the model after it was read.
    const QString req = dir.filePath(QStringLiteral("requirements.txt"));
    {
        QFile f(req);
        QVERIFY(f.open(QIODevice::Append));
        f.write("torch\n");
    }
    const QByteArray edited = readFile(req);
    const auto refused = ModelWriter().write(*model.value(), changes);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(QLatin1String("changed on disk")));
    QCOMPARE(readFile(req), edited);
    ModelWriteOptions force;
    force.force = true;
    QVERIFY(ModelWriter().write(*model.value(), changes, force).ok());
    QCOMPARE(readFile(req), changes.file(QStringLiteral("requirements.txt"))->newBytes);
}

void TestModelWriter::emptyChangeSetWritesNothing()
{
    QTemporaryDir dir;
    QVERIFY(copyFixture(QStringLiteral("plain"), dir.path()));
    const auto model = ModelLoader::load(dir.path());
    QVERIFY(model.ok());
    const qint64 before = QFileInfo(dir.filePath(QStringLiteral("requirements.txt"))).lastModified().toMSecsSinceEpoch();
    const auto written = ModelWriter().write(*model.value(), ChangeSet());
    QVERIFY(written.ok());
    QVERIFY(written->writtenFiles.isEmpty());
    QCOMPARE(QFileInfo(dir.filePath(QStringLiteral("requirements.txt"))).lastModified().toMSecsSinceEpoch(), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(),
             QDir(test::dataDir() + QStringLiteral("/edit/plain")).entryList(QDir::Files).size());
}

// Every corpus model, as a folder and zipped: an add and a remove written in place, re-read by the
// loader; pip's parser reads the written requirements.txt as we do, PyYAML finds conda.yaml changed
// only in its pip list, the zip passes `unzip -t` with its other entries identical. One python.
void TestModelWriter::corpusRoundTrips()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList models = test::corpusModelDirs();
    QVERIFY(models.size() >= 10);
    const QString added = QStringLiteral("envlens-probe==1.0");
    QJsonArray cases;
    QStringList names;
    for (const QString &source : models) {
        for (const bool zipped : {false, true}) {
            const QString name = QDir(test::corpusDir()).relativeFilePath(source)
                + (zipped ? QStringLiteral(" (zip)") : QString());
            const QString base = dir.filePath(QString::number(names.size()));
            const QString folder = base + QStringLiteral("/model");
            QVERIFY(copyTree(source, folder));
            QString path = folder;
            if (zipped) {
                path = base + QStringLiteral("/model.zip");
                QVERIFY(zipFolder(folder, path));
                QVERIFY(QFile::copy(path, base + QStringLiteral("/original.zip")));
            }
            const auto model = ModelLoader::load(path);
            QVERIFY2(model.ok(), qPrintable(name));
            const Model &m = *model.value();
            QVector<EditOperation> ops(1);
            ops[0].kind = EditOperation::Kind::AddRequirement;
            ops[0].text = added;
            const QString removed = packageToRemove(m);
            if (!removed.isEmpty()) {
                EditOperation remove;
                remove.kind = EditOperation::Kind::RemovePackage;
                remove.text = removed;
                ops.prepend(remove);
            }
            const auto changes = applyEdits(m, ops);
            QVERIFY2(changes.ok(), why(changes, name).constData());
            QVERIFY2(!changes->isEmpty(), qPrintable(name));
            const auto before = snapshot(folder);
            const auto written = ModelWriter().write(m, changes.value());
            QVERIFY2(written.ok(), why(written, name).constData());
            const auto reloaded = ModelLoader::load(path);
            QVERIFY2(reloaded.ok(), qPrintable(name));
            const Model &r = *reloaded.value();

            QJsonArray changed;
            for (const FileChange &c : changes->files)
                changed.append(m.root + c.path);
            if (!zipped) {
                // In place: the changed files hold the new bytes, every other file its old ones,
                // and nothing else appeared (no temporary, no kept original).
                QMap<QString, QByteArray> expected = before;
                for (const FileChange &c : changes->files)
                    expected.insert(c.path, c.newBytes);
                QCOMPARE(snapshot(folder), expected);
            }
            // The written env files as the loader re-read them, for the oracle.
            const auto dump = [&](const QString &file) {
                const TextFile *text = r.text(file);
                if (!text)
                    return QString();
                QFile out(base + QStringLiteral("/written-") + QFileInfo(file).fileName());
                return out.open(QIODevice::WriteOnly) && out.write(text->bytes()) == text->bytes().size()
                    ? out.fileName()
                    : QString();
            };
            QJsonObject one;
            one.insert(QStringLiteral("added"), added);
            one.insert(QStringLiteral("removed"), removed);
            one.insert(QStringLiteral("changed"), changed);
            const QString req = dump(QStringLiteral("requirements.txt"));
            if (!req.isEmpty()) {
                QJsonArray lines;
                for (const RequirementLine &line : r.requirements.first().document.pipLines())
                    lines.append(line.text);
                one.insert(QStringLiteral("req"), req);
                one.insert(QStringLiteral("req_lines"), lines);
                one.insert(QStringLiteral("locked"), r.requirements.first().document.isLocked());
            }
            if (m.conda.present && m.conda.document) {
                const CondaEnvDocument &conda = *m.conda.document;
                const bool follows = !conda.pipItems().isEmpty() && !conda.isLocked()
                    && conda.pipField().value.style() == YamlNode::Style::Block;
                const bool locked = !m.requirements.isEmpty() && m.requirements.first().document.isLocked();
                one.insert(QStringLiteral("conda_old"), source + QLatin1Char('/') + m.conda.path);
                one.insert(QStringLiteral("conda_new"), dump(m.conda.path));
                one.insert(QStringLiteral("conda_expect"),
                           !follows || locked ? QStringLiteral("same")
                           : req.isEmpty()    ? QStringLiteral("edit")
                                              : QStringLiteral("requirements"));
            }
            if (zipped) {
                one.insert(QStringLiteral("zip_old"), base + QStringLiteral("/original.zip"));
                one.insert(QStringLiteral("zip_new"), path);
            }
            cases.append(one);
            names.append(name);
        }
    }
    QFile casesFile(dir.filePath(QStringLiteral("cases.json")));
    QVERIFY(casesFile.open(QIODevice::WriteOnly));
    casesFile.write(QJsonDocument(cases).toJson());
    casesFile.close();
    QProcess python;
    python.start(test::oraclePython(), {QFINDTESTDATA("roundtripcheck.py"), casesFile.fileName()});
    QVERIFY(python.waitForFinished(300000));
    QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
    const QJsonArray results = QJsonDocument::fromJson(python.readAllStandardOutput()).array();
    QCOMPARE(results.size(), names.size());
    QStringList problems;
    for (int i = 0; i < names.size(); ++i) {
        for (const QJsonValue &p : results.at(i).toArray())
            problems.append(names.at(i) + QStringLiteral(": ") + p.toString());
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

namespace {

// A writer case: the plain fixture as a folder or zip, written in place, with a backup or to a
// new destination, with an add and a remove.
struct WriteCase
{
    QString modelPath;
    QString destination;   // where the result goes (the model itself in place)
    ModelWriteOptions options;
    std::shared_ptr<const Model> model;
    ChangeSet changes;
};

bool stageCase(const QString &kind, const QString &root, WriteCase *c)
{
    const QString folder = root + QStringLiteral("/model");
    if (!copyFixture(QStringLiteral("plain"), folder))
        return false;
    c->modelPath = folder;
    if (kind.startsWith(QLatin1String("zip"))) {
        c->modelPath = root + QStringLiteral("/model.zip");
        if (!zipFolder(folder, c->modelPath) || !QDir(folder).removeRecursively())
            return false;
    }
    c->destination = c->modelPath;
    if (kind.endsWith(QLatin1String("output"))) {
        c->options.outputPath = root + (kind.startsWith(QLatin1String("zip")) ? QStringLiteral("/out.zip")
                                                                               : QStringLiteral("/out"));
        c->destination = c->options.outputPath;
    }
    c->options.backup = kind.endsWith(QLatin1String("backup"));
    const auto model = ModelLoader::load(c->modelPath);
    if (!model)
        return false;
    c->model = model.value();
    EditOperation remove;
    remove.kind = EditOperation::Kind::RemovePackage;
    remove.text = QStringLiteral("pandas");
    EditOperation add;
    add.kind = EditOperation::Kind::AddRequirement;
    add.text = QStringLiteral("xgboost==2.0.3");
    const auto changes = applyEdits(*c->model, {remove, add});
    if (!changes)
        return false;
    c->changes = changes.value();
    return true;
}

// What a failed write must leave: the staged tree exactly as before, but for hidden leftovers
// that the error names (their removal failed too) and a folder backup made before the write
// failed, which must then be a whole copy of the original.
QString checkUntouched(const QMap<QString, QByteArray> &before, const QMap<QString, QByteArray> &after,
                       const QString &error)
{
    const QString backup = QStringLiteral("model.bak/");
    bool hasBackup = false;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (it.key().startsWith(backup)) {
            hasBackup = true;
            const QString original = QStringLiteral("model/") + it.key().mid(backup.size());
            if (!before.contains(original) || before.value(original) != it.value())
                return QStringLiteral("backup differs from the original: ") + it.key();
            continue;
        }
        if (!before.contains(it.key()) && !(QFileInfo(it.key()).fileName().startsWith(QLatin1Char('.'))
                                            && error.contains(QFileInfo(it.key()).fileName())))
            return QStringLiteral("left behind: ") + it.key();
    }
    for (auto it = before.cbegin(); it != before.cend() && hasBackup; ++it) {
        if (it.key().startsWith(QLatin1String("model/"))
            && !after.contains(backup + it.key().mid(QStringLiteral("model/").size())))
            return QStringLiteral("backup incomplete: ") + it.key();
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (after.value(it.key()) != it.value())
            return QStringLiteral("changed or gone: ") + it.key();
    }
    return QString();
}

const QStringList kWriteKinds{QStringLiteral("folder"), QStringLiteral("folder-backup"),
                              QStringLiteral("folder-output"), QStringLiteral("zip"),
                              QStringLiteral("zip-backup"), QStringLiteral("zip-output")};

} // namespace

void TestModelWriter::failureAtEveryCall_data()
{
    QTest::addColumn<QString>("kind");
    for (const QString &kind : kWriteKinds)
        QTest::newRow(qPrintable(kind)) << kind;
}

// The writer's I/O seam fails each call of a successful run in turn (no space, permission denied,
// read-only media, I/O error, refused rename): the write fails leaving every original byte in
// place and nothing under a final name, or succeeds completely (a failed clean-up is a warning).
void TestModelWriter::failureAtEveryCall()
{
    QFETCH(QString, kind);
    int calls = 0;
    {
        QTemporaryDir dir;
        WriteCase c;
        QVERIFY(stageCase(kind, dir.path(), &c));
        FaultInjectingFileIo counter;
        const auto written = ModelWriter(counter).write(*c.model, c.changes, c.options);
        QVERIFY2(written.ok(), why(written, kind).constData());
        calls = counter.calls();
    }
    QVERIFY(calls > 5);
    const int errors[] = {ENOSPC, EACCES, EROFS, EIO, EPERM};
    int failed = 0;
    for (int call = 0; call < calls; ++call) {
        QTemporaryDir dir;
        WriteCase c;
        QVERIFY(stageCase(kind, dir.path(), &c));
        const auto before = snapshot(dir.path());
        FaultInjectingFileIo io;
        io.failCall(call, errors[call % 5]);
        const auto written = ModelWriter(io).write(*c.model, c.changes, c.options);
        const auto after = snapshot(dir.path());
        const QString where = QStringLiteral("call %1 (%2)").arg(call).arg(FaultInjectingFileIo::opName(io.log().value(call)));
        if (!written) {
            ++failed;
            const QString problem = checkUntouched(before, after, written.error().toString());
            QVERIFY2(problem.isEmpty(), qPrintable(where + QStringLiteral(": ") + problem));
            QVERIFY2(!QFileInfo::exists(c.options.outputPath) || c.options.outputPath.isEmpty(), qPrintable(where));
            continue;
        }
        // Succeeded despite the failure: the result is whole.
        const auto reloaded = ModelLoader::load(c.destination);
        QVERIFY2(reloaded.ok(), qPrintable(where));
        for (const FileChange &change : c.changes.files) {
            const TextFile *text = reloaded.value()->text(change.path);
            QVERIFY2(text && text->bytes() == change.newBytes, qPrintable(where + QStringLiteral(": ") + change.path));
        }
    }
    QVERIFY(failed > 0);
}

// A disk that fills up at every tenth of the bytes a successful write needs.
void TestModelWriter::failureAtByteOffsets()
{
    for (const QString &kind : kWriteKinds) {
        qint64 total = 0;
        {
            QTemporaryDir dir;
            WriteCase c;
            QVERIFY(stageCase(kind, dir.path(), &c));
            FaultInjectingFileIo counter;
            QVERIFY(ModelWriter(counter).write(*c.model, c.changes, c.options).ok());
            total = counter.bytesWritten();
        }
        QVERIFY(total > 0);
        for (int tenth = 0; tenth < 10; ++tenth) {
            const qint64 offset = total * tenth / 10;
            QTemporaryDir dir;
            WriteCase c;
            QVERIFY(stageCase(kind, dir.path(), &c));
            const auto before = snapshot(dir.path());
            FaultInjectingFileIo io;
            io.failAfterBytes(offset, ENOSPC);
            const auto written = ModelWriter(io).write(*c.model, c.changes, c.options);
            const QString where = kind + QStringLiteral(" at byte %1 of %2").arg(offset).arg(total);
            QVERIFY2(!written.ok(), qPrintable(where));
            QVERIFY2(written.error().message.contains(QString::fromLocal8Bit(strerror(ENOSPC)))
                         || written.error().toString().contains(QLatin1String("space")),
                     qPrintable(where + QStringLiteral(": ") + written.error().toString()));
            const QString problem = checkUntouched(before, snapshot(dir.path()), written.error().toString());
            QVERIFY2(problem.isEmpty(), qPrintable(where + QStringLiteral(": ") + problem));
        }
    }
}

QTEST_GUILESS_MAIN(TestModelWriter)
#include "tst_modelwriter.moc"
