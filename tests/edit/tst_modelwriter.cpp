#include "edit/enveditor.h"
#include "edit/modelwriter.h"
#include "model/modelloader.h"
#include "testpaths.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

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

} // namespace

class TestModelWriter : public QObject
{
    Q_OBJECT

private slots:
    void writesFolderInPlace();
    void changedOnDiskRefusedUnlessForced();
    void emptyChangeSetWritesNothing();
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

QTEST_GUILESS_MAIN(TestModelWriter)
#include "tst_modelwriter.moc"
