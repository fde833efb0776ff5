#include "checkfixture.h"

#include "checks/codechecks.h"

#include <QTest>

using namespace envlens;
using namespace envlens::test;

namespace {

const QString kReq = QStringLiteral("requirements.txt");
const QString kMLmodel = QStringLiteral("MLmodel");

QByteArray cleanFile(const QString &name)
{
    QFile f(cleanModelDir() + QLatin1Char('/') + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(name));
    return f.readAll();
}

// code/<name> with this source.
FileOverrides code(const char *name, const char *source)
{
    return {{QStringLiteral("code/") + QLatin1String(name), QByteArray(source)}};
}

FileOverrides with(FileOverrides a, const FileOverrides &b)
{
    for (auto it = b.constBegin(); it != b.constEnd(); ++it)
        a.insert(it.key(), it.value());
    return a;
}

FileOverrides requirements(const char *text)
{
    return {{kReq, QByteArray(text)}};
}

// MLmodel with its python_version (for the standard-library tables) or a flavor `code:` folder.
FileOverrides python(const char *version)
{
    return {{kMLmodel, cleanFile(kMLmodel).replace("python_version: 3.11.9", QByteArray("python_version: ") + version)}};
}

FileOverrides codeFolder(const char *folder)
{
    return {{kMLmodel, cleanFile(kMLmodel).replace("    code: null\n", QByteArray("    code: ") + folder + '\n')}};
}

} // namespace

class TestCodeChecks : public QObject
{
    Q_OBJECT

private slots:
    void clean()
    {
        QTemporaryDir dir;
        QVERIFY(writeModel(dir.path(), code("helpers.py", "import os\nimport numpy as np\nfrom sklearn.base import clone\n")));
        const auto model = loadModel(dir.path());
        QVERIFY(model);
        const QVector<Diagnostic> all = runCodeChecks(CheckContext::make(*model, {}));
        QVERIFY2(all.isEmpty(), qPrintable(dump(all)));
    }

    void fires_data()
    {
        addCheckColumns();
        const QString w = QStringLiteral("warning");
        const QString helpers = QStringLiteral("code/helpers.py");

        const QString undeclared = QStringLiteral("import-undeclared");
        addFires("undeclared: a top-level import", code("helpers.py", "import os\nimport yaml\n"), undeclared, w, helpers, 2);
        addFires("undeclared: from-import", code("helpers.py", "from requests.adapters import HTTPAdapter\n"), undeclared, w,
                 helpers, 1);
        addFires("undeclared: inside a function", code("helpers.py", "import os\n\n\ndef load():\n    import torch\n"),
                 undeclared, w, helpers, 5);
        addFires("undeclared: in a try: block",
                 code("helpers.py", "try:\n    import ujson as json\nexcept ImportError:\n    import json\n"), undeclared, w,
                 helpers, 2);
        addFires("undeclared: mlflow's own dependencies do not count", code("helpers.py", "import flask\n"), undeclared, w,
                 helpers, 1);
        addFires("undeclared: tomllib before Python 3.11", with(python("3.10.14"), code("helpers.py", "import tomllib\n")),
                 undeclared, w, helpers, 1);
        addFires("undeclared: in a flavor's code folder",
                 with(codeFolder("src"), {{QStringLiteral("src/model.py"), "import cv2\n"}}), undeclared, w,
                 QStringLiteral("src/model.py"), 1);
        addFires("undeclared: in a package", code("feats/transform.py", "from . import base\nimport lightgbm\n"), undeclared, w,
                 QStringLiteral("code/feats/transform.py"), 2);
        addSilent("undeclared: standard library", code("helpers.py", "import os, sys, json\nfrom collections import deque\n"
                                                                      "import tomllib\nfrom __future__ import annotations\n"),
                  undeclared);
        addSilent("undeclared: relative imports", code("pkg/mod.py", "from . import x\nfrom ..y import z\nfrom .w import v\n"),
                  undeclared);
        addSilent("undeclared: a module in code/",
                  with(code("helpers.py", "import utils\nfrom pkg.sub import thing\n"),
                       with(code("utils.py", "X = 1\n"), code("pkg/sub.py", "thing = 2\n"))),
                  undeclared);
        addSilent("undeclared: a namespace package in code/",
                  with(code("helpers.py", "import nspkg.mod\n"), code("nspkg/mod.py", "X = 1\n")), undeclared);
        addSilent("undeclared: a requirement's import name", code("helpers.py", "import sklearn\nimport numpy\nimport mlflow\n"),
                  undeclared);
        addSilent("undeclared: dependencies of a requirement", code("helpers.py", "import scipy\nimport joblib\n"), undeclared);
        addSilent("undeclared: import name differs from the distribution",
                  with(requirements("mlflow==2.22.1\nscikit-learn==1.6.1\npyyaml==6.0.2\nopencv-python-headless==4.10.0.84\n"),
                       code("helpers.py", "import yaml\nimport cv2\n")),
                  undeclared);
        addSilent("undeclared: the locked set",
                  with(requirements("# Original requirements\n# mlflow==2.22.1\n#\n# Locked requirements\nmlflow==2.22.1\n"
                                    "pyyaml==6.0.2\n"),
                       code("helpers.py", "import yaml\n")),
                  undeclared);
        addSilent("undeclared: strings and comments", code("helpers.py", "# import yaml\nDOC = \"\"\"\nimport torch\n\"\"\"\n"),
                  undeclared);
        addSilent("undeclared: TYPE_CHECKING", code("helpers.py", "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
                                                                   "    import pandas\n"),
                  undeclared);
        addSilent("undeclared: stubs never run", code("helpers.pyi", "import yaml\n"), undeclared);
        addSilent("undeclared: a module in a flavor's code folder",
                  with(codeFolder("src"), {{QStringLiteral("src/model.py"), "import helper\n"},
                                           {QStringLiteral("src/helper.py"), "X = 1\n"}}),
                  undeclared);

        const QString shadows = QStringLiteral("code-shadows-package");
        addFires("shadows: a module", code("numpy.py", "X = 1\n"), shadows, w, QStringLiteral("code/numpy.py"), 0);
        addFires("shadows: a package", code("sklearn/__init__.py", "X = 1\n"), shadows, w,
                 QStringLiteral("code/sklearn/__init__.py"), 0);
        addFires("shadows: an import name that differs",
                 with(requirements("mlflow==2.22.1\npyyaml==6.0.2\n"), code("yaml/loader.py", "X = 1\n")), shadows, w,
                 QStringLiteral("code/yaml/loader.py"), 0);
        addFires("shadows: a dependency of a requirement", code("scipy.py", "X = 1\n"), shadows, w,
                 QStringLiteral("code/scipy.py"), 0);
        addSilent("shadows: a module of its own", code("iris_utils.py", "X = 1\n"), shadows);
        addSilent("shadows: a package not required", code("torch/__init__.py", "X = 1\n"), shadows);
    }

    void fires()
    {
        checkRow(runCodeChecks);
    }

    // The finding names the package to add and offers it as an unpinned, unsafe fix-it.
    void undeclaredFix()
    {
        QTemporaryDir dir;
        QVERIFY(writeModel(dir.path(), code("helpers.py", "try:\n    import yaml\nexcept ImportError:\n    yaml = None\n")));
        const auto model = loadModel(dir.path());
        QVERIFY(model);
        const QVector<Diagnostic> found = withId(runCodeChecks(CheckContext::make(*model, {})),
                                                 QStringLiteral("import-undeclared"));
        QCOMPARE(found.size(), 1);
        QVERIFY2(found.first().message.contains(QLatin1String("pyyaml")), qPrintable(found.first().message));
        QCOMPARE(found.first().location.column, 12);
        const FixIt *fix = found.first().defaultFix();
        QVERIFY(fix);
        QCOMPARE(fix->id, QStringLiteral("add-requirement"));
        QVERIFY(!fix->safe);
        QCOMPARE(fix->operations.size(), 1);
        QCOMPARE(int(fix->operations.first().kind), int(EditOperation::Kind::AddRequirement));
        QCOMPARE(fix->operations.first().text, QStringLiteral("pyyaml"));
    }

    // The example model imports yaml inside a try: block and nothing provides it; its own
    // package, the standard library and the required numpy and pandas are fine.
    void example()
    {
        const auto model = loadModel(examplesDir() + QStringLiteral("/iris-classifier"));
        QVERIFY(model);
        const QVector<Diagnostic> all = runCodeChecks(CheckContext::make(*model, {}));
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().id, QStringLiteral("import-undeclared"));
        QCOMPARE(all.first().location.file, QStringLiteral("code/iris_features/transform.py"));
        QCOMPARE(all.first().location.line, 7);
        QVERIFY2(all.first().message.contains(QLatin1String("pyyaml")), qPrintable(all.first().message));
    }

    // One finding per module and file, however often it is imported.
    void oncePerModule()
    {
        QTemporaryDir dir;
        QVERIFY(writeModel(dir.path(), with(code("a.py", "import yaml\nimport yaml.constructor\nfrom yaml import load\n"),
                                            code("b.py", "import yaml\n"))));
        const auto model = loadModel(dir.path());
        QVERIFY(model);
        const QVector<Diagnostic> found = withId(runCodeChecks(CheckContext::make(*model, {})),
                                                 QStringLiteral("import-undeclared"));
        QCOMPARE(found.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCodeChecks)
#include "tst_codechecks.moc"
