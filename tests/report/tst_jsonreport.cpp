#include "report/jsonreport.h"

#include "reportsamples.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace envlens;
using namespace envlens::test;

Q_DECLARE_METATYPE(envlens::CheckReport)

namespace {

QJsonObject parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("%s: %s", qPrintable(error.errorString()), json.constData());
    return document.object();
}

QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

} // namespace

class TestJsonReport : public QObject
{
    Q_OBJECT

private slots:
    void document_data();
    void document();
    void keysOfTheContract();
    void jsonLines();
};

void TestJsonReport::document_data()
{
    QTest::addColumn<CheckReport>("report");
    QTest::addColumn<QByteArray>("expected");

    QTest::addRow("empty") << folderReport({}) << QByteArray(R"J({
        "model": {"path": "models/iris", "root": "", "kind": "folder"},
        "diagnostics": [], "summary": {"errors": 0, "warnings": 0, "infos": 0}})J");

    QTest::addRow("conflict in a zip") << zipReport({reqConflict()}) << QByteArray(R"J({
        "model": {"path": "m.zip", "root": "my-model/", "kind": "zip"},
        "diagnostics": [{"id": "req-conflict", "severity": "error",
            "message": "scikit-learn==1.3.2 conflicts with scikit-learn<1.3 (constraints.txt:1)",
            "file": "requirements.txt", "line": 3, "column": 1,
            "related": [{"file": "constraints.txt", "line": 1, "column": 1,
                         "message": "scikit-learn<1.3 is required here"}],
            "fixes": []}],
        "summary": {"errors": 1, "warnings": 0, "infos": 0}})J");

    QTest::addRow("fixes, whole file, no column, no file, sorted")
        << folderReport({mlflowMissing(), importUndeclared(), pipMismatch(), envFileMissing(), uvLock()})
        << QByteArray(R"J({
        "model": {"path": "models/iris", "root": "", "kind": "folder"},
        "diagnostics": [
          {"id": "mlflow-missing", "severity": "warning", "message": "no mlflow requirement",
           "file": null, "line": null, "column": null, "related": [], "fixes": []},
          {"id": "import-undeclared", "severity": "warning",
           "message": "code/my utils.py imports cv2, which no requirement provides",
           "file": "code/my utils.py", "line": 4, "column": null, "related": [], "fixes": []},
          {"id": "pip-mismatch", "severity": "error",
           "message": "numpy is ==1.26.4 in requirements.txt but ==1.26.0 in conda.yaml",
           "file": "conda.yaml", "line": 9, "column": 7,
           "related": [{"file": "requirements.txt", "line": 2, "column": 1, "message": "numpy==1.26.4"}],
           "fixes": [{"id": "from-requirements", "title": "Make conda.yaml follow requirements.txt",
                      "default": true, "safe": true},
                     {"id": "from-conda", "title": "Make requirements.txt follow conda.yaml",
                      "default": false, "safe": false}]},
          {"id": "env-file-missing", "severity": "warning",
           "message": "python_env.yaml is missing; MLflow rebuilds the environment from conda.yaml",
           "file": "python_env.yaml", "line": null, "column": null, "related": [], "fixes": []},
          {"id": "uv-lock-present", "severity": "info", "message": "uv.lock is present",
           "file": "uv.lock", "line": null, "column": null, "related": [], "fixes": []}],
        "summary": {"errors": 1, "warnings": 3, "infos": 1}})J");

    Diagnostic columnWithoutLine = uvLock();
    columnWithoutLine.location.column = 4; // a column means nothing without its line
    QTest::addRow("column without line is null") << folderReport({columnWithoutLine}) << QByteArray(R"J({
        "model": {"path": "models/iris", "root": "", "kind": "folder"},
        "diagnostics": [{"id": "uv-lock-present", "severity": "info", "message": "uv.lock is present",
           "file": "uv.lock", "line": null, "column": null, "related": [], "fixes": []}],
        "summary": {"errors": 0, "warnings": 0, "infos": 1}})J");
}

void TestJsonReport::document()
{
    QFETCH(CheckReport, report);
    QFETCH(QByteArray, expected);
    const QJsonObject expectedObject = parse(expected);
    QVERIFY(!expectedObject.isEmpty());
    const QByteArray actual = JsonReport::format(report);
    const QJsonObject actualObject = parse(actual);
    if (actualObject != expectedObject)
        qWarning("actual: %s", actual.constData());
    QCOMPARE(actualObject, expectedObject);
    QCOMPARE(JsonReport::toJson(report), expectedObject);
}

// spec/cli.md: these keys are required, exactly spelt; "default" and "safe" are our additions.
void TestJsonReport::keysOfTheContract()
{
    const QJsonObject object = JsonReport::toJson(zipReport({pipMismatch()}));
    QCOMPARE(sortedKeys(object), (QStringList{QStringLiteral("diagnostics"), QStringLiteral("model"),
                                              QStringLiteral("summary")}));
    QCOMPARE(sortedKeys(object.value(QStringLiteral("model")).toObject()),
             (QStringList{QStringLiteral("kind"), QStringLiteral("path"), QStringLiteral("root")}));
    QCOMPARE(sortedKeys(object.value(QStringLiteral("summary")).toObject()),
             (QStringList{QStringLiteral("errors"), QStringLiteral("infos"), QStringLiteral("warnings")}));
    const QJsonObject diagnostic = object.value(QStringLiteral("diagnostics")).toArray().first().toObject();
    QCOMPARE(sortedKeys(diagnostic),
             (QStringList{QStringLiteral("column"), QStringLiteral("file"), QStringLiteral("fixes"), QStringLiteral("id"),
                          QStringLiteral("line"), QStringLiteral("message"), QStringLiteral("related"),
                          QStringLiteral("severity")}));
    QCOMPARE(sortedKeys(diagnostic.value(QStringLiteral("related")).toArray().first().toObject()),
             (QStringList{QStringLiteral("column"), QStringLiteral("file"), QStringLiteral("line"),
                          QStringLiteral("message")}));
    QCOMPARE(sortedKeys(diagnostic.value(QStringLiteral("fixes")).toArray().first().toObject()),
             (QStringList{QStringLiteral("default"), QStringLiteral("id"), QStringLiteral("safe"),
                          QStringLiteral("title")}));
}

void TestJsonReport::jsonLines()
{
    const QVector<CheckReport> reports{zipReport({reqConflict()}), folderReport({}), folderReport({uvLock()})};
    const QByteArray out = JsonReport::format(reports);
    QVERIFY(out.endsWith('\n'));
    const QList<QByteArray> lines = out.trimmed().split('\n');
    QCOMPARE(lines.size(), reports.size());
    for (int i = 0; i < reports.size(); ++i)
        QCOMPARE(parse(lines[i]), JsonReport::toJson(reports[i]));

    // One model: a single (indented) document, the same object.
    const QByteArray single = JsonReport::format(QVector<CheckReport>{reports.first()});
    QCOMPARE(parse(single), JsonReport::toJson(reports.first()));
    QVERIFY(single.count('\n') > 1);
}

QTEST_APPLESS_MAIN(TestJsonReport)
#include "tst_jsonreport.moc"
