#include "../model/ziptestdata.h"
#include "testfiles.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace envlens::test;

namespace {

QSet<QString> keysOf(const QJsonObject &object)
{
    const QStringList keys = object.keys();
    return QSet<QString>(keys.cbegin(), keys.cend());
}

QSet<QString> keySet(std::initializer_list<const char *> keys)
{
    QSet<QString> set;
    for (const char *key : keys)
        set.insert(QString::fromLatin1(key));
    return set;
}

// Every key spec/cli.md shows is present (more may be added).
void verifyHasKeys(const QJsonObject &object, std::initializer_list<const char *> keys)
{
    const QSet<QString> missing = keySet(keys) - keysOf(object);
    QVERIFY2(missing.isEmpty(), qPrintable(QStringList(missing.values()).join(QLatin1String(", "))));
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

class TestCliTree : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString iris() const { return envlens::test::examplesDir() + QStringLiteral("/iris-classifier"); }
    QString zip(const QString &name) const { return m_dir.filePath(name + QStringLiteral(".zip")); }

private slots:
    void initTestCase()
    {
        QVERIFY(QFile::exists(envlens::test::cliPath()));
        QVERIFY(m_dir.isValid());
        QVERIFY(envlens::test::makeZipFixtures(m_dir.path()));
    }

    void jsonShape()
    {
        const CliRun run = runCli({QStringLiteral("tree"), iris(), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.isEmpty());
        QJsonParseError error;
        const QJsonObject tree = QJsonDocument::fromJson(run.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        verifyHasKeys(tree, {"model", "mlmodel", "python", "files", "requirements", "conda", "code", "locked", "artifacts"});

        const QJsonObject model = tree.value(QStringLiteral("model")).toObject();
        verifyHasKeys(model, {"path", "root", "kind"});
        QCOMPARE(model.value(QStringLiteral("path")).toString(), iris());
        QCOMPARE(model.value(QStringLiteral("root")).toString(), QString());
        QCOMPARE(model.value(QStringLiteral("kind")).toString(), QStringLiteral("folder"));

        const QJsonObject mlmodel = tree.value(QStringLiteral("mlmodel")).toObject();
        verifyHasKeys(mlmodel, {"mlflow_version", "flavors"});
        QCOMPARE(mlmodel.value(QStringLiteral("mlflow_version")).toString(), QStringLiteral("2.12.1"));
        const QJsonArray flavors = mlmodel.value(QStringLiteral("flavors")).toArray();
        QCOMPARE(flavors.size(), 2);
        const QJsonObject sklearn = flavors.at(1).toObject();
        verifyHasKeys(sklearn, {"name", "versions"});
        QCOMPARE(sklearn.value(QStringLiteral("name")).toString(), QStringLiteral("sklearn"));
        QCOMPARE(sklearn.value(QStringLiteral("versions")).toObject().value(QStringLiteral("sklearn_version")).toString(),
                 QStringLiteral("1.3.2"));

        const QJsonObject python = tree.value(QStringLiteral("python")).toObject();
        verifyHasKeys(python, {"mlmodel", "python_env", "conda"});
        QCOMPARE(python.value(QStringLiteral("mlmodel")).toString(), QStringLiteral("3.10.14"));
        QCOMPARE(python.value(QStringLiteral("python_env")).toString(), QStringLiteral("3.10.13"));
        QCOMPARE(python.value(QStringLiteral("conda")).toString(), QStringLiteral("3.10.14"));

        QHash<QString, QString> roles;
        for (const QJsonValue &value : tree.value(QStringLiteral("files")).toArray()) {
            const QJsonObject file = value.toObject();
            verifyHasKeys(file, {"path", "size", "role"});
            roles.insert(file.value(QStringLiteral("path")).toString(), file.value(QStringLiteral("role")).toString());
        }
        QCOMPARE(roles.value(QStringLiteral("requirements.txt")), QStringLiteral("requirements"));
        QCOMPARE(roles.value(QStringLiteral("constraints.txt")), QStringLiteral("constraints"));
        QCOMPARE(roles.value(QStringLiteral("conda.yaml")), QStringLiteral("conda"));
        QCOMPARE(roles.value(QStringLiteral("python_env.yaml")), QStringLiteral("python_env"));
        QCOMPARE(roles.value(QStringLiteral("code/iris_features/transform.py")), QStringLiteral("code"));
        QCOMPARE(roles.value(QStringLiteral("model.pkl")), QStringLiteral("artifact"));

        const QJsonArray requirements = tree.value(QStringLiteral("requirements")).toArray();
        QCOMPARE(requirements.size(), 9);
        for (const QJsonValue &value : requirements)
            verifyHasKeys(value.toObject(), {"name", "text", "spec", "extras", "marker", "active", "file", "line", "kind"});
        const QJsonObject sk = requirements.at(4).toObject();
        QCOMPARE(sk.value(QStringLiteral("name")).toString(), QStringLiteral("scikit-learn"));
        QCOMPARE(sk.value(QStringLiteral("text")).toString(), QStringLiteral("scikit-learn==1.3.2"));
        QCOMPARE(sk.value(QStringLiteral("spec")).toString(), QStringLiteral("==1.3.2"));
        QVERIFY(sk.value(QStringLiteral("marker")).isNull());
        QCOMPARE(sk.value(QStringLiteral("active")).toBool(), true);
        QCOMPARE(sk.value(QStringLiteral("file")).toString(), QStringLiteral("requirements.txt"));
        QCOMPARE(sk.value(QStringLiteral("line")).toInt(), 5);
        QCOMPARE(sk.value(QStringLiteral("kind")).toString(), QStringLiteral("requirement"));
        const QJsonObject option = requirements.at(6).toObject();
        QCOMPARE(option.value(QStringLiteral("kind")).toString(), QStringLiteral("option"));
        QVERIFY(option.value(QStringLiteral("name")).isNull());
        const QJsonObject constraint = requirements.at(7).toObject();
        QCOMPARE(constraint.value(QStringLiteral("kind")).toString(), QStringLiteral("constraint"));
        QCOMPARE(constraint.value(QStringLiteral("file")).toString(), QStringLiteral("constraints.txt"));

        const QJsonObject conda = tree.value(QStringLiteral("conda")).toObject();
        verifyHasKeys(conda, {"channels", "dependencies"});
        QCOMPARE(conda.value(QStringLiteral("channels")).toArray(), QJsonArray{QStringLiteral("conda-forge")});
        QCOMPARE(conda.value(QStringLiteral("dependencies")).toArray(),
                 (QJsonArray{QStringLiteral("python=3.10.14"), QStringLiteral("pip<=24.0")}));

        const QJsonArray code = tree.value(QStringLiteral("code")).toArray();
        QCOMPARE(code.size(), 2);
        const QJsonObject transform = code.at(1).toObject();
        verifyHasKeys(transform, {"path", "size", "imports"});
        const QJsonObject firstImport = transform.value(QStringLiteral("imports")).toArray().at(0).toObject();
        verifyHasKeys(firstImport, {"module", "line"});
        QCOMPARE(firstImport.value(QStringLiteral("line")).toInt(), 1);

        QVERIFY(tree.value(QStringLiteral("locked")).isNull());
        const QJsonArray artifacts = tree.value(QStringLiteral("artifacts")).toArray();
        QVERIFY(!artifacts.isEmpty());
        for (const QJsonValue &value : artifacts)
            verifyHasKeys(value.toObject(), {"path", "size"});
    }

    void textFormat()
    {
        const CliRun run = runCli({QStringLiteral("tree"), iris()});
        QCOMPARE(run.exitCode, 0);
        const QString text = QString::fromUtf8(run.out);
        QVERIFY(text.startsWith(iris() + QLatin1Char('\n')));
        QVERIFY(text.contains(QLatin1String("\n    requirements.txt  (requirements)\n")));
        QVERIFY(text.contains(QLatin1String("scikit-learn==1.3.2  requirements.txt:5")));
        QVERIFY(text.contains(QLatin1String("scikit-learn<1.3  (constraint)  constraints.txt:2")));
    }

    void zipAndChoice_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expectedErr"); // a substring; empty: nothing on stderr
        QTest::addColumn<QString>("root");
        QTest::addRow("zip under a folder") << QStringList{zip(QStringLiteral("python-deflated"))} << 0 << "" << "my-model/";
        QTest::addRow("several models") << QStringList{zip(QStringLiteral("several-models"))} << 2
                                        << "choose one with --model: model-a/, model-b/" << "";
        QTest::addRow("--model") << QStringList{zip(QStringLiteral("several-models")), QStringLiteral("--model"),
                                                QStringLiteral("model-a")}
                                 << 0 << "" << "model-a/";
        QTest::addRow("--model=") << QStringList{zip(QStringLiteral("several-models")), QStringLiteral("--model=model-b/")}
                                  << 0 << "" << "model-b/";
        QTest::addRow("corrupt") << QStringList{zip(QStringLiteral("truncated"))} << 2 << "truncated or corrupt" << "";
        QTest::addRow("encrypted") << QStringList{zip(QStringLiteral("encrypted"))} << 2 << "encrypted" << "";
        QTest::addRow("empty") << QStringList{zip(QStringLiteral("empty-archive"))} << 2 << "archive is empty" << "";
        QTest::addRow("no MLmodel") << QStringList{zip(QStringLiteral("no-mlmodel"))} << 2 << "no MLmodel" << "";
        QTest::addRow("missing path") << QStringList{m_dir.filePath(QStringLiteral("nope"))} << 2 << "no such file" << "";
        QTest::addRow("bad format") << QStringList{iris(), QStringLiteral("--format"), QStringLiteral("xml")} << 2
                                    << "--format must be text or json" << "";
        QTest::addRow("bad platform") << QStringList{iris(), QStringLiteral("--platform"), QStringLiteral("beos")} << 2
                                      << "--platform must be" << "";
        QTest::addRow("no model") << QStringList{} << 2 << "missing MODEL" << "";
        QTest::addRow("two models") << QStringList{iris(), iris()} << 2 << "one MODEL" << "";
        QTest::addRow("unknown option") << QStringList{iris(), QStringLiteral("--frobnicate")} << 2 << "unknown option" << "";
    }

    void zipAndChoice()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, expectedErr);
        QFETCH(QString, root);
        const CliRun run = runCli(QStringList{QStringLiteral("tree"), QStringLiteral("--format=json")} + args);
        QCOMPARE(run.exitCode, exitCode);
        const QString err = QString::fromUtf8(run.err);
        if (expectedErr.isEmpty()) {
            QVERIFY2(err.isEmpty(), qPrintable(err));
        } else {
            QVERIFY2(err.contains(expectedErr), qPrintable(err));
            if (!args.isEmpty() && !args.first().startsWith(QLatin1String("--")) && exitCode == 2
                && !err.contains(QLatin1String("usage:")))
                QCOMPARE(err.count(QLatin1Char('\n')), 1); // one line naming the path and the reason
            if (!args.isEmpty() && !err.contains(QLatin1String("usage:")))
                QVERIFY(err.contains(args.first()));
        }
        if (exitCode == 0) {
            const QJsonObject model = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("model")).toObject();
            QCOMPARE(model.value(QStringLiteral("kind")).toString(), QStringLiteral("zip"));
            QCOMPARE(model.value(QStringLiteral("root")).toString(), root);
        }
    }

    void platformMarkers_data()
    {
        QTest::addColumn<QString>("platform");
        QTest::addColumn<bool>("windowsActive");
        QTest::addColumn<bool>("py311Active");
        QTest::addRow("linux") << "linux" << false << false;
        QTest::addRow("windows") << "windows" << true << false;
    }

    void platformMarkers()
    {
        QFETCH(QString, platform);
        QFETCH(bool, windowsActive);
        QFETCH(bool, py311Active);
        const QString model = m_dir.filePath(QStringLiteral("locked-model"));
        writeFile(model + QStringLiteral("/MLmodel"),
                  "flavors:\n  python_function:\n    loader_module: mlflow.sklearn\n    python_version: 3.10.12\n");
        writeFile(model + QStringLiteral("/requirements.txt"),
                  "# Original requirements\n# mlflow==3.1.0\n#\n# Locked requirements\n"
                  "colorama==0.4.6 ; sys_platform == 'win32'\nmlflow==3.1.0\n"
                  "numpy==2.3.1 ; python_full_version >= '3.11'");
        const CliRun run = runCli({QStringLiteral("tree"), model, QStringLiteral("--format"), QStringLiteral("json"),
                                   QStringLiteral("--platform"), platform});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject tree = QJsonDocument::fromJson(run.out).object();
        const QJsonArray requirements = tree.value(QStringLiteral("requirements")).toArray();
        QCOMPARE(requirements.size(), 3);
        QCOMPARE(requirements.at(0).toObject().value(QStringLiteral("active")).toBool(), windowsActive);
        QCOMPARE(requirements.at(0).toObject().value(QStringLiteral("marker")).toString(),
                 QStringLiteral("sys_platform == \"win32\""));
        QCOMPARE(requirements.at(1).toObject().value(QStringLiteral("active")).toBool(), true);
        QCOMPARE(requirements.at(2).toObject().value(QStringLiteral("active")).toBool(), py311Active);
        QCOMPARE(tree.value(QStringLiteral("locked")).toArray().size(), 3);
    }

    void help()
    {
        const CliRun run = runCli({QStringLiteral("tree"), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith("usage: envlens-cli tree MODEL"));
    }
};

QTEST_GUILESS_MAIN(TestCliTree)
#include "tst_cli_tree.moc"
