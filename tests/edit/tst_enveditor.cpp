#include "checks/checkrunner.h"
#include "checks/diagnostic.h"
#include "edit/enveditor.h"
#include "documents/requirementsdocument.h"
#include "model/modelloader.h"
#include "testpaths.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace envlens;

namespace {

QString fixtureDir(const QString &name)
{
    return test::dataDir() + QStringLiteral("/edit/") + name;
}

// "add:REQ", "remove:NAME", "python:VERSION", "override:A|B", "set:FILE:LINE:REQ", "sync-conda".
EditOperation operationFrom(const QString &spec)
{
    EditOperation op;
    const int colon = spec.indexOf(QLatin1Char(':'));
    const QString verb = colon < 0 ? spec : spec.left(colon);
    const QString arg = colon < 0 ? QString() : spec.mid(colon + 1);
    op.text = arg;
    if (verb == QLatin1String("add")) {
        op.kind = EditOperation::Kind::AddRequirement;
    } else if (verb == QLatin1String("remove")) {
        op.kind = EditOperation::Kind::RemovePackage;
    } else if (verb == QLatin1String("python")) {
        op.kind = EditOperation::Kind::SetPython;
    } else if (verb == QLatin1String("override")) {
        op.kind = EditOperation::Kind::OverrideRequirements;
        op.lines = arg.split(QLatin1Char('|'));
    } else if (verb == QLatin1String("set")) {
        op.kind = EditOperation::Kind::SetRequirement;
        const QStringList parts = arg.split(QLatin1Char(':'));
        op.file = parts.value(0);
        op.line = parts.value(1).toInt();
        op.text = parts.mid(2).join(QLatin1Char(':'));
    } else if (verb == QLatin1String("sync-conda")) {
        op.kind = EditOperation::Kind::SyncCondaFromRequirements;
    }
    return op;
}

// "fix:ID": the default fix-it of every diagnostic ID the checks report on the model.
QVector<EditOperation> fixOperations(const Model &model, const QString &id)
{
    QVector<EditOperation> ops;
    for (const Diagnostic &d : runChecks(model)) {
        if (d.id == id && d.defaultFix())
            ops += d.defaultFix()->operations;
    }
    return ops;
}

Result<ChangeSet> editFixture(const QString &fixture, const QStringList &ops)
{
    const auto model = ModelLoader::load(fixtureDir(fixture));
    if (!model)
        return model.error();
    QVector<EditOperation> operations;
    for (const QString &spec : ops) {
        if (spec.startsWith(QLatin1String("fix:"))) {
            const QVector<EditOperation> fixes = fixOperations(*model.value(), spec.mid(4));
            if (fixes.isEmpty())
                return Error{QStringLiteral("no fix-it for ") + spec, fixture, 0, 0};
            operations += fixes;
        } else {
            operations.append(operationFrom(spec));
        }
    }
    return applyEdits(*model.value(), operations);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

// One edit case: fixture, operations, the folder of expected changed files, a warning substring.
struct EditCase
{
    const char *name;
    const char *fixture;
    QStringList ops;
    const char *warning;
};

QVector<EditCase> editCases()
{
    return {
        {"plain-add-new", "plain", {QStringLiteral("add:Requests[socks]>=2.31")}, ""},
        {"plain-replace-keeps-comment", "plain", {QStringLiteral("add:pandas==2.2.3")}, ""},
        {"plain-remove", "plain", {QStringLiteral("remove:Scikit_Learn")}, ""},
        {"plain-python", "plain", {QStringLiteral("python:3.10.15")}, ""},
        {"plain-sequence", "plain",
         {QStringLiteral("remove:numpy"), QStringLiteral("add:numpy==2.0.1"), QStringLiteral("add:scipy==1.13.0")}, ""},
        {"plain-override", "plain", {QStringLiteral("override:mlflow==2.12.1|xgboost==2.0.3")}, ""},
        {"crlf-add", "crlf", {QStringLiteral("add:numpy==1.26.4")}, ""},
        {"crlf-replace-hash", "crlf", {QStringLiteral("add:requests==2.32.3")}, "--hash"},
        {"crlf-replace-marker", "crlf", {QStringLiteral("add:torch==2.4.0; sys_platform == \"linux\"")}, ""},
        {"crlf-other-marker", "crlf", {QStringLiteral("add:torch==2.4.0; sys_platform == \"darwin\"")}, ""},
        {"crlf-remove-last", "crlf", {QStringLiteral("remove:requests")}, ""},
        {"crlf-python", "crlf", {QStringLiteral("python:3.12")}, ""},
        {"conda-only-add", "conda-only", {QStringLiteral("add:pandas==1.5.3")}, ""},
        {"conda-only-replace", "conda-only", {QStringLiteral("add:scikit-learn==1.0.1")}, ""},
        {"conda-only-remove", "conda-only", {QStringLiteral("remove:cloudpickle")}, ""},
        {"include-replace", "include", {QStringLiteral("add:lightgbm==4.5.0")}, ""},
        {"locked-add", "locked", {QStringLiteral("add:scikit-learn>=1.5")}, "re-lock"},
        {"locked-remove", "locked", {QStringLiteral("remove:pandas")}, "re-lock"},
        {"plain-set-spec", "plain", {QStringLiteral("set:requirements.txt:6:scikit-learn>=1.3,<1.4")}, ""},
        {"bom-add", "bom", {QStringLiteral("add:pyarrow==14.0.1")}, ""},
        {"bom-remove-last", "bom", {QStringLiteral("remove:PANDAS")}, ""},
        {"bom-set-extras", "bom",
         {QStringLiteral("set:requirements.txt:2:scikit-learn[alldeps,pandas]==1.3.0 ; python_version >= \"3.8\"")}, ""},
        {"bom-set-marker", "bom",
         {QStringLiteral("set:requirements.txt:2:scikit-learn[alldeps]==1.3.0 ; python_version >= \"3.9\"")}, ""},
        {"bom-python", "bom", {QStringLiteral("python:3.11")}, ""},
        {"mismatch-fix", "mismatch", {QStringLiteral("fix:pip-mismatch")}, ""},
    };
}

QString expectedDir(const char *name)
{
    return fixtureDir(QStringLiteral("expected/") + QLatin1String(name));
}

} // namespace

class TestEnvEditor : public QObject
{
    Q_OBJECT

private slots:
    void edits_data();
    void edits();
    void agreesWithPipAndPyYaml();
    void nothingToDo_data();
    void nothingToDo();
    void invalidInputRefused_data();
    void invalidInputRefused();
    void absentPackageWarns();
    void newRequirementsFile();
};

void TestEnvEditor::edits_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QStringList>("ops");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("warning");
    for (const EditCase &c : editCases())
        QTest::newRow(c.name) << QString::fromLatin1(c.fixture) << c.ops << expectedDir(c.name)
                              << QString::fromLatin1(c.warning);
}

// Every changed file equals the expected one byte for byte; no other file changed.
void TestEnvEditor::edits()
{
    QFETCH(QString, fixture);
    QFETCH(QStringList, ops);
    QFETCH(QString, expected);
    QFETCH(QString, warning);
    const auto changes = editFixture(fixture, ops);
    QVERIFY2(changes.ok(), changes ? "" : qPrintable(changes.error().toString()));
    QStringList expectedFiles;
    QDirIterator it(expected, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        expectedFiles.append(QDir(expected).relativeFilePath(it.next()));
    expectedFiles.sort();
    QStringList changed;
    for (const FileChange &c : changes->files)
        changed.append(c.path);
    QCOMPARE(changed, expectedFiles);
    for (const FileChange &c : changes->files) {
        QCOMPARE(c.newBytes, readFile(expected + QLatin1Char('/') + c.path));
        QVERIFY(!c.diff.isEmpty());
    }
    if (warning.isEmpty())
        QVERIFY2(changes->warnings.isEmpty(), qPrintable(changes->warnings.join(QLatin1Char('\n'))));
    else
        QVERIFY2(changes->warnings.join(QLatin1Char('\n')).contains(warning), qPrintable(changes->warnings.join(u'\n')));
}

// pip's reader sees in every written requirements.txt the lines we parse, and PyYAML loads every
// written conda.yaml to the original structure with only the pip list changed, which equals the
// lines of requirements.txt (unlocked models that have one). One python process for all cases.
void TestEnvEditor::agreesWithPipAndPyYaml()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QJsonArray cases;
    QVector<QStringList> ourLines;
    for (const EditCase &c : editCases()) {
        const auto changes = editFixture(QString::fromLatin1(c.fixture), c.ops);
        QVERIFY(changes.ok());
        const QString base = dir.filePath(QString::fromLatin1(c.name));
        QVERIFY(QDir().mkpath(base));
        QByteArray requirements = readFile(fixtureDir(QString::fromLatin1(c.fixture)) + QStringLiteral("/requirements.txt"));
        if (const FileChange *r = changes->file(QStringLiteral("requirements.txt")))
            requirements = r->newBytes;
        QByteArray conda = readFile(fixtureDir(QString::fromLatin1(c.fixture)) + QStringLiteral("/conda.yaml"));
        if (const FileChange *r = changes->file(QStringLiteral("conda.yaml")))
            conda = r->newBytes;
        QFile req(base + QStringLiteral("/requirements.txt"));
        QFile yaml(base + QStringLiteral("/conda.yaml"));
        QVERIFY(req.open(QIODevice::WriteOnly) && yaml.open(QIODevice::WriteOnly));
        req.write(requirements);
        yaml.write(conda);
        QJsonObject one;
        one.insert(QStringLiteral("req"), req.fileName());
        one.insert(QStringLiteral("old"), fixtureDir(QString::fromLatin1(c.fixture)) + QStringLiteral("/conda.yaml"));
        one.insert(QStringLiteral("new"), yaml.fileName());
        for (const QString &op : c.ops) {
            if (op.startsWith(QLatin1String("python:")))
                one.insert(QStringLiteral("python"), op.mid(7));
        }
        cases.append(one);
        QStringList lines;
        for (const RequirementLine &l : RequirementsDocument::parse(requirements).pipLines())
            lines.append(l.text);
        ourLines.append(lines);
    }
    const char *script = R"PY(
import json, sys, yaml, os
from pip._internal.req.req_file import get_file_content, preprocess
def pip_list(doc):
    for d in doc.get("dependencies") or []:
        if isinstance(d, dict) and "pip" in d:
            return d["pip"]
    return None
def without_pip(doc, python=None):
    deps = [d if not (isinstance(d, dict) and "pip" in d) else "<pip>" for d in doc.get("dependencies") or []]
    if python:
        deps = ["python=" + python if isinstance(d, str) and d.startswith("python=") else d for d in deps]
    return dict(doc, dependencies=deps)
out = []
for c in json.load(open(sys.argv[1])):
    lines = [line for _, line in preprocess(get_file_content(c["req"], None)[1])]
    old, new = yaml.safe_load(open(c["old"])), yaml.safe_load(open(c["new"]))
    out.append({"pip": lines, "pip_list": pip_list(new), "rest_same": without_pip(old, c.get("python")) == without_pip(new)})
print(json.dumps(out))
)PY";
    QFile casesFile(dir.filePath(QStringLiteral("cases.json")));
    QVERIFY(casesFile.open(QIODevice::WriteOnly));
    casesFile.write(QJsonDocument(cases).toJson());
    casesFile.close();
    QProcess python;
    python.start(test::oraclePython(), {QStringLiteral("-c"), QString::fromUtf8(script), casesFile.fileName()});
    QVERIFY(python.waitForFinished(60000));
    QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
    const QJsonArray results = QJsonDocument::fromJson(python.readAllStandardOutput()).array();
    const QVector<EditCase> all = editCases();
    QCOMPARE(results.size(), all.size());
    for (int i = 0; i < all.size(); ++i) {
        const QJsonObject r = results.at(i).toObject();
        const QString fixture = QString::fromLatin1(all.at(i).fixture);
        QStringList pip;
        QStringList bare; // per-line options stay out of the conda pip list
        for (const QJsonValue &v : r.value(QStringLiteral("pip")).toArray()) {
            pip.append(v.toString());
            const int option = v.toString().startsWith(QLatin1Char('-')) ? -1 : v.toString().indexOf(QLatin1String(" -"));
            bare.append(option > 0 ? v.toString().left(option).trimmed() : v.toString());
        }
        QVERIFY2(r.value(QStringLiteral("rest_same")).toBool(), all.at(i).name);
        if (fixture == QLatin1String("conda-only") || fixture == QLatin1String("locked"))
            continue;
        QCOMPARE(pip, ourLines.at(i));
        QStringList condaPip;
        for (const QJsonValue &v : r.value(QStringLiteral("pip_list")).toArray())
            condaPip.append(v.toString());
        QCOMPARE(condaPip, bare);
    }
}

void TestEnvEditor::nothingToDo_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QStringList>("ops");
    QTest::newRow("same line") << QStringLiteral("plain") << QStringList{QStringLiteral("add:numpy==1.26.4")};
    QTest::newRow("same python") << QStringLiteral("plain") << QStringList{QStringLiteral("python:3.10.14")};
    QTest::newRow("add then remove") << QStringLiteral("crlf")
                                     << QStringList{QStringLiteral("add:xgboost"), QStringLiteral("remove:xgboost")};
    QTest::newRow("conda-only same") << QStringLiteral("conda-only")
                                     << QStringList{QStringLiteral("add:cloudpickle==2.2.0")};
    QTest::newRow("sync when in sync") << QStringLiteral("plain") << QStringList{QStringLiteral("sync-conda")};
}

void TestEnvEditor::nothingToDo()
{
    QFETCH(QString, fixture);
    QFETCH(QStringList, ops);
    const auto changes = editFixture(fixture, ops);
    QVERIFY(changes.ok());
    QVERIFY2(changes->isEmpty(), qPrintable(changes->unifiedDiff()));
}

void TestEnvEditor::invalidInputRefused_data()
{
    QTest::addColumn<QString>("op");
    QTest::addColumn<QString>("named");
    QTest::newRow("single =") << QStringLiteral("add:numpy=1.0") << QStringLiteral("numpy=1.0");
    QTest::newRow("bad specifier") << QStringLiteral("add:foo>>1") << QStringLiteral("foo>>1");
    QTest::newRow("option") << QStringLiteral("add:--index-url x") << QStringLiteral("--index-url x");
    QTest::newRow("bad name") << QStringLiteral("remove:not a name") << QStringLiteral("not a name");
    QTest::newRow("bad python") << QStringLiteral("python:3.x") << QStringLiteral("3.x");
    QTest::newRow("no such line") << QStringLiteral("set:requirements.txt:1:numpy") << QStringLiteral("requirements.txt:1");
}

void TestEnvEditor::invalidInputRefused()
{
    QFETCH(QString, op);
    QFETCH(QString, named);
    const auto changes = editFixture(QStringLiteral("plain"), {op});
    QVERIFY(!changes.ok());
    QVERIFY2(changes.error().message.contains(named), qPrintable(changes.error().message));
}

void TestEnvEditor::absentPackageWarns()
{
    const auto changes = editFixture(QStringLiteral("plain"), {QStringLiteral("remove:torch")});
    QVERIFY(changes.ok());
    QVERIFY(changes->isEmpty());
    QCOMPARE(changes->warnings.size(), 1);
    QVERIFY(changes->warnings.first().contains(QLatin1String("torch")));
}

// A model with neither requirements.txt nor a conda file gets a requirements.txt, named from
// python_env.yaml.
void TestEnvEditor::newRequirementsFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto write = [&](const char *name, const QByteArray &bytes) {
        QFile f(dir.filePath(QLatin1String(name)));
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    };
    QVERIFY(write("MLmodel", "flavors:\n  python_function:\n    env:\n      virtualenv: python_env.yaml\n"
                             "    python_version: 3.11.9\n"));
    QVERIFY(write("python_env.yaml", "python: 3.11.9\nbuild_dependencies:\n- pip\n"));
    const auto model = ModelLoader::load(dir.path());
    QVERIFY(model.ok());
    EditOperation op;
    op.kind = EditOperation::Kind::AddRequirement;
    op.text = QStringLiteral(" numpy==2.0 ");
    const auto changes = applyEdit(*model.value(), op);
    QVERIFY(changes.ok());
    QCOMPARE(changes->files.size(), 2);
    QCOMPARE(changes->file(QStringLiteral("requirements.txt"))->newBytes, QByteArray("numpy==2.0\n"));
    QVERIFY(changes->file(QStringLiteral("requirements.txt"))->created);
    QCOMPARE(changes->file(QStringLiteral("python_env.yaml"))->newBytes,
             QByteArray("python: 3.11.9\nbuild_dependencies:\n- pip\ndependencies:\n- -r requirements.txt\n"));
}

QTEST_GUILESS_MAIN(TestEnvEditor)
#include "tst_enveditor.moc"
