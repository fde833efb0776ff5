#include "testfiles.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace envlens::test;

class TestCliDiff : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exitCodes_data();
    void exitCodes();
    void jsonShape();
    void markdown();

private:
    QTemporaryDir m_dir;
    QString m_old;
    QString m_same;
    QString m_newer;
    QString m_metadataOnly;
};

// The corpus's sklearn model, a copy, a copy with an upgraded pin, and one whose run_id differs.
void TestCliDiff::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_old = envlens::test::corpusDir() + QStringLiteral("/mlflow-examples/sklearn-mlflow1x-style");
    m_same = m_dir.filePath(QStringLiteral("same"));
    m_newer = m_dir.filePath(QStringLiteral("newer"));
    m_metadataOnly = m_dir.filePath(QStringLiteral("metadata"));
    for (const QString &copy : {m_same, m_newer, m_metadataOnly})
        QVERIFY(copyTree(m_old, copy));
    QFile requirements(m_old + QStringLiteral("/requirements.txt"));
    QVERIFY(requirements.open(QIODevice::ReadOnly));
    QVERIFY(QFile(m_newer + QStringLiteral("/requirements.txt")).remove());
    QFile newer(m_newer + QStringLiteral("/requirements.txt"));
    QVERIFY(newer.open(QIODevice::WriteOnly));
    newer.write(requirements.readAll() + "\nzzz-added-package==1.0\n");
    newer.close();
    QFile mlmodel(m_metadataOnly + QStringLiteral("/MLmodel"));
    QVERIFY(mlmodel.open(QIODevice::Append));
    mlmodel.write("model_id: m-0123456789\n");
    mlmodel.close();
}

void TestCliDiff::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("equivalent copy") << QStringList{m_old, m_same} << 0;
    QTest::newRow("metadata only") << QStringList{m_old, m_metadataOnly} << 0;
    QTest::newRow("different") << QStringList{m_old, m_newer} << 1;
    QTest::newRow("different, markdown") << QStringList{m_old, m_newer, QStringLiteral("--format"), QStringLiteral("markdown")} << 1;
    QTest::newRow("missing model") << QStringList{m_old, m_dir.filePath(QStringLiteral("nope"))} << 2;
    QTest::newRow("one model") << QStringList{m_old} << 2;
    QTest::newRow("bad format") << QStringList{m_old, m_same, QStringLiteral("--format=sarif")} << 2;
    QTest::newRow("help") << QStringList{QStringLiteral("--help")} << 0;
    QTest::newRow("unknown option") << QStringList{m_old, m_same, QStringLiteral("--colour")} << 2;
    QTest::newRow("option without its value") << QStringList{m_old, m_same, QStringLiteral("--platform")} << 2;
    QTest::newRow("bad platform") << QStringList{m_old, m_same, QStringLiteral("--platform=beos")} << 2;
    QTest::newRow("options end at --") << QStringList{QStringLiteral("--all"), QStringLiteral("--"), m_old, m_newer} << 1;
    QTest::newRow("after --, a dash is a path")
        << QStringList{QStringLiteral("--"), m_old, QStringLiteral("--not-an-option")} << 2;
}

void TestCliDiff::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    const CliRun run = runCli(QStringList{QStringLiteral("diff")} + args);
    QVERIFY2(run.exitCode == exitCode, run.err.constData());
    if (exitCode == 2 && !args.contains(QStringLiteral("--help")))
        QVERIFY(!run.err.isEmpty());
}

void TestCliDiff::jsonShape()
{
    const CliRun run = runCli({QStringLiteral("diff"), m_old, m_newer, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 1);
    QJsonParseError error{};
    const QJsonObject json = QJsonDocument::fromJson(run.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    for (const char *key : {"old", "new", "equivalent", "packages", "python", "mlflow_version", "flavors", "metadata",
                            "conda", "code", "artifacts", "serving_impact"})
        QVERIFY2(json.contains(QLatin1String(key)), key);
    QCOMPARE(json.value(QStringLiteral("equivalent")).toBool(), false);
    for (const char *key : {"path", "root", "kind"})
        QVERIFY2(json.value(QStringLiteral("old")).toObject().contains(QLatin1String(key)), key);
    bool added = false;
    for (const QJsonValue &value : json.value(QStringLiteral("packages")).toArray()) {
        const QJsonObject row = value.toObject();
        for (const char *key : {"name", "marker", "old", "new", "change"})
            QVERIFY2(row.contains(QLatin1String(key)), key);
        if (row.value(QStringLiteral("name")).toString() == QLatin1String("zzz-added-package")) {
            added = true;
            QCOMPARE(row.value(QStringLiteral("change")).toString(), QStringLiteral("added"));
            QVERIFY(row.value(QStringLiteral("old")).isNull());
            QCOMPARE(row.value(QStringLiteral("new")).toString(), QStringLiteral("zzz-added-package==1.0"));
        } else {
            QCOMPARE(row.value(QStringLiteral("change")).toString(), QStringLiteral("unchanged"));
        }
    }
    QVERIFY(added);
    const QJsonObject python = json.value(QStringLiteral("python")).toObject();
    QCOMPARE(python.value(QStringLiteral("change")).toString(), QStringLiteral("unchanged"));
    QVERIFY(json.value(QStringLiteral("mlflow_version")).toObject().contains(QStringLiteral("old")));
    QVERIFY(json.value(QStringLiteral("conda")).toObject().contains(QStringLiteral("channels")));
    QVERIFY(json.value(QStringLiteral("conda")).toObject().value(QStringLiteral("dependencies")).isArray());

    const CliRun same = runCli({QStringLiteral("diff"), m_old, m_metadataOnly, QStringLiteral("--format=json")});
    QCOMPARE(same.exitCode, 0);
    const QJsonObject metadata = QJsonDocument::fromJson(same.out).object();
    QCOMPARE(metadata.value(QStringLiteral("equivalent")).toBool(), true);
    const QJsonArray rows = metadata.value(QStringLiteral("metadata")).toArray();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().toObject().value(QStringLiteral("key")).toString(), QStringLiteral("model_id"));
}

void TestCliDiff::markdown()
{
    const CliRun run = runCli({QStringLiteral("diff"), m_old, m_newer, QStringLiteral("--format"), QStringLiteral("markdown")});
    QCOMPARE(run.exitCode, 1);
    const QString text = QString::fromUtf8(run.out);
    QVERIFY(text.startsWith(QStringLiteral("### ")));
    QVERIFY(text.contains(QStringLiteral("zzz\\-added\\-package==1\\.0")));
    QVERIFY(text.contains(QStringLiteral("| --- |")));
}

QTEST_GUILESS_MAIN(TestCliDiff)
#include "tst_cli_diff.moc"
