#include "report/textreport.h"

#include "reportsamples.h"

#include <QTest>

using namespace envlens;
using namespace envlens::test;

Q_DECLARE_METATYPE(envlens::CheckReport)

class TestTextReport : public QObject
{
    Q_OBJECT

private slots:
    void format_data();
    void format();
    void options();
    void severalModels();
};

void TestTextReport::format_data()
{
    QTest::addColumn<CheckReport>("report");
    QTest::addColumn<QString>("expected");

    QTest::addRow("empty") << folderReport({}) << QString();
    QTest::addRow("conflict with note")
        << zipReport({reqConflict()})
        << QStringLiteral("requirements.txt:3:1: error: scikit-learn==1.3.2 conflicts with scikit-learn<1.3 "
                          "(constraints.txt:1) [req-conflict]\n"
                          "constraints.txt:1: note: scikit-learn<1.3 is required here\n");
    QTest::addRow("whole file") << folderReport({envFileMissing()})
                                << QStringLiteral("python_env.yaml: warning: python_env.yaml is missing; MLflow "
                                                  "rebuilds the environment from conda.yaml [env-file-missing]\n");
    QTest::addRow("line without column")
        << folderReport({importUndeclared()})
        << QStringLiteral("code/my utils.py:4: warning: code/my utils.py imports cv2, which no requirement "
                          "provides [import-undeclared]\n");
    QTest::addRow("info") << folderReport({uvLock()})
                          << QStringLiteral("uv.lock: info: uv.lock is present [uv-lock-present]\n");
    QTest::addRow("no file") << folderReport({mlflowMissing()})
                             << QStringLiteral("warning: no mlflow requirement [mlflow-missing]\n");

    Diagnostic multiLine = mlflowMissing();
    multiLine.location.file = QStringLiteral("requirements.txt");
    multiLine.message = QStringLiteral("first\nsecond\r\nthird");
    QTest::addRow("message kept on one line")
        << folderReport({multiLine}) << QStringLiteral("requirements.txt: warning: first second third [mlflow-missing]\n");

    Diagnostic bareNote = reqConflict();
    bareNote.related[0].message.clear();
    bareNote.message = QStringLiteral("m");
    QTest::addRow("note without message")
        << folderReport({bareNote})
        << QStringLiteral("requirements.txt:3:1: error: m [req-conflict]\nconstraints.txt:1: note: related location\n");

    Diagnostic shortConflict = reqConflict();
    shortConflict.message = QStringLiteral("c");
    shortConflict.related.clear();
    Diagnostic sameLine = shortConflict;
    sameLine.id = QStringLiteral("req-duplicate");
    sameLine.severity = Severity::Warning;
    Diagnostic quote = yamlType();
    quote.message = QStringLiteral("q");
    Diagnostic missing = envFileMissing();
    missing.message = QStringLiteral("w");
    QTest::addRow("sorted by file, line, column, id")
        << folderReport({sameLine, quote, missing, shortConflict})
        << QStringLiteral("python_env.yaml: warning: w [env-file-missing]\n"
                          "python_env.yaml:1:9: error: q [yaml-type]\n"
                          "requirements.txt:3:1: error: c [req-conflict]\n"
                          "requirements.txt:3:1: warning: c [req-duplicate]\n");
}

void TestTextReport::format()
{
    QFETCH(CheckReport, report);
    QFETCH(QString, expected);
    QCOMPARE(TextReport::format(report), expected);
}

void TestTextReport::options()
{
    TextReportOptions options;
    options.modelHeader = true;
    options.summary = true;
    const QString out = TextReport::format(zipReport({reqConflict(), envFileMissing(), uvLock()}), options);
    const QStringList lines = out.split(QLatin1Char('\n'));
    QCOMPARE(lines.first(), QStringLiteral("==> m.zip <=="));
    QCOMPARE(lines.at(lines.size() - 2), QStringLiteral("m.zip: errors: 1, warnings: 1, infos: 1"));
    QVERIFY(out.endsWith(QLatin1Char('\n')));
}

void TestTextReport::severalModels()
{
    const QString one = TextReport::format(QVector<CheckReport>{zipReport({uvLock()})});
    QCOMPARE(one, QStringLiteral("uv.lock: info: uv.lock is present [uv-lock-present]\n"));

    const QString two = TextReport::format(QVector<CheckReport>{zipReport({uvLock()}), folderReport({})});
    QCOMPARE(two, QStringLiteral("==> m.zip <==\n"
                                 "uv.lock: info: uv.lock is present [uv-lock-present]\n"
                                 "==> models/iris <==\n"));
}

QTEST_APPLESS_MAIN(TestTextReport)
#include "tst_textreport.moc"
