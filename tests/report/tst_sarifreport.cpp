#include "report/sarifreport.h"

#include "checks/catalogue.h"
#include "reportsamples.h"
#include "testpaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace envlens;
using namespace envlens::test;

namespace {

// Validates every document with jsonschema in ONE Python process; returns "name\tOK" or
// "name\tFAIL ..." lines keyed by name.
const char kValidator[] = R"PY(
import json, sys, jsonschema
schema = json.load(open(sys.argv[1], encoding="utf-8"))
validator = jsonschema.validators.validator_for(schema)(schema)
for path in sys.argv[2:]:
    errors = sorted(validator.iter_errors(json.load(open(path, encoding="utf-8"))), key=str)
    name = path.rsplit("/", 1)[-1]
    print(name + "\t" + ("OK" if not errors else "FAIL " + errors[0].message[:300].replace("\n", " ")))
)PY";

QJsonObject firstResult(const QJsonObject &log)
{
    return log[QStringLiteral("runs")].toArray()[0].toObject()[QStringLiteral("results")].toArray()[0].toObject();
}

} // namespace

class TestSarifReport : public QObject
{
    Q_OBJECT

private slots:
    void validatesAgainstSchema();
    void rulesAreTheCatalogue();
    void resultShape();
    void textFixes();
    void relativeUris_data();
    void relativeUris();
};

void TestSarifReport::validatesAgainstSchema()
{
    QMap<QString, QByteArray> documents;
    documents.insert(QStringLiteral("no-models.sarif"), SarifReport::format({}));
    documents.insert(QStringLiteral("empty-model.sarif"), SarifReport::format({folderReport({})}));
    documents.insert(QStringLiteral("all-shapes.sarif"),
                     SarifReport::format({zipReport({reqConflict(), pipMismatch(), yamlType(), envFileMissing(),
                                                     importUndeclared(), uvLock(), mlflowMissing()})}));
    documents.insert(QStringLiteral("two-models.sarif"),
                     SarifReport::format({zipReport({reqConflict()}), folderReport({yamlType(), uvLock()})}));
    // Control: the validator must reject a broken log, or the OKs above prove nothing.
    QJsonObject broken = SarifReport::toJson({folderReport({reqConflict()})});
    broken.insert(QStringLiteral("version"), QStringLiteral("2.0.0"));
    documents.insert(QStringLiteral("broken-control.sarif"), QJsonDocument(broken).toJson());

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QStringList arguments{QStringLiteral("-c"), QString::fromUtf8(kValidator),
                          sharedDir() + QStringLiteral("/data/sarif-schema-2.1.0.json")};
    for (auto it = documents.cbegin(); it != documents.cend(); ++it) {
        QFile file(dir.filePath(it.key()));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(it.value());
        arguments << file.fileName();
    }

    QProcess python;
    python.start(oraclePython(), arguments);
    QVERIFY(python.waitForFinished(60000));
    QCOMPARE(python.exitCode(), 0);
    const QStringList lines = QString::fromUtf8(python.readAllStandardOutput()).trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), documents.size());
    for (const QString &line : lines) {
        const QString name = line.section(QLatin1Char('\t'), 0, 0);
        const QString verdict = line.section(QLatin1Char('\t'), 1);
        if (name == QLatin1String("broken-control.sarif"))
            QVERIFY2(verdict.startsWith(QLatin1String("FAIL")), qPrintable(line));
        else
            QVERIFY2(verdict == QLatin1String("OK"), qPrintable(line));
    }
}

void TestSarifReport::rulesAreTheCatalogue()
{
    const QJsonObject log = SarifReport::toJson({folderReport({pipMismatch()})});
    QCOMPARE(log[QStringLiteral("version")].toString(), QStringLiteral("2.1.0"));
    const QJsonObject run = log[QStringLiteral("runs")].toArray()[0].toObject();
    const QJsonObject driver = run[QStringLiteral("tool")].toObject()[QStringLiteral("driver")].toObject();
    QCOMPARE(driver[QStringLiteral("name")].toString(), QStringLiteral("EnvLens"));
    QVERIFY(!driver[QStringLiteral("version")].toString().isEmpty());
    QVERIFY(driver[QStringLiteral("informationUri")].toString().startsWith(QLatin1String("http")));

    const QJsonArray rules = driver[QStringLiteral("rules")].toArray();
    const QVector<CatalogueEntry> entries = DiagnosticCatalogue::entries();
    QCOMPARE(rules.size(), entries.size());
    for (int i = 0; i < entries.size(); ++i) {
        const QJsonObject rule = rules[i].toObject();
        QCOMPARE(rule[QStringLiteral("id")].toString(), entries[i].id);
        QCOMPARE(rule[QStringLiteral("shortDescription")].toObject()[QStringLiteral("text")].toString(), entries[i].title);
        QCOMPARE(rule[QStringLiteral("properties")].toObject()[QStringLiteral("tags")].toArray()[0].toString(),
                 familyName(entries[i].family));
    }

    const QJsonObject result = run[QStringLiteral("results")].toArray()[0].toObject();
    const int index = result[QStringLiteral("ruleIndex")].toInt(-1);
    QCOMPARE(rules[index].toObject()[QStringLiteral("id")].toString(), QStringLiteral("pip-mismatch"));

    const QJsonObject model = run[QStringLiteral("properties")].toObject()[QStringLiteral("model")].toObject();
    QCOMPARE(model[QStringLiteral("path")].toString(), QStringLiteral("models/iris"));
    QCOMPARE(model[QStringLiteral("kind")].toString(), QStringLiteral("folder"));
}

void TestSarifReport::resultShape()
{
    const QJsonObject result = firstResult(SarifReport::toJson({zipReport({reqConflict()})}));
    QCOMPARE(result[QStringLiteral("ruleId")].toString(), QStringLiteral("req-conflict"));
    QCOMPARE(result[QStringLiteral("level")].toString(), QStringLiteral("error"));
    const QJsonObject physical = result[QStringLiteral("locations")].toArray()[0].toObject()[QStringLiteral("physicalLocation")].toObject();
    const QJsonObject artifact = physical[QStringLiteral("artifactLocation")].toObject();
    QCOMPARE(artifact[QStringLiteral("uri")].toString(), QStringLiteral("requirements.txt"));
    QCOMPARE(artifact[QStringLiteral("uriBaseId")].toString(), SarifReport::uriBaseId());
    QCOMPARE(physical[QStringLiteral("region")].toObject()[QStringLiteral("startLine")].toInt(), 3);
    QCOMPARE(physical[QStringLiteral("region")].toObject()[QStringLiteral("startColumn")].toInt(), 1);
    const QJsonObject related = result[QStringLiteral("relatedLocations")].toArray()[0].toObject();
    QCOMPARE(related[QStringLiteral("message")].toObject()[QStringLiteral("text")].toString(),
             QStringLiteral("scikit-learn<1.3 is required here"));
    QVERIFY(!result.contains(QStringLiteral("fixes")));

    const QJsonObject info = firstResult(SarifReport::toJson({folderReport({uvLock()})}));
    QCOMPARE(info[QStringLiteral("level")].toString(), QStringLiteral("note"));
    const QJsonObject whole = info[QStringLiteral("locations")].toArray()[0].toObject()[QStringLiteral("physicalLocation")].toObject();
    QVERIFY(!whole.contains(QStringLiteral("region")));

    const QJsonObject nowhere = firstResult(SarifReport::toJson({folderReport({mlflowMissing()})}));
    QVERIFY(!nowhere.contains(QStringLiteral("locations")));
}

void TestSarifReport::textFixes()
{
    const QJsonObject quoted = firstResult(SarifReport::toJson({folderReport({yamlType()})}));
    const QJsonObject fix = quoted[QStringLiteral("fixes")].toArray()[0].toObject();
    QCOMPARE(fix[QStringLiteral("description")].toObject()[QStringLiteral("text")].toString(), QStringLiteral("Quote the value"));
    const QJsonObject change = fix[QStringLiteral("artifactChanges")].toArray()[0].toObject();
    QCOMPARE(change[QStringLiteral("artifactLocation")].toObject()[QStringLiteral("uri")].toString(),
             QStringLiteral("python_env.yaml"));
    const QJsonObject replacement = change[QStringLiteral("replacements")].toArray()[0].toObject();
    const QJsonObject region = replacement[QStringLiteral("deletedRegion")].toObject();
    QCOMPARE(region[QStringLiteral("startLine")].toInt(), 1);
    QCOMPARE(region[QStringLiteral("startColumn")].toInt(), 9);
    QCOMPARE(region[QStringLiteral("endColumn")].toInt(), 12);
    QCOMPARE(replacement[QStringLiteral("insertedContent")].toObject()[QStringLiteral("text")].toString(),
             QStringLiteral("\"3.8\""));

    // Edit operations that are not splices have no SARIF form; they stay listed as properties.
    const QJsonObject synced = firstResult(SarifReport::toJson({folderReport({pipMismatch()})}));
    QVERIFY(!synced.contains(QStringLiteral("fixes")));
    const QJsonArray listed = synced[QStringLiteral("properties")].toObject()[QStringLiteral("fixes")].toArray();
    QCOMPARE(listed.size(), 2);
    QCOMPARE(listed[0].toObject()[QStringLiteral("id")].toString(), QStringLiteral("from-requirements"));
    QCOMPARE(listed[0].toObject()[QStringLiteral("default")].toBool(), true);
}

void TestSarifReport::relativeUris_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("uri");
    QTest::addRow("plain") << QStringLiteral("requirements.txt") << QStringLiteral("requirements.txt");
    QTest::addRow("nested") << QStringLiteral("code/pkg/__init__.py") << QStringLiteral("code/pkg/__init__.py");
    QTest::addRow("space") << QStringLiteral("code/my utils.py") << QStringLiteral("code/my%20utils.py");
    QTest::addRow("hash and percent") << QStringLiteral("a#b%c.txt") << QStringLiteral("a%23b%25c.txt");
    QTest::addRow("non-ascii") << QStringLiteral("code/caf\u00e9.py") << QStringLiteral("code/caf%C3%A9.py");
}

void TestSarifReport::relativeUris()
{
    QFETCH(QString, file);
    QFETCH(QString, uri);
    QCOMPARE(SarifReport::relativeUri(file), uri);
}

QTEST_APPLESS_MAIN(TestSarifReport)
#include "tst_sarifreport.moc"
