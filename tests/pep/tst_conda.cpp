// conda versions (VersionOrder), match specs, the conda<->pip name table and conda/pip agreement.
#include "pep/condanames.h"
#include "pep/condaspec.h"
#include "pep/condaversion.h"

#include <QTest>

using namespace envlens;
using namespace envlens::pep;

class TestConda : public QObject
{
    Q_OBJECT

private slots:
    void ordering();
    void invalidVersions_data();
    void invalidVersions();
    void startsWith_data();
    void startsWith();
    void parseSpec_data();
    void parseSpec();
    void matches_data();
    void matches();
    void invalidSpecs_data();
    void invalidSpecs();
    void build();
    void compatibleWith_data();
    void compatibleWith();
    void names_data();
    void names();
};

CondaVersion cv(const char *text)
{
    return CondaVersion::parse(QString::fromUtf8(text)).value();
}

void TestConda::ordering()
{
    // conda's own VersionOrder docstring: each line is '<' or '==' the previous one.
    const QList<QPair<const char *, const char *>> chain = { { "", "0.4" }, { "==", "0.4.0" }, { "<", "0.4.1.rc" },
        { "==", "0.4.1.RC" }, { "<", "0.4.1" }, { "<", "0.5a1" }, { "<", "0.5b3" }, { "<", "0.5C1" }, { "<", "0.5" },
        { "<", "0.9.6" }, { "<", "0.960923" }, { "<", "1.0" }, { "<", "1.1dev1" }, { "<", "1.1_" }, { "<", "1.1a1" },
        { "<", "1.1.0dev1" }, { "==", "1.1.dev1" }, { "<", "1.1.a1" }, { "<", "1.1.0rc1" }, { "<", "1.1.0" },
        { "==", "1.1" }, { "<", "1.1.0post1" }, { "==", "1.1.post1" }, { "<", "1.1post1" }, { "<", "1996.07.12" },
        { "<", "1!0.4.1" }, { "<", "1!3.1.1.6" }, { "<", "2!0.4.1" } };
    for (int i = 1; i < chain.size(); ++i) {
        const CondaVersion previous = cv(chain[i - 1].second);
        const CondaVersion current = cv(chain[i].second);
        const bool equal = qstrcmp(chain[i].first, "==") == 0;
        QVERIFY2(equal ? previous == current : previous < current,
            qPrintable(QStringLiteral("%1 %2 %3")
                           .arg(QString::fromUtf8(chain[i - 1].second), QString::fromUtf8(chain[i].first),
                               QString::fromUtf8(chain[i].second))));
        QCOMPARE(current.compare(previous), equal ? 0 : 1);
    }
    // Local versions compare after the main part; '-' works like '_' when there is no '_'.
    QVERIFY(cv("1.0+1") < cv("1.0+2"));
    QVERIFY(cv("1.0+abc") < cv("1.1"));
    QCOMPARE(cv("1.2-3"), cv("1.2_3"));
    QCOMPARE(cv("1.2-3").toString(), QStringLiteral("1.2_3"));
}

void TestConda::invalidVersions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addRow("empty") << "";
    QTest::addRow("bad character") << "1.0#";
    QTest::addRow("dash and underscore") << "1-2_3";
    QTest::addRow("two epochs") << "1!2!3";
    QTest::addRow("epoch not a number") << "a!1.0";
    QTest::addRow("two locals") << "1+2+3";
    QTest::addRow("only local") << "+1";
    QTest::addRow("empty component") << "1..2";
}

void TestConda::invalidVersions()
{
    QFETCH(QString, text);
    QVERIFY(!CondaVersion::parse(text).ok());
}

void TestConda::startsWith_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<bool>("expected");
    QTest::addRow("same") << "1.11"
                          << "1.11" << true;
    QTest::addRow("longer") << "1.11.2"
                            << "1.11" << true;
    QTest::addRow("not numeric prefix") << "1.110"
                                        << "1.11" << false;
    QTest::addRow("prerelease string") << "1.11a1"
                                       << "1.11a" << true;
    QTest::addRow("other minor") << "1.12.0"
                                 << "1.11" << false;
    QTest::addRow("local") << "1.0+cu118.1"
                           << "1.0+cu118" << true;
}

void TestConda::startsWith()
{
    QFETCH(QString, version);
    QFETCH(QString, prefix);
    QTEST(CondaVersion::parse(version)->startsWith(*CondaVersion::parse(prefix)), "expected");
}

void TestConda::parseSpec_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("channel");
    QTest::addColumn<QString>("subdir");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("build");

    QTest::addRow("name") << "numpy"
                          << ""
                          << ""
                          << "numpy"
                          << ""
                          << "";
    QTest::addRow("fuzzy =") << "numpy=1.11"
                             << ""
                             << ""
                             << "numpy"
                             << "1.11*"
                             << "";
    QTest::addRow("exact ==") << "numpy==1.11"
                              << ""
                              << ""
                              << "numpy"
                              << "1.11"
                              << "";
    QTest::addRow("range") << "numpy>=1.2,<2"
                           << ""
                           << ""
                           << "numpy"
                           << ">=1.2,<2"
                           << "";
    QTest::addRow("space separated") << "numpy 1.11 py39_0"
                                     << ""
                                     << ""
                                     << "numpy"
                                     << "1.11"
                                     << "py39_0";
    QTest::addRow("= with build glob") << "numpy=1.11.2=*nomkl*"
                                       << ""
                                       << ""
                                       << "numpy"
                                       << "1.11.2"
                                       << "*nomkl*";
    QTest::addRow("channel") << "pytorch::pytorch"
                             << "pytorch"
                             << ""
                             << "pytorch"
                             << ""
                             << "";
    QTest::addRow("channel and version") << "pytorch::pytorch=2.0.1"
                                         << "pytorch"
                                         << ""
                                         << "pytorch"
                                         << "2.0.1*"
                                         << "";
    QTest::addRow("channel with subdir") << "conda-forge/linux-64::numpy"
                                         << "conda-forge"
                                         << "linux-64"
                                         << "numpy"
                                         << ""
                                         << "";
    QTest::addRow("brackets") << "conda-forge::numpy[version='>=1.2']"
                              << "conda-forge"
                              << ""
                              << "numpy"
                              << ">=1.2"
                              << "";
    QTest::addRow("brackets with build") << "numpy[version=\">=1.2,<2\", build=py39*]"
                                         << ""
                                         << ""
                                         << "numpy"
                                         << ">=1.2,<2"
                                         << "py39*";
    QTest::addRow("alternatives") << "numpy 1.2|1.4.*,>1.4"
                                  << ""
                                  << ""
                                  << "numpy"
                                  << "1.2|1.4.*,>1.4"
                                  << "";
    QTest::addRow("bare = means any") << "numpy="
                                      << ""
                                      << ""
                                      << "numpy"
                                      << ""
                                      << "";
    QTest::addRow("python pin") << "python=3.8.10"
                                << ""
                                << ""
                                << "python"
                                << "3.8.10*"
                                << "";
    QTest::addRow("spaces around operator") << "pip >= 21.0"
                                            << ""
                                            << ""
                                            << "pip"
                                            << ">=21.0"
                                            << "";
    QTest::addRow("comment") << "scikit-learn=1.0.2  # pinned"
                             << ""
                             << ""
                             << "scikit-learn"
                             << "1.0.2*"
                             << "";
}

void TestConda::parseSpec()
{
    QFETCH(QString, text);
    const Result<CondaMatchSpec> spec = CondaMatchSpec::parse(text);
    QVERIFY2(spec.ok(), qPrintable(spec.ok() ? QString() : spec.error().message));
    QTEST(spec->channel(), "channel");
    QTEST(spec->subdir(), "subdir");
    QTEST(spec->name(), "name");
    QTEST(spec->versionSpec(), "version");
    QTEST(spec->build(), "build");
    QCOMPARE(spec->text(), text);
}

void TestConda::matches_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("expected");

    QTest::addRow("any") << "numpy"
                         << "1.0" << true;
    QTest::addRow("fuzzy matches patch") << "numpy=1.11"
                                         << "1.11.3" << true;
    QTest::addRow("fuzzy matches itself") << "numpy=1.11"
                                          << "1.11" << true;
    QTest::addRow("fuzzy is not a string prefix") << "numpy=1.11"
                                                  << "1.110" << false;
    QTest::addRow("fuzzy other minor") << "numpy=1.11"
                                       << "1.12" << false;
    QTest::addRow("exact") << "numpy==1.11"
                           << "1.11.0" << true;
    QTest::addRow("exact rejects patch") << "numpy==1.11"
                                         << "1.11.1" << false;
    QTest::addRow("bare version is exact") << "numpy 1.11"
                                           << "1.11.1" << false;
    QTest::addRow("range inside") << "numpy>=1.2,<2"
                                  << "1.26.4" << true;
    QTest::addRow("range upper") << "numpy>=1.2,<2"
                                 << "2.0" << false;
    QTest::addRow("conda prerelease sorts below") << "numpy<2"
                                                  << "2.0rc1" << true;
    QTest::addRow("alternative left") << "numpy 1.2|1.4.*,>1.4"
                                      << "1.2" << true;
    QTest::addRow("comma binds tighter") << "numpy 1.2|1.4.*,>1.4"
                                         << "1.4" << false;
    QTest::addRow("comma binds tighter, inside") << "numpy 1.2|1.4.*,>1.4"
                                                 << "1.4.1" << true;
    QTest::addRow("parentheses") << "numpy (1.2|1.4),!=1.2"
                                 << "1.2" << false;
    QTest::addRow("glob in middle") << "numpy 1.*.3"
                                    << "1.7.3" << true;
    QTest::addRow("!= prefix") << "numpy !=1.2.*"
                               << "1.2.5" << false;
    QTest::addRow("compatible") << "numpy ~=1.4.2"
                                << "1.4.9" << true;
    QTest::addRow("compatible upper") << "numpy ~=1.4.2"
                                      << "1.5.0" << false;
    QTest::addRow("star any") << "numpy *"
                              << "0.1" << true;
    QTest::addRow("regex") << "numpy ^1\\.(2|3)\\..*$"
                           << "1.3.0" << true;
    QTest::addRow("bracket version") << "conda-forge::numpy[version='>=1.2']"
                                     << "1.1" << false;
    QTest::addRow("python fuzzy pin") << "python=3.8"
                                      << "3.8.10" << true;
    QTest::addRow("python fuzzy pin other") << "python=3.8"
                                            << "3.9.0" << false;
}

void TestConda::matches()
{
    QFETCH(QString, spec);
    QFETCH(QString, version);
    const Result<CondaMatchSpec> parsed = CondaMatchSpec::parse(spec);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QTEST(parsed->matches(*CondaVersion::parse(version)), "expected");
}

void TestConda::invalidSpecs_data()
{
    QTest::addColumn<QString>("text");
    QTest::addRow("empty") << "";
    QTest::addRow("no name") << ">=1.0";
    QTest::addRow("operator without version") << "numpy==";
    QTest::addRow("bad version") << "numpy >=1.0@x";
    QTest::addRow("bad operator") << "numpy >==1";
    QTest::addRow("~= with wildcard") << "numpy ~=1.2.*";
    QTest::addRow("unbalanced parenthesis") << "numpy (1.2|1.3";
    QTest::addRow("empty clause") << "numpy >=1,,<2";
}

void TestConda::invalidSpecs()
{
    QFETCH(QString, text);
    QVERIFY(!CondaMatchSpec::parse(text).ok());
}

void TestConda::build()
{
    const CondaMatchSpec spec = CondaMatchSpec::parse(u"numpy=1.11.2=*nomkl*").value();
    QVERIFY(spec.matchesBuild(u"py39_nomkl_0"));
    QVERIFY(!spec.matchesBuild(u"py39_mkl_0"));
    QVERIFY(CondaMatchSpec::parse(u"numpy").value().matchesBuild(u"anything"));
    QCOMPARE(spec.exactVersion(), std::optional<QString>(QStringLiteral("1.11.2")));
    QCOMPARE(CondaMatchSpec::parse(u"numpy=1.11").value().exactVersion(), std::nullopt);
}

void TestConda::compatibleWith_data()
{
    QTest::addColumn<QString>("conda");
    QTest::addColumn<QString>("pip");
    QTest::addColumn<bool>("expected");

    QTest::addRow("same pin") << "numpy=1.24.3"
                              << "==1.24.3" << true;
    QTest::addRow("different pins") << "numpy=1.24.3"
                                    << "==1.26.0" << false;
    QTest::addRow("fuzzy vs patch pin") << "numpy=1.24"
                                        << "==1.24.3" << true;
    QTest::addRow("fuzzy vs range") << "numpy=1.24"
                                    << ">=1.25" << false;
    QTest::addRow("ranges overlap") << "numpy>=1.2,<2"
                                    << ">=1.9" << true;
    QTest::addRow("ranges touch exclusive") << "numpy<1.5"
                                            << ">=1.5" << false;
    QTest::addRow("open gap") << "numpy<1.5"
                              << ">1.4.5" << true;
    QTest::addRow("any conda") << "numpy"
                               << "==1.0" << true;
    QTest::addRow("any pip") << "numpy=1.11"
                             << "" << true;
    QTest::addRow("not-equal") << "numpy=1.4"
                               << "!=1.4.0" << true;
    QTest::addRow("compatible release") << "scikit-learn=1.0.2"
                                        << "~=1.0.1" << true;
    QTest::addRow("compatible release miss") << "scikit-learn=1.2"
                                             << "~=1.0.1" << false;
    QTest::addRow("wildcard") << "pandas>=2"
                              << "==1.5.*" << false;
    QTest::addRow("python pins") << "python=3.8.10"
                                 << "==3.8.*" << true;
}

void TestConda::compatibleWith()
{
    QFETCH(QString, conda);
    QFETCH(QString, pip);
    const Result<CondaMatchSpec> spec = CondaMatchSpec::parse(conda);
    const Result<SpecifierSet> pipSet = SpecifierSet::parse(pip);
    QVERIFY(spec.ok());
    QVERIFY(pipSet.ok());
    QTEST(spec->compatibleWith(*pipSet), "expected");
}

void TestConda::names_data()
{
    QTest::addColumn<QString>("conda");
    QTest::addColumn<QString>("pip");
    QTest::addRow("pytorch") << "pytorch"
                             << "torch";
    QTest::addRow("py-xgboost") << "py-xgboost"
                                << "xgboost";
    QTest::addRow("pytables") << "pytables"
                              << "tables";
    QTest::addRow("msgpack-python") << "msgpack-python"
                                    << "msgpack";
    QTest::addRow("matplotlib-base") << "matplotlib-base"
                                     << "matplotlib";
    QTest::addRow("opencv") << "opencv"
                            << "opencv-python";
    QTest::addRow("python-graphviz") << "python-graphviz"
                                     << "graphviz";
    QTest::addRow("identity, normalised") << "scikit_learn"
                                          << "scikit-learn";
}

void TestConda::names()
{
    QFETCH(QString, conda);
    QFETCH(QString, pip);
    QCOMPARE(condaToPipName(conda), pip);
    QCOMPARE(condaToPipName(pipToCondaName(pip)), pip);
    QCOMPARE(pipToCondaName(QStringLiteral("Torch")), QStringLiteral("pytorch"));
    QCOMPARE(pipToCondaName(QStringLiteral("requests")), QStringLiteral("requests"));
    QVERIFY(isCondaOnlyPackage(u"python"));
    QVERIFY(isCondaOnlyPackage(u"cudatoolkit"));
    QVERIFY(!isCondaOnlyPackage(u"numpy"));
}

QTEST_GUILESS_MAIN(TestConda)
#include "tst_conda.moc"
