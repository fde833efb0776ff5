#include "checkfixture.h"

#include "checks/lockchecks.h"

#include <QTest>

using namespace envlens;
using namespace envlens::test;

namespace {

const QString kReq = QStringLiteral("requirements.txt");

FileOverrides locked(const char *original, const char *pins)
{
    return {{kReq, QByteArray("# Original requirements\n") + original + "#\n# Locked requirements\n" + pins}};
}

} // namespace

class TestLockChecks : public QObject
{
    Q_OBJECT

private slots:
    void fires_data()
    {
        addCheckColumns();
        const QString id = QStringLiteral("lock-stale"), w = QStringLiteral("warning");
        addFires("pin not admitted", locked("# mlflow==2.22.1\n# scikit-learn==1.6.1\n",
                                            "mlflow==2.22.1\nnumpy==2.0.2\nscikit-learn==1.5.2\n"),
                 id, w, kReq, 3);
        addFires("package missing from the lock", locked("# mlflow==2.22.1\n# pandas>=2\n", "mlflow==2.22.1\n"), id, w, kReq,
                 3);
        addFires("only an inactive pin", locked("# mlflow==2.22.1\n# pywin32\n",
                                                "mlflow==2.22.1\npywin32==306 ; sys_platform == 'win32'\n"),
                 id, w, kReq, 3);
        addSilent("inactive pin on windows is active there",
                  locked("# mlflow==2.22.1\n# pywin32\n", "mlflow==2.22.1\npywin32==306 ; sys_platform == 'win32'\n"), id,
                  QStringLiteral("windows"));
        addSilent("consistent lock", locked("# mlflow==2.22.1\n# scikit-learn>=1.5\n",
                                            "mlflow==2.22.1\nnumpy==2.0.2\nscikit-learn==1.6.1\n"),
                  id);
        addSilent("per-python pins, one active",
                  locked("# mlflow==2.22.1\n# numpy>=2.1\n",
                         "mlflow==2.22.1\nnumpy==2.0.2 ; python_full_version < '3.10'\n"
                         "numpy==2.3.1 ; python_full_version >= '3.10'\n"),
                  id);
        addSilent("not locked", {{kReq, "mlflow==2.22.1\n# scikit-learn==1.6.1\n"}}, id);
        addFires("conda pip list without requirements.txt",
                 {{kReq, removed()},
                  {QStringLiteral("conda.yaml"),
                   "dependencies:\n- python=3.11.9\n- pip:\n  - '# Original requirements'\n  - '# mlflow==2.22.1'\n"
                   "  - '# scikit-learn==1.6.1'\n  - '#'\n  - '# Locked requirements'\n  - mlflow==2.22.1\n"
                   "  - scikit-learn==1.5.2\n"}},
                 id, w, QStringLiteral("conda.yaml"), 6);
    }

    void fires()
    {
        checkRow(runLockChecks);
    }

    void messageNamesThePin()
    {
        QTemporaryDir dir;
        QVERIFY(writeModel(dir.path(), locked("# mlflow==2.22.1\n# scikit-learn==1.6.1\n",
                                              "mlflow==2.22.1\nscikit-learn==1.5.2\n")));
        const auto model = loadModel(dir.path());
        QVERIFY(model);
        const QVector<Diagnostic> found = runLockChecks(CheckContext::make(*model, {}));
        QCOMPARE(found.size(), 1);
        QVERIFY2(found.first().message.contains(QStringLiteral("scikit-learn==1.5.2")), qPrintable(found.first().message));
        QCOMPARE(found.first().location.column, 3);
        QCOMPARE(found.first().related.size(), 1);
        QCOMPARE(found.first().related.first().line, 7);
    }
};

QTEST_GUILESS_MAIN(TestLockChecks)
#include "tst_lockchecks.moc"
