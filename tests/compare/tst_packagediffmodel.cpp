#include "compare/changestyle.h"
#include "compare/packagediffmodel.h"
#include "comparefixture.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QTest>

#include <algorithm>

using namespace envlens;

namespace {

// "section:name=change" of every row of the model, in model order.
QStringList rowsOf(const PackageDiffModel &model)
{
    QStringList rows;
    for (int i = 0; i < model.rowCount(); ++i) {
        const PackageDiffModel::Row &row = model.row(i);
        rows << PackageDiffModel::sectionName(row.section) + QLatin1Char(':') + row.diff.name + QLatin1Char('=')
                + diffChangeName(row.diff.change);
    }
    return rows;
}

QStringList visibleNames(const QAbstractItemModel &model)
{
    QStringList names;
    for (int i = 0; i < model.rowCount(); ++i)
        names << model.index(i, PackageDiffModel::NameColumn).data().toString();
    return names;
}

} // namespace

class TestPackageDiffModel : public QObject
{
    Q_OBJECT

private slots:
    void rowClasses_data();
    void rowClasses();
    void everyPairMatchesTheDiff_data();
    void everyPairMatchesTheDiff();
    void filter_data();
    void filter();
    void sort();
};

void TestPackageDiffModel::rowClasses_data()
{
    QTest::addColumn<QString>("oldPath");
    QTest::addColumn<QString>("newPath");
    QTest::addColumn<QStringList>("expected"); // Requirements rows that changed, sorted

    const QString v1 = test::compareFixture("sklearn-v1");
    const QString v2 = test::compareFixture("sklearn-v2");
    QTest::newRow("v1 -> v2") << v1 << v2
                              << QStringList { QStringLiteral("mlflow=upgraded"), QStringLiteral("numpy=upgraded"),
                                     QStringLiteral("pandas=changed"), QStringLiteral("scikit-learn=downgraded"),
                                     QStringLiteral("scipy=removed"), QStringLiteral("xgboost=added") };
    QTest::newRow("v2 -> v1") << v2 << v1
                              << QStringList { QStringLiteral("mlflow=downgraded"), QStringLiteral("numpy=downgraded"),
                                     QStringLiteral("pandas=changed"), QStringLiteral("scikit-learn=upgraded"),
                                     QStringLiteral("scipy=added"), QStringLiteral("xgboost=removed") };
    QTest::newRow("v1 -> v1") << v1 << v1 << QStringList();
}

void TestPackageDiffModel::rowClasses()
{
    QFETCH(QString, oldPath);
    QFETCH(QString, newPath);
    QFETCH(QStringList, expected);
    const auto a = test::loadModel(oldPath);
    const auto b = test::loadModel(newPath);
    QVERIFY(a && b);
    PackageDiffModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDiff(ModelDiff::compute(*a, *b));

    QStringList changed;
    for (int i = 0; i < model.rowCount(); ++i) {
        const QModelIndex name = model.index(i, PackageDiffModel::NameColumn);
        const auto change = DiffChange(name.data(PackageDiffModel::ChangeRole).toInt());
        if (name.data(PackageDiffModel::SectionRole).toInt() == PackageDiffModel::Requirements
            && change != DiffChange::Unchanged)
            changed << model.row(i).diff.name + QLatin1Char('=') + diffChangeName(change);
        const QModelIndex changeCell = model.index(i, PackageDiffModel::ChangeColumn);
        QCOMPARE(changeCell.data().toString(), ChangeStyle::label(change));
        // Colour and icon mark every change, and nothing else.
        QCOMPARE(changeCell.data(Qt::DecorationRole).value<QIcon>().isNull(), change == DiffChange::Unchanged);
        QCOMPARE(changeCell.data(Qt::ForegroundRole).isValid(), change != DiffChange::Unchanged);
    }
    changed.sort();
    QCOMPARE(changed, expected);
    // The conda pip list of the fixtures says the same as requirements.txt; conda's python= pin
    // changes with Python.
    const bool pythonChanged = a->condaPython() != b->condaPython();
    QCOMPARE(model.changedCount(), int(expected.size() * 2) + (pythonChanged ? 1 : 0));
}

// Real models: one row per row of every package section, classes as the core computed them.
void TestPackageDiffModel::everyPairMatchesTheDiff_data()
{
    QTest::addColumn<QString>("oldPath");
    QTest::addColumn<QString>("newPath");
    QTest::newRow("pyfunc 2.7.1 -> 2.8.1") << test::corpusModel("mlflow-examples/ui-fixture-pyfunc-2.7.1")
                                           << test::corpusModel("mlflow-examples/pyfunc-2.8.1");
    QTest::newRow("mlflow 1.x sklearn -> pyfunc 2.8.1") << test::corpusModel("mlflow-examples/sklearn-mlflow1x-style")
                                                        << test::corpusModel("mlflow-examples/pyfunc-2.8.1");
    QTest::newRow("langchain -> azureml") << test::corpusModel("mlflow-examples/langchain-2.12-databricks")
                                          << test::corpusModel("wild/azureml-mlflow-model");
    QTest::newRow("clean sklearn -> locked pyfunc") << test::dataDir() + QStringLiteral("/checks/clean-sklearn")
                                                    << test::dataDir() + QStringLiteral("/checks/pyfunc-locked");
    QTest::newRow("example -> fixture v2")
        << test::examplesDir() + QStringLiteral("/iris-classifier") << test::compareFixture("sklearn-v2");
}

void TestPackageDiffModel::everyPairMatchesTheDiff()
{
    QFETCH(QString, oldPath);
    QFETCH(QString, newPath);
    const auto a = test::loadModel(oldPath);
    const auto b = test::loadModel(newPath);
    QVERIFY(a && b);
    const ModelDiff diff = ModelDiff::compute(*a, *b);
    PackageDiffModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDiff(diff);

    QStringList expected;
    const auto add = [&expected](PackageDiffModel::Section section, const QVector<PackageDiff> &rows) {
        for (const PackageDiff &r : rows)
            expected << PackageDiffModel::sectionName(section) + QLatin1Char(':') + r.name + QLatin1Char('=')
                    + diffChangeName(r.change);
    };
    add(PackageDiffModel::Requirements, diff.packages);
    add(PackageDiffModel::Constraints, diff.constraints);
    add(PackageDiffModel::Locked, diff.locked);
    add(PackageDiffModel::Conda, diff.conda.dependencies);
    add(PackageDiffModel::CondaPip, diff.conda.pip);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(rowsOf(model), expected);
    for (int i = 0; i < model.rowCount(); ++i) {
        const PackageDiff &d = model.row(i).diff;
        QCOMPARE(model.index(i, PackageDiffModel::OldColumn).data().toString(), d.oldText);
        QCOMPARE(model.index(i, PackageDiffModel::NewColumn).data().toString(), d.newText);
    }
}

void TestPackageDiffModel::filter_data()
{
    QTest::addColumn<bool>("changesOnly");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected"); // Requirements rows, sorted by name

    QTest::newRow("everything") << false << QString()
                                << QStringList { QStringLiteral("cloudpickle"), QStringLiteral("mlflow"),
                                       QStringLiteral("numpy"), QStringLiteral("pandas"),
                                       QStringLiteral("scikit-learn"), QStringLiteral("scipy"),
                                       QStringLiteral("xgboost") };
    QTest::newRow("changes only") << true << QString()
                                  << QStringList { QStringLiteral("mlflow"), QStringLiteral("numpy"),
                                         QStringLiteral("pandas"), QStringLiteral("scikit-learn"),
                                         QStringLiteral("scipy"), QStringLiteral("xgboost") };
    QTest::newRow("search by name") << false << QStringLiteral("SCI")
                                    << QStringList { QStringLiteral("scikit-learn"), QStringLiteral("scipy") };
    QTest::newRow("search by old spec") << false << QStringLiteral("1.26.4") << QStringList { QStringLiteral("numpy") };
    QTest::newRow("search by new spec") << false << QStringLiteral(">=2.1") << QStringList { QStringLiteral("pandas") };
    QTest::newRow("unchanged is hidden by changes only") << true << QStringLiteral("cloudpickle") << QStringList();
    QTest::newRow("search, changes only")
        << true << QStringLiteral("  mlflow ") << QStringList { QStringLiteral("mlflow") };
    QTest::newRow("no match") << false << QStringLiteral("tensorflow") << QStringList();
}

void TestPackageDiffModel::filter()
{
    QFETCH(bool, changesOnly);
    QFETCH(QString, search);
    QFETCH(QStringList, expected);
    const auto a = test::loadModel(test::compareFixture("sklearn-v1"));
    const auto b = test::loadModel(test::compareFixture("sklearn-v2"));
    QVERIFY(a && b);
    PackageDiffModel model;
    model.setDiff(ModelDiff::compute(*a, *b));
    PackageDiffFilter filter;
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&model);
    filter.setChangesOnly(changesOnly);
    filter.setSearchText(search);
    QCOMPARE(filter.changesOnly(), changesOnly);

    QStringList names;
    for (int i = 0; i < filter.rowCount(); ++i) {
        const QModelIndex index = filter.index(i, PackageDiffModel::NameColumn);
        if (index.data(PackageDiffModel::SectionRole).toInt() == PackageDiffModel::Requirements)
            names << index.data().toString();
    }
    names.sort();
    QCOMPARE(names, expected);

    // Clearing the filter brings every row back.
    filter.setChangesOnly(false);
    filter.setSearchText(QString());
    QCOMPARE(filter.rowCount(), model.rowCount());
}

void TestPackageDiffModel::sort()
{
    const auto a = test::loadModel(test::compareFixture("sklearn-v1"));
    const auto b = test::loadModel(test::compareFixture("sklearn-v2"));
    QVERIFY(a && b);
    PackageDiffModel model;
    model.setDiff(ModelDiff::compute(*a, *b));
    PackageDiffFilter filter;
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&model);

    filter.sort(PackageDiffModel::ChangeColumn, Qt::AscendingOrder);
    int previous = -1;
    for (int i = 0; i < filter.rowCount(); ++i) {
        const int rank = ChangeStyle::rank(DiffChange(filter.index(i, 0).data(PackageDiffModel::ChangeRole).toInt()));
        QVERIFY2(rank >= previous, qPrintable(visibleNames(filter).join(QLatin1Char(','))));
        previous = rank;
    }
    // Removals first, unchanged rows last.
    QCOMPARE(DiffChange(filter.index(0, 0).data(PackageDiffModel::ChangeRole).toInt()), DiffChange::Removed);
    QCOMPARE(DiffChange(filter.index(filter.rowCount() - 1, 0).data(PackageDiffModel::ChangeRole).toInt()),
        DiffChange::Unchanged);

    filter.sort(PackageDiffModel::NameColumn, Qt::DescendingOrder);
    QStringList names = visibleNames(filter);
    QStringList sorted = names;
    std::sort(
        sorted.begin(), sorted.end(), [](const QString &x, const QString &y) { return x.toLower() > y.toLower(); });
    QCOMPARE(names, sorted);
    QCOMPARE(names.first(), QStringLiteral("xgboost"));
}

QTEST_MAIN(TestPackageDiffModel)
#include "tst_packagediffmodel.moc"
