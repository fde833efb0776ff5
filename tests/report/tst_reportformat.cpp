#include "report/reportformat.h"

#include "report/jsonreport.h"
#include "report/sarifreport.h"
#include "report/textreport.h"
#include "reportsamples.h"

#include <QTest>

using namespace envlens;
using namespace envlens::test;

Q_DECLARE_METATYPE(envlens::ReportFormat)

class TestReportFormat : public QObject
{
    Q_OBJECT

private slots:
    void names_data();
    void names();
    void unknownName();
    void dispatch();
};

void TestReportFormat::names_data()
{
    QTest::addColumn<ReportFormat>("format");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("suffix");
    QTest::addRow("text") << ReportFormat::Text << QStringLiteral("text") << QStringLiteral("txt");
    QTest::addRow("json") << ReportFormat::Json << QStringLiteral("json") << QStringLiteral("json");
    QTest::addRow("sarif") << ReportFormat::Sarif << QStringLiteral("sarif") << QStringLiteral("sarif");
}

void TestReportFormat::names()
{
    QFETCH(ReportFormat, format);
    QFETCH(QString, name);
    QFETCH(QString, suffix);
    QCOMPARE(reportFormatName(format), name);
    QCOMPARE(reportFormatFromName(name), std::optional<ReportFormat>(format));
    QCOMPARE(reportFormatFileSuffix(format), suffix);
    QVERIFY(reportFormatNames().contains(name));
}

void TestReportFormat::unknownName()
{
    QVERIFY(!reportFormatFromName(QStringLiteral("xml")).has_value());
    QVERIFY(!reportFormatFromName(QStringLiteral("JSON")).has_value());
    QCOMPARE(reportFormatNames().size(), 3);
}

void TestReportFormat::dispatch()
{
    const QVector<CheckReport> reports{zipReport({reqConflict(), yamlType()}), folderReport({uvLock()})};
    QCOMPARE(formatReports(reports, ReportFormat::Text), TextReport::format(reports).toUtf8());
    QCOMPARE(formatReports(reports, ReportFormat::Json), JsonReport::format(reports));
    QCOMPARE(formatReports(reports, ReportFormat::Sarif), SarifReport::format(reports));
    QVERIFY(formatReports(reports, ReportFormat::Text).startsWith("==> m.zip <==\n"));
}

QTEST_APPLESS_MAIN(TestReportFormat)
#include "tst_reportformat.moc"
