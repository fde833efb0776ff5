#include "pep/marker.h"

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

class TestMarker : public QObject
{
    Q_OBJECT

private slots:
    void format_data();
    void format();
    void evaluate_data();
    void evaluate();
    void evaluationErrors_data();
    void evaluationErrors();
    void targetEnvironment();
    void variables();
};

void TestMarker::format_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");
    QTest::addRow("quotes become double") << "os_name=='posix'"
                                          << "os_name == \"posix\"";
    QTest::addRow("dotted alias") << "os.name == 'nt'"
                                  << "os_name == \"nt\"";
    QTest::addRow("python_implementation alias") << "python_implementation == 'CPython'"
                                                 << "platform_python_implementation == \"CPython\"";
    QTest::addRow("outer parentheses dropped") << "(os_name == 'a')"
                                               << "os_name == \"a\"";
    QTest::addRow("inner parentheses kept") << "os_name == 'a' and (python_version < '3' or extra == 'x')"
                                            << "os_name == \"a\" and (python_version < \"3\" or extra == \"x\")";
    // packaging prints ((a or b)) without its parentheses even when it changes the meaning.
    QTest::addRow("double parentheses dropped") << "os_name == '1' and ((os_name == '2' or os_name == '3'))"
                                                << "os_name == \"1\" and os_name == \"2\" or os_name == \"3\"";
    QTest::addRow("first extra normalised only") << "extra == 'Foo_Bar' and extra == 'A_B'"
                                                 << "extra == \"foo-bar\" and extra == \"A_B\"";
    QTest::addRow("value on the left") << "'3.8' <= python_version"
                                       << "\"3.8\" <= python_version";
    QTest::addRow("not in") << "'linux' not  in sys_platform"
                            << "\"linux\" not in sys_platform";
    QTest::addRow("escapes decoded") << "os_name == '\\x41\\n'"
                                     << "os_name == \"A\n\"";
    QTest::addRow("trailing text ignored, as packaging 23") << "os_name == 'a' garbage"
                                                            << "os_name == \"a\"";
}

void TestMarker::format()
{
    QFETCH(QString, text);
    const Result<Marker> marker = Marker::parse(text);
    QVERIFY2(marker.ok(), qPrintable(marker.ok() ? QString() : marker.error().message));
    QTEST(marker->toString(), "canonical");
}

void TestMarker::evaluate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("python");
    QTest::addColumn<QString>("platform");
    QTest::addColumn<QString>("extra");
    QTest::addColumn<bool>("expected");

    QTest::addRow("version compare") << "python_version >= '3.8'"
                                     << "3.10"
                                     << "linux"
                                     << "" << true;
    QTest::addRow("version compare is not string compare") << "python_version > '3.9'"
                                                           << "3.10"
                                                           << "linux"
                                                           << "" << true;
    QTest::addRow("old python") << "python_version < '3.8'"
                                << "3.7"
                                << "linux"
                                << "" << true;
    QTest::addRow("full version prerelease rule off") << "python_full_version < '3.11'"
                                                      << "3.11.0"
                                                      << "linux"
                                                      << "" << false;
    QTest::addRow("wildcard") << "python_version == '3.10.*'"
                              << "3.10"
                              << "linux"
                              << "" << true;
    QTest::addRow("compatible") << "python_full_version ~= '3.10.2'"
                                << "3.10.12"
                                << "linux"
                                << "" << true;
    QTest::addRow("sys_platform windows") << "sys_platform == 'win32'"
                                          << "3.10"
                                          << "windows"
                                          << "" << true;
    QTest::addRow("platform_system darwin") << "platform_system == 'Darwin'"
                                            << "3.10"
                                            << "macos"
                                            << "" << true;
    QTest::addRow("machine") << "platform_machine == 'x86_64'"
                             << "3.10"
                             << "linux"
                             << "" << true;
    QTest::addRow("and binds tighter") << "os_name == 'nt' or os_name == 'posix' and python_version < '3'"
                                       << "3.10"
                                       << "linux"
                                       << "" << false;
    QTest::addRow("parentheses") << "(os_name == 'nt' or os_name == 'posix') and python_version > '3'"
                                 << "3.10"
                                 << "linux"
                                 << "" << true;
    QTest::addRow("in substring") << "'linux' in sys_platform"
                                  << "3.10"
                                  << "linux"
                                  << "" << true;
    QTest::addRow("not in") << "'win' not in sys_platform"
                            << "3.10"
                            << "windows"
                            << "" << false;
    QTest::addRow("string order fallback") << "platform_machine > 'aarch64'"
                                           << "3.10"
                                           << "linux"
                                           << "" << true;
    QTest::addRow("extra matches normalised") << "extra == 'Dev_Tools'"
                                              << "3.10"
                                              << "linux"
                                              << "dev.tools" << true;
    QTest::addRow("extra absent") << "extra == 'test'"
                                  << "3.10"
                                  << "linux"
                                  << "" << false;
    QTest::addRow("implementation") << "implementation_name == 'cpython'"
                                    << "3.9"
                                    << "linux"
                                    << "" << true;
}

void TestMarker::evaluate()
{
    QFETCH(QString, text);
    QFETCH(QString, python);
    QFETCH(QString, platform);
    QFETCH(QString, extra);
    const Result<Marker> marker = Marker::parse(text);
    QVERIFY(marker.ok());
    const Result<bool> result = marker->evaluateChecked(MarkerEnvironment::target(python, platform), extra);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QTEST(result.value(), "expected");
}

void TestMarker::evaluationErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addRow("invalid version on a version comparison") << "platform_release >= '5'";
    QTest::addRow("~= on non-versions") << "os_name ~= 'posix'";
    QTest::addRow("two strings look up the environment") << "'a' == 'b'";
}

void TestMarker::evaluationErrors()
{
    QFETCH(QString, text);
    const Result<Marker> marker = Marker::parse(text);
    QVERIFY(marker.ok());
    const MarkerEnvironment env = MarkerEnvironment::target(QStringLiteral("3.10"));
    QVERIFY(!marker->evaluateChecked(env).ok());
    QVERIFY(!marker->evaluate(env));
}

void TestMarker::targetEnvironment()
{
    const MarkerEnvironment onLinux = MarkerEnvironment::target(QStringLiteral("3.10.12"));
    QCOMPARE(onLinux.values.value(QStringLiteral("python_version")), QStringLiteral("3.10"));
    QCOMPARE(onLinux.values.value(QStringLiteral("python_full_version")), QStringLiteral("3.10.12"));
    QCOMPARE(onLinux.values.value(QStringLiteral("sys_platform")), QStringLiteral("linux"));
    QCOMPARE(onLinux.values.value(QStringLiteral("os_name")), QStringLiteral("posix"));
    QCOMPARE(onLinux.values.size(), 11);
    const MarkerEnvironment windows = MarkerEnvironment::target(QStringLiteral("3.8"), QStringLiteral("windows"));
    QCOMPARE(windows.values.value(QStringLiteral("python_full_version")), QStringLiteral("3.8.0"));
    QCOMPARE(windows.values.value(QStringLiteral("platform_machine")), QStringLiteral("AMD64"));
    QCOMPARE(windows.values.value(QStringLiteral("os_name")), QStringLiteral("nt"));
    const MarkerEnvironment mac = MarkerEnvironment::target(QStringLiteral("3.11"), QStringLiteral("macos"));
    QCOMPARE(mac.values.value(QStringLiteral("sys_platform")), QStringLiteral("darwin"));
    QCOMPARE(mac.values.value(QStringLiteral("platform_machine")), QStringLiteral("arm64"));
}

void TestMarker::variables()
{
    const Result<Marker> marker
        = Marker::parse(u"python_version < '3.8' and (extra == 'x' or os.name == 'nt' or python_version > '2')");
    QVERIFY(marker.ok());
    QCOMPARE(marker->variables(), (strings({ "extra", "os_name", "python_version" })));
    QVERIFY(Marker().isEmpty());
    QVERIFY(Marker().evaluate(MarkerEnvironment()));
}

QTEST_GUILESS_MAIN(TestMarker)
#include "tst_marker.moc"
