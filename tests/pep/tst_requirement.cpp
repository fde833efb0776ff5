// Requirement parsing and printing, with rows taken from packaging's tests/test_requirements.py style cases.
#include "pep/requirement.h"

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

class TestRequirement : public QObject
{
    Q_OBJECT

private slots:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void specifierAndMarkerObjects();
};

void TestRequirement::valid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("extras");
    QTest::addColumn<QString>("specifier");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("marker");
    QTest::addColumn<QString>("canonical");

    const QStringList none;
    QTest::addRow("name only") << "name"
                               << "name" << none << ""
                               << ""
                               << ""
                               << "name";
    QTest::addRow("surrounding space") << "  name  "
                                       << "name" << none << ""
                                       << ""
                                       << ""
                                       << "name";
    QTest::addRow("trailing newline") << "name\n"
                                      << "name" << none << ""
                                      << ""
                                      << ""
                                      << "name";
    QTest::addRow("dotted name") << "foo.bar-baz_qux"
                                 << "foo.bar-baz_qux" << none << ""
                                 << ""
                                 << ""
                                 << "foo.bar-baz_qux";
    QTest::addRow("extras sorted, deduplicated") << "foo[b,a,a]"
                                                 << "foo" << strings({ "a", "b" }) << ""
                                                 << ""
                                                 << ""
                                                 << "foo[a,b]";
    QTest::addRow("extras with spaces") << "foo [ bar , baz ]"
                                        << "foo" << strings({ "bar", "baz" }) << ""
                                        << ""
                                        << ""
                                        << "foo[bar,baz]";
    QTest::addRow("empty extras") << "foo[]"
                                  << "foo" << none << ""
                                  << ""
                                  << ""
                                  << "foo";
    QTest::addRow("specifier") << "name>=3"
                               << "name" << none << ">=3"
                               << ""
                               << ""
                               << "name>=3";
    QTest::addRow("specifiers sorted") << "name>=3,<4"
                                       << "name" << none << "<4,>=3"
                                       << ""
                                       << ""
                                       << "name<4,>=3";
    QTest::addRow("parenthesised with spaces") << "name (>= 1.0 , < 2)"
                                               << "name" << none << "<2,>=1.0"
                                               << ""
                                               << ""
                                               << "name<2,>=1.0";
    QTest::addRow("empty parentheses") << "name()"
                                       << "name" << none << ""
                                       << ""
                                       << ""
                                       << "name";
    QTest::addRow("trailing comma") << "name>=1,"
                                    << "name" << none << ">=1"
                                    << ""
                                    << ""
                                    << "name>=1";
    QTest::addRow("wildcard") << "name==1.4.*"
                              << "name" << none << "==1.4.*"
                              << ""
                              << ""
                              << "name==1.4.*";
    QTest::addRow("local version") << "torch==2.0.1+cu118"
                                   << "torch" << none << "==2.0.1+cu118"
                                   << ""
                                   << ""
                                   << "torch==2.0.1+cu118";
    QTest::addRow("arbitrary equality, empty") << "foo==="
                                               << "foo" << none << "==="
                                               << ""
                                               << ""
                                               << "foo===";
    QTest::addRow("compatible") << "name~=1.4.2"
                                << "name" << none << "~=1.4.2"
                                << ""
                                << ""
                                << "name~=1.4.2";
    QTest::addRow("version text kept") << "name==1.0-1"
                                       << "name" << none << "==1.0-1"
                                       << ""
                                       << ""
                                       << "name==1.0-1";
    QTest::addRow("url") << "name @ https://example.org/name-1.0.whl"
                         << "name" << none << ""
                         << "https://example.org/name-1.0.whl"
                         << ""
                         << "name@ https://example.org/name-1.0.whl";
    QTest::addRow("url with marker") << "name@ https://h/x.zip ; os_name == 'a'"
                                     << "name" << none << ""
                                     << "https://h/x.zip"
                                     << "os_name == \"a\""
                                     << "name@ https://h/x.zip ; os_name == \"a\"";
    QTest::addRow("file url") << "name @ file:///tmp/x.whl"
                              << "name" << none << ""
                              << "file:///tmp/x.whl"
                              << ""
                              << "name@ file:///tmp/x.whl";
    QTest::addRow("vcs url") << "pip @ git+https://github.com/pypa/pip.git@22.0#egg=pip"
                             << "pip" << none << ""
                             << "git+https://github.com/pypa/pip.git@22.0#egg=pip"
                             << ""
                             << "pip@ git+https://github.com/pypa/pip.git@22.0#egg=pip";
    QTest::addRow("marker") << "name; python_version<'3.8'"
                            << "name" << none << ""
                            << ""
                            << "python_version < \"3.8\""
                            << "name; python_version < \"3.8\"";
    QTest::addRow("extra normalised") << "name; extra == 'Dev_Tools'"
                                      << "name" << none << ""
                                      << ""
                                      << "extra == \"dev-tools\""
                                      << "name; extra == \"dev-tools\"";
    QTest::addRow("everything") << "Foo[b,a] (>=1.0,!=1.3.*) ; sys_platform == 'win32' and python_version >= '3.8'"
                                << "Foo" << strings({ "a", "b" }) << "!=1.3.*,>=1.0"
                                << ""
                                << "sys_platform == \"win32\" and python_version >= \"3.8\""
                                << "Foo[a,b]!=1.3.*,>=1.0; sys_platform == \"win32\" and python_version >= \"3.8\"";
    QTest::addRow("alias variable") << "x; python_implementation == 'CPython'"
                                    << "x" << none << ""
                                    << ""
                                    << "platform_python_implementation == \"CPython\""
                                    << "x; platform_python_implementation == \"CPython\"";
}

void TestRequirement::valid()
{
    QFETCH(QString, text);
    const Result<Requirement> req = Requirement::parse(text);
    QVERIFY2(req.ok(), qPrintable(req.ok() ? QString() : req.error().toString()));
    QTEST(req->name(), "name");
    QTEST(req->extras(), "extras");
    QTEST(req->specifier().toString(), "specifier");
    QTEST(req->url(), "url");
    QTEST(req->marker() ? req->marker()->toString() : QString(), "marker");
    QTEST(req->toString(), "canonical");
    // str() is a fixed point.
    const Result<Requirement> again = Requirement::parse(req->toString());
    QVERIFY(again.ok());
    QCOMPARE(again->toString(), req->toString());
}

void TestRequirement::invalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    QTest::addRow("empty") << "" << 1 << "Expected package name at the start of dependency specifier";
    QTest::addRow("no name") << ">=1.0" << 1 << "Expected package name at the start of dependency specifier";
    QTest::addRow("single =") << "numpy=1.2" << 6
                              << "Expected end or semicolon (after name and no valid version specifier)";
    QTest::addRow("garbage after version")
        << "foo>=1.0abc" << 4 << "Expected end or semicolon (after version specifier)";
    QTest::addRow("compatible needs two parts")
        << "foo~=1" << 4 << "Expected end or semicolon (after name and no valid version specifier)";
    QTest::addRow("unclosed extras") << "foo[bar" << 4 << "Expected closing RIGHT_BRACKET";
    QTest::addRow("missing comma") << "foo[bar baz]" << 9 << "Expected comma between extra names";
    QTest::addRow("extra after comma") << "foo[bar,]" << 9 << "Expected extra name after comma";
    QTest::addRow("unclosed parenthesis") << "foo (>=1.0" << 5 << "Expected closing RIGHT_PARENTHESIS";
    QTest::addRow("url missing") << "foo @ " << 7 << "Expected URL after @";
    QTest::addRow("junk after url") << "foo @ https://h/x junk" << 7
                                    << "Expected end or semicolon (after URL and whitespace)";
    QTest::addRow("bad marker variable") << "foo; os == 'a'" << 6 << "Expected a marker variable or quoted string";
    QTest::addRow("bad marker operator")
        << "foo; os_name = 'a'" << 14 << "Expected marker operator, one of <=, <, !=, ==, >=, >, ~=, ===, in, not in";
    QTest::addRow("not without in") << "foo; os_name not 'a'" << 18 << "Expected 'in' after 'not'";
    QTest::addRow("junk after marker") << "foo; os_name == 'a' junk" << 21 << "Expected end of dependency specifier";
    QTest::addRow("url without scheme") << "foo @ /tmp/x" << 7 << "Invalid URL: /tmp/x";
    QTest::addRow("url without host") << "foo @ https:///x" << 7 << "Invalid URL: https:///x";
    QTest::addRow("file url not round-tripping") << "foo @ file:/tmp/x" << 7 << "Invalid URL given";
    QTest::addRow("bad ipv6") << "foo @ http://[bad/x" << 7 << "Invalid IPv6 URL";
}

void TestRequirement::invalid()
{
    QFETCH(QString, text);
    const Result<Requirement> req = Requirement::parse(text);
    QVERIFY(!req.ok());
    QTEST(req.error().column, "column");
    QTEST(req.error().message, "message");
}

void TestRequirement::specifierAndMarkerObjects()
{
    const Result<Requirement> req = Requirement::parse(QStringLiteral("Scikit_Learn>=1.0; python_version >= '3.8'"));
    QVERIFY(req.ok());
    QCOMPARE(req->normalizedName(), QStringLiteral("scikit-learn"));
    QVERIFY(req->specifier().containsText(u"1.2"));
    QVERIFY(!req->specifier().containsText(u"0.24"));
    QVERIFY(req->marker()->evaluate(MarkerEnvironment::target(QStringLiteral("3.10"))));
    QVERIFY(!req->marker()->evaluate(MarkerEnvironment::target(QStringLiteral("3.7.4"))));
}

QTEST_GUILESS_MAIN(TestRequirement)
#include "tst_requirement.moc"
