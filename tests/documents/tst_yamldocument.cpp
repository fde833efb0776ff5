#include "documents/yamldocument.h"
#include "testfiles.h"
#include "testpaths.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace envlens;

namespace {

QStringList corpusYamlFiles()
{
    QStringList files;
    QDirIterator it(test::corpusDir(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString name = QFileInfo(path).fileName();
        if (name == QLatin1String("MLmodel") || name.endsWith(QLatin1String(".yaml")))
            files.append(path);
    }
    files.sort();
    return files;
}

QStringList fixtureYamlFiles()
{
    QStringList files;
    QDirIterator it(test::dataDir() + QStringLiteral("/documents/yaml"), {QStringLiteral("*.yaml")}, QDir::Files);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

// YAML line folding, as plain and quoted scalars apply it: a single break becomes a space, each
// further empty line a newline; the blanks around breaks go.
QString fold(const QString &source)
{
    QString text = source;
    text.remove(QLatin1Char('\r'));
    const QStringList lines = text.split(QLatin1Char('\n'));
    QString result;
    int breaks = 0;
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        const bool last = i + 1 == lines.size();
        if (i > 0) {
            while (!line.isEmpty() && (line.front() == QLatin1Char(' ') || line.front() == QLatin1Char('\t')))
                line.remove(0, 1);
        }
        while (!last && !line.isEmpty() && (line.back() == QLatin1Char(' ') || line.back() == QLatin1Char('\t')))
            line.chop(1);
        if (i == 0) {
            result = line;
            continue;
        }
        if (line.isEmpty() && !last) {
            ++breaks;
            continue;
        }
        result += breaks > 0 ? QString(breaks, QLatin1Char('\n')) : QStringLiteral(" ");
        result += line;
        breaks = 0;
    }
    return result;
}

// Checks that the source text at every node's recorded position is that node: the scalar read
// back from its span equals yaml-cpp's value, collections start and end where they should, and
// the byte offsets point at the same text as the character offsets.
void checkSpans(const YamlDocument &doc, const YamlNode &node, const QString &where)
{
    const TextSpan span = node.span();
    QVERIFY2(span.isValid(), qPrintable(where));
    const QString text = doc.textOf(node);
    const TextFile &file = doc.file();
    if (!file.invalidUtf8()) {
        QCOMPARE(QString::fromUtf8(file.bytesOf(span)), text);
    }
    QCOMPARE(file.posAt(span.start.offset), span.start);
    const QString context = where + QStringLiteral(": source '") + text + QStringLiteral("', value '")
        + node.scalar() + QLatin1Char('\'');
    switch (node.style()) {
    case YamlNode::Style::Plain:
        if (node.isScalar())
            QVERIFY2(fold(text) == node.scalar(), qPrintable(context));
        else
            QVERIFY2(text == QLatin1String("null") || text == QLatin1String("~") || text == QLatin1String("Null")
                         || text == QLatin1String("NULL"),
                     qPrintable(context));
        break;
    case YamlNode::Style::SingleQuoted:
        QVERIFY2(text.startsWith(QLatin1Char('\'')) && text.endsWith(QLatin1Char('\'')) && text.size() >= 2,
                 qPrintable(context));
        QVERIFY2(fold(text.mid(1, text.size() - 2)).replace(QLatin1String("''"), QLatin1String("'")) == node.scalar(),
                 qPrintable(context));
        break;
    case YamlNode::Style::DoubleQuoted:
        QVERIFY2(text.startsWith(QLatin1Char('"')) && text.endsWith(QLatin1Char('"')) && text.size() >= 2,
                 qPrintable(context));
        if (!text.contains(QLatin1Char('\\')))
            QVERIFY2(fold(text.mid(1, text.size() - 2)) == node.scalar(), qPrintable(context));
        break;
    case YamlNode::Style::Literal:
    case YamlNode::Style::Folded: {
        QVERIFY2(text.startsWith(QLatin1Char('|')) || text.startsWith(QLatin1Char('>')), qPrintable(context));
        const QString lastLine = text.section(QLatin1Char('\n'), -1).trimmed();
        QVERIFY2(node.scalar().trimmed().endsWith(lastLine), qPrintable(context));
        break;
    }
    case YamlNode::Style::Empty:
        QCOMPARE(span.length(), 0);
        break;
    case YamlNode::Style::Flow:
        QVERIFY2(text.startsWith(node.isMap() ? QLatin1Char('{') : QLatin1Char('[')), qPrintable(context));
        QVERIFY2(text.endsWith(node.isMap() ? QLatin1Char('}') : QLatin1Char(']')), qPrintable(context));
        break;
    case YamlNode::Style::Block:
        if (node.isSequence())
            QVERIFY2(text.startsWith(QLatin1Char('-')), qPrintable(context));
        else if (node.size() > 0 && !node.isAlias())
            QCOMPARE(span.start, node.pairs().first().key.span().start);
        break;
    case YamlNode::Style::None:
        QFAIL(qPrintable(context));
    }
    if (node.isAlias())
        return; // the anchored node was checked where it is written
    for (int i = 0; i < node.items().size(); ++i)
        checkSpans(doc, node.at(i), where + QStringLiteral("[%1]").arg(i));
    for (const YamlNode::Pair &pair : node.pairs()) {
        checkSpans(doc, pair.key, where + QStringLiteral("/key"));
        checkSpans(doc, pair.value, where + QLatin1Char('/') + pair.key.scalar());
    }
}

// Our tree with PyYAML's types, in the shape the oracle script prints.
QJsonValue tagged(const YamlNode &node)
{
    using T = YamlNode::ResolvedType;
    switch (node.resolvedType()) {
    case T::Null:
        return QJsonArray{QStringLiteral("N")};
    case T::Bool:
        return QJsonArray{QStringLiteral("B")};
    case T::Int:
        return QJsonArray{QStringLiteral("I")};
    case T::Float:
        return QJsonArray{QStringLiteral("F")};
    case T::Timestamp:
        return QJsonArray{QStringLiteral("T")};
    case T::String:
        return QJsonArray{QStringLiteral("S"), node.scalar()};
    case T::Sequence: {
        QJsonArray items;
        for (const YamlNode &item : node.items())
            items.append(tagged(item));
        return QJsonArray{QStringLiteral("L"), items};
    }
    case T::Map: {
        QJsonArray pairs;
        for (const YamlNode::Pair &pair : node.pairs())
            pairs.append(QJsonArray{tagged(pair.key), tagged(pair.value)});
        return QJsonArray{QStringLiteral("M"), pairs};
    }
    case T::None:
        break;
    }
    return QJsonArray{QStringLiteral("?")};
}

const char *kOracleScript = R"PY(
import datetime, json, sys, yaml
def tag(v):
    if v is None: return ["N"]
    if isinstance(v, bool): return ["B"]
    if isinstance(v, int): return ["I"]
    if isinstance(v, float): return ["F"]
    if isinstance(v, (datetime.date, datetime.datetime)): return ["T"]
    if isinstance(v, str): return ["S", v]
    if isinstance(v, list): return ["L", [tag(x) for x in v]]
    if isinstance(v, dict): return ["M", [[tag(k), tag(x)] for k, x in v.items()]]
    return ["?"]
out = []
for path in open(sys.argv[1], encoding="utf-8").read().splitlines():
    with open(path, "rb") as f:
        out.append(tag(yaml.safe_load(f)))
print(json.dumps(out))
)PY";

} // namespace

class TestYamlDocument : public QObject
{
    Q_OBJECT

private slots:
    void realFilesParseWithExactSpans_data();
    void realFilesParseWithExactSpans();
    void typesMatchPyYaml();
    void styles_data();
    void styles();
    void positionsInAwkwardEncodings_data();
    void positionsInAwkwardEncodings();
    void hostileInput_data();
    void hostileInput();
    void syntaxErrorsHaveLineAndColumn_data();
    void syntaxErrorsHaveLineAndColumn();
    void aliasesShareWithoutCopies();
    void lookups();
    void mutatedFilesNeverCrash();
};

void TestYamlDocument::realFilesParseWithExactSpans_data()
{
    QTest::addColumn<QString>("path");
    const QStringList files = corpusYamlFiles() + fixtureYamlFiles();
    QVERIFY(files.size() >= 40);
    for (const QString &path : files)
        QTest::newRow(qPrintable(QDir(test::sharedDir()).relativeFilePath(path))) << path;
}

void TestYamlDocument::realFilesParseWithExactSpans()
{
    QFETCH(QString, path);
    const Result<YamlDocument> doc = YamlDocument::parse(test::readFile(path), path);
    QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().toString()));
    checkSpans(*doc, doc->root(), QStringLiteral("root"));
}

void TestYamlDocument::typesMatchPyYaml()
{
    const QStringList files = corpusYamlFiles() + fixtureYamlFiles();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile list(dir.filePath(QStringLiteral("files.txt")));
    QVERIFY(list.open(QIODevice::WriteOnly));
    list.write(files.join(QLatin1Char('\n')).toUtf8());
    list.close();
    QProcess python;
    python.start(test::oraclePython(),
                 {QStringLiteral("-c"), QString::fromUtf8(kOracleScript), list.fileName()});
    QVERIFY(python.waitForFinished(60000));
    QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
    const QJsonArray expected = QJsonDocument::fromJson(python.readAllStandardOutput()).array();
    QCOMPARE(expected.size(), files.size());
    for (int i = 0; i < files.size(); ++i) {
        const Result<YamlDocument> doc = YamlDocument::parse(test::readFile(files.at(i)), files.at(i));
        QVERIFY(doc.ok());
        const QJsonValue ours = tagged(doc->root());
        if (ours != expected.at(i)) {
            qWarning("ours:   %s", QJsonDocument(ours.toArray()).toJson(QJsonDocument::Compact).constData());
            qWarning("PyYAML: %s", QJsonDocument(expected.at(i).toArray()).toJson(QJsonDocument::Compact).constData());
            QFAIL(qPrintable(files.at(i)));
        }
    }
}

void TestYamlDocument::styles_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QStringList>("path");
    QTest::addColumn<int>("style");
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("type");

    using S = YamlNode::Style;
    using T = YamlNode::ResolvedType;
    const QStringList python{QStringLiteral("python")};
    QTest::newRow("plain float") << QByteArray("python: 3.8\n") << python << int(S::Plain) << "3.8" << int(T::Float);
    QTest::newRow("plain 3.10 is a float") << QByteArray("python: 3.10\n") << python << int(S::Plain) << "3.10"
                                           << int(T::Float);
    QTest::newRow("plain three parts") << QByteArray("python: 3.8.10\n") << python << int(S::Plain) << "3.8.10"
                                       << int(T::String);
    QTest::newRow("single quoted") << QByteArray("python: '3.8'\n") << python << int(S::SingleQuoted) << "'3.8'"
                                   << int(T::String);
    QTest::newRow("double quoted") << QByteArray("python: \"3.10.19\"  # c\n") << python << int(S::DoubleQuoted)
                                   << "\"3.10.19\"" << int(T::String);
    QTest::newRow("explicit str tag") << QByteArray("python: !!str 3.8\n") << python << int(S::Plain) << "3.8"
                                      << int(T::String);
    QTest::newRow("empty null") << QByteArray("python:\nx: 1\n") << python << int(S::Empty) << "" << int(T::Null);
    QTest::newRow("empty null before a null key") << QByteArray("python:\nnull: 1\n") << python << int(S::Empty)
                                                  << "" << int(T::Null);
    QTest::newRow("written null") << QByteArray("python: null\n") << python << int(S::Plain) << "null"
                                  << int(T::Null);
    QTest::newRow("tilde") << QByteArray("python: ~ # none\n") << python << int(S::Plain) << "~" << int(T::Null);
    QTest::newRow("bool") << QByteArray("python: yes\n") << python << int(S::Plain) << "yes" << int(T::Bool);
    QTest::newRow("int") << QByteArray("python: 3\n") << python << int(S::Plain) << "3" << int(T::Int);
    QTest::newRow("timestamp") << QByteArray("python: 2025-05-20 09:14:03.512345\n") << python << int(S::Plain)
                               << "2025-05-20 09:14:03.512345" << int(T::Timestamp);
    QTest::newRow("plain with comment") << QByteArray("python: 3.8.1   # pinned\n") << python << int(S::Plain)
                                        << "3.8.1" << int(T::String);
    QTest::newRow("multi-line plain") << QByteArray("python: a\n  b\n\n  c\nx: 1\n") << python << int(S::Plain)
                                      << "a\n  b\n\n  c" << int(T::String);
    QTest::newRow("url with colons") << QByteArray("a: file:///C:/x/y # c\n") << QStringList{QStringLiteral("a")}
                                     << int(S::Plain) << "file:///C:/x/y" << int(T::String);
    QTest::newRow("literal block") << QByteArray("a: |\n  one\n  two\n\nb: 1\n") << QStringList{QStringLiteral("a")}
                                   << int(S::Literal) << "|\n  one\n  two" << int(T::String);
    QTest::newRow("folded block") << QByteArray("a: >-\n  one\n  two\n") << QStringList{QStringLiteral("a")}
                                  << int(S::Folded) << ">-\n  one\n  two" << int(T::String);
    QTest::newRow("quoted over lines") << QByteArray("a: 'x y\n  z'\nb: 1\n") << QStringList{QStringLiteral("a")}
                                       << int(S::SingleQuoted) << "'x y\n  z'" << int(T::String);
    QTest::newRow("escaped quote") << QByteArray("a: 'it''s'\n") << QStringList{QStringLiteral("a")}
                                   << int(S::SingleQuoted) << "'it''s'" << int(T::String);
    QTest::newRow("double escapes") << QByteArray("a: \"x\\\"y\" \n") << QStringList{QStringLiteral("a")}
                                    << int(S::DoubleQuoted) << "\"x\\\"y\"" << int(T::String);
    QTest::newRow("flow sequence") << QByteArray("a: [x, 'y', {b: c}] # c\n") << QStringList{QStringLiteral("a")}
                                   << int(S::Flow) << "[x, 'y', {b: c}]" << int(T::Sequence);
    QTest::newRow("flow over lines") << QByteArray("a: [x,\n  y,\n]\nb: 1\n") << QStringList{QStringLiteral("a")}
                                     << int(S::Flow) << "[x,\n  y,\n]" << int(T::Sequence);
    QTest::newRow("unindented sequence") << QByteArray("a:\n- x\n- y\nb: 1\n") << QStringList{QStringLiteral("a")}
                                         << int(S::Block) << "- x\n- y" << int(T::Sequence);
    QTest::newRow("indented sequence") << QByteArray("a:\n  - x\n  - y  # c\nb: 1\n")
                                       << QStringList{QStringLiteral("a")} << int(S::Block) << "- x\n  - y"
                                       << int(T::Sequence);
    QTest::newRow("nested map") << QByteArray("a:\n  b: 1\n  c:\n    d: x\n# end\n")
                                << QStringList{QStringLiteral("a")} << int(S::Block) << "b: 1\n  c:\n    d: x"
                                << int(T::Map);
    QTest::newRow("anchored value") << QByteArray("a: &x value\n") << QStringList{QStringLiteral("a")}
                                    << int(S::Plain) << "value" << int(T::String);
    QTest::newRow("non-ASCII") << QByteArray("a: caf\xc3\xa9 \xf0\x9f\x90\x8d\n") << QStringList{QStringLiteral("a")}
                               << int(S::Plain) << QString::fromUtf8("caf\xc3\xa9 \xf0\x9f\x90\x8d") << int(T::String);
}

void TestYamlDocument::styles()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QStringList, path);
    QFETCH(int, style);
    QFETCH(QString, source);
    QFETCH(int, type);
    const Result<YamlDocument> doc = YamlDocument::parse(yaml);
    QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().toString()));
    const YamlNode node = doc->root().path(path);
    QVERIFY(node.isValid());
    QCOMPARE(int(node.style()), style);
    QCOMPARE(doc->textOf(node), source);
    QCOMPARE(int(node.resolvedType()), type);
    checkSpans(*doc, doc->root(), QStringLiteral("root"));
}

void TestYamlDocument::positionsInAwkwardEncodings_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("byteOffset");
    QTest::addColumn<QString>("value");

    QTest::newRow("LF") << QByteArray("a: 1\nkey: value\n") << 2 << 6 << 10 << "value";
    QTest::newRow("CRLF") << QByteArray("a: 1\r\nkey: value\r\n") << 2 << 6 << 11 << "value";
    QTest::newRow("BOM") << QByteArray("\xef\xbb\xbf" "a: 1\nkey: value\n") << 2 << 6 << 13 << "value";
    QTest::newRow("BOM and CRLF, no final newline") << QByteArray("\xef\xbb\xbf" "a: 1\r\nkey: value") << 2 << 6
                                                    << 14 << "value";
    QTest::newRow("UTF-8 before") << QByteArray("a: \xc3\xa9\xc3\xa9\nkey: value\n") << 2 << 6 << 13 << "value";
    QTest::newRow("invalid UTF-8 before") << QByteArray("a: \xff\xfe\nkey: value\n") << 2 << 6 << 11 << "value";
    QTest::newRow("same line after invalid") << QByteArray("key: \xe9t\xe9 value\n") << 1 << 6 << 5
                                             << QString(QChar(0xFFFD)) + QStringLiteral("t") + QChar(0xFFFD)
            + QStringLiteral(" value");
    QTest::newRow("astral plane before") << QByteArray("a: \xf0\x9f\x90\x8d\nkey: value\n") << 2 << 6 << 13
                                         << "value";
}

void TestYamlDocument::positionsInAwkwardEncodings()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(int, byteOffset);
    QFETCH(QString, value);
    const Result<YamlDocument> doc = YamlDocument::parse(yaml);
    QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().toString()));
    const YamlNode node = doc->root().get(u"key");
    QCOMPARE(node.scalar(), value);
    QCOMPARE(node.start().line, line);
    QCOMPARE(node.start().column, column);
    QCOMPARE(node.start().byteOffset, qsizetype(byteOffset));
    QCOMPARE(doc->textOf(node), value);
    if (!doc->file().invalidUtf8()) {
        QCOMPARE(QString::fromUtf8(doc->file().bytesOf(node.span())), value);
    }
}

void TestYamlDocument::hostileInput_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("maxMs");

    QByteArray bomb = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
    for (char c = 'b'; c <= 'j'; ++c) {
        const QByteArray previous(1, char(c - 1));
        bomb += QByteArray(1, c) + ": &" + QByteArray(1, c) + " [";
        for (int i = 0; i < 9; ++i)
            bomb += (i ? ",*" : "*") + previous;
        bomb += "]\n";
    }
    QTest::newRow("billion laughs") << bomb << "too many nodes (alias expansion?)" << 0 << 1000;

    QByteArray wideBomb = "a0: &a0 {x: 1, y: 2, z: 3, w: 4}\n";
    for (int i = 1; i <= 20; ++i) {
        const QByteArray previous = "*a" + QByteArray::number(i - 1);
        wideBomb += "a" + QByteArray::number(i) + ": &a" + QByteArray::number(i) + " {p: " + previous + ", q: "
            + previous + ", r: " + previous + ", s: " + previous + "}\n";
    }
    QTest::newRow("alias chain of maps") << wideBomb << "too many nodes (alias expansion?)" << 0 << 1000;
    QTest::newRow("recursive alias") << QByteArray("a: &a [1, *a]\n") << "recursive alias" << 1 << 1000;
    // Not an attack on its own, but the node budget must stop it too; yaml-cpp alone needs about 0.5 s
    // for these events, so this row's guard is looser.
    QByteArray flat;
    for (int i = 0; i < 250000; ++i)
        flat += "- 1\n";
    QTest::newRow("250k items") << flat << "too many nodes" << 0 << 5000;
    QTest::newRow("10k nested sequences") << QByteArray(10000, '[') + QByteArray(10000, ']') << "nesting too deep"
                                          << 1 << 1000;
    QByteArray maps;
    for (int i = 0; i < 10000; ++i)
        maps += "{a: ";
    QTest::newRow("10k nested flow maps") << maps + QByteArray(10000, '}') << "nesting too deep" << 1 << 1000;
    QByteArray block;
    for (int i = 0; i < 1000; ++i)
        block += QByteArray(i, ' ') + "k:\n";
    QTest::newRow("deep block maps") << block << "nesting too deep" << 201 << 1000;
    QByteArray dashes;
    for (int i = 0; i < 10000; ++i)
        dashes += "- ";
    QTest::newRow("compact nested sequences") << dashes + "x\n" << "nesting too deep" << 1 << 1000;
    QTest::newRow("NUL byte") << QByteArray("a: 1\nb: x\0y\n", 13) << "NUL" << 2 << 1000;
    QTest::newRow("binary garbage") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << "NUL" << 3 << 1000;
    QTest::newRow("5 MB line") << "a: " + QByteArray(5 * 1024 * 1024, 'x') + "\n" << "too long" << 1 << 1000;
    QTest::newRow("5 MB quoted line") << "a: '" + QByteArray(5 * 1024 * 1024, 'x') + "'\n" << "too long" << 1 << 1000;
    QTest::newRow("two documents") << QByteArray("a: 1\n---\nb: 2\n") << "more than one YAML document" << 2 << 1000;
    QTest::newRow("undefined alias") << QByteArray("a: *nowhere\n") << "YAML syntax error" << 1 << 1000;
}

void TestYamlDocument::hostileInput()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, message);
    QFETCH(int, line);
    QFETCH(int, maxMs);
    QElapsedTimer timer;
    timer.start();
    const Result<YamlDocument> doc = YamlDocument::parse(yaml, QStringLiteral("MLmodel"));
    const qint64 elapsed = timer.elapsed();
    QVERIFY(!doc.ok());
    QVERIFY2(doc.error().message.contains(message), qPrintable(doc.error().message));
    QCOMPARE(doc.error().file, QStringLiteral("MLmodel"));
    if (line > 0)
        QCOMPARE(doc.error().line, line);
    QVERIFY2(elapsed < maxMs, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));
}

void TestYamlDocument::syntaxErrorsHaveLineAndColumn_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::newRow("unclosed flow") << QByteArray("a: 1\nb: [1, 2\n") << 3 << 1;
    QTest::newRow("bad indentation") << QByteArray("a:\n  b: 1\n c: 2\n") << 3 << 2;
    QTest::newRow("tab indentation") << QByteArray("a:\n\tb: 1\n") << 2 << 3;
    QTest::newRow("unclosed quote") << QByteArray("a: 1\nb: 'x\n") << 2 << 4;
    QTest::newRow("unclosed double quote") << QByteArray("a: \"x\\\"\n") << 1 << 4;
    QTest::newRow("after UTF-8") << QByteArray("\xc3\xa9\xc3\xa9: [1,\n") << 2 << 1;
}

void TestYamlDocument::syntaxErrorsHaveLineAndColumn()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    QFETCH(int, column);
    const Result<YamlDocument> doc = YamlDocument::parse(yaml, QStringLiteral("conda.yaml"));
    QVERIFY(!doc.ok());
    QVERIFY2(doc.error().message.startsWith(QLatin1String("YAML syntax error"))
                 || doc.error().message.startsWith(QLatin1String("unterminated")),
             qPrintable(doc.error().message));
    QCOMPARE(doc.error().line, line);
    QCOMPARE(doc.error().column, column);
}

void TestYamlDocument::aliasesShareWithoutCopies()
{
    const Result<YamlDocument> doc = YamlDocument::parse("base: &b {x: 1}\nother: *b\n");
    QVERIFY(doc.ok());
    const YamlNode alias = doc->root().get(u"other");
    QVERIFY(alias.isAlias());
    QCOMPARE(alias.aliasName(), QStringLiteral("b"));
    QCOMPARE(alias.get(u"x").scalar(), QStringLiteral("1"));
    QCOMPARE(doc->textOf(alias), QStringLiteral("*b"));
    QCOMPARE(doc->root().get(u"base").anchor(), QStringLiteral("b"));
    QCOMPARE(alias.get(u"x").data(), doc->root().get(u"base").get(u"x").data());
}

void TestYamlDocument::lookups()
{
    const Result<YamlDocument> doc = YamlDocument::parse("a:\n  b:\n    c: deep\nlist: [1, 2]\nempty: {}\n");
    QVERIFY(doc.ok());
    const YamlNode root = doc->root();
    QCOMPARE(root.keys(), (QStringList{QStringLiteral("a"), QStringLiteral("list"), QStringLiteral("empty")}));
    QCOMPARE(root.path({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}).scalar(),
             QStringLiteral("deep"));
    QVERIFY(!root.path({QStringLiteral("a"), QStringLiteral("missing"), QStringLiteral("c")}).isValid());
    QVERIFY(!root.field(u"missing").isPresent());
    QVERIFY(root.has(u"list"));
    QCOMPARE(root.get(u"list").size(), 2);
    QCOMPARE(root.get(u"list").at(1).scalar(), QStringLiteral("2"));
    QVERIFY(!root.get(u"list").at(2).isValid());
    QVERIFY(root.get(u"empty").isMap());
    QCOMPARE(doc->textOf(root.get(u"empty")), QStringLiteral("{}"));
    QCOMPARE(root.get(u"a").get(u"b").indentColumn(), 5);

    const Result<YamlDocument> empty = YamlDocument::parse("# only a comment\n");
    QVERIFY(empty.ok());
    QVERIFY(empty->root().isNull());
    QCOMPARE(int(empty->root().style()), int(YamlNode::Style::Empty));
}

namespace {

// Every node's span lies inside the text, starts no later than it ends, and children follow
// their parent's start.
void checkSpansInside(const YamlNode &node, qsizetype size)
{
    const TextSpan span = node.span();
    QVERIFY(span.isValid());
    QVERIFY(span.start.offset <= span.end.offset);
    QVERIFY(span.end.offset <= size);
    if (node.isAlias())
        return;
    for (const YamlNode &item : node.items())
        checkSpansInside(item, size);
    for (const YamlNode::Pair &pair : node.pairs()) {
        checkSpansInside(pair.key, size);
        checkSpansInside(pair.value, size);
    }
}

} // namespace

void TestYamlDocument::mutatedFilesNeverCrash()
{
    QRandomGenerator random(2024);
    const QByteArray specials = "[]{}:-#'\"|>&*!?,\n\r\t \\%@`\xc3\xff";
    int parsed = 0, failed = 0;
    for (const QString &path : corpusYamlFiles()) {
        const QByteArray original = test::readFile(path);
        for (int round = 0; round < 40; ++round) {
            QByteArray bytes = original;
            const int edits = 1 + int(random.bounded(6));
            for (int e = 0; e < edits && !bytes.isEmpty(); ++e) {
                const int at = int(random.bounded(bytes.size()));
                switch (random.bounded(3)) {
                case 0:
                    bytes[at] = specials.at(int(random.bounded(specials.size())));
                    break;
                case 1:
                    bytes.insert(at, specials.at(int(random.bounded(specials.size()))));
                    break;
                default:
                    bytes.truncate(at);
                    break;
                }
            }
            QElapsedTimer timer;
            timer.start();
            const Result<YamlDocument> doc = YamlDocument::parse(bytes);
            QVERIFY(timer.elapsed() < 1000);
            if (doc.ok()) {
                ++parsed;
                checkSpansInside(doc->root(), doc->file().text().size());
            } else {
                ++failed;
                QVERIFY(!doc.error().message.isEmpty());
                QVERIFY(doc.error().line >= 0 && doc.error().line <= TextFile::fromBytes(bytes).lineCount() + 1);
            }
        }
    }
    QVERIFY(parsed > 0);
    QVERIFY(failed > 0);
}

QTEST_GUILESS_MAIN(TestYamlDocument)
#include "tst_yamldocument.moc"
