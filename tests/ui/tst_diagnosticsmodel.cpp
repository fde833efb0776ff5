#include "browse/diagnosticsdock.h"
#include "browse/diagnosticsmodel.h"
#include "common/settings.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace envlens;

namespace {

Diagnostic makeDiagnostic(const QString &id, Severity severity, const QString &file, int line,
                          const QString &fixTitle = QString())
{
    Diagnostic d;
    d.id = id;
    d.severity = severity;
    d.message = id + QStringLiteral(" at ") + file;
    d.location.file = file;
    d.location.line = line;
    if (!fixTitle.isEmpty()) {
        FixIt fix;
        fix.id = QStringLiteral("fix");
        fix.title = fixTitle;
        fix.isDefault = true;
        d.fixes.append(fix);
    }
    return d;
}

QVector<Diagnostic> sample()
{
    return {
        makeDiagnostic(QStringLiteral("pip-mismatch"), Severity::Warning, QStringLiteral("conda.yaml"), 10,
                       QStringLiteral("Align conda.yaml with requirements.txt")),
        makeDiagnostic(QStringLiteral("req-conflict"), Severity::Error, QStringLiteral("requirements.txt"), 5),
        makeDiagnostic(QStringLiteral("import-undeclared"), Severity::Info, QStringLiteral("code/x.py"), 9),
        makeDiagnostic(QStringLiteral("python-mismatch"), Severity::Warning, QStringLiteral("conda.yaml"), 9),
    };
}

} // namespace

class TestDiagnosticsModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Settings::useTemporaryFile();
    }

    void modelContract()
    {
        DiagnosticsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        DiagnosticsFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDiagnostics(sample());
        filter.setSeverityMask(1);
        filter.setFilterFixedString(QStringLiteral("conda"));
        filter.setSeverityMask(7);
        model.setDiagnostics({});
        QCOMPARE(filter.rowCount(), 0);
    }

    void columns_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("severity");
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("fix");
        QTest::addRow("warning with a fix") << 0 << QStringLiteral("Warning") << QStringLiteral("conda.yaml:10")
                                            << QStringLiteral("Align conda.yaml with requirements.txt");
        QTest::addRow("error without a fix") << 1 << QStringLiteral("Error") << QStringLiteral("requirements.txt:5") << QString();
        QTest::addRow("info") << 2 << QStringLiteral("Info") << QStringLiteral("code/x.py:9") << QString();
    }

    void columns()
    {
        QFETCH(int, row);
        QFETCH(QString, severity);
        QFETCH(QString, location);
        QFETCH(QString, fix);
        DiagnosticsModel model;
        model.setDiagnostics(sample());
        QCOMPARE(model.index(row, DiagnosticsModel::SeverityColumn).data().toString(), severity);
        QVERIFY(!model.index(row, DiagnosticsModel::SeverityColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(model.index(row, DiagnosticsModel::LocationColumn).data().toString(), location);
        QCOMPARE(model.index(row, DiagnosticsModel::FixColumn).data().toString(), fix);
        if (!fix.isEmpty())
            QVERIFY(model.index(row, 0).data(Qt::ToolTipRole).toString().contains(fix));
    }

    void sortsBySeverityThenByLocation()
    {
        DiagnosticsModel model;
        model.setDiagnostics(sample());
        DiagnosticsFilterModel filter;
        filter.setSourceModel(&model);
        filter.sort(DiagnosticsModel::SeverityColumn);
        QCOMPARE(filter.index(0, DiagnosticsModel::IdColumn).data().toString(), QStringLiteral("req-conflict"));
        QCOMPARE(filter.index(3, DiagnosticsModel::IdColumn).data().toString(), QStringLiteral("import-undeclared"));
        filter.sort(DiagnosticsModel::LocationColumn);
        QCOMPARE(filter.index(0, DiagnosticsModel::LocationColumn).data().toString(), QStringLiteral("code/x.py:9"));
        QCOMPARE(filter.index(1, DiagnosticsModel::LocationColumn).data().toString(), QStringLiteral("conda.yaml:9"));
        QCOMPARE(filter.index(2, DiagnosticsModel::LocationColumn).data().toString(), QStringLiteral("conda.yaml:10"));
    }

    void dockFiltersBySeverityAndActivates()
    {
        DiagnosticsDock dock;
        QAbstractItemModelTester tester(dock.view()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        dock.show();
        dock.setDiagnostics(sample());
        QCOMPARE(dock.view()->model()->rowCount(), 4);
        QCOMPARE(dock.severityButton(Severity::Warning)->text(), QStringLiteral("2 warnings"));
        QCOMPARE(dock.severityButton(Severity::Error)->text(), QStringLiteral("1 error"));

        QTest::mouseClick(dock.severityButton(Severity::Warning), Qt::LeftButton);
        QCOMPARE(dock.view()->model()->rowCount(), 2);
        QCOMPARE(Settings::instance().diagnosticsSeverityMask(), 5);
        QTest::mouseClick(dock.severityButton(Severity::Info), Qt::LeftButton);
        QCOMPARE(dock.view()->model()->rowCount(), 1);

        QSignalSpy spy(&dock, &DiagnosticsDock::diagnosticActivated);
        dock.view()->setCurrentIndex(dock.view()->model()->index(0, 0));
        QTest::keyClick(dock.view(), Qt::Key_Return);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().first().value<Diagnostic>().id, QStringLiteral("req-conflict"));

        QTest::mouseClick(dock.severityButton(Severity::Warning), Qt::LeftButton);
        QTest::mouseClick(dock.severityButton(Severity::Info), Qt::LeftButton);
        QCOMPARE(dock.view()->model()->rowCount(), 4);
    }
};

QTEST_MAIN(TestDiagnosticsModel)
#include "tst_diagnosticsmodel.moc"
