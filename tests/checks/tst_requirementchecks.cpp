#include "checkfixture.h"

#include "checks/checkrunner.h"
#include "checks/requirementchecks.h"
#include "edit/enveditor.h"

#include <QTest>

using namespace envlens;
using namespace envlens::test;

namespace {

FileOverrides requirements(const char *text)
{
    return {{QStringLiteral("requirements.txt"), QByteArray(text)}};
}

FileOverrides withConstraints(const char *text, const char *constraints)
{
    return {{QStringLiteral("requirements.txt"), QByteArray(text)},
            {QStringLiteral("constraints.txt"), QByteArray(constraints)}};
}

const QString kReq = QStringLiteral("requirements.txt");

// Writes a change set's new bytes over the model folder; returns the folder.
QString writeChanges(const QString &dir, const ChangeSet &changes)
{
    for (const FileChange &change : changes.files) {
        QFile file(dir + QLatin1Char('/') + change.path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(change.newBytes) != change.newBytes.size())
            return {};
    }
    return dir;
}

} // namespace

class TestRequirementChecks : public QObject
{
    Q_OBJECT

private slots:
    void clean() { checkCleanModelIsSilent(runRequirementChecks); }

    void fires_data()
    {
        addCheckColumns();
        const QString e = QStringLiteral("error"), w = QStringLiteral("warning"), i = QStringLiteral("info");
        const QString syntax = QStringLiteral("req-syntax");
        addFires("syntax: conda-style =", requirements("mlflow==2.22.1\nnumpy=1.2\n"), syntax, e, kReq, 2);
        addFires("syntax: garbage", requirements("mlflow==2.22.1\n\nnumpy >>> 2\n"), syntax, e, kReq, 3);
        addFires("syntax: in an include", {{kReq, "mlflow==2.22.1\n-r extra.txt\n"}, {QStringLiteral("extra.txt"), "ok==1\nbad name\n"}},
                 syntax, e, QStringLiteral("extra.txt"), 2);
        addFires("syntax: conda pip list without requirements.txt",
                 {{kReq, removed()},
                  {QStringLiteral("conda.yaml"), "dependencies:\n- python=3.11.9\n- pip:\n  - mlflow==2.22.1\n  - numpy=1.2\n"}},
                 syntax, e, QStringLiteral("conda.yaml"), 5);
        addSilent("syntax: options, paths and urls are fine",
                  requirements("mlflow==2.22.1\n--extra-index-url https://example.com/simple\n-e .\n"
                               "https://example.com/x-1.0-py3-none-any.whl\n# a comment\npkg==1 --hash=sha256:abcd\n"),
                  syntax);

        const QString duplicate = QStringLiteral("req-duplicate");
        addFires("duplicate: same package twice", requirements("mlflow==2.22.1\nnumpy==2.0.2\nNumPy>=2\n"), duplicate,
                 w, kReq, 3);
        addFires("duplicate: equal markers", requirements("mlflow==2.22.1\nnumpy<3; python_version >= '3.9'\n"
                                                          "numpy>=2; python_version>='3.9'\n"),
                 duplicate, w, kReq, 3);
        addSilent("duplicate: different markers",
                  requirements("mlflow==2.22.1\nnumpy==1.26.4; python_version < '3.11'\nnumpy==2.0.2; python_version >= '3.11'\n"),
                  duplicate);
        addSilent("duplicate: marker and no marker", requirements("mlflow==2.22.1\nnumpy\nnumpy>=2; python_version >= '3.9'\n"),
                  duplicate);
        addSilent("duplicate: a requirement and its constraint",
                  withConstraints("mlflow==2.22.1\nnumpy\n-c constraints.txt\n", "numpy==2.0.2\n"), duplicate);

        const QString conflict = QStringLiteral("req-conflict");
        addFires("conflict: with a constraint",
                 withConstraints("mlflow==2.22.1\nscikit-learn==1.3.2\n-c constraints.txt\n", "scikit-learn<1.3\n"),
                 conflict, e, kReq, 2);
        addFires("conflict: two lines", requirements("mlflow==2.22.1\nnumpy==2.0.2\nnumpy<2\n"), conflict, e, kReq, 3);
        addFires("conflict: one line admits nothing", requirements("mlflow==2.22.1\nnumpy>=2,<1\n"), conflict, e, kReq, 2);
        addFires("conflict: an unmarked line against a marked one",
                 requirements("mlflow==2.22.1\nnumpy==2.0.2\nnumpy<2; python_version >= '3.9'\n"), conflict, e, kReq, 3);
        addFires("conflict: marked lines active on windows",
                 requirements("mlflow==2.22.1\npywin32==306; sys_platform == 'win32'\npywin32<300; sys_platform == 'win32'\n"),
                 conflict, e, kReq, 3, QStringLiteral("windows"));
        addSilent("conflict: marked lines inactive on linux",
                  requirements("mlflow==2.22.1\npywin32==306; sys_platform == 'win32'\npywin32<300; sys_platform == 'win32'\n"),
                  conflict);
        addSilent("conflict: compatible constraint",
                  withConstraints("mlflow==2.22.1\nscikit-learn==1.3.2\n-c constraints.txt\n", "scikit-learn<1.4\n"), conflict);
        addSilent("conflict: different markers",
                  requirements("mlflow==2.22.1\nnumpy==1.26.4; python_version < '3.11'\nnumpy==2.0.2; python_version >= '3.11'\n"),
                  conflict);

        const QString unpinned = QStringLiteral("req-unpinned");
        addFires("unpinned: mlflow is a warning", requirements("mlflow\nnumpy==2.0.2\n"), unpinned, w, kReq, 1);
        addFires("unpinned: the flavor's package is a warning", requirements("mlflow==2.22.1\nscikit-learn\n"), unpinned,
                 w, kReq, 2);
        addFires("unpinned: cloudpickle is a warning", requirements("mlflow==2.22.1\ncloudpickle\n"), unpinned, w, kReq, 2);
        addFires("unpinned: other packages are info", requirements("mlflow==2.22.1\nrequests\n"), unpinned, i, kReq, 2);
        addSilent("unpinned: a range is a spec", requirements("mlflow==2.22.1\nrequests>=2\n"), unpinned);
        addSilent("unpinned: pinned by a constraint",
                  withConstraints("mlflow==2.22.1\nrequests\n-c constraints.txt\n", "requests==2.32.3\n"), unpinned);

        const QString pre = QStringLiteral("req-prerelease");
        addFires("prerelease: rc pin", requirements("mlflow==3.5.0rc0\n"), pre, w, kReq, 1);
        addFires("prerelease: dev lower bound", requirements("mlflow==2.22.1\nnumpy>=2.1.0.dev0\n"), pre, w, kReq, 2);
        addSilent("prerelease: excluded, not named", requirements("mlflow!=3.5.0rc0\n"), pre);
        addSilent("prerelease: upper bound", requirements("mlflow<3.5.0rc0\n"), pre);

        const QString local = QStringLiteral("req-local-version");
        addFires("local version: cuda build", requirements("mlflow==2.22.1\ntorch==2.1.0+cu118\n"), local, w, kReq, 2);
        addSilent("local version: public pin", requirements("mlflow==2.22.1\ntorch==2.1.0\n"), local);

        const QString path = QStringLiteral("req-local-path");
        addFires("local path: relative and missing", requirements("mlflow==2.22.1\ncode/custom_package-1.0-py3-none-any.whl\n"),
                 path, e, kReq, 2);
        addFires("local path: absolute", requirements("mlflow==2.22.1\n/home/me/pkg-1.0-py3-none-any.whl\n"), path, w, kReq, 2);
        addFires("local path: dbfs", requirements("mlflow==2.22.1\ndbfs:/FileStore/jars/pkg-1.0-py3-none-any.whl\n"), path,
                 w, kReq, 2);
        addSilent("local path: relative and present",
                  {{kReq, "mlflow==2.22.1\nwheels/custom_package-1.0-py3-none-any.whl\n"},
                   {QStringLiteral("wheels/custom_package-1.0-py3-none-any.whl"), "PK"}},
                  path);
        addFires("local path: climbs out of the model", requirements("mlflow==2.22.1\n../pkg-1.0-py3-none-any.whl\n"), path,
                 e, kReq, 2);
        addFires("local path: file URL", requirements("mlflow==2.22.1\npkg @ file:///opt/pkg-1.0-py3-none-any.whl\n"), path,
                 w, kReq, 2);
        addSilent("local path: editable VCS URL", requirements("mlflow==2.22.1\n-e git+https://github.com/x/y.git#egg=y\n"),
                  path);
        addSilent("local path: editable model root", requirements("mlflow==2.22.1\n-e .\n"), path);
        addSilent("local path: a URL is not a path", requirements("mlflow==2.22.1\nhttps://example.com/pkg-1.0-py3-none-any.whl\n"),
                  path);

        const QString mlflow = QStringLiteral("mlflow-missing");
        addFires("mlflow missing: requirements.txt", requirements("numpy==2.0.2\n"), mlflow, w, kReq, 0);
        addFires("mlflow missing: conda pip list",
                 {{kReq, removed()}, {QStringLiteral("conda.yaml"), "dependencies:\n- python=3.11.9\n- pip:\n  - numpy==2.0.2\n"}},
                 mlflow, w, QStringLiteral("conda.yaml"), 3);
        addSilent("mlflow missing: mlflow-skinny counts", requirements("mlflow-skinny==2.22.1\n"), mlflow);
        addSilent("mlflow missing: a git URL counts", requirements("mlflow @ git+https://github.com/mlflow/mlflow.git\n"), mlflow);
        addSilent("mlflow missing: a wheel counts", {{kReq, "wheels/mlflow-2.22.1-py3-none-any.whl\n"},
                                                     {QStringLiteral("wheels/mlflow-2.22.1-py3-none-any.whl"), "PK"}},
                  mlflow);
        addFires("mlflow missing: a constraint does not count",
                 withConstraints("numpy==2.0.2\n-c constraints.txt\n", "mlflow==2.22.1\n"), mlflow, w, kReq, 0);
        addSilent("mlflow missing: an include counts",
                  {{kReq, "-r base.txt\n"}, {QStringLiteral("base.txt"), "mlflow==2.22.1\n"}}, mlflow);
    }

    void fires()
    {
        checkRow(runRequirementChecks);
    }

    // The message names both sides with files and lines; the other side is a related location.
    void conflictMessage()
    {
        QTemporaryDir dir;
        QVERIFY(writeModel(dir.path(), withConstraints("mlflow==2.22.1\nscikit-learn==1.3.2\n-c constraints.txt\n",
                                                       "scikit-learn<1.3\n")));
        const auto model = loadModel(dir.path());
        QVERIFY(model);
        const QVector<Diagnostic> found = withId(runRequirementChecks(CheckContext::make(*model, {})),
                                                 QStringLiteral("req-conflict"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().message,
                 QStringLiteral("scikit-learn==1.3.2 conflicts with scikit-learn<1.3 (constraints.txt:1)"));
        QCOMPARE(found.first().location.column, 1);
        QCOMPARE(found.first().related.size(), 1);
        QCOMPARE(found.first().related.first().file, QStringLiteral("constraints.txt"));
        QCOMPARE(found.first().related.first().line, 1);
    }

    void fixIts_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("fixId");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("newText");
        QTest::newRow("req-syntax") << QByteArray("mlflow==2.22.1\nnumpy=1.2\n") << QStringLiteral("req-syntax")
                                    << QStringLiteral("double-equals") << int(EditOperation::Kind::SetRequirement)
                                    << QStringLiteral("numpy==1.2");
        QTest::newRow("req-duplicate") << QByteArray("mlflow==2.22.1\nnumpy[a]>=1.20\nnumpy[b]<3\n")
                                       << QStringLiteral("req-duplicate") << QStringLiteral("merge")
                                       << int(EditOperation::Kind::SetRequirement)
                                       << QStringLiteral("numpy[a,b]<3,>=1.20");
        QTest::newRow("req-unpinned") << QByteArray("mlflow==2.22.1\nscikit-learn\n") << QStringLiteral("req-unpinned")
                                      << QStringLiteral("pin") << int(EditOperation::Kind::SetRequirement)
                                      << QStringLiteral("scikit-learn==1.6.1");
        QTest::newRow("req-unpinned mlflow") << QByteArray("mlflow\n") << QStringLiteral("req-unpinned")
                                             << QStringLiteral("pin") << int(EditOperation::Kind::SetRequirement)
                                             << QStringLiteral("mlflow==2.22.1");
        QTest::newRow("mlflow-missing") << QByteArray("numpy==2.0.2") << QStringLiteral("mlflow-missing")
                                        << QStringLiteral("add-mlflow") << int(EditOperation::Kind::AddRequirement)
                                        << QStringLiteral("mlflow==2.22.1");
    }

    void fixIts()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, id);
        QFETCH(QString, fixId);
        QFETCH(int, kind);
        QFETCH(QString, newText);
        QTemporaryDir dir;
        QVERIFY(writeModel(dir.path(), {{kReq, text}}));
        const auto model = loadModel(dir.path());
        QVERIFY(model);
        const QVector<Diagnostic> found = withId(runRequirementChecks(CheckContext::make(*model, {})), id);
        QVERIFY(!found.isEmpty());
        const FixIt *fix = found.first().fix(fixId);
        QVERIFY(fix);
        QVERIFY(!fix->title.isEmpty());
        QVERIFY(!fix->operations.isEmpty());
        QCOMPARE(int(fix->operations.first().kind), kind);
        QCOMPARE(fix->operations.first().text, newText);
    }

    // The merge fix applied through the editor: one merged line, the duplicates' lines gone.
    void mergeFixApplied_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QByteArray>("after");
        QTest::newRow("requirements.txt")
            << kReq << QByteArray("mlflow==2.22.1\nnumpy>=1.20\npandas==2.2.3\nnumpy<3\n")
            << QByteArray("mlflow==2.22.1\nnumpy<3,>=1.20\npandas==2.2.3\n");
        QTest::newRow("CRLF, last line without break")
            << kReq << QByteArray("mlflow==2.22.1\r\nnumpy>=1.20\r\nnumpy<3")
            << QByteArray("mlflow==2.22.1\r\nnumpy<3,>=1.20\r\n");
        QTest::newRow("conda pip list")
            << QStringLiteral("conda.yaml")
            << QByteArray("dependencies:\n- python=3.11.9\n- pip:\n  - mlflow==2.22.1\n  - numpy>=1.20  \n  - numpy<3\n"
                          "name: mlflow-env\n")
            << QByteArray("dependencies:\n- python=3.11.9\n- pip:\n  - mlflow==2.22.1\n  - numpy<3,>=1.20  \n"
                          "name: mlflow-env\n");
    }

    void mergeFixApplied()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, after);
        QTemporaryDir dir;
        FileOverrides files{{file, before}};
        if (file != kReq)
            files.insert(kReq, removed());
        QVERIFY(writeModel(dir.path(), files));
        const auto model = loadModel(dir.path());
        QVERIFY(model);
        const QVector<Diagnostic> found =
            withId(runRequirementChecks(CheckContext::make(*model, {})), QStringLiteral("req-duplicate"));
        QCOMPARE(found.size(), 1);
        const FixIt *fix = found.first().fix(QStringLiteral("merge"));
        QVERIFY(fix);
        const Result<ChangeSet> changes = applyEdits(*model, fix->operations);
        QVERIFY2(changes.ok(), qPrintable(changes.ok() ? QString() : changes.error().toString()));
        const auto change = std::find_if(changes->files.cbegin(), changes->files.cend(),
                                         [&](const FileChange &c) { return c.path == file; });
        QVERIFY(change != changes->files.cend());
        QCOMPARE(change->newBytes, after);
        // The other list follows: no pip-mismatch is left behind.
        const auto rechecked = loadModel(writeChanges(dir.path(), *changes));
        QVERIFY(rechecked);
        const QVector<Diagnostic> after_ = runChecks(*rechecked);
        QVERIFY2(withId(after_, QStringLiteral("pip-mismatch")).isEmpty(), qPrintable(dump(after_)));
        QVERIFY2(withId(after_, QStringLiteral("req-duplicate")).isEmpty(), qPrintable(dump(after_)));
    }

    // A duplicate sharing its line with a comment keeps it: no merge is offered rather than a lossy one.
    void mergeFixKeepsComments()
    {
        QTemporaryDir dir;
        QVERIFY(writeModel(dir.path(), {{kReq, "mlflow==2.22.1\nnumpy>=1.20\nnumpy<3  # for pandas\n"}}));
        const auto model = loadModel(dir.path());
        QVERIFY(model);
        const QVector<Diagnostic> found =
            withId(runRequirementChecks(CheckContext::make(*model, {})), QStringLiteral("req-duplicate"));
        QCOMPARE(found.size(), 1);
        QVERIFY(!found.first().fix(QStringLiteral("merge")));
    }

    // A dev build of MLflow pins micro - 1, as _generate_mlflow_version_pinning does.
    void mlflowMissingDevVersion()
    {
        QTemporaryDir dir;
        QFile base(cleanModelDir() + QStringLiteral("/MLmodel"));
        QVERIFY(base.open(QIODevice::ReadOnly));
        QByteArray mlmodel = base.readAll();
        mlmodel.replace("mlflow_version: 2.22.1", "mlflow_version: 3.11.2.dev0");
        QVERIFY(writeModel(dir.path(), {{kReq, "numpy==2.0.2"}, {QStringLiteral("MLmodel"), mlmodel}}));
        const auto model = loadModel(dir.path());
        QVERIFY(model);
        const QVector<Diagnostic> found = withId(runRequirementChecks(CheckContext::make(*model, {})),
                                                 QStringLiteral("mlflow-missing"));
        QCOMPARE(found.size(), 1);
        QVERIFY(found.first().defaultFix());
        QCOMPARE(found.first().defaultFix()->operations.first().text, QStringLiteral("mlflow==3.11.1"));
    }
};

QTEST_GUILESS_MAIN(TestRequirementChecks)
#include "tst_requirementchecks.moc"
