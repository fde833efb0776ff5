#include "documents/requirementsdocument.h"
#include "testfiles.h"
#include "testpaths.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace envlens;

namespace {

QStringList requirementFiles()
{
    QStringList files;
    QDirIterator corpus(test::corpusDir(), {QStringLiteral("*.txt")}, QDir::Files, QDirIterator::Subdirectories);
    while (corpus.hasNext())
        files.append(corpus.next());
    QDirIterator fixtures(test::dataDir() + QStringLiteral("/documents/requirements"), {QStringLiteral("*.txt")},
                          QDir::Files);
    while (fixtures.hasNext())
        files.append(fixtures.next());
    files.sort();
    return files;
}

// pip's own reader (Debian's python3-pip): decoding, splitlines, join_lines, ignore_comments.
const char *kOracleScript = R"PY(
import json, sys
from pip._internal.req.req_file import get_file_content, preprocess
out = []
for path in open(sys.argv[1], encoding="utf-8").read().splitlines():
    _, content = get_file_content(path, None)
    out.append([[n, line] for n, line in preprocess(content)])
print(json.dumps(out))
)PY";

QString relative(const QString &path)
{
    return path.startsWith(test::dataDir()) ? QDir(test::dataDir()).relativeFilePath(path)
                                            : QDir(test::corpusDir()).relativeFilePath(path);
}

} // namespace

class TestRequirementsDocument : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void linesEqualPip_data();
    void linesEqualPip();
    void positionsAreExact_data();
    void positionsAreExact();
    void continuationSpans();
    void includesAndOptions_data();
    void includesAndOptions();
    void lockLayout();
    void unlockedFile();
    void emptyFiles_data();
    void emptyFiles();

private:
    QHash<QString, QJsonArray> m_pip;
};

void TestRequirementsDocument::initTestCase()
{
    const QStringList files = requirementFiles();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile list(dir.filePath(QStringLiteral("files.txt")));
    QVERIFY(list.open(QIODevice::WriteOnly));
    list.write(files.join(QLatin1Char('\n')).toUtf8());
    list.close();
    QProcess python;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    python.setProcessEnvironment(env);
    python.start(test::oraclePython(), {QStringLiteral("-c"), QString::fromUtf8(kOracleScript), list.fileName()});
    QVERIFY(python.waitForFinished(60000));
    QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
    const QJsonArray results = QJsonDocument::fromJson(python.readAllStandardOutput()).array();
    QCOMPARE(results.size(), files.size());
    for (int i = 0; i < files.size(); ++i)
        m_pip.insert(files.at(i), results.at(i).toArray());
}

void TestRequirementsDocument::linesEqualPip_data()
{
    QTest::addColumn<QString>("path");
    const QStringList files = requirementFiles();
    QVERIFY(files.size() >= 15);
    for (const QString &path : files)
        QTest::newRow(qPrintable(relative(path))) << path;
}

void TestRequirementsDocument::linesEqualPip()
{
    QFETCH(QString, path);
    const RequirementsDocument doc = RequirementsDocument::parse(test::readFile(path), path);
    QJsonArray ours;
    for (const RequirementLine &line : doc.pipLines())
        ours.append(QJsonArray{line.pipLineNumber, line.text});
    const QJsonArray pip = m_pip.value(path);
    if (ours != pip) {
        qWarning("ours: %s", QJsonDocument(ours).toJson(QJsonDocument::Compact).constData());
        qWarning("pip:  %s", QJsonDocument(pip).toJson(QJsonDocument::Compact).constData());
    }
    QCOMPARE(ours, pip);
}

void TestRequirementsDocument::positionsAreExact_data()
{
    linesEqualPip_data();
}

void TestRequirementsDocument::positionsAreExact()
{
    QFETCH(QString, path);
    const QByteArray bytes = test::readFile(path);
    const RequirementsDocument doc = RequirementsDocument::parse(bytes, path);
    const TextFile &file = doc.file();
    // pip also breaks lines at \v, \f, \x1c-\x1e, \x85, U+2028/9, which editors do not.
    static const QRegularExpression pythonOnlyBreaks(QStringLiteral("[\\x0b\\x0c\\x1c-\\x1e\\x85\\x{2028}\\x{2029}]"));
    const bool editorBreaksOnly = !file.text().contains(pythonOnlyBreaks);
    int previousLast = 0;
    for (const RequirementLine &line : doc.lines()) {
        QVERIFY(editorBreaksOnly ? line.firstLine > previousLast : line.firstLine >= previousLast);
        QVERIFY(line.lastLine >= line.firstLine);
        previousLast = line.lastLine;
        QCOMPARE(line.span.start.line, line.firstLine);
        if (editorBreaksOnly)
            QCOMPARE(line.span.start.column, 1);
        QCOMPARE(file.bytesOf(line.span), bytes.mid(line.span.start.byteOffset, line.span.byteLength()));
        if (line.comment.isEmpty()) {
            QVERIFY(!line.commentSpan.isValid());
        } else {
            QVERIFY(file.textOf(line.commentSpan).startsWith(QLatin1Char('#')));
            if (!line.isContinued())
                QCOMPARE(file.textOf(line.commentSpan), line.comment);
        }
        if (!line.isContinued()) {
            QCOMPARE(file.textOf(line.textSpan), line.text);
            QCOMPARE(file.textOf(line.span).trimmed().startsWith(line.text), true);
        } else if (!line.text.isEmpty()) {
            const QString source = file.textOf(line.textSpan);
            QVERIFY(source.startsWith(line.text.left(1)));
            QVERIFY(source.endsWith(line.text.right(1)));
        }
    }
}

void TestRequirementsDocument::continuationSpans()
{
    const RequirementsDocument doc
        = RequirementsDocument::parse("a==1\nrequests \\\n    >=2.0 \\\n    ; python_version > \"3.6\"  # why\nb\n");
    QCOMPARE(doc.lines().size(), 3);
    const RequirementLine &line = doc.lines().at(1);
    QCOMPARE(line.text, QStringLiteral("requests     >=2.0     ; python_version > \"3.6\""));
    QCOMPARE(line.firstLine, 2);
    QCOMPARE(line.lastLine, 4);
    QCOMPARE(line.pipLineNumber, 2);
    QCOMPARE(line.textSpan.start.line, 2);
    QCOMPARE(line.textSpan.start.column, 1);
    QCOMPARE(line.textSpan.end.line, 4);
    QCOMPARE(line.textSpan.end.column, 29);
    QCOMPARE(line.comment, QStringLiteral("# why"));
    QCOMPARE(doc.file().textOf(line.commentSpan), QStringLiteral("# why"));
    QCOMPARE(doc.lineIndexAt(3), 1);
    QCOMPARE(doc.lineIndexAt(5), 2);
    QCOMPARE(doc.lineIndexAt(99), -1);
}

void TestRequirementsDocument::includesAndOptions_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("target");

    using K = pep::PipLine::Kind;
    QTest::newRow("-r space") << "-r other.txt" << int(K::Include) << "other.txt";
    QTest::newRow("-r glued") << "-rother.txt" << int(K::Include) << "other.txt";
    QTest::newRow("--requirement=") << "--requirement=other.txt" << int(K::Include) << "other.txt";
    QTest::newRow("--requirement space") << "--requirement other.txt" << int(K::Include) << "other.txt";
    QTest::newRow("-c space") << "-c constraints.txt" << int(K::Constraint) << "constraints.txt";
    QTest::newRow("-c glued") << "-cconstraints.txt" << int(K::Constraint) << "constraints.txt";
    QTest::newRow("--constraint=") << "--constraint=constraints.txt" << int(K::Constraint) << "constraints.txt";
    QTest::newRow("index url") << "--index-url https://pypi.org/simple" << int(K::Option)
                               << "https://pypi.org/simple";
    QTest::newRow("requirement with comment") << "numpy==1.26  # pinned" << int(K::Requirement) << "";
    QTest::newRow("wheel path") << "./code/my_package-0.1-py3-none-any.whl" << int(K::Path)
                                << "./code/my_package-0.1-py3-none-any.whl";
    QTest::newRow("editable") << "-e ./local-package" << int(K::Editable) << "./local-package";
}

void TestRequirementsDocument::includesAndOptions()
{
    QFETCH(QString, line);
    QFETCH(int, kind);
    QFETCH(QString, target);
    const RequirementsDocument doc = RequirementsDocument::parse("first==1\n" + line.toUtf8() + "\n");
    QCOMPARE(doc.lines().size(), 2);
    const RequirementLine &parsed = doc.lines().at(1);
    QCOMPARE(int(parsed.pip.kind), kind);
    if (!target.isEmpty())
        QCOMPARE(parsed.pip.target, target);
    const bool include = kind == int(pep::PipLine::Kind::Include) || kind == int(pep::PipLine::Kind::Constraint);
    QCOMPARE(doc.includes().size(), include ? 1 : 0);
}

void TestRequirementsDocument::lockLayout()
{
    const RequirementsDocument doc = RequirementsDocument::parse(
        test::readFile(test::dataDir() + QStringLiteral("/documents/requirements/locked.txt")));
    QVERIFY(doc.isLocked());
    const QVector<RequirementLine> original = doc.originalRequirements();
    QStringList originalTexts;
    for (const RequirementLine &line : original)
        originalTexts.append(originalRequirementText(line.comment));
    QCOMPARE(originalTexts, (QStringList{QStringLiteral("mlflow==3.10.1"), QStringLiteral("cloudpickle==3.1.1"),
                                         QStringLiteral("scikit-learn==1.6.1")}));
    QCOMPARE(original.first().firstLine, 2);
    QCOMPARE(doc.file().textOf(original.first().commentSpan), QStringLiteral("# mlflow==3.10.1"));
    const QVector<RequirementLine> locked = doc.lockedRequirements();
    QCOMPARE(locked.size(), 6);
    QCOMPARE(locked.first().text, QStringLiteral("alembic==1.16.1"));
    QCOMPARE(locked.first().firstLine, 7);
    QCOMPARE(locked.last().text, QStringLiteral("numpy==2.3.1 ; python_full_version >= '3.11'"));
    QCOMPARE(int(doc.lines().at(4).lockRole), int(LockRole::Separator));
    QCOMPARE(int(doc.lines().at(5).lockRole), int(LockRole::LockedHeader));
    QCOMPARE(int(locked.first().pip.kind), int(pep::PipLine::Kind::Requirement));
}

void TestRequirementsDocument::unlockedFile()
{
    const RequirementsDocument doc = RequirementsDocument::parse("# Original requirements\nmlflow\n");
    QVERIFY(!doc.isLocked());
    QVERIFY(doc.originalRequirements().isEmpty());
    QVERIFY(doc.lockedRequirements().isEmpty());
}

void TestRequirementsDocument::emptyFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("lines");
    QTest::newRow("empty") << QByteArray() << 0;
    QTest::newRow("one newline") << QByteArray("\n") << 1;
    QTest::newRow("BOM only") << QByteArray("\xef\xbb\xbf") << 0;
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0", 10) << 3;
}

void TestRequirementsDocument::emptyFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, lines);
    const RequirementsDocument doc = RequirementsDocument::parse(bytes);
    QCOMPARE(doc.lines().size(), lines);
}

QTEST_GUILESS_MAIN(TestRequirementsDocument)
#include "tst_requirementsdocument.moc"
