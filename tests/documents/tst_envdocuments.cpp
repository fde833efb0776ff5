#include "documents/condaenvdocument.h"
#include "documents/mlmodeldocument.h"
#include "documents/pythonenvdocument.h"
#include "testfiles.h"
#include "testpaths.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace envlens;

namespace {

QStringList corpusFiles(const QString &name)
{
    QStringList files;
    QDirIterator it(test::corpusDir(), {name}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

QString fixture(const QString &name)
{
    return test::dataDir() + QStringLiteral("/documents/yaml/") + name;
}

// The recorded value node's source text is its scalar (the fields checked here are one-line).
void verifyAt(const TextFile &file, const YamlField &field, const QString &value)
{
    QVERIFY(field.isPresent());
    QCOMPARE(field.text(), value);
    QString source = file.textOf(field.value.span());
    if (field.value.isQuoted())
        source = source.mid(1, source.size() - 2);
    QCOMPARE(source, value);
    QCOMPARE(file.textOf(field.key.span()), field.key.scalar());
}

QStringList problemPaths(const YamlTypeProblems &problems)
{
    QStringList paths;
    for (const YamlTypeProblem &problem : problems)
        paths.append(problem.path.join(QLatin1Char('.')));
    return paths;
}

} // namespace

class TestEnvDocuments : public QObject
{
    Q_OBJECT

private slots:
    void corpusMLmodels_data();
    void corpusMLmodels();
    void mlmodelShapes_data();
    void mlmodelShapes();
    void mlmodelFlavorDetails();
    void mlmodelNotAMapping_data();
    void mlmodelNotAMapping();
    void corpusCondaFiles_data();
    void corpusCondaFiles();
    void condaPipListAndLock();
    void condaCrlfAndIndentation();
    void corpusPythonEnvFiles_data();
    void corpusPythonEnvFiles();
    void pythonEnvFloatPython();
};

void TestEnvDocuments::corpusMLmodels_data()
{
    QTest::addColumn<QString>("path");
    const QStringList files = corpusFiles(QStringLiteral("MLmodel"));
    QVERIFY(files.size() >= 14);
    for (const QString &path : files)
        QTest::newRow(qPrintable(QDir(test::corpusDir()).relativeFilePath(path))) << path;
}

void TestEnvDocuments::corpusMLmodels()
{
    QFETCH(QString, path);
    const Result<MLmodelDocument> doc = MLmodelDocument::parse(test::readFile(path), path);
    QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().toString()));
    QVERIFY(!doc->flavors().isEmpty());
    for (const MLmodelFlavor &flavor : doc->flavors()) {
        QCOMPARE(doc->file().textOf(flavor.field.key.span()), flavor.name);
        for (const MLmodelRecordedVersion &version : flavor.versions) {
            QVERIFY(version.key.endsWith(QLatin1String("_version")));
            QVERIFY(version.key != QLatin1String("python_version"));
            verifyAt(doc->file(), version.field, version.version);
        }
        for (const MLmodelArtifactPath &artifact : flavor.artifactPaths)
            verifyAt(doc->file(), artifact.field, artifact.path);
    }
    if (doc->pyfunc()) {
        QVERIFY(doc->env().shape == MLmodelEnv::Shape::String || doc->env().shape == MLmodelEnv::Shape::Map);
        verifyAt(doc->file(), doc->env().conda, doc->env().condaPath);
        QVERIFY(doc->condaFile().endsWith(QLatin1String(".yaml")));
        if (doc->pythonVersion().isPresent())
            verifyAt(doc->file(), doc->pythonVersion(), doc->pythonVersion().text());
    }
    for (const YamlField *field : {&doc->mlflowVersion(), &doc->modelUuid(), &doc->runId(), &doc->utcTimeCreated()}) {
        if (field->isScalar())
            verifyAt(doc->file(), *field, field->text());
    }
    if (doc->signatureInputs().isScalar())
        QVERIFY(doc->signatureInputs().text().startsWith(QLatin1Char('[')));
    QVERIFY2(doc->typeProblems().isEmpty(), qPrintable(problemPaths(doc->typeProblems()).join(QLatin1Char(' '))));
}

void TestEnvDocuments::mlmodelShapes_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("envShape");
    QTest::addColumn<QString>("conda");
    QTest::addColumn<QString>("pythonEnv");
    QTest::addColumn<QString>("mlflowVersion");
    QTest::addColumn<bool>("hasUuid");
    QTest::addColumn<QString>("pythonVersion");
    QTest::addColumn<QStringList>("flavors");

    const QString corpus = test::corpusDir();
    using S = MLmodelEnv::Shape;
    QTest::newRow("1.8 minimal") << corpus + QStringLiteral("/wild/LeafDoctor/MLmodel") << int(S::String)
                                 << "conda.yaml" << "python_env.yaml" << "" << false << "3.7.3"
                                 << QStringList{QStringLiteral("python_function"), QStringLiteral("pytorch")};
    QTest::newRow("1.x env string") << corpus + QStringLiteral("/wild/azureml-mlflow-model/MLmodel") << int(S::String)
                                    << "conda.yaml" << "python_env.yaml" << "1.28.0" << true << "3.7.9"
                                    << QStringList{QStringLiteral("python_function"), QStringLiteral("sklearn")};
    QTest::newRow("no mlflow_version") << corpus + QStringLiteral("/wild/databricks-demo/MLmodel") << int(S::String)
                                       << "conda.yaml" << "python_env.yaml" << "" << true << "3.8.10"
                                       << QStringList{QStringLiteral("python_function"), QStringLiteral("sklearn")};
    QTest::newRow("3.x mapping") << corpus + QStringLiteral("/wild/mlflow7/MLmodel") << int(S::Map) << "conda.yaml"
                                 << "python_env.yaml" << "3.3.2" << true << "3.13.5"
                                 << QStringList{QStringLiteral("python_function"), QStringLiteral("sklearn")};
    QTest::newRow("flow styles and BOM") << fixture(QStringLiteral("mlmodel-styles.yaml")) << int(S::String)
                                         << "conda.yaml" << "python_env.yaml" << "" << false << "3.8"
                                         << QStringList{QStringLiteral("python_function"), QStringLiteral("sklearn")};
}

void TestEnvDocuments::mlmodelShapes()
{
    QFETCH(QString, path);
    QFETCH(int, envShape);
    QFETCH(QString, conda);
    QFETCH(QString, pythonEnv);
    QFETCH(QString, mlflowVersion);
    QFETCH(bool, hasUuid);
    QFETCH(QString, pythonVersion);
    QFETCH(QStringList, flavors);
    const QByteArray bytes = test::readFile(path);
    QVERIFY(!bytes.isEmpty());
    const Result<MLmodelDocument> doc = MLmodelDocument::parse(bytes);
    QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().toString()));
    QCOMPARE(int(doc->env().shape), envShape);
    QCOMPARE(doc->condaFile(), conda);
    QCOMPARE(doc->pythonEnvFile(), pythonEnv);
    QCOMPARE(doc->mlflowVersion().text(), mlflowVersion);
    QCOMPARE(doc->mlflowVersion().isPresent(), !mlflowVersion.isEmpty());
    QCOMPARE(doc->modelUuid().isPresent(), hasUuid);
    QCOMPARE(doc->pythonVersion().text(), pythonVersion);
    QStringList names;
    for (const MLmodelFlavor &flavor : doc->flavors())
        names.append(flavor.name);
    QCOMPARE(names, flavors);
}

void TestEnvDocuments::mlmodelFlavorDetails()
{
    const QByteArray yaml = "artifact_path: model\n"
                            "flavors:\n"
                            "  python_function:\n"
                            "    artifacts:\n"
                            "      vocab:\n"
                            "        path: artifacts/vocab.json\n"
                            "        uri: /home/me/vocab.json\n"
                            "    cloudpickle_version: 3.1.1\n"
                            "    code: code\n"
                            "    env:\n"
                            "      conda: conda.yaml\n"
                            "      virtualenv: python_env.yaml\n"
                            "    loader_module: mlflow.pyfunc.model\n"
                            "    python_model: python_model.pkl\n"
                            "    python_version: 3.12\n"
                            "  sklearn:\n"
                            "    code: null\n"
                            "    pickled_model: model.pkl\n"
                            "    sklearn_version: 1.6.1\n"
                            "model_size_bytes: '2915'\n"
                            "model_id: null\n"
                            "custom_key: kept\n"
                            "utc_time_created: 2026-03-02 16:45:11.204518\n";
    const Result<MLmodelDocument> doc = MLmodelDocument::parse(yaml);
    QVERIFY(doc.ok());
    const MLmodelFlavor *pyfunc = doc->pyfunc();
    QVERIFY(pyfunc);
    QCOMPARE(pyfunc->versions.size(), 1);
    QCOMPARE(pyfunc->versions.first().key, QStringLiteral("cloudpickle_version"));
    QCOMPARE(pyfunc->versions.first().prefix, QStringLiteral("cloudpickle"));
    QCOMPARE(pyfunc->versions.first().version, QStringLiteral("3.1.1"));
    QCOMPARE(pyfunc->code.text(), QStringLiteral("code"));
    QCOMPARE(pyfunc->artifactPaths.size(), 2);
    QCOMPARE(pyfunc->artifactPaths.at(0).key, QStringLiteral("python_model"));
    QCOMPARE(pyfunc->artifactPaths.at(1).key, QStringLiteral("artifacts.vocab.path"));
    QCOMPARE(pyfunc->artifactPaths.at(1).path, QStringLiteral("artifacts/vocab.json"));
    QCOMPARE(pyfunc->artifactPaths.at(1).field.value.start().line, 6);
    const MLmodelFlavor *sklearn = doc->flavor(u"sklearn");
    QVERIFY(sklearn);
    QVERIFY(sklearn->code.isNull());
    QCOMPARE(sklearn->versions.first().version, QStringLiteral("1.6.1"));
    QCOMPARE(doc->env().virtualenvPath, QStringLiteral("python_env.yaml"));
    QCOMPARE(doc->env().virtualenv.value.start().line, 12);
    QCOMPARE(doc->unknownKeys(), QStringList{QStringLiteral("custom_key")});
    QVERIFY(doc->modelId().isPresent() && doc->modelId().isNull());

    // The mistyped values are data for the yaml-type check, with the style that made them so.
    const QStringList problems = problemPaths(doc->typeProblems());
    QCOMPARE(problems, (QStringList{QStringLiteral("utc_time_created"), QStringLiteral("model_size_bytes"),
                                    QStringLiteral("flavors.python_function.python_version")}));
    const YamlTypeProblem &python = doc->typeProblems().last();
    QVERIFY(python.value.isPlain());
    QCOMPARE(int(python.value.resolvedType()), int(YamlNode::ResolvedType::Float));
    QCOMPARE(python.value.start().line, 15);
    QVERIFY(python.message.contains(QLatin1String("float 3.12")));
}

void TestEnvDocuments::mlmodelNotAMapping_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray() << "empty";
    QTest::newRow("comment only") << QByteArray("# nothing\n") << "empty";
    QTest::newRow("scalar") << QByteArray("just text\n") << "should be a YAML mapping";
    QTest::newRow("list") << QByteArray("- a\n") << "should be a YAML mapping";
    QTest::newRow("syntax") << QByteArray("flavors: [\n") << "YAML syntax error";
}

void TestEnvDocuments::mlmodelNotAMapping()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, message);
    const Result<MLmodelDocument> doc = MLmodelDocument::parse(yaml);
    QVERIFY(!doc.ok());
    QVERIFY2(doc.error().message.contains(message), qPrintable(doc.error().message));
    QCOMPARE(doc.error().file, QStringLiteral("MLmodel"));
}

void TestEnvDocuments::corpusCondaFiles_data()
{
    QTest::addColumn<QString>("path");
    const QStringList files = corpusFiles(QStringLiteral("conda.yaml"));
    QVERIFY(files.size() >= 12);
    for (const QString &path : files)
        QTest::newRow(qPrintable(QDir(test::corpusDir()).relativeFilePath(path))) << path;
}

void TestEnvDocuments::corpusCondaFiles()
{
    QFETCH(QString, path);
    const Result<CondaEnvDocument> doc = CondaEnvDocument::parse(test::readFile(path), path);
    QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().toString()));
    QVERIFY(!doc->dependencies().isEmpty());
    QVERIFY(doc->pythonIndex() >= 0);
    QVERIFY(doc->pythonSpec().startsWith(QLatin1String("python")));
    QCOMPARE(doc->file().textOf(doc->dependencies().at(doc->pythonIndex()).node.span()), doc->pythonSpec());
    for (const CondaPipItem &item : doc->pipItems()) {
        QString source = doc->file().textOf(item.node.span());
        if (item.isQuoted())
            source = source.mid(1, source.size() - 2);
        // PyYAML folds long items over lines; folding turns each break and its indentation into a space.
        QCOMPARE(source.simplified(), item.text.simplified());
    }
    QVERIFY(!doc->isLocked());
    QVERIFY(doc->typeProblems().isEmpty());
}

void TestEnvDocuments::condaPipListAndLock()
{
    const Result<CondaEnvDocument> doc
        = CondaEnvDocument::parse(test::readFile(fixture(QStringLiteral("conda-locked.yaml"))));
    QVERIFY(doc.ok());
    QVERIFY(doc->isLocked());
    QCOMPARE(doc->pythonSpec(), QStringLiteral("python=3.11.13"));
    QCOMPARE(doc->pipIndex(), 2);
    QCOMPARE(doc->pipField().key.start().line, 6);
    QCOMPARE(doc->pipItems().size(), 9);
    const CondaPipItem &header = doc->pipItems().at(0);
    QVERIFY(header.isQuoted());
    QCOMPARE(header.text, QStringLiteral("# Original requirements"));
    QCOMPARE(int(header.lockRole), int(LockRole::OriginalHeader));
    QCOMPARE(int(doc->pipItems().at(1).lockRole), int(LockRole::Original));
    QCOMPARE(originalRequirementText(doc->pipItems().at(1).text), QStringLiteral("mlflow==3.10.1"));
    QCOMPARE(int(doc->pipItems().at(3).lockRole), int(LockRole::Separator));
    QCOMPARE(int(doc->pipItems().at(4).lockRole), int(LockRole::LockedHeader));
    QCOMPARE(int(doc->pipItems().at(7).lockRole), int(LockRole::Locked));
    QVERIFY(!doc->pipField().value.itemsIndented() || doc->pipField().value.indentColumn() > 3);
    QCOMPARE(doc->name().text(), QStringLiteral("mlflow-env"));
    QVERIFY(!doc->dependenciesField().value.itemsIndented());
}

void TestEnvDocuments::condaCrlfAndIndentation()
{
    const Result<CondaEnvDocument> doc
        = CondaEnvDocument::parse(test::readFile(fixture(QStringLiteral("conda-indented-crlf.yaml"))));
    QVERIFY(doc.ok());
    QCOMPARE(doc->file().lineEnding(), TextFile::LineEnding::CrLf);
    QCOMPARE(doc->name().text(), QStringLiteral("my-env"));
    QCOMPARE(doc->file().textOf(doc->name().value.span()), QStringLiteral("my-env"));
    QVERIFY(doc->channelsField().value.itemsIndented());
    QVERIFY(doc->dependenciesField().value.itemsIndented());
    QCOMPARE(doc->channels().size(), 2);
    QCOMPARE(doc->unknownKeys(), QStringList{QStringLiteral("prefix")});
    QCOMPARE(doc->pipItems().size(), 4);
    QCOMPARE(doc->pipItems().at(0).text, QStringLiteral("mlflow==2.9.2"));
    QCOMPARE(doc->file().textOf(doc->pipItems().at(0).node.span()), QStringLiteral("mlflow==2.9.2"));
    QCOMPARE(doc->pipItems().at(0).node.start().line, 10);
    QCOMPARE(doc->pipItems().at(0).node.start().column, 9);
    QCOMPARE(int(doc->pipItems().at(1).node.style()), int(YamlNode::Style::SingleQuoted));
    QCOMPARE(int(doc->pipItems().at(2).node.style()), int(YamlNode::Style::DoubleQuoted));
    QCOMPARE(doc->pipField().value.indentColumn(), 7);
}

void TestEnvDocuments::corpusPythonEnvFiles_data()
{
    QTest::addColumn<QString>("path");
    const QStringList files = corpusFiles(QStringLiteral("python_env.yaml"));
    QVERIFY(files.size() >= 10);
    for (const QString &path : files)
        QTest::newRow(qPrintable(QDir(test::corpusDir()).relativeFilePath(path))) << path;
}

void TestEnvDocuments::corpusPythonEnvFiles()
{
    QFETCH(QString, path);
    const Result<PythonEnvDocument> doc = PythonEnvDocument::parse(test::readFile(path), path);
    QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().toString()));
    QVERIFY(doc->unknownKeys().isEmpty());
    for (const YamlNode &item : doc->dependencies() + doc->buildDependencies())
        QCOMPARE(doc->file().textOf(item.span()), item.scalar());
    const bool floatPython = path.contains(QLatin1String("mslearn-mlops"));
    QCOMPARE(doc->typeProblems().size(), floatPython ? 1 : 0);
}

void TestEnvDocuments::pythonEnvFloatPython()
{
    const Result<PythonEnvDocument> doc
        = PythonEnvDocument::parse(test::readFile(fixture(QStringLiteral("python-env-nofinal.yaml"))));
    QVERIFY(doc.ok());
    QVERIFY(!doc->file().endsWithNewline());
    QCOMPARE(doc->pythonText(), QStringLiteral("3.8"));
    QVERIFY(doc->python().value.isPlain());
    QCOMPARE(int(doc->python().value.resolvedType()), int(YamlNode::ResolvedType::Float));
    QCOMPARE(doc->typeProblems().size(), 1);
    QCOMPARE(doc->typeProblems().first().path, QStringList{QStringLiteral("python")});
    QCOMPARE(doc->dependencies().size(), 1);
    QCOMPARE(doc->dependencies().first().scalar(), QStringLiteral("-r requirements.txt"));
    QCOMPARE(doc->dependencies().first().end().offset, doc->file().text().size());

    const Result<PythonEnvDocument> quoted = PythonEnvDocument::parse("python: '3.8'\nextra: 1\n");
    QVERIFY(quoted.ok());
    QVERIFY(quoted->typeProblems().isEmpty());
    QVERIFY(quoted->python().value.isQuoted());
    QCOMPARE(quoted->unknownKeys(), QStringList{QStringLiteral("extra")});
}

QTEST_GUILESS_MAIN(TestEnvDocuments)
#include "tst_envdocuments.moc"
