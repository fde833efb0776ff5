#include "documents/pythonimports.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace envlens;

namespace {

QString toQString(const char *text)
{
    return QString::fromUtf8(text);
}

QString toQString(const QString &text)
{
    return text;
}

template<typename... Items>
QStringList list(const Items &...items)
{
    return QStringList{toQString(items)...};
}

// "module@line:column/level{context}" for each import, so a row's expectation is one readable list.
QStringList describe(const QVector<PythonImport> &imports)
{
    QStringList result;
    for (const PythonImport &import : imports) {
        QString text = import.module + QLatin1Char('@') + QString::number(import.line) + QLatin1Char(':')
            + QString::number(import.column);
        if (import.level > 0)
            text += QLatin1Char('/') + QString::number(import.level);
        if (import.context != PythonImport::TopLevel)
            text += QStringLiteral("{%1}").arg(import.context);
        result.append(text);
    }
    return result;
}

} // namespace

class TestPythonImports : public QObject
{
    Q_OBJECT

private slots:
    void imports_data();
    void imports();
    void namesAndTopLevel();
    void garbageNeverCrashes();
    void fastEnough();
};

void TestPythonImports::imports_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QStringList>("expected");

    const int fn = PythonImport::InFunction;
    const int tryBody = PythonImport::InTry;
    const int except = PythonImport::InExcept;
    QTest::newRow("plain") << "import os\nimport numpy as np\n" << list("os@1:8", "numpy@2:8");
    QTest::newRow("dotted with alias and list") << "import a.b as c, d, e.f\n"
                                                << list("a.b@1:8", "d@1:18", "e.f@1:21");
    QTest::newRow("from") << "from sklearn.linear_model import LogisticRegression\n"
                          << list("sklearn.linear_model@1:6");
    QTest::newRow("relative") << "from . import x\nfrom .mod import y\nfrom ..pkg.sub import (a,\n    b)\n"
                              << list("@1:6/1", "mod@2:6/1", "pkg.sub@3:6/2");
    QTest::newRow("strings are not code")
        << "s = 'import os'\nt = \"from x import y\"\nu = '''\nimport fake\n'''\nv = r\"\"\"import also_fake\"\"\"\n"
           "w = f'{x}' ; import real\n"
        << list("real@7:21");
    QTest::newRow("comments are not code") << "# import os\nx = 1  # import sys\nimport json  # import yaml\n"
                                           << list("json@3:8");
    QTest::newRow("escaped quotes") << "s = 'it\\'s import x'\nd = \"a \\\" import y\"\nimport z\n"
                                    << list("z@3:8");
    QTest::newRow("prefixed strings") << "a = rb'import x'\nb = BR\"import y\"\nc = u'import z'\nimport ok\n"
                                      << list("ok@4:8");
    QTest::newRow("backslash continuation") << "import os, \\\n    sys\nfrom a \\\n    import b\n"
                                            << list("os@1:8", "sys@2:5", "a@3:6");
    QTest::newRow("bracket continuation") << "from pkg import (\n    a,  # comment\n    b,\n)\nimport after\n"
                                          << list("pkg@1:6", "after@5:8");
    QTest::newRow("inside a function")
        << "def load():\n    import torch\n    return torch\nimport top\n"
        << list(QStringLiteral("torch@2:12{%1}").arg(fn), "top@4:8");
    QTest::newRow("nested functions and classes")
        << "class A:\n    def f(self):\n        def g():\n            import deep\n    import in_class\n"
        << list(QStringLiteral("deep@4:20{%1}").arg(fn | PythonImport::InClass),
                       QStringLiteral("in_class@5:12{%1}").arg(PythonImport::InClass));
    QTest::newRow("try fallback")
        << "try:\n    import ujson as json\nexcept ImportError:\n    import json\nelse:\n    pass\nimport after\n"
        << list(QStringLiteral("ujson@2:12{%1}").arg(tryBody), QStringLiteral("json@4:12{%1}").arg(except),
                       "after@7:8");
    QTest::newRow("one-line compound statements")
        << "try: import a\nexcept ImportError: import b\nif x: import c\n"
        << list(QStringLiteral("a@1:13{%1}").arg(tryBody), QStringLiteral("b@2:28{%1}").arg(except),
                       QStringLiteral("c@3:14{%1}").arg(PythonImport::InConditional));
    QTest::newRow("TYPE_CHECKING")
        << "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pandas import DataFrame\nelse:\n"
           "    import runtime_only\nif typing.TYPE_CHECKING:\n    import t2\n"
        << list("typing@1:6", QStringLiteral("pandas@3:10{%1}").arg(PythonImport::InTypeChecking),
                       QStringLiteral("runtime_only@5:12{%1}").arg(PythonImport::InConditional),
                       QStringLiteral("t2@7:12{%1}").arg(PythonImport::InTypeChecking));
    QTest::newRow("async def and decorators")
        << "@decorator(arg='import x')\nasync def handler():\n    import aiohttp\n"
        << list(QStringLiteral("aiohttp@3:12{%1}").arg(fn));
    QTest::newRow("dict literal with colons is not a block")
        << "CONFIG = {\n    'a': 1,\n}\nimport after_dict\n" << list("after_dict@4:8");
    QTest::newRow("semicolons") << "import a; import b;x=1; from c import d\n"
                                << list("a@1:8", "b@1:18", "c@1:30");
    QTest::newRow("keywords as attributes are not imports") << "x.import_module('y')\nimportlib.import_module('z')\n"
                                                            << QStringList();
    QTest::newRow("CRLF and tabs") << "def f():\r\n\timport tabbed\r\nimport top\r\n"
                                   << list(QStringLiteral("tabbed@2:9{%1}").arg(fn), "top@3:8");
    QTest::newRow("unterminated string costs one line") << "s = 'oops\nimport fine\n" << list("fine@2:8");
    QTest::newRow("unterminated triple string") << "import a\ns = '''never closed\nimport hidden\n"
                                                << list("a@1:8");
    QTest::newRow("match statement")
        << "match command:\n    case 'x':\n        import inside_case\nmatch = 3\nimport after\n"
        << list(QStringLiteral("inside_case@3:16{%1}").arg(PythonImport::InConditional), "after@5:8");
    QTest::newRow("non-ASCII identifiers") << "import caf\u00e9\nfrom \u00fcber import x\n"
                                           << list(QString::fromUtf8("caf\xc3\xa9@1:8"),
                                                          QString::fromUtf8("\xc3\xbc" "ber@2:6"));
    QTest::newRow("empty") << "" << QStringList();
}

void TestPythonImports::imports()
{
    QFETCH(QString, source);
    QFETCH(QStringList, expected);
    QCOMPARE(describe(extractPythonImports(source)), expected);
}

void TestPythonImports::namesAndTopLevel()
{
    const QVector<PythonImport> imports
        = extractPythonImports(u"from a.b import (c as d, e)\nfrom . import *\nimport x.y.z\n");
    QCOMPARE(imports.size(), 3);
    QCOMPARE(imports.at(0).topLevel, QStringLiteral("a"));
    QCOMPARE(imports.at(0).names, (QStringList{QStringLiteral("c"), QStringLiteral("e")}));
    QVERIFY(imports.at(1).isRelative());
    QVERIFY(imports.at(1).topLevel.isEmpty());
    QCOMPARE(imports.at(1).names, QStringList{QStringLiteral("*")});
    QCOMPARE(imports.at(2).module, QStringLiteral("x.y.z"));
    QCOMPARE(imports.at(2).topLevel, QStringLiteral("x"));
    QVERIFY(imports.at(2).names.isEmpty());
}

void TestPythonImports::garbageNeverCrashes()
{
    QRandomGenerator random(42);
    const QString alphabet
        = QStringLiteral("import from as . , ( ) [ ] { } \\ \n \r ' \" # : ; \t try except def x y 0 \u00e9");
    for (int round = 0; round < 300; ++round) {
        QString source;
        const int length = int(random.bounded(400));
        for (int i = 0; i < length; ++i) {
            if (random.bounded(4) == 0)
                source += QChar(char16_t(random.bounded(0x10000)));
            else
                source += alphabet.at(int(random.bounded(alphabet.size())));
        }
        const QVector<PythonImport> imports = extractPythonImports(source);
        for (const PythonImport &import : imports) {
            QVERIFY(import.line >= 1);
            QVERIFY(import.column >= 1);
        }
    }
    QByteArray binary(4096, '\0');
    for (int i = 0; i < binary.size(); ++i)
        binary[i] = char(random.bounded(256));
    QVERIFY(extractPythonImports(QString::fromLatin1(binary)).size() >= 0);
}

void TestPythonImports::fastEnough()
{
    QString source;
    const QString chunk = QStringLiteral(
        "import os\nfrom typing import List\n\n\ndef f(x: List[int]) -> int:\n"
        "    \"\"\"Doc string with import x.\"\"\"\n"
        "    s = 'text # not a comment'\n    return sum(x)  # comment\n");
    while (source.size() < 2 * 1024 * 1024)
        source += chunk;
    QElapsedTimer timer;
    timer.start();
    const QVector<PythonImport> imports = extractPythonImports(source);
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(imports.size(), 2 * (source.size() / chunk.size()));
    // A guard against accidental quadratic behaviour, not a benchmark: 2 MB well within two seconds
    // even in an unoptimised build.
    QVERIFY2(elapsed < 2000, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));
}

QTEST_GUILESS_MAIN(TestPythonImports)
#include "tst_pythonimports.moc"
