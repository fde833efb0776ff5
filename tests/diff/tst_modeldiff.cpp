#include "diff/diffreport.h"
#include "diff/modeldiff.h"
#include "model/modelloader.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace envlens;

namespace {

using Files = QMap<QString, QByteArray>;

const QByteArray kMLmodel = "artifact_path: model\n"
                            "flavors:\n"
                            "  python_function:\n"
                            "    env:\n"
                            "      conda: conda.yaml\n"
                            "      virtualenv: python_env.yaml\n"
                            "    loader_module: mlflow.sklearn\n"
                            "    model_path: model.pkl\n"
                            "    predict_fn: predict\n"
                            "    python_version: 3.11.9\n"
                            "  sklearn:\n"
                            "    code: null\n"
                            "    pickled_model: model.pkl\n"
                            "    serialization_format: cloudpickle\n"
                            "    sklearn_version: 1.5.2\n"
                            "mlflow_version: 2.21.0\n"
                            "model_uuid: 11111111111111111111111111111111\n"
                            "run_id: aaaa\n"
                            "signature:\n"
                            "  inputs: '[{\"type\": \"double\", \"name\": \"x\"}]'\n"
                            "  outputs: '[{\"type\": \"long\"}]'\n"
                            "utc_time_created: '2025-01-01 10:00:00.000000'\n";

const QByteArray kRequirements = "mlflow==2.21.0\ncloudpickle==3.0.0\nnumpy==1.26.4\nscikit-learn==1.5.2\n"
                                 "pandas>=2.0,<3\nscipy\n";

const QByteArray kConda = "channels:\n- conda-forge\ndependencies:\n- python=3.11.9\n- pip<=24.0\n- pip:\n"
                          "  - mlflow==2.21.0\n  - cloudpickle==3.0.0\n  - numpy==1.26.4\n  - scikit-learn==1.5.2\n"
                          "  - pandas>=2.0,<3\n  - scipy\nname: mlflow-env\n";

const QByteArray kPythonEnv = "python: 3.11.9\nbuild_dependencies:\n- pip==24.0\ndependencies:\n- -r requirements.txt\n";

Files baseModel()
{
    return {{QStringLiteral("MLmodel"), kMLmodel},
            {QStringLiteral("requirements.txt"), kRequirements},
            {QStringLiteral("conda.yaml"), kConda},
            {QStringLiteral("python_env.yaml"), kPythonEnv},
            {QStringLiteral("code/util.py"), "import numpy\n\ndef f(x):\n    return x + 1\n"},
            {QStringLiteral("code/data.bin"), QByteArray("\x00\x01\x02\x03", 4)},
            {QStringLiteral("model.pkl"), QByteArray(100000, 'p')}};
}

QByteArray replaced(QByteArray text, const QByteArray &from, const QByteArray &to)
{
    return text.replace(from, to);
}

bool writeModel(const QString &dir, const Files &files)
{
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const QString path = dir + QLatin1Char('/') + it.key();
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(it.value()) != it.value().size())
            return false;
    }
    return true;
}

// Zips a folder with the oracle Python (stored and deflated entries alike).
bool zipFolder(const QString &folder, const QString &zipPath, const QString &prefix = QString())
{
    QProcess python;
    python.start(test::oraclePython(),
                 {QStringLiteral("-c"),
                  QStringLiteral("import os,sys,zipfile\n"
                                 "src,dst,pre=sys.argv[1:4]\n"
                                 "with zipfile.ZipFile(dst,'w',zipfile.ZIP_DEFLATED) as z:\n"
                                 "  for root,_,names in os.walk(src):\n"
                                 "    for n in sorted(names):\n"
                                 "      p=os.path.join(root,n)\n"
                                 "      z.write(p,pre+os.path.relpath(p,src))\n"),
                  folder, zipPath, prefix});
    return python.waitForFinished(60000) && python.exitStatus() == QProcess::NormalExit && python.exitCode() == 0;
}

std::shared_ptr<const Model> load(const QString &path)
{
    const auto model = ModelLoader::load(path);
    if (!model) {
        qWarning("%s", qPrintable(model.error().toString()));
        return nullptr;
    }
    return model.value();
}

// "section/key=change" for every row that is not unchanged, so a row can be checked in one string.
QStringList changesOf(const ModelDiff &diff)
{
    QStringList out;
    const auto rows = [&out](const char *section, const QVector<PackageDiff> &list) {
        for (const PackageDiff &r : list) {
            if (r.change != DiffChange::Unchanged)
                out.append(QLatin1String(section) + QLatin1Char('/') + r.name
                           + (r.marker.isEmpty() ? QString() : QLatin1Char(';') + r.marker) + QLatin1Char('=')
                           + diffChangeName(r.change));
        }
    };
    rows("packages", diff.packages);
    rows("constraints", diff.constraints);
    rows("locked", diff.locked);
    rows("conda", diff.conda.dependencies);
    rows("condapip", diff.conda.pip);
    if (diff.python.change != DiffChange::Unchanged)
        out.append(QStringLiteral("python=") + diffChangeName(diff.python.change));
    for (const FlavorDiff &f : diff.flavors) {
        if (f.change != DiffChange::Unchanged)
            out.append(QStringLiteral("flavors/") + f.name + QLatin1Char('=') + diffChangeName(f.change));
    }
    if (diff.conda.channelsChange != DiffChange::Unchanged)
        out.append(QStringLiteral("channels=changed"));
    for (const ValueDiff &m : diff.metadata)
        out.append(QStringLiteral("metadata/") + m.key);
    for (const FileDiff &f : diff.code) {
        if (f.change != DiffChange::Unchanged)
            out.append(QStringLiteral("code/") + f.path + QLatin1Char('=') + diffChangeName(f.change));
    }
    for (const FileDiff &f : diff.artifacts) {
        if (f.change != DiffChange::Unchanged)
            out.append(QStringLiteral("artifacts/") + f.path + QLatin1Char('=') + diffChangeName(f.change));
    }
    for (const ServingImpact &s : diff.servingImpact)
        out.append(QStringLiteral("impact/") + servingImpactKindName(s.kind));
    out.sort();
    return out;
}

} // namespace

class TestModelDiff : public QObject
{
    Q_OBJECT

private slots:
    void changes_data();
    void changes();
    void folderVersusZip_data();
    void folderVersusZip();
    void pinsAgainstPackaging();
    void largeArtifactStreamed();
    void reports();
    void codeUnifiedDiff();
};

void TestModelDiff::changes_data()
{
    QTest::addColumn<Files>("newFiles");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<bool>("equivalent");
    QTest::addColumn<Files>("oldFiles");

    const Files base = baseModel();
    QTest::newRow("identical") << base << QStringList() << true << base;

    Files f = base;
    f[QStringLiteral("requirements.txt")] = replaced(kRequirements, "scikit-learn==1.5.2", "scikit-learn==1.6.1");
    QTest::newRow("upgraded") << f << QStringList{QStringLiteral("packages/scikit-learn=upgraded")} << false << base;

    f = base;
    f[QStringLiteral("requirements.txt")] = replaced(kRequirements, "numpy==1.26.4", "numpy==1.26.0");
    QTest::newRow("downgraded") << f << QStringList{QStringLiteral("packages/numpy=downgraded")} << false << base;

    f = base;
    f[QStringLiteral("requirements.txt")] = replaced(kRequirements, "scikit-learn==1.5.2", "scikit-learn==1.5.2.0");
    QTest::newRow("==1.5.2 vs ==1.5.2.0 unchanged") << f << QStringList() << true << base;

    f = base;
    f[QStringLiteral("requirements.txt")] = replaced(kRequirements, "pandas>=2.0,<3", "pandas <3, >=2.0");
    QTest::newRow("range reordered unchanged") << f << QStringList() << true << base;

    f = base;
    f[QStringLiteral("requirements.txt")] = replaced(kRequirements, "pandas>=2.0,<3", "pandas>=2.1,<3");
    QTest::newRow("range changed") << f << QStringList{QStringLiteral("packages/pandas=changed")} << false << base;

    f = base;
    f[QStringLiteral("requirements.txt")] = replaced(kRequirements, "scipy", "scipy[extra]");
    QTest::newRow("extras changed") << f << QStringList{QStringLiteral("packages/scipy=changed")} << false << base;

    f = base;
    f[QStringLiteral("requirements.txt")] = replaced(kRequirements, "scikit-learn==1.5.2", "scikit-learn===1.5.2");
    QTest::newRow("=== is changed") << f << QStringList{QStringLiteral("packages/scikit-learn=changed")} << false << base;

    f = base;
    f[QStringLiteral("requirements.txt")] = kRequirements + "torch==2.3.0 ; sys_platform == 'linux'\n";
    QTest::newRow("added with marker")
        << f << QStringList{QStringLiteral("packages/torch;sys_platform == \"linux\"=added")} << false << base;

    f = base;
    f[QStringLiteral("requirements.txt")] = replaced(kRequirements, "scipy\n", "");
    QTest::newRow("removed") << f << QStringList{QStringLiteral("packages/scipy=removed")} << false << base;

    f = base;
    f[QStringLiteral("requirements.txt")] = replaced(kRequirements, "scikit-learn==1.5.2", "Scikit_Learn==1.5.2");
    QTest::newRow("name normalised") << f << QStringList() << true << base;

    f = base;
    f[QStringLiteral("requirements.txt")] = kRequirements + "-c constraints.txt\n";
    f[QStringLiteral("constraints.txt")] = "urllib3<2\n";
    Files withConstraint = f;
    Files g = withConstraint;
    g[QStringLiteral("constraints.txt")] = "urllib3<3\n";
    QTest::newRow("constraint changed") << g << QStringList{QStringLiteral("constraints/urllib3=changed")} << false
                                        << withConstraint;

    f = base;
    f[QStringLiteral("MLmodel")] = replaced(kMLmodel, "python_version: 3.11.9", "python_version: 3.12.4");
    f[QStringLiteral("python_env.yaml")] = replaced(kPythonEnv, "3.11.9", "3.12.4");
    f[QStringLiteral("conda.yaml")] = replaced(kConda, "python=3.11.9", "python=3.12.4");
    QTest::newRow("python minor")
        << f
        << QStringList{QStringLiteral("conda/python=upgraded"), QStringLiteral("impact/python-minor"),
                       QStringLiteral("python=upgraded")}
        << false << base;

    f = base;
    f[QStringLiteral("MLmodel")] = replaced(replaced(kMLmodel, "sklearn_version: 1.5.2", "sklearn_version: 1.6.1"),
                                            "serialization_format: cloudpickle", "serialization_format: skops");
    QTest::newRow("flavor version and serializer")
        << f
        << QStringList{QStringLiteral("flavors/sklearn=changed"), QStringLiteral("impact/flavor-package"),
                       QStringLiteral("impact/serializer")}
        << false << base;

    f = base;
    f[QStringLiteral("requirements.txt")] = replaced(kRequirements, "numpy==1.26.4", "numpy==2.1.0");
    f[QStringLiteral("conda.yaml")] = replaced(kConda, "numpy==1.26.4", "numpy==2.1.0");
    QTest::newRow("numpy major")
        << f
        << QStringList{QStringLiteral("condapip/numpy=upgraded"), QStringLiteral("impact/numpy-major"),
                       QStringLiteral("packages/numpy=upgraded")}
        << false << base;

    f = base;
    f[QStringLiteral("requirements.txt")] = replaced(kRequirements, "cloudpickle==3.0.0", "cloudpickle==2.2.1");
    QTest::newRow("cloudpickle requirement")
        << f << QStringList{QStringLiteral("impact/serializer"), QStringLiteral("packages/cloudpickle=downgraded")}
        << false << base;

    f = base;
    f[QStringLiteral("MLmodel")] = replaced(replaced(replaced(kMLmodel, "run_id: aaaa", "run_id: bbbb"),
                                                     "11111111111111111111111111111111",
                                                     "22222222222222222222222222222222"),
                                            "mlflow_version: 2.21.0", "mlflow_version: 2.22.1");
    QTest::newRow("metadata only stays equivalent")
        << f
        << QStringList{QStringLiteral("metadata/mlflow_version"), QStringLiteral("metadata/model_uuid"),
                       QStringLiteral("metadata/run_id")}
        << true << base;

    f = base;
    f[QStringLiteral("MLmodel")] = replaced(kMLmodel, "[{\"type\": \"double\", \"name\": \"x\"}]",
                                            "[{\"name\":\"x\",\"type\":\"double\"}]");
    QTest::newRow("signature compared as JSON") << f << QStringList() << true << base;

    f = base;
    f[QStringLiteral("MLmodel")] = replaced(kMLmodel, "\"type\": \"long\"", "\"type\": \"double\"");
    QTest::newRow("signature output changed") << f << QStringList{QStringLiteral("metadata/signature.outputs")}
                                              << true << base;

    f = base;
    f[QStringLiteral("conda.yaml")] = replaced(kConda, "- conda-forge\n", "- defaults\n");
    QTest::newRow("channels") << f << QStringList{QStringLiteral("channels=changed")} << false << base;

    f = base;
    f[QStringLiteral("conda.yaml")] = replaced(kConda, "- pip<=24.0\n", "- pip<=24.0\n- libgomp=14.2.0\n");
    QTest::newRow("conda dependency added") << f << QStringList{QStringLiteral("conda/libgomp=added")} << false << base;

    f = base;
    f[QStringLiteral("code/util.py")] = "import numpy\n\ndef f(x):\n    return x + 2\n";
    f[QStringLiteral("code/new.py")] = "x = 1\n";
    QTest::newRow("code modified and added")
        << f << QStringList{QStringLiteral("code/code/new.py=added"), QStringLiteral("code/code/util.py=modified")}
        << false << base;

    f = base;
    f[QStringLiteral("code/data.bin")] = QByteArray("\x00\x01\x02\x04", 4);
    QTest::newRow("binary code same size") << f << QStringList{QStringLiteral("code/code/data.bin=modified")} << false << base;

    f = base;
    f.remove(QStringLiteral("code/util.py"));
    QTest::newRow("code removed") << f << QStringList{QStringLiteral("code/code/util.py=removed")} << false << base;

    f = base;
    QByteArray weights(100000, 'p');
    weights[50000] = 'q';
    f[QStringLiteral("model.pkl")] = weights;
    QTest::newRow("artifact same size, other bytes")
        << f << QStringList{QStringLiteral("artifacts/model.pkl=modified")} << false << base;

    f = base;
    f[QStringLiteral("model.pkl")] = QByteArray(100001, 'p');
    QTest::newRow("artifact size") << f << QStringList{QStringLiteral("artifacts/model.pkl=modified")} << false << base;

    f = base;
    f[QStringLiteral("input_example.json")] = "{\"x\": [1]}";
    QTest::newRow("input example only stays equivalent")
        << f << QStringList{QStringLiteral("artifacts/input_example.json=added")} << true << base;
}

void TestModelDiff::changes()
{
    QFETCH(Files, newFiles);
    QFETCH(QStringList, expected);
    QFETCH(bool, equivalent);
    QFETCH(Files, oldFiles);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeModel(dir.filePath(QStringLiteral("old")), oldFiles));
    QVERIFY(writeModel(dir.filePath(QStringLiteral("new")), newFiles));
    const auto a = load(dir.filePath(QStringLiteral("old")));
    const auto b = load(dir.filePath(QStringLiteral("new")));
    QVERIFY(a && b);
    const ModelDiff diff = ModelDiff::compute(*a, *b);
    QCOMPARE(changesOf(diff), expected);
    QCOMPARE(diff.equivalent(), equivalent);

    // The reverse direction mirrors every class.
    const ModelDiff back = ModelDiff::compute(*b, *a);
    QCOMPARE(back.equivalent(), equivalent);
    for (const PackageDiff &r : back.packages) {
        if (r.change == DiffChange::Upgraded)
            QVERIFY(expected.contains(QStringLiteral("packages/") + r.name + QStringLiteral("=downgraded")));
    }
}

void TestModelDiff::folderVersusZip_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("prefix");
    const QString corpus = test::corpusDir();
    QTest::newRow("fixture") << QString() << QString();
    QTest::newRow("fixture, top-level folder") << QString() << QStringLiteral("my-model/");
    for (const char *name : {"mlflow-examples/pyfunc-2.8.1", "mlflow-examples/sklearn-mlflow1x-style",
                             "mlflow-examples/langchain-2.12-databricks"})
        QTest::newRow(name) << corpus + QLatin1Char('/') + QLatin1String(name) << QString();
}

void TestModelDiff::folderVersusZip()
{
    QFETCH(QString, folder);
    QFETCH(QString, prefix);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    if (folder.isEmpty()) {
        folder = dir.filePath(QStringLiteral("model"));
        QVERIFY(writeModel(folder, baseModel()));
    }
    const QString zip = dir.filePath(QStringLiteral("model.zip"));
    QVERIFY(zipFolder(folder, zip, prefix));
    const auto a = load(folder);
    const auto b = load(zip);
    QVERIFY(a && b);
    for (const ModelDiff &diff : {ModelDiff::compute(*a, *b), ModelDiff::compute(*b, *a)}) {
        QCOMPARE(changesOf(diff), QStringList());
        QVERIFY(diff.equivalent());
        QCOMPARE(diff.oldModel.value(QStringLiteral("kind")).toString() != diff.newModel.value(QStringLiteral("kind")).toString(), true);
    }
    // A zip against itself decides artifacts by the recorded CRC-32, folder against zip by the
    // folder file's CRC-32.
    const ModelDiff mixed = ModelDiff::compute(*a, *b);
    for (const FileDiff &f : mixed.artifacts) {
        if (!f.isText && f.oldSize == f.newSize)
            QCOMPARE(fileDiffMethodName(f.method), QStringLiteral("crc32"));
    }
}

// upgraded/downgraded against packaging's ordering on generated version pairs: one model pair
// holds every pair as pkgN==A / pkgN==B, and one Python process orders them all.
void TestModelDiff::pinsAgainstPackaging()
{
    QRandomGenerator random(20261127);
    const QStringList parts{QStringLiteral("a1"), QStringLiteral("b2"), QStringLiteral("rc1"), QStringLiteral(".post1"),
                            QStringLiteral(".dev0"), QStringLiteral("+local.1"), QString(), QString(), QString()};
    // A release and a suffix, so that the ".0" variant can extend the release before the suffix.
    const auto version = [&random, &parts](QString *release) {
        QString v = random.bounded(3) == 0 ? QStringLiteral("1!") : QString();
        const int count = 1 + int(random.bounded(4));
        for (int i = 0; i < count; ++i)
            v += (i ? QStringLiteral(".") : QString()) + QString::number(random.bounded(3));
        *release = v;
        return parts.at(int(random.bounded(quint32(parts.size()))));
    };
    QByteArray oldReq;
    QByteArray newReq;
    QByteArray cases;
    QVector<QPair<QString, QString>> pairs;
    for (int i = 0; i < 600; ++i) {
        QString releaseX;
        const QString suffixX = version(&releaseX);
        const QString x = releaseX + suffixX;
        QString releaseY;
        const QString suffixY = version(&releaseY);
        const QString y = random.bounded(5) == 0 ? releaseX + QStringLiteral(".0") + suffixX : releaseY + suffixY;
        pairs.append({x, y});
        oldReq += QStringLiteral("pkg%1==%2\n").arg(i).arg(x).toUtf8();
        newReq += QStringLiteral("pkg%1==%2\n").arg(i).arg(y).toUtf8();
        cases += (x + QLatin1Char(' ') + y + QLatin1Char('\n')).toUtf8();
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Files oldFiles{{QStringLiteral("MLmodel"), kMLmodel}, {QStringLiteral("requirements.txt"), oldReq}};
    Files newFiles{{QStringLiteral("MLmodel"), kMLmodel}, {QStringLiteral("requirements.txt"), newReq}};
    QVERIFY(writeModel(dir.filePath(QStringLiteral("old")), oldFiles));
    QVERIFY(writeModel(dir.filePath(QStringLiteral("new")), newFiles));
    QFile casesFile(dir.filePath(QStringLiteral("cases.txt")));
    QVERIFY(casesFile.open(QIODevice::WriteOnly));
    casesFile.write(cases);
    casesFile.close();

    QProcess python;
    python.start(test::oraclePython(),
                 {QStringLiteral("-c"),
                  QStringLiteral("import sys\nfrom packaging.version import Version\n"
                                 "for line in open(sys.argv[1]):\n"
                                 "  a,b=line.split()\n"
                                 "  x,y=Version(a),Version(b)\n"
                                 "  print('upgraded' if x<y else 'downgraded' if x>y else 'unchanged')\n"),
                  casesFile.fileName()});
    QVERIFY(python.waitForFinished(60000));
    QCOMPARE(python.exitCode(), 0);
    const QStringList answers = QString::fromUtf8(python.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(answers.size(), pairs.size());

    const auto a = load(dir.filePath(QStringLiteral("old")));
    const auto b = load(dir.filePath(QStringLiteral("new")));
    QVERIFY(a && b);
    const ModelDiff diff = ModelDiff::compute(*a, *b);
    QCOMPARE(diff.packages.size(), pairs.size());
    int checked = 0;
    for (const PackageDiff &row : diff.packages) {
        const int i = row.name.mid(3).toInt();
        QVERIFY2(diffChangeName(row.change) == answers.at(i),
                 qPrintable(QStringLiteral("%1 vs %2: %3, packaging says %4")
                                .arg(pairs.at(i).first, pairs.at(i).second, diffChangeName(row.change), answers.at(i))));
        ++checked;
    }
    QCOMPARE(checked, 600);
}

// Two folders with a large artifact of equal size: decided by streamed SHA-256, never by a read
// into memory (the loader does not read artifacts, so the model holds no bytes of it).
void TestModelDiff::largeArtifactStreamed()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Files files = baseModel();
    files[QStringLiteral("weights.bin")] = QByteArray(8 * 1024 * 1024 + 3, 'w');
    QVERIFY(writeModel(dir.filePath(QStringLiteral("old")), files));
    files[QStringLiteral("weights.bin")][8 * 1024 * 1024 + 1] = 'x';
    QVERIFY(writeModel(dir.filePath(QStringLiteral("new")), files));
    const auto a = load(dir.filePath(QStringLiteral("old")));
    const auto b = load(dir.filePath(QStringLiteral("new")));
    QVERIFY(a && b);
    QVERIFY(!a->text(QStringLiteral("weights.bin")));
    const ModelDiff diff = ModelDiff::compute(*a, *b);
    bool found = false;
    for (const FileDiff &f : diff.artifacts) {
        if (f.path == QLatin1String("weights.bin")) {
            found = true;
            QCOMPARE(diffChangeName(f.change), QStringLiteral("modified"));
            QCOMPARE(fileDiffMethodName(f.method), QStringLiteral("sha256"));
        } else if (f.path == QLatin1String("model.pkl")) {
            QCOMPARE(diffChangeName(f.change), QStringLiteral("unchanged"));
            QCOMPARE(fileDiffMethodName(f.method), QStringLiteral("sha256"));
        }
    }
    QVERIFY(found);
}

void TestModelDiff::reports()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Files files = baseModel();
    QVERIFY(writeModel(dir.filePath(QStringLiteral("old")), files));
    // Hostile text: markdown/HTML syntax in a requirement line and a file name.
    files[QStringLiteral("requirements.txt")] = kRequirements + "evil @ https://x.invalid/a.whl#<script>|`x`\n";
    files[QStringLiteral("code/<b>|x.py")] = "print(1)\n";
    QVERIFY(writeModel(dir.filePath(QStringLiteral("new")), files));
    const auto a = load(dir.filePath(QStringLiteral("old")));
    const auto b = load(dir.filePath(QStringLiteral("new")));
    QVERIFY(a && b);
    const ModelDiff diff = ModelDiff::compute(*a, *b);

    const QJsonObject json = QJsonDocument::fromJson(DiffReport::json(diff)).object();
    for (const char *key : {"old", "new", "equivalent", "packages", "python", "mlflow_version", "flavors", "metadata",
                            "conda", "code", "artifacts", "serving_impact"})
        QVERIFY2(json.contains(QLatin1String(key)), key);
    QCOMPARE(json.value(QStringLiteral("equivalent")).toBool(), false);
    const QJsonObject row = json.value(QStringLiteral("packages")).toArray().first().toObject();
    for (const char *key : {"name", "marker", "old", "new", "change"})
        QVERIFY2(row.contains(QLatin1String(key)), key);
    const QJsonObject conda = json.value(QStringLiteral("conda")).toObject();
    QVERIFY(conda.contains(QStringLiteral("channels")) && conda.value(QStringLiteral("dependencies")).isArray());
    const QJsonObject python = json.value(QStringLiteral("python")).toObject();
    QVERIFY(python.contains(QStringLiteral("old")) && python.contains(QStringLiteral("new"))
            && python.contains(QStringLiteral("change")));

    const QString html = DiffReport::html(diff, {true, true, 50});
    QVERIFY(!html.contains(QStringLiteral("<script>")));
    QVERIFY(!html.contains(QStringLiteral("<b>|x.py")));
    QVERIFY(html.contains(QStringLiteral("&lt;script&gt;")));

    const QString markdown = DiffReport::markdown(diff);
    QVERIFY(!markdown.contains(QStringLiteral("<script>")));
    QVERIFY(markdown.contains(QStringLiteral("\\<b\\>\\|x\\.py")));
    QVERIFY(markdown.contains(QStringLiteral("| --- |")));

    const QString text = DiffReport::text(diff);
    QVERIFY(text.contains(QStringLiteral("evil")));
    QVERIFY(text.contains(QStringLiteral("code/<b>|x.py")));
}

void TestModelDiff::codeUnifiedDiff()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Files files = baseModel();
    QVERIFY(writeModel(dir.filePath(QStringLiteral("old")), files));
    files[QStringLiteral("code/util.py")] = "import numpy\n\ndef f(x):\n    return x + 2\n";
    QVERIFY(writeModel(dir.filePath(QStringLiteral("new")), files));
    const auto a = load(dir.filePath(QStringLiteral("old")));
    const auto b = load(dir.filePath(QStringLiteral("new")));
    QVERIFY(a && b);
    const ModelDiff diff = ModelDiff::compute(*a, *b);
    const FileDiff *util = nullptr;
    for (const FileDiff &f : diff.code) {
        if (f.path == QLatin1String("code/util.py"))
            util = &f;
    }
    QVERIFY(util);
    QVERIFY(util->isText);
    const QString unified = util->unifiedDiff();
    QVERIFY2(unified.startsWith(QStringLiteral("--- a/code/util.py\n+++ b/code/util.py\n")), qPrintable(unified));
    QVERIFY(unified.contains(QStringLiteral("\n-    return x + 1\n+    return x + 2\n")));
}

QTEST_GUILESS_MAIN(TestModelDiff)
#include "tst_modeldiff.moc"
