#include "diff/textdiff.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using envlens::CharRange;
using envlens::DiffHunk;
using envlens::DiffLine;
using envlens::IntraLineDiff;
using envlens::TextDiff;

Q_DECLARE_METATYPE(QVector<CharRange>)

namespace {

// Texts that exercise line endings, empty sides and repeated lines; the random rows add volume.
QVector<QPair<QString, QString>> patchCases()
{
    QVector<QPair<QString, QString>> cases = {
        {QStringLiteral("a\nb\nc\n"), QStringLiteral("a\nB\nc\n")},
        {QString(), QStringLiteral("new\nfile\n")},
        {QStringLiteral("gone\nfile\n"), QString()},
        {QStringLiteral("no newline"), QStringLiteral("no newline\n")},
        {QStringLiteral("ends\n"), QStringLiteral("ends")},
        {QStringLiteral("x\ny"), QStringLiteral("x\nz")},
        {QStringLiteral("crlf\r\nline\r\nthree\r\n"), QStringLiteral("crlf\r\nLINE\r\nthree\r\n")},
        {QStringLiteral("dup\ndup\ndup\n"), QStringLiteral("dup\ndup\n")},
        {QStringLiteral("numpy==1.26.4\npandas==2.2.2\n# comment\nscikit-learn==1.5.0\n"),
         QStringLiteral("numpy==2.0.0\npandas==2.2.2\n# comment\nscikit-learn==1.5.0\nscipy==1.13.1\n")},
    };
    QRandomGenerator random(20240521);
    for (int round = 0; round < 60; ++round) {
        QStringList lines;
        const int count = int(random.bounded(0, 80));
        for (int i = 0; i < count; ++i)
            lines << QStringLiteral("line %1").arg(random.bounded(0, 12));
        QStringList changed = lines;
        const int edits = int(random.bounded(1, 8));
        for (int e = 0; e < edits; ++e) {
            const int at = int(random.bounded(0, changed.size() + 1));
            switch (random.bounded(0, 3)) {
            case 0:
                changed.insert(at, QStringLiteral("inserted %1").arg(e));
                break;
            case 1:
                if (at < changed.size())
                    changed.removeAt(at);
                break;
            default:
                if (at < changed.size())
                    changed[at] += QStringLiteral(" changed");
                break;
            }
        }
        const bool oldNewline = random.bounded(0, 4) != 0;
        const bool newNewline = random.bounded(0, 4) != 0;
        QString oldText = lines.join(QLatin1Char('\n'));
        QString newText = changed.join(QLatin1Char('\n'));
        if (oldNewline && !oldText.isEmpty())
            oldText += QLatin1Char('\n');
        if (newNewline && !newText.isEmpty())
            newText += QLatin1Char('\n');
        cases.append({oldText, newText});
    }
    return cases;
}

bool writeFile(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) == text.toUtf8().size();
}

} // namespace

class TestTextDiff : public QObject
{
    Q_OBJECT

private slots:
    void hunkNumbers();
    void contextMerging_data();
    void contextMerging();
    void unifiedText_data();
    void unifiedText();
    void wholeFileHunk();
    void identicalTexts();
    void patchAcceptsEveryDiff();
    void intraLine_data();
    void intraLine();
};

void TestTextDiff::hunkNumbers()
{
    const QString oldText = QStringLiteral("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n");
    const QString newText = QStringLiteral("1\n2\n3\n4\n5\nsix\n7\n8\n9\n10\n");
    const QVector<DiffHunk> hunks = TextDiff::hunks(oldText, newText, 2);
    QCOMPARE(hunks.size(), 1);
    const DiffHunk &hunk = hunks.first();
    QCOMPARE(hunk.oldStart, 4);
    QCOMPARE(hunk.oldCount, 5);
    QCOMPARE(hunk.newStart, 4);
    QCOMPARE(hunk.newCount, 5);
    QCOMPARE(hunk.lines.size(), 6);
    QCOMPARE(hunk.lines.at(2).op, DiffLine::Op::Removed);
    QCOMPARE(hunk.lines.at(2).oldLine, 6);
    QCOMPARE(hunk.lines.at(2).newLine, 0);
    QCOMPARE(hunk.lines.at(2).text, QStringLiteral("6"));
    QCOMPARE(hunk.lines.at(3).op, DiffLine::Op::Added);
    QCOMPARE(hunk.lines.at(3).oldLine, 0);
    QCOMPARE(hunk.lines.at(3).newLine, 6);
    QCOMPARE(hunk.lines.at(3).text, QStringLiteral("six"));
    QCOMPARE(hunk.lines.at(4).op, DiffLine::Op::Context);
    QCOMPARE(hunk.lines.at(4).oldLine, 7);
    QCOMPARE(hunk.lines.at(4).newLine, 7);
}

void TestTextDiff::contextMerging_data()
{
    QTest::addColumn<int>("context");
    QTest::addColumn<int>("expectedHunks");
    // Changes at lines 3 and 10 are 6 unchanged lines apart: merged when 2 * context >= 6.
    QTest::addRow("context 0") << 0 << 2;
    QTest::addRow("context 2") << 2 << 2;
    QTest::addRow("context 3") << 3 << 1;
    QTest::addRow("context 5") << 5 << 1;
}

void TestTextDiff::contextMerging()
{
    QFETCH(int, context);
    QFETCH(int, expectedHunks);
    QStringList lines;
    for (int i = 1; i <= 20; ++i)
        lines << QString::number(i);
    QStringList changed = lines;
    changed[2] = QStringLiteral("three");
    changed[9] = QStringLiteral("ten");
    const QVector<DiffHunk> hunks = TextDiff::hunks(lines.join(QLatin1Char('\n')), changed.join(QLatin1Char('\n')),
                                                    context);
    QCOMPARE(hunks.size(), expectedHunks);
}

void TestTextDiff::unifiedText_data()
{
    QTest::addColumn<QString>("oldText");
    QTest::addColumn<QString>("newText");
    QTest::addColumn<QString>("oldName");
    QTest::addColumn<QString>("newName");
    QTest::addColumn<QString>("expected");

    QTest::addRow("replace") << QStringLiteral("a\nb\nc\n") << QStringLiteral("a\nB\nc\n")
                             << QStringLiteral("requirements.txt") << QStringLiteral("requirements.txt")
                             << QStringLiteral("--- a/requirements.txt\n+++ b/requirements.txt\n@@ -1,3 +1,3 @@\n"
                                               " a\n-b\n+B\n c\n");
    QTest::addRow("newline added at end")
        << QStringLiteral("x") << QStringLiteral("x\n") << QStringLiteral("f") << QStringLiteral("f")
        << QStringLiteral("--- a/f\n+++ b/f\n@@ -1 +1 @@\n-x\n\\ No newline at end of file\n+x\n");
    QTest::addRow("created") << QString() << QStringLiteral("one\n") << QString() << QStringLiteral("n.txt")
                             << QStringLiteral("--- /dev/null\n+++ b/n.txt\n@@ -0,0 +1 @@\n+one\n");
    QTest::addRow("deleted") << QStringLiteral("one\ntwo\n") << QString() << QStringLiteral("d.txt") << QString()
                             << QStringLiteral("--- a/d.txt\n+++ /dev/null\n@@ -1,2 +0,0 @@\n-one\n-two\n");
    QTest::addRow("append at end") << QStringLiteral("1\n2\n3\n4\n5\n") << QStringLiteral("1\n2\n3\n4\n5\n6\n")
                                   << QStringLiteral("f") << QStringLiteral("f")
                                   << QStringLiteral("--- a/f\n+++ b/f\n@@ -3,3 +3,4 @@\n 3\n 4\n 5\n+6\n");
}

void TestTextDiff::unifiedText()
{
    QFETCH(QString, oldText);
    QFETCH(QString, newText);
    QFETCH(QString, oldName);
    QFETCH(QString, newName);
    QFETCH(QString, expected);
    QCOMPARE(TextDiff::unifiedDiff(oldText, newText, oldName, newName), expected);
}

void TestTextDiff::wholeFileHunk()
{
    const QVector<DiffHunk> hunks = TextDiff::hunks(QStringLiteral("a\nb\nc\nd\ne\nf\ng\nh\n"),
                                                    QStringLiteral("a\nb\nc\nd\ne\nf\ng\nH\n"), -1);
    QCOMPARE(hunks.size(), 1);
    QCOMPARE(hunks.first().oldStart, 1);
    QCOMPARE(hunks.first().oldCount, 8);
    QCOMPARE(hunks.first().newCount, 8);
    QCOMPARE(hunks.first().lines.size(), 9);
}

void TestTextDiff::identicalTexts()
{
    const QString text = QStringLiteral("same\ntext");
    QVERIFY(TextDiff::hunks(text, text).isEmpty());
    QVERIFY(TextDiff::unifiedDiff(text, text, QStringLiteral("f"), QStringLiteral("f")).isEmpty());
    QVERIFY(TextDiff::hunks(QString(), QString()).isEmpty());
}

// Every diff is applied by GNU patch in one run over a folder of cases; each result must equal the
// new text byte for byte (created and deleted files included).
void TestTextDiff::patchAcceptsEveryDiff()
{
    const QVector<QPair<QString, QString>> cases = patchCases();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString patch;
    for (int i = 0; i < cases.size(); ++i) {
        const QString name = QStringLiteral("case%1.txt").arg(i);
        const bool created = cases[i].first.isEmpty();
        const bool deleted = cases[i].second.isEmpty();
        if (!created)
            QVERIFY(writeFile(dir.filePath(name), cases[i].first));
        patch += TextDiff::unifiedDiff(cases[i].first, cases[i].second, created ? QString() : name,
                                       deleted ? QString() : name);
    }
    QVERIFY(writeFile(dir.filePath(QStringLiteral("all.patch")), patch));

    QProcess process;
    process.setWorkingDirectory(dir.path());
    process.setStandardInputFile(dir.filePath(QStringLiteral("all.patch")));
    process.start(QStringLiteral("/usr/bin/patch"), {QStringLiteral("-p1"), QStringLiteral("--batch"),
                                                     QStringLiteral("--no-backup-if-mismatch")});
    QVERIFY(process.waitForFinished(60000));
    QVERIFY2(process.exitCode() == 0, qPrintable(QString::fromUtf8(process.readAll())));

    for (int i = 0; i < cases.size(); ++i) {
        const QString path = dir.filePath(QStringLiteral("case%1.txt").arg(i));
        if (cases[i].second.isEmpty()) {
            QVERIFY2(!QFile::exists(path) || QFileInfo(path).size() == 0, qPrintable(path));
            continue;
        }
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        QCOMPARE(QString::fromUtf8(file.readAll()), cases[i].second);
    }
}

void TestTextDiff::intraLine_data()
{
    QTest::addColumn<QString>("oldLine");
    QTest::addColumn<QString>("newLine");
    QTest::addColumn<QVector<CharRange>>("oldRanges");
    QTest::addColumn<QVector<CharRange>>("newRanges");

    QTest::addRow("version bump") << QStringLiteral("numpy==1.26.4") << QStringLiteral("numpy==1.27.40")
                                  << QVector<CharRange>{{10, 1}} << QVector<CharRange>{{10, 1}, {13, 1}};
    QTest::addRow("insertion") << QStringLiteral("pandas") << QStringLiteral("pandas>=2")
                               << QVector<CharRange>{} << QVector<CharRange>{{6, 3}};
    QTest::addRow("deletion") << QStringLiteral("torch[cuda]==2.1") << QStringLiteral("torch==2.1")
                              << QVector<CharRange>{{5, 6}} << QVector<CharRange>{};
    QTest::addRow("identical") << QStringLiteral("same") << QStringLiteral("same") << QVector<CharRange>{}
                               << QVector<CharRange>{};
    QTest::addRow("all new") << QString() << QStringLiteral("abc") << QVector<CharRange>{}
                             << QVector<CharRange>{{0, 3}};
}

void TestTextDiff::intraLine()
{
    QFETCH(QString, oldLine);
    QFETCH(QString, newLine);
    QFETCH(QVector<CharRange>, oldRanges);
    QFETCH(QVector<CharRange>, newRanges);
    const IntraLineDiff diff = TextDiff::intraLine(oldLine, newLine);
    QCOMPARE(diff.oldRanges, oldRanges);
    QCOMPARE(diff.newRanges, newRanges);

    // Whatever the ranges, removing them from the old line and the new line leaves the same text.
    auto keep = [](const QString &line, const QVector<CharRange> &ranges) {
        QString result = line;
        for (int i = ranges.size() - 1; i >= 0; --i)
            result.remove(ranges[i].start, ranges[i].length);
        return result;
    };
    QCOMPARE(keep(oldLine, diff.oldRanges), keep(newLine, diff.newRanges));
}

QTEST_GUILESS_MAIN(TestTextDiff)
#include "tst_textdiff.moc"
