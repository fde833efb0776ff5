#include "checkfixture.h"

#include "checks/requirementset.h"

#include <QTest>

using namespace envlens;
using namespace envlens::test;

namespace {

const QString kReq = QStringLiteral("requirements.txt");

// "file:line name [c] [inactive]" per entry that names a package, in set order.
QStringList summary(const RequirementSet &set)
{
    QStringList lines;
    for (const RequirementEntry &e : set.entries()) {
        QString line = QStringLiteral("%1:%2 %3").arg(e.file).arg(e.line).arg(e.name.isEmpty() ? e.text : e.name);
        if (e.constraint)
            line += QStringLiteral(" [c]");
        if (!e.active)
            line += QStringLiteral(" [inactive]");
        lines.append(line);
    }
    return lines;
}

} // namespace

class TestRequirementSet : public QObject
{
    Q_OBJECT

private slots:
    void build_data()
    {
        QTest::addColumn<FileOverrides>("files");
        QTest::addColumn<QString>("platform");
        QTest::addColumn<bool>("fromConda");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("clean") << FileOverrides{} << QStringLiteral("linux") << false
                               << QStringList{QStringLiteral("requirements.txt:1 mlflow"),
                                              QStringLiteral("requirements.txt:2 cloudpickle"),
                                              QStringLiteral("requirements.txt:3 numpy"),
                                              QStringLiteral("requirements.txt:4 scikit-learn")};
        QTest::newRow("includes and constraints")
            << FileOverrides{{kReq, "mlflow==2.22.1\n-r more.txt\n-c constraints.txt\n"},
                             {QStringLiteral("more.txt"), "# comment\nNumPy==2.0.2\n"},
                             {QStringLiteral("constraints.txt"), "numpy<3\n"}}
            << QStringLiteral("linux") << false
            << QStringList{QStringLiteral("requirements.txt:1 mlflow"), QStringLiteral("requirements.txt:2 -r more.txt"),
                           QStringLiteral("requirements.txt:3 -c constraints.txt"), QStringLiteral("more.txt:2 numpy"),
                           QStringLiteral("constraints.txt:1 numpy [c]")};
        QTest::newRow("markers on linux")
            << FileOverrides{{kReq, "mlflow==2.22.1\npywin32==306; sys_platform == 'win32'\n"}} << QStringLiteral("linux")
            << false
            << QStringList{QStringLiteral("requirements.txt:1 mlflow"), QStringLiteral("requirements.txt:2 pywin32 [inactive]")};
        QTest::newRow("markers on windows")
            << FileOverrides{{kReq, "mlflow==2.22.1\npywin32==306; sys_platform == 'win32'\n"}} << QStringLiteral("windows")
            << false << QStringList{QStringLiteral("requirements.txt:1 mlflow"), QStringLiteral("requirements.txt:2 pywin32")};
        QTest::newRow("conda pip list without requirements.txt")
            << FileOverrides{{kReq, removed()}} << QStringLiteral("linux") << true
            << QStringList{QStringLiteral("conda.yaml:7 mlflow"), QStringLiteral("conda.yaml:8 cloudpickle"),
                           QStringLiteral("conda.yaml:9 numpy"), QStringLiteral("conda.yaml:10 scikit-learn")};
        QTest::newRow("continuation line")
            << FileOverrides{{kReq, "mlflow==2.22.1 \\\n  --hash=sha256:abc\nnumpy==2.0.2\n"}} << QStringLiteral("linux")
            << false << QStringList{QStringLiteral("requirements.txt:1 mlflow"), QStringLiteral("requirements.txt:3 numpy")};
    }

    void build()
    {
        QFETCH(FileOverrides, files);
        QFETCH(QString, platform);
        QFETCH(bool, fromConda);
        QFETCH(QStringList, expected);
        QTemporaryDir dir;
        QVERIFY(writeModel(dir.path(), files));
        const auto model = loadModel(dir.path());
        QVERIFY(model);
        CheckOptions options;
        options.platform = platform;
        const CheckContext context = CheckContext::make(*model, options);
        QCOMPARE(context.requirements.isFromConda(), fromConda);
        QCOMPARE(summary(context.requirements), expected);
        QCOMPARE(context.requirements.condaPip().size(), 4); // the base conda.yaml, whatever the set is
    }

    void lockLayout()
    {
        QTemporaryDir dir;
        QVERIFY(writeModel(dir.path(), {{kReq, "# Original requirements\n# mlflow==2.22.1\n#\n# Locked requirements\n"
                                               "alembic==1.16.1\nmlflow==2.22.1\n"}}));
        const auto model = loadModel(dir.path());
        QVERIFY(model);
        const CheckContext context = CheckContext::make(*model, {});
        QVERIFY(context.requirements.isLocked());
        QCOMPARE(context.requirements.originalRequirements().size(), 1);
        const RequirementEntry &original = context.requirements.originalRequirements().first();
        QCOMPARE(original.name, QStringLiteral("mlflow"));
        QCOMPARE(original.line, 2);
        QCOMPARE(original.column, 3);
        QCOMPARE(context.requirements.lockedPins().size(), 2);
        QCOMPARE(context.requirements.requirements().size(), 2); // comments are not requirements
    }

    void mlflowRequirement_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("mlflow");
        QTest::newRow("mlflow") << QStringLiteral("mlflow==2.22.1") << true;
        QTest::newRow("skinny") << QStringLiteral("mlflow-skinny") << true;
        QTest::newRow("tracing") << QStringLiteral("mlflow_tracing>=3.2") << true;
        QTest::newRow("git") << QStringLiteral("mlflow @ git+https://github.com/mlflow/mlflow.git") << true;
        QTest::newRow("path") << QStringLiteral("/opt/mlflow") << true;
        QTest::newRow("wheel") << QStringLiteral("wheels/mlflow-2.22.1-py3-none-any.whl") << true;
        QTest::newRow("plugin") << QStringLiteral("mlflowx==1") << false;
        QTest::newRow("other") << QStringLiteral("numpy") << false;
    }

    void mlflowRequirement()
    {
        QFETCH(QString, line);
        QFETCH(bool, mlflow);
        RequirementEntry entry;
        entry.text = line;
        entry.pip = pep::parsePipLine(line);
        QCOMPARE(isMlflowRequirement(entry), mlflow);
    }
};

QTEST_GUILESS_MAIN(TestRequirementSet)
#include "tst_requirementset.moc"
