#include "checks/importtables.h"

#include "testpaths.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace envlens;

namespace {

QSet<QString> publicNames(const QSet<QString> &names)
{
    QSet<QString> result;
    for (const QString &name : names) {
        if (!name.startsWith(QLatin1Char('_')))
            result.insert(name);
    }
    return result;
}

QString sourceTables()
{
    return test::sourceDir() + QStringLiteral("/resources/data");
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

class TestImportTables : public QObject
{
    Q_OBJECT

private slots:
    void loads();
    void resourcesMatchSourceTree();
    void namesAreNormalised();
    void stdlib311MatchesPython();
    void stdlib_data();
    void stdlib();
    void distributions_data();
    void distributions();
    void importNames_data();
    void importNames();
    void dependencies_data();
    void dependencies();
    void malformed_data();
    void malformed();
};

void TestImportTables::loads()
{
    const Result<ImportTables> tables = ImportTables::load(ImportTables::resourceDirectory());
    QVERIFY2(tables.ok(), qPrintable(tables.ok() ? QString() : tables.error().toString()));
    QVERIFY(tables->importNameCount() >= 300);
    QVERIFY(tables->dependencyCount() >= 50);
    QCOMPARE(tables->stdlibMinorVersions(), (QList<int>{6, 7, 8, 9, 10, 11, 12, 13, 14}));
    QCOMPARE(ImportTables::instance().importNameCount(), tables->importNameCount());
    QCOMPARE(ImportTables::instance().stdlibModules(11), tables->stdlibModules(11));
}

void TestImportTables::resourcesMatchSourceTree()
{
    const Result<ImportTables> compiled = ImportTables::load(ImportTables::resourceDirectory());
    const Result<ImportTables> source = ImportTables::load(sourceTables());
    QVERIFY(compiled.ok() && source.ok());
    QCOMPARE(compiled->importNameCount(), source->importNameCount());
    QCOMPARE(compiled->dependencyCount(), source->dependencyCount());
    for (int minor : source->stdlibMinorVersions())
        QCOMPARE(compiled->stdlibModules(minor), source->stdlibModules(minor));
}

// The tables are written with PEP 503 names so that they read the same as requirements do.
void TestImportTables::namesAreNormalised()
{
    for (const char *name : {"import-names.tsv", "dependencies.tsv"}) {
        QFile file(sourceTables() + QLatin1Char('/') + QLatin1String(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const bool distributionsOnly = QLatin1String(name) == QLatin1String("dependencies.tsv");
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            QStringList names = line.section(QLatin1Char('\t'), 1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (distributionsOnly)
                names.prepend(line.section(QLatin1Char('\t'), 0, 0));
            for (const QString &distribution : names)
                QVERIFY2(distribution == ImportTables::normalizeName(distribution), qPrintable(line));
        }
    }
}

void TestImportTables::stdlib311MatchesPython()
{
    QProcess python;
    python.start(test::oraclePython(),
                 {QStringLiteral("-c"), QStringLiteral("import sys\nprint('%d.%d' % sys.version_info[:2])\n"
                                                       "print('\\n'.join(sorted(sys.stdlib_module_names)))")});
    QVERIFY(python.waitForFinished(30000));
    QCOMPARE(python.exitCode(), 0);
    QStringList lines = QString::fromUtf8(python.readAllStandardOutput()).trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.takeFirst(), QStringLiteral("3.11")); // the oracle is Debian 12's Python
    const QSet<QString> actual(lines.cbegin(), lines.cend());

    const QSet<QString> ours = ImportTables::instance().stdlibModules(11);
    // Rule (resources/data/README.md): public names exactly; private (_) names a curated subset.
    QCOMPARE(publicNames(ours), publicNames(actual));
    for (const QString &name : ours)
        QVERIFY2(actual.contains(name), qPrintable(name));
    QVERIFY(ours.contains(QStringLiteral("__future__")));
    QVERIFY(ours.contains(QStringLiteral("_thread")));
}

void TestImportTables::stdlib_data()
{
    QTest::addColumn<QString>("module");
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("expected");

    QTest::addRow("os") << QStringLiteral("os") << QStringLiteral("3.6") << true;
    QTest::addRow("submodule") << QStringLiteral("os.path") << QStringLiteral("3.11.9") << true;
    QTest::addRow("deep submodule") << QStringLiteral("xml.etree.ElementTree") << QStringLiteral("3.14") << true;
    QTest::addRow("numpy") << QStringLiteral("numpy") << QStringLiteral("3.11") << false;
    QTest::addRow("dataclasses 3.6") << QStringLiteral("dataclasses") << QStringLiteral("3.6.15") << false;
    QTest::addRow("dataclasses 3.7") << QStringLiteral("dataclasses") << QStringLiteral("3.7") << true;
    QTest::addRow("contextvars 3.7") << QStringLiteral("contextvars") << QStringLiteral("3.7.0") << true;
    QTest::addRow("macpath 3.7") << QStringLiteral("macpath") << QStringLiteral("3.7") << true;
    QTest::addRow("macpath 3.8") << QStringLiteral("macpath") << QStringLiteral("3.8") << false;
    QTest::addRow("zoneinfo 3.8") << QStringLiteral("zoneinfo") << QStringLiteral("3.8") << false;
    QTest::addRow("zoneinfo 3.9") << QStringLiteral("zoneinfo") << QStringLiteral("3.9") << true;
    QTest::addRow("graphlib 3.9") << QStringLiteral("graphlib") << QStringLiteral("3.9") << true;
    QTest::addRow("parser 3.9") << QStringLiteral("parser") << QStringLiteral("3.9") << true;
    QTest::addRow("parser 3.10") << QStringLiteral("parser") << QStringLiteral("3.10") << false;
    QTest::addRow("tomllib 3.10") << QStringLiteral("tomllib") << QStringLiteral("3.10") << false;
    QTest::addRow("tomllib 3.11") << QStringLiteral("tomllib") << QStringLiteral("3.11") << true;
    QTest::addRow("binhex 3.10") << QStringLiteral("binhex") << QStringLiteral("3.10") << true;
    QTest::addRow("binhex 3.11") << QStringLiteral("binhex") << QStringLiteral("3.11") << false;
    QTest::addRow("distutils 3.11") << QStringLiteral("distutils.core") << QStringLiteral("3.11") << true;
    QTest::addRow("distutils 3.12") << QStringLiteral("distutils.core") << QStringLiteral("3.12") << false;
    QTest::addRow("imp 3.12") << QStringLiteral("imp") << QStringLiteral("3.12") << false;
    QTest::addRow("asyncore 3.12") << QStringLiteral("asyncore") << QStringLiteral("3.12") << false;
    QTest::addRow("cgi 3.12") << QStringLiteral("cgi") << QStringLiteral("3.12") << true;
    QTest::addRow("cgi 3.13") << QStringLiteral("cgi") << QStringLiteral("3.13") << false;
    QTest::addRow("lib2to3 3.13") << QStringLiteral("lib2to3") << QStringLiteral("3.13") << false;
    QTest::addRow("annotationlib 3.13") << QStringLiteral("annotationlib") << QStringLiteral("3.13") << false;
    QTest::addRow("annotationlib 3.14") << QStringLiteral("annotationlib") << QStringLiteral("3.14") << true;
    QTest::addRow("before 3.6 uses 3.6") << QStringLiteral("dataclasses") << QStringLiteral("3.5") << false;
    QTest::addRow("after 3.14 uses 3.14") << QStringLiteral("compression") << QStringLiteral("3.15") << true;
    QTest::addRow("no version: any") << QStringLiteral("distutils") << QString() << true;
    QTest::addRow("no version: any 2") << QStringLiteral("tomllib") << QString() << true;
    QTest::addRow("no version: not stdlib") << QStringLiteral("sklearn") << QString() << false;
    QTest::addRow("python 2 version: any") << QStringLiteral("imp") << QStringLiteral("2.7") << true;
}

void TestImportTables::stdlib()
{
    QFETCH(QString, module);
    QFETCH(QString, version);
    QFETCH(bool, expected);
    QCOMPARE(ImportTables::instance().isStdlib(module, version), expected);
}

void TestImportTables::distributions_data()
{
    QTest::addColumn<QString>("module");
    QTest::addColumn<QStringList>("expected");

    QTest::addRow("sklearn") << QStringLiteral("sklearn") << QStringList{QStringLiteral("scikit-learn")};
    QTest::addRow("sklearn submodule") << QStringLiteral("sklearn.ensemble") << QStringList{QStringLiteral("scikit-learn")};
    QTest::addRow("cv2") << QStringLiteral("cv2")
                         << QStringList{QStringLiteral("opencv-python"), QStringLiteral("opencv-python-headless"),
                                        QStringLiteral("opencv-contrib-python"),
                                        QStringLiteral("opencv-contrib-python-headless")};
    QTest::addRow("PIL") << QStringLiteral("PIL.Image") << QStringList{QStringLiteral("pillow")};
    QTest::addRow("yaml") << QStringLiteral("yaml") << QStringList{QStringLiteral("pyyaml")};
    QTest::addRow("bs4") << QStringLiteral("bs4") << QStringList{QStringLiteral("beautifulsoup4")};
    QTest::addRow("skimage") << QStringLiteral("skimage") << QStringList{QStringLiteral("scikit-image")};
    QTest::addRow("dateutil") << QStringLiteral("dateutil.parser") << QStringList{QStringLiteral("python-dateutil")};
    QTest::addRow("google.protobuf") << QStringLiteral("google.protobuf") << QStringList{QStringLiteral("protobuf")};
    QTest::addRow("longest prefix") << QStringLiteral("google.protobuf.json_format")
                                    << QStringList{QStringLiteral("protobuf")};
    QTest::addRow("namespace member") << QStringLiteral("google.cloud.storage.blob")
                                      << QStringList{QStringLiteral("google-cloud-storage")};
    QTest::addRow("mlflow") << QStringLiteral("mlflow.pyfunc")
                            << QStringList{QStringLiteral("mlflow"), QStringLiteral("mlflow-skinny"),
                                           QStringLiteral("mlflow-tracing")};
    QTest::addRow("unknown") << QStringLiteral("my_private_lib") << QStringList();
    QTest::addRow("empty") << QString() << QStringList();
}

void TestImportTables::distributions()
{
    QFETCH(QString, module);
    QFETCH(QStringList, expected);
    QCOMPARE(ImportTables::instance().distributionsForImport(module), expected);
    if (!expected.isEmpty())
        QCOMPARE(ImportTables::instance().candidateDistributions(module), expected);
}

void TestImportTables::importNames_data()
{
    QTest::addColumn<QString>("distribution");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("opencv headless") << QStringLiteral("opencv-python-headless") << QStringList{QStringLiteral("cv2")};
    QTest::addRow("scikit-learn spelt oddly") << QStringLiteral("Scikit_Learn") << QStringList{QStringLiteral("sklearn")};
    QTest::addRow("pillow") << QStringLiteral("Pillow") << QStringList{QStringLiteral("PIL")};
    QTest::addRow("protobuf is google") << QStringLiteral("protobuf") << QStringList{QStringLiteral("google")};
    QTest::addRow("pyyaml") << QStringLiteral("PyYAML") << QStringList{QStringLiteral("yaml"), QStringLiteral("_yaml")};
    QTest::addRow("unknown: the name") << QStringLiteral("My.Package") << QStringList{QStringLiteral("my_package")};
}

void TestImportTables::importNames()
{
    QFETCH(QString, distribution);
    QFETCH(QStringList, expected);
    QCOMPARE(ImportTables::instance().importNamesForDistribution(distribution), expected);
}

void TestImportTables::dependencies_data()
{
    QTest::addColumn<QString>("distribution");
    QTest::addColumn<QStringList>("included");
    QTest::addColumn<QStringList>("excluded");

    QTest::addRow("scikit-learn") << QStringLiteral("scikit-learn")
                                  << QStringList{QStringLiteral("numpy"), QStringLiteral("scipy"),
                                                 QStringLiteral("joblib"), QStringLiteral("threadpoolctl")}
                                  << QStringList{QStringLiteral("scikit-learn"), QStringLiteral("pandas")};
    QTest::addRow("pandas, transitively six") << QStringLiteral("pandas")
                                              << QStringList{QStringLiteral("numpy"), QStringLiteral("python-dateutil"),
                                                             QStringLiteral("pytz"), QStringLiteral("tzdata"),
                                                             QStringLiteral("six")}
                                              << QStringList{QStringLiteral("scipy")};
    QTest::addRow("mlflow through mlflow-skinny")
        << QStringLiteral("mlflow")
        << QStringList{QStringLiteral("mlflow-skinny"), QStringLiteral("cloudpickle"), QStringLiteral("scikit-learn"),
                       QStringLiteral("threadpoolctl"), QStringLiteral("pyyaml"), QStringLiteral("protobuf"),
                       QStringLiteral("markupsafe"), QStringLiteral("pyarrow")}
        << QStringList{QStringLiteral("torch")};
    QTest::addRow("transformers") << QStringLiteral("Transformers")
                                  << QStringList{QStringLiteral("huggingface-hub"), QStringLiteral("tokenizers"),
                                                 QStringLiteral("numpy"), QStringLiteral("safetensors")}
                                  << QStringList{QStringLiteral("torch")};
    QTest::addRow("torch") << QStringLiteral("torch")
                           << QStringList{QStringLiteral("sympy"), QStringLiteral("mpmath"), QStringLiteral("jinja2"),
                                          QStringLiteral("networkx"), QStringLiteral("filelock")}
                           << QStringList{QStringLiteral("numpy")};
    QTest::addRow("unknown") << QStringLiteral("my-private-lib") << QStringList() << QStringList{QStringLiteral("numpy")};
}

void TestImportTables::dependencies()
{
    QFETCH(QString, distribution);
    QFETCH(QStringList, included);
    QFETCH(QStringList, excluded);
    const QStringList closure = ImportTables::instance().dependenciesOf(distribution);
    for (const QString &name : included)
        QVERIFY2(closure.contains(name), qPrintable(name));
    for (const QString &name : excluded)
        QVERIFY2(!closure.contains(name), qPrintable(name));
    QStringList sorted = closure;
    sorted.sort();
    QCOMPARE(closure, sorted);
    if (!included.isEmpty())
        QVERIFY(closure.size() >= included.size());
    else
        QVERIFY(closure.isEmpty());
}

void TestImportTables::malformed_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("line");

    QTest::addRow("import without tab") << QStringLiteral("import-names.tsv") << QByteArray("# c\nsklearn scikit-learn\n") << 2;
    QTest::addRow("import without distribution") << QStringLiteral("import-names.tsv") << QByteArray("sklearn\t\n") << 1;
    QTest::addRow("import twice") << QStringLiteral("import-names.tsv") << QByteArray("a\tb\na\tc\n") << 2;
    QTest::addRow("dependency twice") << QStringLiteral("dependencies.tsv") << QByteArray("a\tb\nA\tc\n") << 2;
    QTest::addRow("stdlib before a section") << QStringLiteral("stdlib-modules.txt") << QByteArray("os\n[3.6]\n") << 1;
    QTest::addRow("stdlib change in base") << QStringLiteral("stdlib-modules.txt") << QByteArray("[3.6]\nos\n+sys\n") << 3;
    QTest::addRow("stdlib plain name later") << QStringLiteral("stdlib-modules.txt") << QByteArray("[3.6]\nos\n[3.7]\nsys\n") << 4;
    QTest::addRow("stdlib removes absent") << QStringLiteral("stdlib-modules.txt") << QByteArray("[3.6]\nos\n[3.7]\n-sys\n") << 4;
    QTest::addRow("stdlib adds present") << QStringLiteral("stdlib-modules.txt") << QByteArray("[3.6]\nos\n[3.7]\n+os\n") << 4;
    QTest::addRow("stdlib sections out of order") << QStringLiteral("stdlib-modules.txt")
                                                  << QByteArray("[3.7]\nos\n[3.6]\n+sys\n") << 3;
}

void TestImportTables::malformed()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(int, line);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const char *name : {"import-names.tsv", "dependencies.tsv", "stdlib-modules.txt"})
        QVERIFY(QFile::copy(sourceTables() + QLatin1Char('/') + QLatin1String(name), dir.filePath(QLatin1String(name))));
    QFile::remove(dir.filePath(fileName));
    QVERIFY(writeFile(dir.filePath(fileName), content));

    const Result<ImportTables> tables = ImportTables::load(dir.path());
    QVERIFY(!tables.ok());
    QCOMPARE(tables.error().file, dir.filePath(fileName));
    QCOMPARE(tables.error().line, line);
}

QTEST_APPLESS_MAIN(TestImportTables)
#include "tst_importtables.moc"
