#include "../checks/checkfixture.h"
#include "../model/ziptestdata.h"
#include "testfiles.h"
#include "testpaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace envlens::test;

namespace {

QString iris()
{
    return examplesDir() + QStringLiteral("/iris-classifier");
}

} // namespace

class TestCliCheck : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_clean, m_warnOnly, m_infoOnly, m_windowsConflict;

    QString makeModel(const QString &name, const FileOverrides &files)
    {
        const QString path = m_dir.filePath(name);
        return writeModel(path, files) ? path : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_clean = makeModel(QStringLiteral("clean"), {});
        m_warnOnly = makeModel(QStringLiteral("warn-only"), {{QStringLiteral("code/helpers.py"), "import numpy\n"}});
        m_infoOnly = makeModel(QStringLiteral("info-only"), {{QStringLiteral("uv.lock"), "version = 1\n"}});
        const QByteArray pywin = "pywin32==306; sys_platform == 'win32'\npywin32<300; sys_platform == 'win32'\n";
        QFile base(cleanModelDir() + QStringLiteral("/conda.yaml"));
        QVERIFY(base.open(QIODevice::ReadOnly));
        QByteArray conda = base.readAll();
        conda.replace("  - scikit-learn==1.6.1\n", "  - scikit-learn==1.6.1\n  - pywin32==306; sys_platform == 'win32'\n"
                                                   "  - pywin32<300; sys_platform == 'win32'\n");
        m_windowsConflict = makeModel(QStringLiteral("windows-conflict"),
                                      {{QStringLiteral("requirements.txt"),
                                        "mlflow==2.22.1\ncloudpickle==3.1.1\nnumpy==2.0.2\nscikit-learn==1.6.1\n" + pywin},
                                       {QStringLiteral("conda.yaml"), conda}});
        for (const QString &p : {m_clean, m_warnOnly, m_infoOnly, m_windowsConflict})
            QVERIFY(!p.isEmpty());
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("clean") << QStringList{m_clean} << 0;
        QTest::newRow("clean, fail on warning") << QStringList{m_clean, QStringLiteral("--fail-on"), QStringLiteral("warning")} << 0;
        QTest::newRow("errors") << QStringList{iris()} << 1;
        QTest::newRow("errors, fail on never") << QStringList{iris(), QStringLiteral("--fail-on=never")} << 0;
        QTest::newRow("warning, default") << QStringList{m_warnOnly} << 0;
        QTest::newRow("warning, fail on warning") << QStringList{m_warnOnly, QStringLiteral("--fail-on"), QStringLiteral("warning")} << 1;
        QTest::newRow("info, fail on warning") << QStringList{m_infoOnly, QStringLiteral("--fail-on"), QStringLiteral("warning")} << 0;
        QTest::newRow("platform linux") << QStringList{m_windowsConflict} << 0;
        QTest::newRow("platform windows") << QStringList{m_windowsConflict, QStringLiteral("--platform"), QStringLiteral("windows")} << 1;
        QTest::newRow("MLmodel file") << QStringList{m_clean + QStringLiteral("/MLmodel")} << 0;
        QTest::newRow("several, one with errors") << QStringList{m_clean, iris()} << 1;
        QTest::newRow("missing model") << QStringList{m_dir.filePath(QStringLiteral("nope"))} << 2;
        QTest::newRow("2 wins over 1") << QStringList{iris(), m_dir.filePath(QStringLiteral("nope"))} << 2;
        QTest::newRow("bad format") << QStringList{m_clean, QStringLiteral("--format"), QStringLiteral("xml")} << 2;
        QTest::newRow("bad fail-on") << QStringList{m_clean, QStringLiteral("--fail-on"), QStringLiteral("info")} << 2;
        QTest::newRow("bad platform") << QStringList{m_clean, QStringLiteral("--platform"), QStringLiteral("beos")} << 2;
        QTest::newRow("unknown option") << QStringList{m_clean, QStringLiteral("--frobnicate")} << 2;
        QTest::newRow("no model") << QStringList{} << 2;
        QTest::newRow("help") << QStringList{QStringLiteral("--help")} << 0;
    }

    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        const CliRun run = runCli(QStringList{QStringLiteral("check")} + args);
        QVERIFY2(run.exitCode == exitCode, qPrintable(QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3")
                                                          .arg(run.exitCode)
                                                          .arg(run.outText(), run.errText())));
    }

    void textForm()
    {
        const CliRun run = runCli({QStringLiteral("check"), iris()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.outText().contains(QStringLiteral("requirements.txt:5:1: error: scikit-learn==1.3.2 conflicts with "
                                                 "scikit-learn<1.3 (constraints.txt:2) [req-conflict]\n")),
                 qPrintable(run.outText()));
        QVERIFY(run.outText().contains(QStringLiteral("constraints.txt:2: note: ")));
        QVERIFY(run.errText().isEmpty());
        const CliRun clean = runCli({QStringLiteral("check"), m_clean});
        QCOMPARE(clean.exitCode, 0);
        QVERIFY2(!clean.outText().contains(QStringLiteral(": error: ")) && !clean.outText().contains(QStringLiteral(": warning: ")),
                 qPrintable(clean.outText()));
    }

    void unopenedModel()
    {
        const QString missing = m_dir.filePath(QStringLiteral("nope"));
        const CliRun run = runCli({QStringLiteral("check"), m_clean, missing, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 2);
        const QStringList errLines = run.errText().trimmed().split(QLatin1Char('\n'));
        QCOMPARE(errLines.size(), 1);
        QVERIFY2(errLines.first().contains(missing), qPrintable(run.errText()));
        // The model that opened is still reported.
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(run.outText()));
        QCOMPARE(doc.object().value(QStringLiteral("model")).toObject().value(QStringLiteral("path")).toString(), m_clean);
    }

    void zips()
    {
        QTemporaryDir dir;
        QVERIFY(makeZipFixtures(dir.path()));
        const QString several = dir.filePath(QStringLiteral("several-models.zip"));
        const CliRun ambiguous = runCli({QStringLiteral("check"), several});
        QCOMPARE(ambiguous.exitCode, 2);
        QVERIFY2(ambiguous.errText().contains(QStringLiteral("model-a")) && ambiguous.errText().contains(QStringLiteral("model-b")),
                 qPrintable(ambiguous.errText()));
        const CliRun picked = runCli({QStringLiteral("check"), several, QStringLiteral("--model"), QStringLiteral("model-b"),
                                   QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--fail-on=never")});
        QCOMPARE(picked.exitCode, 0);
        const QJsonObject model = QJsonDocument::fromJson(picked.out).object().value(QStringLiteral("model")).toObject();
        QCOMPARE(model.value(QStringLiteral("kind")).toString(), QStringLiteral("zip"));
        QCOMPARE(model.value(QStringLiteral("root")).toString(), QStringLiteral("model-b/"));
        const CliRun corrupt = runCli({QStringLiteral("check"), dir.filePath(QStringLiteral("not-a-zip.zip"))});
        QCOMPARE(corrupt.exitCode, 2);
        QCOMPARE(corrupt.errText().trimmed().count(QLatin1Char('\n')), 0);
    }

    void jsonForm()
    {
        const CliRun one = runCli({QStringLiteral("check"), iris(), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(one.exitCode, 1);
        const QJsonObject report = QJsonDocument::fromJson(one.out).object();
        for (const char *key : {"model", "diagnostics", "summary"})
            QVERIFY2(report.contains(QLatin1String(key)), key);
        const QJsonObject model = report.value(QStringLiteral("model")).toObject();
        QCOMPARE(model.value(QStringLiteral("path")).toString(), iris());
        QCOMPARE(model.value(QStringLiteral("kind")).toString(), QStringLiteral("folder"));
        QCOMPARE(model.value(QStringLiteral("root")).toString(), QString());
        bool sawConflict = false;
        for (const QJsonValue &value : report.value(QStringLiteral("diagnostics")).toArray()) {
            const QJsonObject d = value.toObject();
            for (const char *key : {"id", "severity", "message", "file", "line", "column", "related", "fixes"})
                QVERIFY2(d.contains(QLatin1String(key)), key);
            if (d.value(QStringLiteral("id")).toString() == QLatin1String("req-conflict")) {
                sawConflict = true;
                QCOMPARE(d.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
                QCOMPARE(d.value(QStringLiteral("file")).toString(), QStringLiteral("requirements.txt"));
                QCOMPARE(d.value(QStringLiteral("line")).toInt(), 5);
                const QJsonObject related = d.value(QStringLiteral("related")).toArray().first().toObject();
                QCOMPARE(related.value(QStringLiteral("file")).toString(), QStringLiteral("constraints.txt"));
            }
        }
        QVERIFY(sawConflict);
        QVERIFY(report.value(QStringLiteral("summary")).toObject().value(QStringLiteral("errors")).toInt() >= 1);

        // Several models: JSON Lines, one object per model, in argument order.
        const CliRun several = runCli({QStringLiteral("check"), m_clean, iris(), m_infoOnly, QStringLiteral("--format=json")});
        QCOMPARE(several.exitCode, 1);
        const QStringList lines = several.outText().trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3);
        const QStringList expected{m_clean, iris(), m_infoOnly};
        for (int i = 0; i < lines.size(); ++i) {
            QJsonParseError error;
            const QJsonObject object = QJsonDocument::fromJson(lines.at(i).toUtf8(), &error).object();
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(lines.at(i)));
            QCOMPARE(object.value(QStringLiteral("model")).toObject().value(QStringLiteral("path")).toString(), expected.at(i));
        }
    }

    // Every SARIF output validates against the SARIF 2.1.0 schema, checked in one Python process.
    void sarifForm()
    {
        QTemporaryDir dir;
        const QList<QStringList> cases{{iris()}, {m_clean}, {m_clean, iris(), m_warnOnly}};
        QStringList files;
        for (int i = 0; i < cases.size(); ++i) {
            const CliRun run = runCli(QStringList{QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("sarif")}
                                   + cases.at(i));
            QVERIFY(run.exitCode == 0 || run.exitCode == 1);
            const QJsonObject sarif = QJsonDocument::fromJson(run.out).object();
            QCOMPARE(sarif.value(QStringLiteral("runs")).toArray().size(), cases.at(i).size());
            const QString file = dir.filePath(QStringLiteral("case%1.sarif").arg(i));
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(run.out);
            files.append(file);
        }
        const QString script = QStringLiteral(
            "import json, sys, jsonschema\n"
            "schema = json.load(open(sys.argv[1]))\n"
            "validator = jsonschema.validators.validator_for(schema)(schema)\n"
            "bad = 0\n"
            "for path in sys.argv[2:]:\n"
            "    for e in validator.iter_errors(json.load(open(path))):\n"
            "        bad += 1\n"
            "        print(path, list(e.absolute_path), e.message[:300])\n"
            "sys.exit(1 if bad else 0)\n");
        QProcess python;
        python.start(oraclePython(), QStringList{QStringLiteral("-c"), script,
                                                 sharedDir() + QStringLiteral("/data/sarif-schema-2.1.0.json")}
                                         + files);
        QVERIFY(python.waitForFinished(120000));
        QVERIFY2(python.exitCode() == 0, python.readAllStandardOutput() + python.readAllStandardError());
    }
};

QTEST_GUILESS_MAIN(TestCliCheck)
#include "tst_cli_check.moc"
