#include "edit/requirementrows.h"
#include "edit/requirementstablemodel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTest>

using namespace envlens;

namespace {

RequirementRow rowOf(const QString &text, const QString &file = QString(), int line = 0)
{
    RequirementRow row;
    row.text = text;
    row.parts = RequirementText::split(text);
    row.error = RequirementText::error(text);
    row.file = file;
    row.line = line;
    return row;
}

} // namespace

class TestRequirementsTable : public QObject
{
    Q_OBJECT

private slots:
    void splitAndJoin_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("package");
        QTest::addColumn<QString>("extras");
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("marker");
        QTest::addColumn<QString>("joined");
        QTest::addRow("pin") << "pandas==2.2.2" << "pandas" << "" << "==2.2.2" << "" << "pandas==2.2.2";
        QTest::addRow("bare") << "numpy" << "numpy" << "" << "" << "" << "numpy";
        QTest::addRow("extras, range, marker")
            << "Requests[socks, security] >=2,<3 ; python_version >= \"3.8\"" << "Requests" << "socks, security"
            << ">=2,<3" << "python_version >= \"3.8\"" << "Requests[socks, security]>=2,<3; python_version >= \"3.8\"";
        QTest::addRow("url with marker") << "pkg @ https://example.org/pkg-1.0.whl ; sys_platform == \"linux\""
                                         << "pkg" << "" << "@ https://example.org/pkg-1.0.whl"
                                         << "sys_platform == \"linux\""
                                         << "pkg @ https://example.org/pkg-1.0.whl ; sys_platform == \"linux\"";
        QTest::addRow("dots and dashes") << "zope.interface~=6.0" << "zope.interface" << "" << "~=6.0" << ""
                                         << "zope.interface~=6.0";
    }

    void splitAndJoin()
    {
        QFETCH(QString, text);
        QFETCH(QString, package);
        QFETCH(QString, extras);
        QFETCH(QString, spec);
        QFETCH(QString, marker);
        QFETCH(QString, joined);
        const RequirementParts parts = RequirementText::split(text);
        QCOMPARE(parts.package, package);
        QCOMPARE(parts.extras, extras);
        QCOMPARE(parts.spec, spec);
        QCOMPARE(parts.marker, marker);
        QCOMPARE(RequirementText::join(parts), joined);
        QVERIFY2(RequirementText::error(joined).isEmpty(), qPrintable(RequirementText::error(joined)));
        QCOMPARE(RequirementText::normalizedName(joined), RequirementText::normalizedName(text));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addRow("empty") << "" << false;
        QTest::addRow("dangling operator") << "pandas==" << false;
        QTest::addRow("single equals") << "pandas=1.0" << false;
        QTest::addRow("bad marker") << "pandas; python_version >" << false;
        QTest::addRow("option") << "--index-url https://x" << false;
        QTest::addRow("include") << "-r other.txt" << false;
        QTest::addRow("valid") << "pandas>=2; python_version >= \"3.9\"" << true;
        QTest::addRow("wildcard") << "numpy==1.26.*" << true;
    }

    void errors()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(RequirementText::error(text).isEmpty(), valid);
    }

    void statusAgainstTheOriginal()
    {
        const QVector<RequirementRow> original{rowOf(QStringLiteral("mlflow==2.12.1"), QStringLiteral("requirements.txt"), 1),
                                               rowOf(QStringLiteral("pandas==2.2.2"), QStringLiteral("requirements.txt"), 2),
                                               rowOf(QStringLiteral("numpy==1.26.4"), QStringLiteral("requirements.txt"), 3)};
        const QVector<RequirementRow> current{rowOf(QStringLiteral("mlflow==2.12.1")), rowOf(QStringLiteral("Pandas==2.2.3")),
                                              rowOf(QStringLiteral("rich"))};
        const QVector<RequirementRow> rows = compareWithOriginal(current, original);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(0).status, RequirementRow::Status::Existing);
        QCOMPARE(rows.at(1).status, RequirementRow::Status::Changed);
        QCOMPARE(rows.at(1).originalText, QStringLiteral("pandas==2.2.2"));
        QCOMPARE(rows.at(2).status, RequirementRow::Status::Added);
        QCOMPARE(rows.at(3).status, RequirementRow::Status::Removed);
        QCOMPARE(rows.at(3).text, QStringLiteral("numpy==1.26.4"));
    }

    void editableModelValidatesAsRowsChange()
    {
        RequirementsTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEditable(true);
        model.setRows({rowOf(QStringLiteral("pandas==2.2.2"), QStringLiteral("requirements.txt"), 4)});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), int(RequirementsTableModel::ColumnCount));
        QCOMPARE(model.index(0, RequirementsTableModel::SourceColumn).data().toString(), QStringLiteral("requirements.txt:4"));
        QCOMPARE(model.index(0, RequirementsTableModel::StatusColumn).data().toString(), QStringLiteral("Existing"));
        QVERIFY(model.flags(model.index(0, RequirementsTableModel::SpecColumn)) & Qt::ItemIsEditable);
        QVERIFY(!(model.flags(model.index(0, RequirementsTableModel::SourceColumn)) & Qt::ItemIsEditable));

        QSignalSpy edited(&model, &RequirementsTableModel::rowEdited);
        QSignalSpy validity(&model, &RequirementsTableModel::validityChanged);
        QVERIFY(model.setData(model.index(0, RequirementsTableModel::SpecColumn), QStringLiteral("==")));
        QVERIFY(model.hasInvalidRows());
        QCOMPARE(edited.count(), 0);
        QCOMPARE(validity.count(), 1);
        QVERIFY(!model.index(0, 0).data(RequirementsTableModel::ErrorRole).toString().isEmpty());
        QCOMPARE(model.index(0, 0).data(Qt::ToolTipRole), model.index(0, 0).data(RequirementsTableModel::ErrorRole));
        QVERIFY(model.index(0, 0).data(Qt::BackgroundRole).isValid());
        QCOMPARE(model.composedText(0, RequirementsTableModel::SpecColumn, QStringLiteral(">=2.2")), QStringLiteral("pandas>=2.2"));

        QVERIFY(model.setData(model.index(0, RequirementsTableModel::SpecColumn), QStringLiteral(">=2.2")));
        QVERIFY(!model.hasInvalidRows());
        QCOMPARE(edited.count(), 1);
        QCOMPARE(validity.count(), 2);
        QCOMPARE(model.index(0, 0).data(RequirementsTableModel::TextRole).toString(), QStringLiteral("pandas>=2.2"));

        const int draft = model.appendDraft();
        QCOMPARE(draft, 1);
        QVERIFY(model.hasInvalidRows());
        QVERIFY(model.setData(model.index(draft, RequirementsTableModel::PackageColumn), QStringLiteral("rich")));
        QVERIFY(!model.hasInvalidRows());
        QCOMPARE(edited.last().first().toInt(), draft);
        model.removeRowAt(0);
        QCOMPARE(model.rowCount(), 1);

        // Read-only tables and removed rows take no edits.
        RequirementsTableModel readOnly;
        QAbstractItemModelTester readOnlyTester(&readOnly, QAbstractItemModelTester::FailureReportingMode::QtTest);
        RequirementRow removed = rowOf(QStringLiteral("numpy"));
        removed.status = RequirementRow::Status::Removed;
        readOnly.setRows({removed});
        QVERIFY(!(readOnly.flags(readOnly.index(0, 0)) & Qt::ItemIsEditable));
        QVERIFY(!readOnly.setData(readOnly.index(0, 0), QStringLiteral("x")));
        QVERIFY(readOnly.index(0, 0).data(Qt::FontRole).value<QFont>().strikeOut());
    }
};

QTEST_MAIN(TestRequirementsTable)
#include "tst_requirementstable.moc"
