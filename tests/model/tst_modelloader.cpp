#include "model/dependencytree.h"
#include "model/modelloader.h"
#include "ziptestdata.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace envlens;

namespace {

QString errorText(const Result<std::shared_ptr<const Model>> &result)
{
    return result.ok() ? QString() : result.error().toString();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QStringList issueIds(const Model &model, const QString &file)
{
    QStringList ids;
    for (const LoadIssue &issue : model.issues) {
        if (issue.file == file)
            ids.append(issue.id);
    }
    return ids;
}

QString issueMessages(const Model &model)
{
    QStringList messages;
    for (const LoadIssue &issue : model.issues)
        messages.append(issue.id + QLatin1String(" ") + issue.file + QLatin1String(": ") + issue.message);
    return messages.join(QLatin1Char('\n'));
}

const QByteArray kMLmodel("flavors:\n  python_function:\n    env:\n      conda: conda.yaml\n"
                          "      virtualenv: python_env.yaml\n    loader_module: mlflow.sklearn\n"
                          "    python_version: 3.10.14\nmlflow_version: 2.12.1\n");

} // namespace

class TestModelLoader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QJsonObject m_pip; // oracle answers: requirements.txt path → pip's parsed lines

    QString zip(const QString &name) const { return m_dir.filePath(name + QStringLiteral(".zip")); }

    // A model folder with MLmodel plus `files`, for the bad-input cases.
    QString folder(const QString &name, const QHash<QString, QByteArray> &files, bool withMLmodel = true)
    {
        const QString root = m_dir.filePath(QStringLiteral("folders/") + name);
        if (withMLmodel)
            writeFile(root + QStringLiteral("/MLmodel"), kMLmodel);
        for (auto it = files.cbegin(); it != files.cend(); ++it)
            writeFile(root + QLatin1Char('/') + it.key(), it.value());
        return root;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QStringList corpus = test::corpusModelFolders();
        QVERIFY(corpus.size() >= 10);
        QVERIFY(test::makeZipFixtures(m_dir.path(), corpus));

        // One pip process for every corpus requirements.txt.
        QJsonArray cases;
        for (const QString &folder : corpus) {
            if (QFile::exists(folder + QStringLiteral("/requirements.txt")))
                cases.append(folder + QStringLiteral("/requirements.txt"));
        }
        cases.append(test::examplesDir() + QStringLiteral("/iris-classifier/requirements.txt"));
        const QString casesPath = m_dir.filePath(QStringLiteral("pip-cases.json"));
        const QString answersPath = m_dir.filePath(QStringLiteral("pip-answers.json"));
        writeFile(casesPath, QJsonDocument(cases).toJson());
        QProcess oracle;
        oracle.start(test::oraclePython(), {QStringLiteral(ENVLENS_MODEL_TESTS_DIR "/oracle_pip_requirements.py"),
                                            casesPath, answersPath});
        QVERIFY(oracle.waitForFinished(120000));
        QVERIFY2(oracle.exitCode() == 0, oracle.readAllStandardError().constData());
        QFile answers(answersPath);
        QVERIFY(answers.open(QIODevice::ReadOnly));
        m_pip = QJsonDocument::fromJson(answers.readAll()).object();
        QCOMPARE(m_pip.size(), cases.size());
    }

    void corpus_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("root");
        for (const QString &folder : test::corpusModelFolders()) {
            const QString name = QFileInfo(folder).fileName();
            QTest::addRow("%s folder", qPrintable(name)) << folder << folder << "";
            QTest::addRow("%s MLmodel file", qPrintable(name)) << folder << folder + QStringLiteral("/MLmodel") << "";
            QTest::addRow("%s zip at root", qPrintable(name))
                << folder << m_dir.filePath(QStringLiteral("corpus/") + name + QStringLiteral("-root.zip")) << "";
            QTest::addRow("%s zip under a folder", qPrintable(name))
                << folder << m_dir.filePath(QStringLiteral("corpus/") + name + QStringLiteral("-folder.zip"))
                << name + QLatin1Char('/');
        }
    }

    void corpus()
    {
        QFETCH(QString, folder);
        QFETCH(QString, path);
        QFETCH(QString, root);
        const auto result = ModelLoader::load(path);
        QVERIFY2(result.ok(), qPrintable(errorText(result)));
        const Model &model = *result.value();
        QCOMPARE(model.root, root);
        QVERIFY2(model.mlmodel.document.has_value(),
                 qPrintable(model.mlmodel.error ? model.mlmodel.error->toString() : QString()));
        QVERIFY2(model.issues.isEmpty(), qPrintable(issueMessages(model)));
        QCOMPARE(model.file(QStringLiteral("MLmodel"))->role, FileRole::MLmodel);
        QCOMPARE(model.conda.present, QFile::exists(folder + QLatin1Char('/') + model.conda.path));
        if (model.conda.present)
            QVERIFY2(model.conda.document.has_value(),
                     qPrintable(model.conda.error ? model.conda.error->toString() : QString()));
        for (const ModelFile &file : model.files) {
            const QByteArray onDisk = [&] {
                QFile f(folder + QLatin1Char('/') + file.path);
                return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
            }();
            QCOMPARE(file.size, qint64(onDisk.size()));
            if (file.read)
                QCOMPARE(model.text(file.path)->bytes(), onDisk); // original bytes kept for splicing
        }

        // The requirement lines are the ones pip reads from the same file, at the same lines.
        const QString requirements = folder + QStringLiteral("/requirements.txt");
        if (!m_pip.contains(requirements))
            return;
        const DependencyTree tree = DependencyTree::build(model);
        QStringList ours;
        for (const TreeRequirement &r : tree.requirements) {
            if (r.kind != TreeRequirement::Kind::Option)
                ours.append(QStringLiteral("%1:%2 %3").arg(r.file).arg(r.line).arg(r.text));
        }
        QStringList pips;
        for (const QJsonValue &row : m_pip.value(requirements).toArray()) {
            const QJsonArray a = row.toArray();
            pips.append(QStringLiteral("%1:%2 %3").arg(a.at(0).toString()).arg(a.at(1).toInt()).arg(a.at(2).toString()));
        }
        QCOMPARE(ours, pips);
    }

    void irisExample()
    {
        const auto result = ModelLoader::load(test::examplesDir() + QStringLiteral("/iris-classifier"));
        QVERIFY2(result.ok(), qPrintable(errorText(result)));
        const Model &model = *result.value();
        QCOMPARE(model.kind, SourceKind::Folder);
        QCOMPARE(model.requirements.size(), 2);
        const RequirementsFile *constraints = model.requirementsFile(QStringLiteral("constraints.txt"));
        QVERIFY(constraints);
        QVERIFY(constraints->constraint);
        QCOMPARE(constraints->role, FileRole::Constraints);
        QCOMPARE(constraints->includedFrom, QStringLiteral("requirements.txt"));
        QCOMPARE(constraints->includedAtLine, 7);
        QCOMPARE(model.file(QStringLiteral("constraints.txt"))->role, FileRole::Constraints);
        QCOMPARE(model.file(QStringLiteral("model.pkl"))->role, FileRole::Artifact);
        QVERIFY(!model.file(QStringLiteral("model.pkl"))->read);
        QCOMPARE(model.codeDirs, QStringList{QStringLiteral("code")});
        QCOMPARE(model.code.size(), 2);
        QCOMPARE(model.mlmodelPython(), QStringLiteral("3.10.14"));
        QCOMPARE(model.pythonEnvPython(), QStringLiteral("3.10.13"));
        QCOMPARE(model.condaPython(), QStringLiteral("3.10.14"));
        QVERIFY(model.missingFiles.isEmpty());

        QStringList imports;
        for (const CodeFile &code : model.code) {
            for (const PythonImport &import : code.imports)
                imports.append(import.module);
        }
        QVERIFY(imports.contains(QStringLiteral("yaml")));

        const DependencyTree tree = DependencyTree::build(model);
        QStringList constraintNames;
        for (const TreeRequirement &r : tree.requirements) {
            if (r.kind == TreeRequirement::Kind::Constraint)
                constraintNames.append(r.name + r.spec);
        }
        QCOMPARE(constraintNames, (QStringList{QStringLiteral("scikit-learn<1.3"), QStringLiteral("numpy<2")}));
        QCOMPARE(tree.condaPip.size(), 6);
        QVERIFY(tree.locked.isEmpty());
    }

    void zipWriters_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name : {"python-deflated", "python-stored-root", "infozip", "infozip-streamed",
                                 "infozip-zip64", "jar", "sevenzip-style", "windows-backslash", "python-zip64",
                                 "mlruns", "metadata-copy"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void zipWriters()
    {
        QFETCH(QString, name);
        const auto result = ModelLoader::load(zip(name));
        QVERIFY2(result.ok(), qPrintable(errorText(result)));
        const Model &model = *result.value();
        QCOMPARE(model.kind, SourceKind::Zip);
        QVERIFY(model.mlmodel.document.has_value());
        QVERIFY(model.conda.document.has_value());
        QVERIFY(model.pythonEnv.document.has_value());
        QCOMPARE(model.requirements.size(), 1);
        QCOMPARE(model.code.size(), 1);
        QCOMPARE(model.code.first().imports.size(), 2);
        QVERIFY(!model.file(QStringLiteral("model.pkl"))->read);
        QVERIFY2(model.issues.isEmpty(), qPrintable(issueMessages(model)));
        QCOMPARE(model.fingerprint.items.size(), 1);
        if (name == QLatin1String("metadata-copy"))
            QCOMPARE(model.file(QStringLiteral("metadata/requirements.txt"))->role, FileRole::MetadataCopy);
    }

    void badInputs_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("subpath");
        QTest::addColumn<QString>("error");     // the load fails with this, or
        QTest::addColumn<QString>("file");      // it loads with this issue on this file
        QTest::addColumn<QString>("issue");
        QTest::addColumn<QString>("message");

        QTest::addRow("empty zip file") << zip(QStringLiteral("empty-file")) << "" << "the file is empty" << "" << "" << "";
        QTest::addRow("empty archive") << zip(QStringLiteral("empty-archive")) << "" << "archive is empty" << "" << "" << "";
        QTest::addRow("truncated") << zip(QStringLiteral("truncated")) << "" << "truncated or corrupt" << "" << "" << "";
        QTest::addRow("not a zip") << zip(QStringLiteral("not-a-zip")) << "" << "not a zip archive" << "" << "" << "";
        QTest::addRow("encrypted") << zip(QStringLiteral("encrypted")) << "" << "encrypted" << "" << "" << "";
        QTest::addRow("corrupt MLmodel entry") << zip(QStringLiteral("crc-corrupt")) << "" << "" << "requirements.txt"
                                               << "entry-unreadable" << "CRC-32";
        QTest::addRow("unsupported method") << zip(QStringLiteral("unsupported-method")) << "" << "compression method 99"
                                            << "" << "" << "";
        QTest::addRow("no MLmodel") << zip(QStringLiteral("no-mlmodel")) << "" << "holds no MLmodel" << "" << "" << "";
        QTest::addRow("several models") << zip(QStringLiteral("several-models")) << ""
                                        << "choose one with --model: model-a/, model-b/" << "" << "" << "";
        QTest::addRow("several models, one chosen") << zip(QStringLiteral("several-models")) << "model-b" << "" << "" << ""
                                                    << "";
        QTest::addRow("missing path") << m_dir.filePath(QStringLiteral("nowhere")) << "" << "no such file" << "" << ""
                                      << "";
        QTest::addRow("unsafe names") << zip(QStringLiteral("unsafe-names")) << "" << "" << "../evil.txt"
                                      << "unsafe-entry" << "escapes the model root";
        QTest::addRow("requirements over the cap") << zip(QStringLiteral("bombs")) << "" << "" << "requirements.txt"
                                                   << "file-too-large" << "over the read limit";
        QTest::addRow("zip bomb ratio") << zip(QStringLiteral("bombs")) << "" << "" << "code/bomb.py"
                                        << "file-too-large" << "zip bomb";
        QTest::addRow("folder without MLmodel")
            << folder(QStringLiteral("no-mlmodel"), {{QStringLiteral("requirements.txt"), "numpy\n"}}, false) << ""
            << "no MLmodel file in this folder" << "" << "" << "";
        QTest::addRow("non-UTF-8 requirements")
            << folder(QStringLiteral("latin1"), {{QStringLiteral("requirements.txt"), "numpy  # caf\xe9\n"}}) << "" << ""
            << "requirements.txt" << "file-encoding" << "not valid UTF-8";
        QTest::addRow("BOM in conda.yaml")
            << folder(QStringLiteral("bom"), {{QStringLiteral("conda.yaml"), "\xef\xbb\xbf" "dependencies:\n- python=3.10\n"}})
            << "" << "" << "conda.yaml" << "file-encoding" << "byte-order mark";
        QTest::addRow("non-UTF-8 python code")
            << folder(QStringLiteral("latin1-code"), {{QStringLiteral("code/x.py"), "import os  # \xff\n"}}) << "" << ""
            << "code/x.py" << "file-encoding" << "not valid UTF-8";
    }

    void badInputs()
    {
        QFETCH(QString, path);
        QFETCH(QString, subpath);
        QFETCH(QString, error);
        QFETCH(QString, file);
        QFETCH(QString, issue);
        QFETCH(QString, message);
        QElapsedTimer timer;
        timer.start();
        LoadOptions options;
        options.subpath = subpath;
        const auto result = ModelLoader::load(path, options);
        QVERIFY(timer.elapsed() < 2000);
        if (!error.isEmpty()) {
            QVERIFY(!result.ok());
            QVERIFY2(result.error().message.contains(error), qPrintable(result.error().toString()));
            QCOMPARE(result.error().file, path); // the one stderr line names the path
            return;
        }
        QVERIFY2(result.ok(), qPrintable(errorText(result)));
        if (issue.isEmpty())
            return;
        const Model &model = *result.value();
        bool found = false;
        for (const LoadIssue &i : model.issues)
            found = found || (i.id == issue && i.file == file && i.message.contains(message));
        QVERIFY2(found, qPrintable(issueMessages(model)));
    }

    void crlfAndEmptyFiles()
    {
        const QString path = folder(QStringLiteral("crlf"),
                                    {{QStringLiteral("requirements.txt"), "numpy==1.26.4\r\n# note\r\npandas\r\n"},
                                     {QStringLiteral("constraints.txt"), ""},
                                     {QStringLiteral("python_env.yaml"), ""},
                                     {QStringLiteral("code/empty.py"), ""}});
        const auto result = ModelLoader::load(path);
        QVERIFY2(result.ok(), qPrintable(errorText(result)));
        const Model &model = *result.value();
        QVERIFY2(model.issues.isEmpty(), qPrintable(issueMessages(model)));
        const DependencyTree tree = DependencyTree::build(model);
        QCOMPARE(tree.requirements.size(), 2);
        QCOMPARE(tree.requirements.at(1).line, 3);
        QCOMPARE(tree.requirements.at(1).text, QStringLiteral("pandas"));
        QCOMPARE(model.text(QStringLiteral("requirements.txt"))->bytes(), QByteArray("numpy==1.26.4\r\n# note\r\npandas\r\n"));
        QCOMPARE(model.code.size(), 1);
        QVERIFY(model.code.first().isText);
    }

    void includes()
    {
        const QString path = folder(QStringLiteral("includes"),
                                    {{QStringLiteral("requirements.txt"), "-r a.txt\n--requirement=missing.txt\n-c c.txt\nx\n"},
                                     {QStringLiteral("a.txt"), "a1\n-r b.txt\n"},
                                     {QStringLiteral("b.txt"), "b1\n-r a.txt\n-r requirements.txt\n"},
                                     {QStringLiteral("c.txt"), "c1<2\n-r d.txt\n"},
                                     {QStringLiteral("d.txt"), "d1<3\n"},
                                     {QStringLiteral("python_env.yaml"), "python: '3.10'\ndependencies:\n- -r extra.txt\n"},
                                     {QStringLiteral("extra.txt"), "e1\n"}});
        const auto result = ModelLoader::load(path);
        QVERIFY2(result.ok(), qPrintable(errorText(result)));
        const Model &model = *result.value();
        QStringList files;
        for (const RequirementsFile &f : model.requirements)
            files.append(f.path + (f.constraint ? QStringLiteral(" (c)") : QString()));
        QCOMPARE(files, (QStringList{QStringLiteral("requirements.txt"), QStringLiteral("a.txt"), QStringLiteral("b.txt"),
                                     QStringLiteral("c.txt (c)"), QStringLiteral("d.txt (c)"),
                                     QStringLiteral("extra.txt")}));
        QCOMPARE(model.file(QStringLiteral("a.txt"))->role, FileRole::Include);
        QCOMPARE(model.file(QStringLiteral("d.txt"))->role, FileRole::Constraints);
        QStringList missing;
        for (const MissingFile &m : model.missingFiles)
            missing.append(QStringLiteral("%1 from %2:%3").arg(m.path, m.referencedFrom).arg(m.line));
        QCOMPARE(missing, (QStringList{QStringLiteral("conda.yaml from MLmodel:4"),
                                       QStringLiteral("missing.txt from requirements.txt:2")}));
        const DependencyTree tree = DependencyTree::build(model);
        QStringList constraints;
        for (const TreeRequirement &r : tree.requirements) {
            if (r.kind == TreeRequirement::Kind::Constraint)
                constraints.append(r.name);
        }
        QCOMPARE(constraints, (QStringList{QStringLiteral("c1"), QStringLiteral("d1")}));
    }

    void limits()
    {
        const QString path = folder(QStringLiteral("limits"), {{QStringLiteral("requirements.txt"), QByteArray(3000, '#')},
                                                               {QStringLiteral("conda.yaml"), "dependencies: []\n" + QByteArray(900, '#')},
                                                               {QStringLiteral("python_env.yaml"), QByteArray(900, '#')}});
        LoadOptions options;
        options.limits.maxTextFileBytes = 2000;
        options.limits.maxTotalReadBytes = 1500; // MLmodel + conda.yaml fit, python_env.yaml does not
        const auto result = ModelLoader::load(path, options);
        QVERIFY2(result.ok(), qPrintable(errorText(result)));
        const Model &model = *result.value();
        QCOMPARE(issueIds(model, QStringLiteral("requirements.txt")), QStringList{QStringLiteral("file-too-large")});
        QCOMPARE(issueIds(model, QStringLiteral("python_env.yaml")), QStringList{QStringLiteral("file-too-large")});
        QVERIFY(model.conda.document.has_value());
        QVERIFY(model.pythonEnv.error.has_value());
        QVERIFY(model.requirements.isEmpty());
        QVERIFY(model.file(QStringLiteral("requirements.txt"))); // listed, not read
        QVERIFY(!model.file(QStringLiteral("requirements.txt"))->read);
    }

    void hostileYaml_data()
    {
        QTest::addColumn<QByteArray>("mlmodel");
        QByteArray bomb("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'k'; ++c)
            bomb += QByteArray(1, c) + ": &" + QByteArray(1, c) + " [*" + QByteArray(1, char(c - 1)) + ", *"
                + QByteArray(1, char(c - 1)) + ", *" + QByteArray(1, char(c - 1)) + ", *" + QByteArray(1, char(c - 1))
                + ", *" + QByteArray(1, char(c - 1)) + ", *" + QByteArray(1, char(c - 1)) + "]\n";
        QTest::addRow("alias bomb") << bomb + "flavors:\n  python_function:\n    env: *k\n";
        QTest::addRow("deep nesting") << QByteArray(100000, '[') + QByteArray(100000, ']');
        QTest::addRow("binary") << QByteArray("\x00\x01\x02\xff\xfe binary \x00 junk", 20);
        QTest::addRow("multi-megabyte line") << "flavors: {}\nx: '" + QByteArray(3 << 20, 'x') + "'\n";
        QTest::addRow("empty") << QByteArray();
        QTest::addRow("not a mapping") << QByteArray("- a\n- b\n");
    }

    void hostileYaml()
    {
        QFETCH(QByteArray, mlmodel);
        const QString path = m_dir.filePath(QStringLiteral("folders/hostile-") + QString::fromLatin1(QTest::currentDataTag()));
        writeFile(path + QStringLiteral("/MLmodel"), mlmodel);
        QElapsedTimer timer;
        timer.start();
        const auto result = ModelLoader::load(path);
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(result.ok(), qPrintable(errorText(result))); // the model opens; MLmodel's error is a diagnostic
        const Model &model = *result.value();
        QVERIFY(model.mlmodel.document.has_value() || model.mlmodel.error.has_value());
        const DependencyTree tree = DependencyTree::build(model); // walking it stays bounded too
        QVERIFY(timer.elapsed() < 1000);
        QVERIFY(!tree.root.children.isEmpty());
    }

    void fingerprints()
    {
        const QString folderPath = folder(QStringLiteral("fingerprint"), {{QStringLiteral("requirements.txt"), "numpy\n"}});
        const QString zipPath = m_dir.filePath(QStringLiteral("fingerprint-copy.zip"));
        QVERIFY(QFile::copy(zip(QStringLiteral("python-deflated")), zipPath));
        for (const QString &path : {folderPath, zipPath}) {
            const auto result = ModelLoader::load(path);
            QVERIFY2(result.ok(), qPrintable(errorText(result)));
            const Model &model = *result.value();
            QCOMPARE(ModelLoader::fingerprintOnDisk(model).value(), model.fingerprint);
            QFile changed(path == zipPath ? zipPath : folderPath + QStringLiteral("/requirements.txt"));
            QVERIFY(changed.open(QIODevice::Append));
            changed.write("pandas\n");
            changed.close();
            QVERIFY(ModelLoader::fingerprintOnDisk(model).value() != model.fingerprint);
        }
    }

    void symlinkOutsideFolder()
    {
        const QString path = folder(QStringLiteral("symlink"), {});
        QVERIFY(QFile::link(QStringLiteral("/etc/hostname"), path + QStringLiteral("/requirements.txt")));
        const auto result = ModelLoader::load(path);
        QVERIFY2(result.ok(), qPrintable(errorText(result)));
        const Model &model = *result.value();
        QCOMPARE(issueIds(model, QStringLiteral("requirements.txt")), QStringList{QStringLiteral("symlink-outside")});
        QVERIFY(model.requirements.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestModelLoader)
#include "tst_modelloader.moc"
