#include "checkfixture.h"

#include "checks/checkrunner.h"
#include "checks/consistencychecks.h"

#include <QTest>

using namespace envlens;
using namespace envlens::test;

namespace {

const QString kReq = QStringLiteral("requirements.txt");
const QString kConda = QStringLiteral("conda.yaml");
const QString kEnv = QStringLiteral("python_env.yaml");
const QString kMLmodel = QStringLiteral("MLmodel");
const QString kConstraints = QStringLiteral("constraints.txt");

// A file of the clean model with one piece of text replaced (the text must be there).
QByteArray edited(const QString &name, const QByteArray &from, const QByteArray &to)
{
    QFile f(cleanModelDir() + QLatin1Char('/') + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(name));
    QByteArray text = f.readAll();
    if (!text.contains(from))
        qFatal("%s does not contain %s", qPrintable(name), from.constData());
    return text.replace(from, to);
}

const QByteArray kCleanPip = "  - mlflow==2.22.1\n  - cloudpickle==3.1.1\n  - numpy==2.0.2\n  - scikit-learn==1.6.1\n";

// conda.yaml with these conda dependencies before the pip list (python=3.11.9 and pip<=24.0
// by default) and this pip list (the clean one by default; empty: no pip list at all).
QByteArray conda(const QByteArray &deps = "- python=3.11.9\n- pip<=24.0\n", const QByteArray &pip = kCleanPip)
{
    QByteArray text = "channels:\n- conda-forge\ndependencies:\n" + deps;
    if (!pip.isEmpty())
        text += "- pip:\n" + pip;
    return text + "name: mlflow-env\n";
}

FileOverrides requirements(const QByteArray &text)
{
    return {{kReq, text}};
}

// requirements.txt and the conda pip list both set to these lines.
FileOverrides bothLists(const QByteArray &lines)
{
    QByteArray pip;
    for (const QByteArray &line : lines.split('\n')) {
        if (!line.isEmpty())
            pip += "  - " + (line.startsWith('#') ? "'" + line + "'" : line) + '\n';
    }
    return {{kReq, lines}, {kConda, conda("- python=3.11.9\n- pip<=24.0\n", pip)}};
}

FileOverrides mlmodel(const QByteArray &from, const QByteArray &to)
{
    return {{kMLmodel, edited(kMLmodel, from, to)}};
}

const QByteArray kSklearnBlock = "  sklearn:\n    code: null\n    pickled_model: model.pkl\n"
                                 "    serialization_format: cloudpickle\n    sklearn_version: 1.6.1\n";

// The clean model with its sklearn flavor replaced by `flavor` and both pip lists set to `lines`.
FileOverrides otherFlavor(const QByteArray &flavor, const QByteArray &lines)
{
    FileOverrides files = bothLists(lines);
    files.insert(kMLmodel, edited(kMLmodel, kSklearnBlock, flavor));
    return files;
}

FileOverrides merged(FileOverrides a, const FileOverrides &b)
{
    for (auto it = b.constBegin(); it != b.constEnd(); ++it)
        a.insert(it.key(), it.value());
    return a;
}

const QByteArray kLocked = "# Original requirements\n# mlflow==2.22.1\n# scikit-learn==1.6.1\n#\n"
                           "# Locked requirements\nmlflow==2.22.1\ncloudpickle==3.1.1\nnumpy==2.0.2\n"
                           "scikit-learn==1.6.1\n";

} // namespace

class TestConsistencyChecks : public QObject
{
    Q_OBJECT

private slots:
    void clean() { checkCleanModelIsSilent(runConsistencyChecks); }

    void fires_data()
    {
        addCheckColumns();
        const QString e = QStringLiteral("error"), w = QStringLiteral("warning"), i = QStringLiteral("info");

        const QString pip = QStringLiteral("pip-mismatch");
        addFires("pip: different spec", requirements("mlflow==2.22.1\ncloudpickle==3.1.1\nnumpy==2.0.3\nscikit-learn==1.6.1"),
                 pip, e, kReq, 3);
        addFires("pip: only in requirements.txt",
                 requirements("mlflow==2.22.1\ncloudpickle==3.1.1\nnumpy==2.0.2\nscikit-learn==1.6.1\npandas==2.2.2\n"),
                 pip, e, kReq, 5);
        addFires("pip: only in conda.yaml", {{kConda, conda("- python=3.11.9\n- pip<=24.0\n", kCleanPip + "  - scipy==1.15.0\n")}},
                 pip, e, kConda, 11);
        addFires("pip: different marker",
                 requirements("mlflow==2.22.1\ncloudpickle==3.1.1\nnumpy==2.0.2; python_version >= '3.9'\nscikit-learn==1.6.1"),
                 pip, e, kReq, 3);
        addFires("pip: different extras",
                 requirements("mlflow[gateway]==2.22.1\ncloudpickle==3.1.1\nnumpy==2.0.2\nscikit-learn==1.6.1"), pip, e, kReq, 1);
        addFires("pip: conda.yaml has no pip list", {{kConda, conda("- python=3.11.9\n", QByteArray())}}, pip, e, kReq, 1);
        addFires("pip: in an include",
                 merged(requirements("mlflow==2.22.1\ncloudpickle==3.1.1\n-r more.txt\n"),
                        {{QStringLiteral("more.txt"), "numpy==2.0.2\nscikit-learn==1.5.0\n"}}),
                 pip, e, QStringLiteral("more.txt"), 2);
        addSilent("pip: spelling, order, spec order and comments",
                  merged(requirements("# inferred\nmlflow==2.22.1\nNumPy<3,>=2.0.2  # pinned\ncloudpickle==3.1.1\n"
                                      "Scikit_Learn==1.6.1\n"),
                         {{kConda, conda("- python=3.11.9\n- pip<=24.0\n",
                                         "  - mlflow==2.22.1\n  - cloudpickle==3.1.1\n  - numpy>=2.0.2,<3\n"
                                         "  - scikit-learn==1.6.1\n")}}),
                  pip);
        addSilent("pip: the lock layout on both sides", bothLists(kLocked), pip);
        addSilent("pip: options and -c lines are not packages",
                  requirements("mlflow==2.22.1\ncloudpickle==3.1.1\nnumpy==2.0.2\nscikit-learn==1.6.1\n"
                               "--extra-index-url https://example.com/simple\n"),
                  pip);
        addSilent("pip: no conda.yaml", {{kConda, removed()}}, pip);
        addSilent("pip: no requirements.txt", {{kReq, removed()}}, pip);

        const QString python = QStringLiteral("python-mismatch");
        addFires("python: micro differs in python_env.yaml", {{kEnv, edited(kEnv, "python: 3.11.9", "python: 3.11.8")}},
                 python, w, kEnv, 1);
        addFires("python: minor differs in conda.yaml", {{kConda, conda("- python=3.10.14\n- pip<=24.0\n")}}, python, e,
                 kConda, 4);
        addFires("python: conda range excludes it", {{kConda, conda("- python>=3.12\n- pip<=24.0\n")}}, python, e, kConda, 4);
        addFires("python: MLmodel absent, python_env against conda",
                 merged(mlmodel("    python_version: 3.11.9\n", ""), {{kConda, conda("- python=3.11.7\n- pip<=24.0\n")}}),
                 python, w, kConda, 4);
        addSilent("python: conda's fuzzy python=3.11", {{kConda, conda("- python=3.11\n- pip<=24.0\n")}}, python);
        addSilent("python: MLmodel '3.11' says nothing of the micro", mlmodel("python_version: 3.11.9", "python_version: '3.11'"),
                  python);
        addSilent("python: conda range admits it", {{kConda, conda("- python>=3.9,<3.12\n- pip<=24.0\n")}}, python);

        const QString pySpec = QStringLiteral("conda-python-spec");
        addFires("conda python: unpinned without python_env.yaml",
                 {{kEnv, removed()}, {kConda, conda("- python\n- pip<=24.0\n")}}, pySpec, e, kConda, 4);
        addFires("conda python: < with python_env.yaml", {{kConda, conda("- python<3.12\n- pip<=24.0\n")}}, pySpec, w, kConda, 4);
        addFires("conda python: != with python_env.yaml", {{kConda, conda("- python!=3.11.8\n- pip<=24.0\n")}}, pySpec, w,
                 kConda, 4);
        addFires("conda python: missing", {{kConda, conda("- pip<=24.0\n")}}, pySpec, w, kConda, 3);
        addFires("conda python: missing, no python_env.yaml", {{kEnv, removed()}, {kConda, conda("- pip<=24.0\n")}}, pySpec, e,
                 kConda, 3);
        addSilent("conda python: >= is accepted", {{kConda, conda("- python>=3.11\n- pip<=24.0\n")}}, pySpec);
        addSilent("conda python: == is accepted", {{kConda, conda("- python==3.11.9\n- pip<=24.0\n")}}, pySpec);

        const QString envReq = QStringLiteral("python-env-requirements");
        addFires("python_env: dependencies without -r",
                 {{kEnv, edited(kEnv, "- -r requirements.txt", "- numpy==2.0.2")}}, envReq, w, kEnv, 6);
        addFires("python_env: no dependencies key", {{kEnv, edited(kEnv, "dependencies:\n- -r requirements.txt\n", "")}},
                 envReq, w, kEnv, 1);
        addSilent("python_env: -r ./requirements.txt", {{kEnv, edited(kEnv, "- -r requirements.txt", "- -r ./requirements.txt")}},
                  envReq);
        addSilent("python_env: --requirement", {{kEnv, edited(kEnv, "- -r requirements.txt", "- --requirement requirements.txt")}},
                  envReq);
        addSilent("python_env: no requirements.txt",
                  {{kReq, removed()}, {kEnv, edited(kEnv, "- -r requirements.txt", "- numpy==2.0.2")}}, envReq);

        const QString mlflow = QStringLiteral("mlflow-version-mismatch");
        addFires("mlflow: other pin", bothLists("mlflow==2.21.0\ncloudpickle==3.1.1\nnumpy==2.0.2\nscikit-learn==1.6.1"),
                 mlflow, w, kReq, 1);
        addFires("mlflow: mlflow-skinny range", bothLists("mlflow-skinny<2.22\ncloudpickle==3.1.1\nscikit-learn==1.6.1"), mlflow,
                 w, kReq, 1);
        addFires("mlflow: conda pip list as the set",
                 {{kReq, removed()}, {kConda, conda("- python=3.11.9\n- pip<=24.0\n", "  - mlflow==2.20.0\n")}}, mlflow, w, kConda,
                 7);
        addFires("mlflow: a dev build pinned two micros down",
                 merged(mlmodel("mlflow_version: 2.22.1", "mlflow_version: 2.22.3.dev0"),
                        bothLists("mlflow==2.22.1\ncloudpickle==3.1.1\nscikit-learn==1.6.1")),
                 mlflow, w, kReq, 1);
        addSilent("mlflow: a dev build pins micro - 1",
                  merged(mlmodel("mlflow_version: 2.22.1", "mlflow_version: 2.22.2.dev0"),
                         bothLists("mlflow==2.22.1\ncloudpickle==3.1.1\nscikit-learn==1.6.1")),
                  mlflow);
        addSilent("mlflow: a range admits it", bothLists("mlflow>=2,<3\ncloudpickle==3.1.1\nscikit-learn==1.6.1"), mlflow);
        addSilent("mlflow: unpinned", bothLists("mlflow\ncloudpickle==3.1.1\nscikit-learn==1.6.1"), mlflow);
        addSilent("mlflow: no mlflow_version", mlmodel("mlflow_version: 2.22.1\n", ""), mlflow);

        const QString flavor = QStringLiteral("flavor-version-mismatch");
        addFires("flavor: other sklearn pin", bothLists("mlflow==2.22.1\ncloudpickle==3.1.1\nscikit-learn==1.5.0"), flavor, w,
                 kReq, 3);
        addFires("flavor: sklearn missing", bothLists("mlflow==2.22.1\ncloudpickle==3.1.1\nnumpy==2.0.2"), flavor, w, kMLmodel,
                 15);
        addFires("flavor: pyfunc cloudpickle_version",
                 merged(mlmodel("    env:\n", "    cloudpickle_version: 3.0.0\n    env:\n"),
                        bothLists("mlflow==2.22.1\ncloudpickle==3.1.1\nscikit-learn==1.6.1")),
                 flavor, w, kReq, 2);
        addFires("flavor: torch pin differs",
                 otherFlavor("  pytorch:\n    code: null\n    model_data: data\n    pytorch_version: 2.2.0\n",
                             "mlflow==2.22.1\ntorch==2.1.0"),
                 flavor, w, kReq, 2);
        addSilent("flavor: the local label is stripped",
                  otherFlavor("  pytorch:\n    code: null\n    model_data: data\n    pytorch_version: 2.1.0+cu118\n",
                              "mlflow==2.22.1\ntorch==2.1.0"),
                  flavor);
        addFires("flavor: pyspark missing",
                 otherFlavor("  spark:\n    code: null\n    model_data: sparkml\n    pyspark_version: 3.5.0\n",
                             "mlflow==2.22.1\nnumpy==2.0.2"),
                 flavor, w, kMLmodel, 14);
        addSilent("flavor: pyspark left out for databricks-connect",
                  otherFlavor("  spark:\n    code: null\n    model_data: sparkml\n    pyspark_version: 3.5.0\n",
                              "mlflow==2.22.1\ndatabricks-connect==15.1.0"),
                  flavor);
        addSilent("flavor: keras ships with tensorflow",
                  otherFlavor("  keras:\n    code: null\n    data: data\n    keras_version: 2.15.0\n",
                              "mlflow==2.22.1\ntensorflow==2.15.0"),
                  flavor);
        addSilent("flavor: a range admits it", bothLists("mlflow==2.22.1\ncloudpickle==3.1.1\nscikit-learn>=1.6,<1.7"), flavor);
        addSilent("flavor: a conda dependency installs it (MLflow 1.x)",
                  merged(bothLists("mlflow==2.22.1\ncloudpickle==3.1.1"),
                         {{kConda, conda("- python=3.11.9\n- scikit-learn=1.6\n- pip<=24.0\n",
                                         "  - mlflow==2.22.1\n  - cloudpickle==3.1.1\n")}}),
                  flavor);
        addFires("flavor: a conda dependency of another version",
                 merged(bothLists("mlflow==2.22.1\ncloudpickle==3.1.1"),
                        {{kConda, conda("- python=3.11.9\n- scikit-learn=1.5\n- pip<=24.0\n",
                                        "  - mlflow==2.22.1\n  - cloudpickle==3.1.1\n")}}),
                 flavor, w, kConda, 5);
        addSilent("flavor: no requirements at all", {{kReq, removed()}, {kConda, removed()}}, flavor);

        const QString overlap = QStringLiteral("conda-pip-overlap");
        addFires("overlap: no common version", {{kConda, conda("- python=3.11.9\n- numpy=1.26\n- pip<=24.0\n")}}, overlap, w,
                 kConda, 5);
        addFires("overlap: conda unpinned, pip pinned", {{kConda, conda("- python=3.11.9\n- scikit-learn\n- pip<=24.0\n")}},
                 overlap, w, kConda, 5);
        addFires("overlap: conda and pip names differ",
                 {{kReq, "mlflow==2.22.1\ntorch==2.2.0\n"},
                  {kConda, conda("- python=3.11.9\n- pytorch=2.1\n- pip<=24.0\n", "  - mlflow==2.22.1\n  - torch==2.2.0\n")}},
                 overlap, w, kConda, 5);
        addSilent("overlap: the same exact version", {{kConda, conda("- python=3.11.9\n- numpy==2.0.2\n- pip<=24.0\n")}},
                  overlap);
        addSilent("overlap: conda-only packages", {{kConda, conda("- python=3.11.9\n- cudatoolkit=11.8\n- pip<=24.0\n")}},
                  overlap);

        const QString condaOnly = QStringLiteral("conda-only-dependency");
        addFires("conda only: a conda package", {{kConda, conda("- python=3.11.9\n- libgomp\n- pip<=24.0\n")}}, condaOnly, i,
                 kConda, 5);
        addSilent("conda only: python, pip, setuptools and wheel",
                  {{kConda, conda("- python=3.11.9\n- pip<=24.0\n- setuptools\n- wheel\n")}}, condaOnly);

        const QString constraints = QStringLiteral("constraints-unreferenced");
        addFires("constraints: no -c line", {{kConstraints, "numpy<3\n"}}, constraints, w, kConstraints, 0);
        addSilent("constraints: referenced",
                  merged(bothLists("mlflow==2.22.1\ncloudpickle==3.1.1\nscikit-learn==1.6.1\n-c constraints.txt"),
                         {{kConstraints, "numpy<3\n"}}),
                  constraints);
        addSilent("constraints: the lock layout", merged(bothLists(kLocked), {{kConstraints, "numpy<3\n"}}), constraints);
        addSilent("constraints: referenced from the conda pip list",
                  {{kReq, removed()},
                   {kConda, conda("- python=3.11.9\n- pip<=24.0\n", kCleanPip + "  - -c constraints.txt\n")},
                   {kConstraints, "numpy<3\n"}},
                  constraints);
    }

    void fires()
    {
        checkRow(runConsistencyChecks);
    }

    void fixIts_data()
    {
        QTest::addColumn<FileOverrides>("files");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("fixId");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("safe");
        using K = EditOperation::Kind;
        const FileOverrides pandas = requirements("mlflow==2.22.1\ncloudpickle==3.1.1\nnumpy==2.0.2\nscikit-learn==1.6.1\npandas==2.2.2");
        QTest::newRow("pip-mismatch default") << pandas << QStringLiteral("pip-mismatch")
                                              << QStringLiteral("from-requirements") << int(K::SyncCondaFromRequirements)
                                              << QString() << true;
        QTest::newRow("pip-mismatch reverse") << pandas << QStringLiteral("pip-mismatch") << QStringLiteral("from-conda")
                                              << int(K::SyncRequirementsFromConda) << QString() << false;
        QTest::newRow("python-mismatch takes MLmodel's") << FileOverrides{{kEnv, edited(kEnv, "python: 3.11.9", "python: 3.10.2")}}
                                                         << QStringLiteral("python-mismatch") << QStringLiteral("set-python")
                                                         << int(K::SetPython) << QStringLiteral("3.11.9") << true;
        QTest::newRow("python-env-requirements")
            << FileOverrides{{kEnv, edited(kEnv, "- -r requirements.txt", "- numpy==2.0.2")}}
            << QStringLiteral("python-env-requirements") << QStringLiteral("add-requirements-ref")
            << int(K::AddPythonEnvRequirementsRef) << QString() << true;
        QTest::newRow("mlflow-version-mismatch keeps extras and marker")
            << bothLists("mlflow[gateway]==2.21.0; python_version >= '3.9'\ncloudpickle==3.1.1\nscikit-learn==1.6.1")
            << QStringLiteral("mlflow-version-mismatch") << QStringLiteral("pin") << int(K::SetRequirement)
            << QStringLiteral("mlflow[gateway]==2.22.1; python_version >= \"3.9\"") << false;
        QTest::newRow("mlflow-version-mismatch dev build")
            << merged(mlmodel("mlflow_version: 2.22.1", "mlflow_version: 2.23.4.dev0"),
                      bothLists("mlflow==2.22.1\ncloudpickle==3.1.1\nscikit-learn==1.6.1"))
            << QStringLiteral("mlflow-version-mismatch") << QStringLiteral("pin") << int(K::SetRequirement)
            << QStringLiteral("mlflow==2.23.3") << false;
        QTest::newRow("flavor-version-mismatch strips the local label")
            << otherFlavor("  pytorch:\n    code: null\n    model_data: data\n    pytorch_version: 2.2.0+cu118\n",
                           "mlflow==2.22.1\ntorch==2.1.0")
            << QStringLiteral("flavor-version-mismatch") << QStringLiteral("pin") << int(K::SetRequirement)
            << QStringLiteral("torch==2.2.0") << false;
        QTest::newRow("flavor-version-mismatch adds a missing package")
            << bothLists("mlflow==2.22.1\ncloudpickle==3.1.1") << QStringLiteral("flavor-version-mismatch")
            << QStringLiteral("pin") << int(K::AddRequirement) << QStringLiteral("scikit-learn==1.6.1") << false;
    }

    void fixIts()
    {
        QFETCH(FileOverrides, files);
        QFETCH(QString, id);
        QFETCH(QString, fixId);
        QFETCH(int, kind);
        QFETCH(QString, text);
        QFETCH(bool, safe);
        QTemporaryDir dir;
        QVERIFY(writeModel(dir.path(), files));
        const auto model = loadModel(dir.path());
        QVERIFY(model);
        const QVector<Diagnostic> found = withId(runConsistencyChecks(CheckContext::make(*model, {})), id);
        QVERIFY2(!found.isEmpty(), qPrintable(id));
        const FixIt *fix = found.first().fix(fixId);
        QVERIFY2(fix, qPrintable(fixId));
        QCOMPARE(fix->safe, safe);
        QCOMPARE(fix->operations.size(), 1);
        QCOMPARE(int(fix->operations.first().kind), kind);
        QCOMPARE(fix->operations.first().text, text);
        QVERIFY(!fix->title.isEmpty());
        QCOMPARE(found.first().defaultFix()->id, found.first().fixes.first().id);
    }

    // The example model: pandas drifted between the lists, python_env.yaml's micro version differs.
    void example()
    {
        const auto model = loadModel(examplesDir() + QStringLiteral("/iris-classifier"));
        QVERIFY(model);
        const QVector<Diagnostic> all = runConsistencyChecks(CheckContext::make(*model, {}));
        const QVector<Diagnostic> pip = withId(all, QStringLiteral("pip-mismatch"));
        QCOMPARE(pip.size(), 1);
        QCOMPARE(pip.first().location.file, kReq);
        QCOMPARE(pip.first().location.line, 4);
        QCOMPARE(pip.first().related.size(), 1);
        QCOMPARE(pip.first().related.first().file, kConda);
        QCOMPARE(pip.first().related.first().line, 10);
        QCOMPARE(pip.first().message, QStringLiteral("pandas==2.2.2 in requirements.txt does not match pandas==2.1.4 in the "
                                                     "pip list of conda.yaml (conda.yaml:10)"));
        QCOMPARE(pip.first().defaultFix()->id, QStringLiteral("from-requirements"));
        const QVector<Diagnostic> python = withId(all, QStringLiteral("python-mismatch"));
        QCOMPARE(python.size(), 1);
        QCOMPARE(python.first().severity, Severity::Warning);
        QCOMPARE(python.first().location.file, kEnv);
        QCOMPARE(python.first().location.line, 1);
        QCOMPARE(python.first().related.first().file, kMLmodel);
        QCOMPARE(python.first().related.first().line, 11);
        QVERIFY(python.first().message.contains(QLatin1String("3.10.13")));
        QVERIFY(python.first().message.contains(QLatin1String("3.10.14")));
        QCOMPARE(all.size(), 2);
    }

    // Models laid out exactly as MLflow writes them today (2.22 sklearn; 3.x custom pyfunc with
    // code_paths, artifacts and the lock layout) give no error and no warning from any family.
    void mlflowToday_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("sklearn 2.22") << cleanModelDir();
        QTest::newRow("pyfunc 3.10 locked") << dataDir() + QStringLiteral("/checks/pyfunc-locked");
    }

    void mlflowToday()
    {
        QFETCH(QString, path);
        const auto model = loadModel(path);
        QVERIFY(model);
        QVector<Diagnostic> serious;
        for (const Diagnostic &d : runChecks(*model, {})) {
            if (d.severity != Severity::Info)
                serious.append(d);
        }
        QVERIFY2(serious.isEmpty(), qPrintable(dump(serious)));
    }
};

QTEST_GUILESS_MAIN(TestConsistencyChecks)
#include "tst_consistencychecks.moc"
