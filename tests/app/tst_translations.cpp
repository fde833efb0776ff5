// The Korean catalogue reaches the messages core produces at run time. Every lookup the code makes
// is recorded and must find a finished entry of translations/envlens_ko.ts under the same context:
// a tr() wrapper that asks for a context lupdate did not file the string under (what left two
// hundred messages in English) fails here, whichever check or parser the string comes from.

#include "checks/catalogue.h"
#include "checks/checkrunner.h"
#include "diff/diffreport.h"
#include "diff/modeldiff.h"
#include "documents/mlmodeldocument.h"
#include "model/dependencytree.h"
#include "model/modelloader.h"
#include "pep/condaspec.h"
#include "pep/marker.h"
#include "pep/pipline.h"
#include "pep/requirement.h"
#include "pep/specifier.h"
#include "pep/version.h"
#include "testfiles.h"
#include "testpaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <functional>

using namespace envlens;

namespace {

using Lookup = QPair<QString, QString>; // context, source text

// Installed last, so asked first: notes each lookup and lets the real catalogue answer.
class RecordingTranslator : public QTranslator
{
public:
    mutable QSet<Lookup> lookups;

    QString translate(
        const char *context, const char *sourceText, const char *disambiguation = nullptr, int n = -1) const override
    {
        Q_UNUSED(disambiguation);
        Q_UNUSED(n);
        lookups.insert({ QString::fromUtf8(context), QString::fromUtf8(sourceText) });
        return QString();
    }
    bool isEmpty() const override { return false; }
};

// The finished messages of a .ts file, by context and source.
QSet<Lookup> finishedMessages(const QString &tsPath)
{
    QFile file(tsPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QSet<Lookup> finished;
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name"))
            context = xml.readElementText();
        else if (name == QLatin1String("source"))
            source = xml.readElementText();
        else if (name == QLatin1String("translation") && xml.attributes().value(QLatin1String("type")).isEmpty())
            finished.insert({ context, source });
    }
    return finished;
}

template<typename T> QString errorOf(const Result<T> &result)
{
    return result ? QString() : result.error().message;
}

bool hasHangul(const QString &text)
{
    return std::any_of(
        text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3; });
}

std::shared_ptr<const Model> load(const QString &path)
{
    const auto model = ModelLoader::load(path);
    return model ? model.value() : nullptr;
}

// What the user reads of the checks: messages, related places and fix-it titles.
QStringList checkTexts(const Model &model)
{
    QStringList texts;
    for (const Diagnostic &d : runChecks(model)) {
        texts << d.message;
        for (const Location &related : d.related) {
            if (!related.message.isEmpty())
                texts << related.message;
        }
        for (const FixIt &fix : d.fixes)
            texts << fix.title;
    }
    return texts;
}

QStringList checkModels(const QStringList &folders)
{
    QStringList texts;
    for (const QString &folder : folders) {
        if (const auto model = load(folder))
            texts += checkTexts(*model);
    }
    return texts;
}

using FileList = QList<QPair<QString, QByteArray>>;

// The checks of a copy of a test model (tests/data/checks/<base>) with some files replaced or added.
QStringList checkModified(const QString &base, const FileList &files)
{
    QTemporaryDir dir;
    const QDir from(test::dataDir() + QStringLiteral("/checks/") + base);
    QDirIterator it(from.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString target = dir.filePath(from.relativeFilePath(it.next()));
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile::copy(it.filePath(), target);
    }
    for (const auto &file : files) {
        const QString target = dir.filePath(file.first);
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile::remove(target);
        QFile f(target);
        if (!f.open(QIODevice::WriteOnly) || f.write(file.second) != file.second.size())
            return {};
    }
    return checkModels({ dir.path() });
}

// Conflicting, local, path and malformed requirements, mismatched Python versions and pip lists,
// stray constraints and undeclared imports in code/.
QStringList checkBrokenModel()
{
    return checkModified(QStringLiteral("clean-sklearn"),
        { { QStringLiteral("requirements.txt"),
              "cloudpickle==3.1.1\nnumpy==2.0.2\nnumpy<2\nscikit-learn==1.5.0\npandas==2.2.0+local\n"
              "./libs/mywheel-1.0-py3-none-any.whl\n/opt/pkgs/thing\ntorch>=\n--nope\nrequests @ http://[::1\n" },
            { QStringLiteral("conda.yaml"),
                "channels:\n- conda-forge\ndependencies:\n- python>3.9\n- numpy=1.26\n- pip:\n  - numpy==1.26.4\n"
                "  - scikit-learn==1.6.1\nname: mlflow-env\n" },
            { QStringLiteral("python_env.yaml"), "python: 3.10.2\ndependencies:\n- numpy\n" },
            { QStringLiteral("constraints.txt"), "numpy<1.20\n" },
            { QStringLiteral("code/sklearn.py"), "import yaml\n" },
            { QStringLiteral("code/train.py"),
                "import cv2\ntry:\n    import lightgbm\nexcept ImportError:\n    pass\n" } });
}

// Original requirements the locked pins do not admit, or do not pin at all.
QStringList checkBrokenLock()
{
    QFile f(test::dataDir() + QStringLiteral("/checks/pyfunc-locked/requirements.txt"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QByteArray requirements = f.readAll();
    requirements.replace("# numpy==2.3.1\n", "# numpy<2\n# scipy>=1.10\n");
    return checkModified(QStringLiteral("pyfunc-locked"), { { QStringLiteral("requirements.txt"), requirements } });
}

QString exampleModel()
{
    return test::examplesDir() + QStringLiteral("/iris-classifier");
}

QStringList loadingErrors()
{
    QTemporaryDir dir;
    const auto write = [&dir](const QString &name, const QByteArray &bytes) {
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
        return f.fileName();
    };
    QDir(dir.path()).mkdir(QStringLiteral("empty-folder"));
    const QStringList paths { dir.filePath(QStringLiteral("missing")), dir.filePath(QStringLiteral("empty-folder")),
        write(QStringLiteral("empty.zip"), QByteArray()),
        write(QStringLiteral("text.zip"), QByteArrayLiteral("not a zip at all, just some text")),
        write(QStringLiteral("cut.zip"), QByteArrayLiteral("PK\x03\x04\x14\x00\x00\x00")) };
    QStringList texts;
    for (const QString &path : paths) {
        const auto model = ModelLoader::load(path);
        texts << errorOf(model);
    }
    return texts;
}

QStringList parserErrors()
{
    QStringList texts;
    for (const char *text : { "", "1.0+", "1..0", "a1" })
        texts << errorOf(pep::Version::parse(QString::fromLatin1(text)));
    for (const char *text : { "1.0", "==1.*.0", "~=1", "<=1.0+abc" })
        texts << errorOf(pep::Specifier::parse(QString::fromLatin1(text)));
    for (const char *text :
        { "numpy>=1.0 extra", "numpy[", "numpy @", "numpy; python_version >", "(", "numpy @ http://[::1" })
        texts << errorOf(pep::Requirement::parse(QString::fromLatin1(text)));
    for (const char *text : { "--nope", "-i", "--hash=md5:ab numpy", "numpy --no-binary=", "'unclosed" })
        texts << pep::parsePipLine(QString::fromLatin1(text)).error.message;
    for (const char *text : { "", "numpy >=1.0,", "numpy ]", "numpy[version=1.0][build=2]", "numpy 1.0 (abc" })
        texts << errorOf(pep::CondaMatchSpec::parse(QString::fromLatin1(text)));
    const auto marker = pep::Marker::parse(QStringLiteral("unknown_name == '1'"));
    if (marker)
        texts << errorOf(marker->evaluateChecked(pep::MarkerEnvironment::target(QStringLiteral("3.11"))));
    else
        texts << marker.error().message;
    for (const char *yaml : { "flavors: [", "- a list\n- not a mapping\n", "flavors: 3\n" })
        texts << errorOf(MLmodelDocument::parse(QByteArray(yaml)));
    texts.removeAll(QString());
    return texts;
}

QStringList diffReport()
{
    const auto a = load(exampleModel());
    const auto b = load(test::dataDir() + QStringLiteral("/checks/clean-sklearn"));
    if (!a || !b)
        return {};
    const ModelDiff diff = ModelDiff::compute(*a, *b);
    QStringList texts;
    for (const ServingImpact &impact : diff.servingImpact)
        texts << impact.message;
    texts << DiffReport::text(diff) << DiffReport::markdown(diff) << DiffReport::html(diff);
    return texts;
}

// The titles and help of every diagnostic and the family headings, as the diagnostics panel shows them.
QStringList catalogue()
{
    QStringList texts;
    for (const CatalogueEntry &entry : DiagnosticCatalogue::entries())
        texts << entry.title << entry.help << DiagnosticCatalogue::familyTitle(entry.family);
    return texts;
}

QStringList dependencyTree()
{
    QStringList texts;
    std::function<void(const DependencyNode &)> walk = [&](const DependencyNode &node) {
        texts << node.label << node.detail;
        for (const DependencyNode &child : node.children)
            walk(child);
    };
    if (const auto model = load(exampleModel()))
        walk(DependencyTree::build(*model).root);
    return texts;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

    QTranslator m_korean;
    RecordingTranslator m_recorder;
    QSet<Lookup> m_finished;

private slots:
    void initTestCase()
    {
        QVERIFY2(m_korean.load(QStringLiteral(ENVLENS_KO_QM)), ENVLENS_KO_QM);
        m_finished = finishedMessages(QStringLiteral(ENVLENS_KO_TS));
        QVERIFY(m_finished.size() > 500);
        QVERIFY(QCoreApplication::installTranslator(&m_korean));
        QVERIFY(QCoreApplication::installTranslator(&m_recorder));
    }

    void produced_data()
    {
        QTest::addColumn<QString>("scenario");
        // Whether every text must read as Korean (diff reports and tree labels also carry data).
        QTest::addColumn<bool>("allKorean");
        QTest::newRow("checks of the example model") << QStringLiteral("example") << true;
        QTest::newRow("checks of the corpus models") << QStringLiteral("corpus") << true;
        QTest::newRow("checks of a model with many problems") << QStringLiteral("broken") << true;
        QTest::newRow("checks of a model with a lock file") << QStringLiteral("locked") << true;
        QTest::newRow("models that cannot be opened") << QStringLiteral("loading") << true;
        QTest::newRow("version, requirement, pip, conda and YAML errors") << QStringLiteral("parsers") << true;
        QTest::newRow("diagnostic catalogue") << QStringLiteral("catalogue") << true;
        QTest::newRow("diff report") << QStringLiteral("diff") << false;
        QTest::newRow("dependency tree") << QStringLiteral("tree") << false;
    }

    void produced()
    {
        QFETCH(QString, scenario);
        QFETCH(bool, allKorean);
        const QHash<QString, std::function<QStringList()>> scenarios {
            { QStringLiteral("example"), [] { return checkModels({ exampleModel() }); } },
            { QStringLiteral("corpus"), [] { return checkModels(test::corpusModelDirs()); } },
            { QStringLiteral("broken"), checkBrokenModel },
            { QStringLiteral("locked"), checkBrokenLock },
            { QStringLiteral("loading"), loadingErrors },
            { QStringLiteral("parsers"), parserErrors },
            { QStringLiteral("catalogue"), catalogue },
            { QStringLiteral("diff"), diffReport },
            { QStringLiteral("tree"), dependencyTree },
        };
        m_recorder.lookups.clear();
        const QStringList texts = scenarios.value(scenario)();
        QVERIFY(!texts.isEmpty());
        QVERIFY(!m_recorder.lookups.isEmpty());

        QStringList untranslated;
        for (const Lookup &lookup : std::as_const(m_recorder.lookups)) {
            // Qt's own strings (QIODevice::tr() in an errorString()) come from Qt's catalogues.
            if (lookup.first.startsWith(QLatin1String("envlens")) && !m_finished.contains(lookup))
                untranslated << lookup.first + QStringLiteral(": ") + lookup.second;
        }
        untranslated.sort();
        QVERIFY2(untranslated.isEmpty(),
            qPrintable(QStringLiteral("asked at run time but not in envlens_ko.ts under that context:\n  ")
                + untranslated.join(QStringLiteral("\n  "))));
        if (allKorean) {
            for (const QString &text : texts)
                QVERIFY2(hasHangul(text), qPrintable(text));
        } else {
            QVERIFY(std::any_of(texts.cbegin(), texts.cend(), hasHangul));
        }
    }

    void cleanupTestCase()
    {
        QCoreApplication::removeTranslator(&m_recorder);
        QCoreApplication::removeTranslator(&m_korean);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
