// Classification of requirements-file lines, following pip 23's req_file.py (break_args_options, shlex +
// optparse for options, pip's URL/path rules for the rest).
#include "pep/pipline.h"

#include <QTest>

using namespace envlens;
using namespace envlens::pep;

namespace {

QStringList strings(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out.append(QString::fromUtf8(item));
    return out;
}

} // namespace

Q_DECLARE_METATYPE(envlens::pep::PipLine::Kind)

class TestPipLine : public QObject
{
    Q_OBJECT

private slots:
    void classify_data();
    void classify();
    void invalid_data();
    void invalid();
    void details();
    void wheelNames_data();
    void wheelNames();
};

void TestPipLine::classify_data()
{
    using K = PipLine::Kind;
    QTest::addColumn<QString>("line");
    QTest::addColumn<K>("kind");
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("target");

    QTest::addRow("empty") << "" << K::Empty << ""
                           << "";
    QTest::addRow("blank") << "   \t" << K::Empty << ""
                           << "";
    QTest::addRow("requirement") << "numpy==1.24.3" << K::Requirement << ""
                                 << "";
    QTest::addRow("requirement with marker") << "pywin32>=300; sys_platform == 'win32'" << K::Requirement << ""
                                             << "";
    QTest::addRow("-r file") << "-r requirements.txt" << K::Include << "--requirement"
                             << "requirements.txt";
    QTest::addRow("-rfile") << "-rrequirements.txt" << K::Include << "--requirement"
                            << "requirements.txt";
    QTest::addRow("--requirement file") << "--requirement base.txt" << K::Include << "--requirement"
                                        << "base.txt";
    QTest::addRow("--requirement=file") << "--requirement=base.txt" << K::Include << "--requirement"
                                        << "base.txt";
    QTest::addRow("abbreviated long option") << "--requirem base.txt" << K::Include << "--requirement"
                                             << "base.txt";
    QTest::addRow("-c file") << "-c constraints.txt" << K::Constraint << "--constraint"
                             << "constraints.txt";
    QTest::addRow("-cfile") << "-cconstraints.txt" << K::Constraint << "--constraint"
                            << "constraints.txt";
    QTest::addRow("--constraint file") << "--constraint c.txt" << K::Constraint << "--constraint"
                                       << "c.txt";
    QTest::addRow("--constraint=file") << "--constraint=c.txt" << K::Constraint << "--constraint"
                                       << "c.txt";
    QTest::addRow("-r with env var") << "-r ${BASE_DIR}/req.txt" << K::Include << "--requirement"
                                     << "${BASE_DIR}/req.txt";
    QTest::addRow("-i") << "-i https://pypi.example/simple" << K::Option << "--index-url"
                        << "https://pypi.example/simple";
    QTest::addRow("--index-url=") << "--index-url=https://pypi.example/simple" << K::Option << "--index-url"
                                  << "https://pypi.example/simple";
    QTest::addRow("--pypi-url alias") << "--pypi-url https://x/simple" << K::Option << "--index-url"
                                      << "https://x/simple";
    QTest::addRow("--extra-index-url") << "--extra-index-url https://download.pytorch.org/whl/cu118" << K::Option
                                       << "--extra-index-url"
                                       << "https://download.pytorch.org/whl/cu118";
    QTest::addRow("--find-links") << "--find-links ./wheels" << K::Option << "--find-links"
                                  << "./wheels";
    QTest::addRow("-f") << "-f https://data.pyg.org/whl/torch-2.0.0+cu118.html" << K::Option << "--find-links"
                        << "https://data.pyg.org/whl/torch-2.0.0+cu118.html";
    QTest::addRow("--no-index") << "--no-index" << K::Option << "--no-index"
                                << "";
    QTest::addRow("--pre") << "--pre" << K::Option << "--pre"
                           << "";
    QTest::addRow("--trusted-host") << "--trusted-host pypi.example" << K::Option << "--trusted-host"
                                    << "pypi.example";
    QTest::addRow("--prefer-binary") << "--prefer-binary" << K::Option << "--prefer-binary"
                                     << "";
    QTest::addRow("--only-binary") << "--only-binary=:all:" << K::Option << "--only-binary"
                                   << ":all:";
    QTest::addRow("-e path") << "-e ./src/mypkg" << K::Editable << "--editable"
                             << "./src/mypkg";
    QTest::addRow("--editable=vcs") << "--editable=git+https://github.com/org/repo.git#egg=repo" << K::Editable
                                    << "--editable"
                                    << "git+https://github.com/org/repo.git#egg=repo";
    QTest::addRow("relative dir") << "./pkg" << K::Path << ""
                                  << "./pkg";
    QTest::addRow("parent dir") << "../libs/x" << K::Path << ""
                                << "../libs/x";
    QTest::addRow("absolute wheel") << "/abs/x-1.0-py3-none-any.whl" << K::Path << ""
                                    << "/abs/x-1.0-py3-none-any.whl";
    QTest::addRow("bare wheel file") << "x-1.0-py3-none-any.whl" << K::Path << ""
                                     << "x-1.0-py3-none-any.whl";
    QTest::addRow("code dir wheel") << "code/wheels/my_lib-0.3.1-py3-none-any.whl" << K::Path << ""
                                    << "code/wheels/my_lib-0.3.1-py3-none-any.whl";
    QTest::addRow("dbfs path") << "dbfs:/FileStore/jars/lib-1.0-py3-none-any.whl" << K::Path << ""
                               << "dbfs:/FileStore/jars/lib-1.0-py3-none-any.whl";
    QTest::addRow("windows path") << "C:\\wheels\\pkg-1.0.tar.gz" << K::Path << ""
                                  << "C:\\wheels\\pkg-1.0.tar.gz";
    QTest::addRow("sdist archive") << "pkg-1.0.tar.gz" << K::Path << ""
                                   << "pkg-1.0.tar.gz";
    QTest::addRow("https wheel") << "https://files.example/x-2.0-cp310-cp310-manylinux_2_17_x86_64.whl" << K::Url << ""
                                 << "https://files.example/x-2.0-cp310-cp310-manylinux_2_17_x86_64.whl";
    QTest::addRow("git url") << "git+https://github.com/org/repo.git@v1.2#egg=repo" << K::Url << ""
                             << "git+https://github.com/org/repo.git@v1.2#egg=repo";
    QTest::addRow("git ssh url") << "git+ssh://git@github.com/org/repo.git" << K::Url << ""
                                 << "git+ssh://git@github.com/org/repo.git";
    QTest::addRow("file url") << "file:///tmp/pkg.zip" << K::Url << ""
                              << "file:///tmp/pkg.zip";
    QTest::addRow("url with marker") << "https://h/x.whl; python_version >= '3.8'" << K::Url << ""
                                     << "https://h/x.whl";
    QTest::addRow("url with env var") << "https://${TOKEN}@pkgs.example/x-1.0-py3-none-any.whl" << K::Url << ""
                                      << "https://${TOKEN}@pkgs.example/x-1.0-py3-none-any.whl";
    QTest::addRow("PEP 508 url requirement") << "mylib @ https://h/mylib-1.0-py3-none-any.whl" << K::Requirement << ""
                                             << "https://h/mylib-1.0-py3-none-any.whl";
    QTest::addRow("requirement with hash") << "requests==2.31.0 --hash=sha256:abc" << K::Requirement << ""
                                           << "";
    QTest::addRow("requirement with config settings")
        << "pkg==1.0 --config-settings=--build-option=--x" << K::Requirement << ""
        << "";
}

void TestPipLine::classify()
{
    QFETCH(QString, line);
    const PipLine parsed = parsePipLine(line);
    QVERIFY2(parsed.kind != PipLine::Kind::Invalid, qPrintable(parsed.error.message));
    QTEST(parsed.kind, "kind");
    QTEST(parsed.option, "option");
    QTEST(parsed.target, "target");
    QCOMPARE(parsed.text, line);
    QCOMPARE(parsed.requirement.has_value(), parsed.kind == PipLine::Kind::Requirement);
}

void TestPipLine::invalid_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    QTest::addRow("single =") << "numpy=1.2" << 6
                              << "Expected end or semicolon (after name and no valid version specifier); "
                                 "did you mean numpy==1.2?";
    QTest::addRow("single = indented") << "  pandas = 2.0" << 10
                                       << "Expected end or semicolon (after name and no valid version specifier); "
                                          "did you mean pandas == 2.0?";
    QTest::addRow("bad specifier") << "foo>=1.0abc" << 4 << "Expected end or semicolon (after version specifier)";
    QTest::addRow("unknown option") << "--frobnicate" << 1 << "no such option: --frobnicate";
    QTest::addRow("ambiguous option") << "--no" << 1 << "ambiguous option: --no (--no-binary, --no-index?)";
    QTest::addRow("missing value") << "-r" << 1 << "-r option requires 1 argument";
    QTest::addRow("ambiguous abbreviation")
        << "--requir x" << 1 << "ambiguous option: --requir (--require-hashes, --requirement?)";
    QTest::addRow("flag with value") << "--pre=yes" << 1 << "--pre option does not take a value";
    QTest::addRow("bad hash algorithm") << "foo==1 --hash=md5:abc" << 8
                                        << "Allowed hash algorithms for --hash are sha256, sha384, sha512.";
    QTest::addRow("hash without algorithm") << "foo==1 --hash abc" << 8
                                            << "Arguments to --hash must be a hash name followed by a value, like "
                                               "--hash=sha256:abcde...";
    QTest::addRow("unclosed quote") << "--index-url 'https://x" << 1
                                    << "Could not split options: --index-url 'https://x: No closing quotation";
    QTest::addRow("unknown short option") << "-x foo" << 1 << "no such option: -x";
}

void TestPipLine::invalid()
{
    QFETCH(QString, line);
    const PipLine parsed = parsePipLine(line);
    QCOMPARE(parsed.kind, PipLine::Kind::Invalid);
    QTEST(parsed.error.column, "column");
    QTEST(parsed.error.message, "message");
}

void TestPipLine::details()
{
    const PipLine hashed = parsePipLine(u"requests==2.31.0 --hash=sha256:aaa --hash sha256:bbb");
    QCOMPARE(hashed.hashes, (strings({ "sha256:aaa", "sha256:bbb" })));
    QCOMPARE(hashed.requirement->toString(), QStringLiteral("requests==2.31.0"));

    const PipLine marker = parsePipLine(u"./pkg ; sys_platform == 'linux'");
    QCOMPARE(marker.kind, PipLine::Kind::Path);
    QCOMPARE(marker.target, QStringLiteral("./pkg"));
    QVERIFY(marker.marker.has_value());
    QCOMPARE(marker.marker->toString(), QStringLiteral("sys_platform == \"linux\""));

    const PipLine wheel = parsePipLine(u"https://h/dir/My_Lib-0.3.1-1-py3-none-any.whl?token=x#sha256=abc");
    QCOMPARE(wheel.wheelName, QStringLiteral("My_Lib"));
    QCOMPARE(wheel.wheelVersion, QStringLiteral("0.3.1"));

    const PipLine editable = parsePipLine(u"-e git+https://github.com/org/repo.git@main#egg=repo&subdirectory=py");
    QCOMPARE(editable.eggName, QStringLiteral("repo"));

    const PipLine env = parsePipLine(u"-r ${A}/${B_2}.txt");
    QCOMPARE(env.envVars, (strings({ "A", "B_2" })));

    const PipLine several = parsePipLine(u"--index-url https://a/simple --trusted-host a");
    QCOMPARE(several.options.size(), 2);
    QCOMPARE(several.options[1].name, QStringLiteral("--trusted-host"));
    QCOMPARE(several.options[1].value, QStringLiteral("a"));

    // Markers keep their quotes because only the options part goes through shlex.
    const PipLine quoted = parsePipLine(u"foo; python_version < \"3.8\" --hash=sha256:abc");
    QCOMPARE(quoted.requirement->marker()->toString(), QStringLiteral("python_version < \"3.8\""));
}

void TestPipLine::wheelNames_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("version");
    QTest::addRow("pure") << "pkg-1.0-py3-none-any.whl" << true << "pkg"
                          << "1.0";
    QTest::addRow("build tag") << "pkg-1.0-2-py3-none-any.whl" << true << "pkg"
                               << "1.0";
    QTest::addRow("platform") << "torch-2.0.1+cu118-cp310-cp310-linux_x86_64.whl" << true << "torch"
                              << "2.0.1+cu118";
    QTest::addRow("bad build tag") << "pkg-1.0-x-py3-none-any.whl" << false << ""
                                   << "";
    QTest::addRow("too few parts") << "pkg-1.0-any.whl" << false << ""
                                   << "";
    QTest::addRow("not a wheel") << "pkg-1.0.tar.gz" << false << ""
                                 << "";
}

void TestPipLine::wheelNames()
{
    QFETCH(QString, file);
    QString name;
    QString version;
    QTEST(parseWheelFilename(file, &name, &version), "ok");
    QTEST(name, "name");
    QTEST(version, "version");
}

QTEST_GUILESS_MAIN(TestPipLine)
#include "tst_pipline.moc"
