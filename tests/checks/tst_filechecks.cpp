#include "checkfixture.h"

#include "checks/filechecks.h"

#include <QTest>

using namespace envlens;
using namespace envlens::test;

namespace {

const QString kMLmodel = QStringLiteral("MLmodel");

QByteArray baseFile(const QString &name)
{
    QFile f(cleanModelDir() + QLatin1Char('/') + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// MLmodel of the base model with one piece of text replaced.
FileOverrides mlmodelWith(const char *before, const char *after)
{
    QByteArray text = baseFile(kMLmodel);
    if (!text.contains(before))
        qFatal("MLmodel fixture has no %s", before);
    text.replace(before, after);
    return {{kMLmodel, text}};
}

} // namespace

class TestFileChecks : public QObject
{
    Q_OBJECT

private slots:
    void clean() { checkCleanModelIsSilent(runFileChecks); }

    void fires_data()
    {
        addCheckColumns();
        const QString e = QStringLiteral("error"), w = QStringLiteral("warning"), i = QStringLiteral("info");
        const QString conda = QStringLiteral("conda.yaml"), pythonEnv = QStringLiteral("python_env.yaml");

        const QString syntax = QStringLiteral("yaml-syntax");
        addFires("yaml-syntax: conda.yaml", {{conda, "channels:\n- conda-forge\ndependencies: [python=3.11.9\n"}}, syntax,
                 e, conda, 4);
        addFires("yaml-syntax: MLmodel", {{kMLmodel, "flavors:\n  python_function:\n    env: {conda: conda.yaml\n"}}, syntax,
                 e, kMLmodel, 4);
        addSilent("yaml-syntax: flow style is valid", {{conda, "channels: [conda-forge]\ndependencies: [python=3.11.9, "
                                                               "pip, {pip: [mlflow==2.22.1]}]\n"}},
                  syntax);

        const QString type = QStringLiteral("yaml-type");
        addFires("yaml-type: unquoted python float",
                 {{pythonEnv, "python: 3.8\nbuild_dependencies:\n- pip\ndependencies:\n- -r requirements.txt\n"}}, type, e,
                 pythonEnv, 1);
        addFires("yaml-type: dependencies not a list", {{conda, "channels:\n- conda-forge\ndependencies: python=3.11.9\n"}},
                 type, e, conda, 3);
        addFires("yaml-type: env is a list", mlmodelWith("    env:\n      conda: conda.yaml\n      virtualenv: python_env.yaml\n",
                                                         "    env:\n    - conda.yaml\n"),
                 type, e, kMLmodel, 5);
        addSilent("yaml-type: quoted python",
                  {{pythonEnv, "python: '3.8'\nbuild_dependencies:\n- pip\ndependencies:\n- -r requirements.txt\n"}}, type);
        addSilent("yaml-type: python with micro is a string",
                  {{pythonEnv, "python: 3.8.10\nbuild_dependencies:\n- pip\ndependencies:\n- -r requirements.txt\n"}}, type);

        const QString missing = QStringLiteral("env-file-missing");
        addFires("env-file-missing: conda.yaml", {{conda, removed()}}, missing, e, kMLmodel, 5);
        addFires("env-file-missing: python_env.yaml beside conda.yaml", {{pythonEnv, removed()}}, missing, w, kMLmodel, 6);
        addFires("env-file-missing: -r include", {{QStringLiteral("requirements.txt"), "mlflow==2.22.1\n-r extra.txt\n"}},
                 missing, e, QStringLiteral("requirements.txt"), 2);
        addFires("env-file-missing: -c include", {{QStringLiteral("requirements.txt"), "mlflow==2.22.1\n-c constraints.txt\n"}},
                 missing, e, QStringLiteral("requirements.txt"), 2);
        addFires("env-file-missing: python_env -r",
                 {{QStringLiteral("requirements.txt"), removed()}}, missing, e, pythonEnv, 7);
        addSilent("env-file-missing: all present", {}, missing);
        addSilent("env-file-missing: old string env without python_env.yaml",
                  [] {
                      FileOverrides f = mlmodelWith("    env:\n      conda: conda.yaml\n      virtualenv: python_env.yaml\n",
                                                    "    env: conda.yaml\n");
                      f.insert(QStringLiteral("python_env.yaml"), removed());
                      return f;
                  }(),
                  missing);

        const QString pyfunc = QStringLiteral("no-pyfunc-flavor");
        addFires("no-pyfunc-flavor", {{kMLmodel, "flavors:\n  sklearn:\n    pickled_model: model.pkl\n    sklearn_version: 1.6.1\n"
                                                 "mlflow_version: 2.22.1\n"}},
                 pyfunc, w, kMLmodel, 1);
        addSilent("no-pyfunc-flavor: present", {}, pyfunc);

        const QString artifact = QStringLiteral("artifact-missing");
        addFires("artifact-missing: model.pkl", {{QStringLiteral("model.pkl"), removed()}}, artifact, e, kMLmodel, 8);
        addFires("artifact-missing: input example", {{QStringLiteral("input_example.json"), removed()}}, artifact, e,
                 kMLmodel, 23);
        addFires("artifact-missing: pyfunc artifacts",
                 mlmodelWith("    loader_module: mlflow.sklearn\n",
                             "    artifacts:\n      vocab:\n        path: artifacts/vocab.json\n        uri: /tmp/vocab.json\n"
                             "    loader_module: mlflow.sklearn\n"),
                 artifact, e, kMLmodel, 9);
        addSilent("artifact-missing: a directory counts",
                  [] {
                      FileOverrides f = mlmodelWith("    model_path: model.pkl\n", "    model_path: data\n");
                      f.insert(QStringLiteral("data/weights.bin"), "x");
                      return f;
                  }(),
                  artifact);

        const QString codeMissing = QStringLiteral("code-dir-missing");
        addFires("code-dir-missing", mlmodelWith("    code: null\n", "    code: code\n"), codeMissing, e, kMLmodel, 12);
        addSilent("code-dir-missing: present",
                  [] {
                      FileOverrides f = mlmodelWith("    code: null\n", "    code: code\n");
                      f.insert(QStringLiteral("code/utils.py"), "import numpy\n");
                      return f;
                  }(),
                  codeMissing);

        const QString unreferenced = QStringLiteral("code-dir-unreferenced");
        addFires("code-dir-unreferenced", {{QStringLiteral("code/utils.py"), "import numpy\n"}}, unreferenced, w,
                 QStringLiteral("code/"), 0);
        addSilent("code-dir-unreferenced: referenced",
                  [] {
                      FileOverrides f = mlmodelWith("    code: null\n", "    code: code\n");
                      f.insert(QStringLiteral("code/utils.py"), "import numpy\n");
                      return f;
                  }(),
                  unreferenced);

        const QString drift = QStringLiteral("metadata-drift");
        addFires("metadata-drift: requirements", {{QStringLiteral("metadata/requirements.txt"),
                                                   "mlflow==2.22.1\ncloudpickle==3.1.1\nnumpy==1.26.4\nscikit-learn==1.6.1"}},
                 drift, w, QStringLiteral("metadata/requirements.txt"), 3);
        addSilent("metadata-drift: identical copy",
                  {{QStringLiteral("metadata/requirements.txt"), baseFile(QStringLiteral("requirements.txt"))},
                   {QStringLiteral("metadata/MLmodel"), baseFile(kMLmodel)}},
                  drift);

        const QString uv = QStringLiteral("uv-lock-present");
        addFires("uv-lock-present", {{QStringLiteral("uv.lock"), "version = 1\n"}}, uv, i, QStringLiteral("uv.lock"), 0);
        addSilent("uv-lock-present: pyproject alone", {{QStringLiteral("pyproject.toml"), "[project]\nname = \"x\"\n"}}, uv);
    }

    void fires()
    {
        checkRow(runFileChecks);
    }

    // The yaml-type fix-it quotes the value in place, as PyYAML would have written it.
    void quoteFix()
    {
        QTemporaryDir dir;
        QVERIFY(writeModel(dir.path(), {{QStringLiteral("python_env.yaml"),
                                         "python: 3.10\nbuild_dependencies:\n- pip\ndependencies:\n- -r requirements.txt\n"}}));
        const auto model = loadModel(dir.path());
        QVERIFY(model);
        const QVector<Diagnostic> found = withId(runFileChecks(CheckContext::make(*model, {})), QStringLiteral("yaml-type"));
        QCOMPARE(found.size(), 1);
        const FixIt *fix = found.first().defaultFix();
        QVERIFY(fix);
        QCOMPARE(fix->operations.size(), 1);
        const EditOperation &op = fix->operations.first();
        QCOMPARE(op.kind, EditOperation::Kind::Splice);
        QCOMPARE(op.splices.size(), 1);
        QCOMPARE(op.splices.first().line, 1);
        QCOMPARE(op.splices.first().column, 9);
        QCOMPARE(op.splices.first().length, 4);
        QCOMPARE(op.splices.first().replacement, QStringLiteral("'3.10'"));
    }
};

QTEST_GUILESS_MAIN(TestFileChecks)
#include "tst_filechecks.moc"
