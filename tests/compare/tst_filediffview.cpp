#include "common/codeview.h"
#include "compare/filediffview.h"
#include "comparefixture.h"

#include <QAction>
#include <QFile>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace envlens;

namespace {

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// Adjacent ranges merge into one when a view marks them (same format, one fragment).
QVector<CharRange> merged(const QVector<CharRange> &ranges)
{
    QVector<CharRange> out;
    for (const CharRange &r : ranges) {
        if (r.length <= 0)
            continue;
        if (!out.isEmpty() && out.last().start + out.last().length == r.start)
            out.last().length += r.length;
        else
            out.append(r);
    }
    return out;
}

QString numbered(int from, int to, const QString &prefix = QStringLiteral("line "))
{
    QString text;
    for (int i = from; i <= to; ++i)
        text += prefix + QString::number(i) + QLatin1Char('\n');
    return text;
}

} // namespace

class TestFileDiffView : public QObject
{
    Q_OBJECT

private slots:
    void markedLines_data();
    void markedLines();
    void changedCharacters_data();
    void changedCharacters();
    void navigation();
    void keyboard();
    void unifiedView();
    void synchronisedScrolling();
    void message();
};

void TestFileDiffView::markedLines_data()
{
    QTest::addColumn<QString>("oldText");
    QTest::addColumn<QString>("newText");
    QTest::addColumn<bool>("existsOld");
    QTest::addColumn<QVector<int>>("oldLines");
    QTest::addColumn<QVector<int>>("newLines");
    QTest::addColumn<int>("changes");

    QTest::newRow("one line changed") << QStringLiteral("a\nb\nc\n") << QStringLiteral("a\nB\nc\n") << true
                                      << QVector<int> { 2 } << QVector<int> { 2 } << 1;
    QTest::newRow("insertion") << QStringLiteral("a\nb\n") << QStringLiteral("a\nx\ny\nb\n") << true << QVector<int> {}
                               << QVector<int> { 2, 3 } << 1;
    QTest::newRow("deletion at the end") << QStringLiteral("a\nb\nc\n") << QStringLiteral("a\n") << true
                                         << QVector<int> { 2, 3 } << QVector<int> {} << 1;
    QTest::newRow("two changes") << numbered(1, 8, QString()) << QStringLiteral("1\nX\n3\n4\n5\n6\nY\n8\n") << true
                                 << QVector<int> { 2, 7 } << QVector<int> { 2, 7 } << 2;
    QTest::newRow("CRLF") << QStringLiteral("a\r\nb\r\nc\r\n") << QStringLiteral("a\r\nB\r\nc\r\n") << true
                          << QVector<int> { 2 } << QVector<int> { 2 } << 1;
    QTest::newRow("identical") << QStringLiteral("same\ntext\n") << QStringLiteral("same\ntext\n") << true
                               << QVector<int> {} << QVector<int> {} << 0;
    QTest::newRow("file added") << QString() << QStringLiteral("x\ny\n") << false << QVector<int> {}
                                << QVector<int> { 1, 2 } << 1;
    // code/utils/features.py of the fixtures: an import, a changed expression, a changed default,
    // a function appended.
    QTest::newRow("fixture features.py")
        << readText(test::compareFixture("sklearn-v1") + QStringLiteral("/code/utils/features.py"))
        << readText(test::compareFixture("sklearn-v2") + QStringLiteral("/code/utils/features.py")) << true
        << QVector<int> { 8, 13 } << QVector<int> { 3, 9, 14, 16, 17, 18, 19 } << 4;
    QTest::newRow("fixture requirements.txt")
        << readText(test::compareFixture("sklearn-v1") + QStringLiteral("/requirements.txt"))
        << readText(test::compareFixture("sklearn-v2") + QStringLiteral("/requirements.txt")) << true
        << QVector<int> { 1, 3, 4, 5, 6 } << QVector<int> { 1, 3, 4, 5, 6 } << 2;
}

void TestFileDiffView::markedLines()
{
    QFETCH(QString, oldText);
    QFETCH(QString, newText);
    QFETCH(bool, existsOld);
    QFETCH(QVector<int>, oldLines);
    QFETCH(QVector<int>, newLines);
    QFETCH(int, changes);
    QVERIFY(!oldText.isEmpty() || !existsOld);

    FileDiffView view;
    view.setTexts(QStringLiteral("code/example.py"), oldText, newText, existsOld, true);
    QVERIFY(view.isShowingText());
    QCOMPARE(view.markedLines(FileDiffView::Side::Old), oldLines);
    QCOMPARE(view.markedLines(FileDiffView::Side::New), newLines);
    QCOMPARE(view.changeCount(), changes);
    // Every change's lines are exactly the marked ones.
    QVector<int> fromChanges[2];
    for (const FileDiffView::Change &c : view.changes()) {
        for (int i = 0; i < c.oldCount; ++i)
            fromChanges[0].append(c.oldLine + i);
        for (int i = 0; i < c.newCount; ++i)
            fromChanges[1].append(c.newLine + i);
    }
    QCOMPARE(fromChanges[0], oldLines);
    QCOMPARE(fromChanges[1], newLines);
    // The views show the texts themselves, line for line.
    QCOMPARE(view.newView()->toPlainText(), QString(newText).replace(QLatin1String("\r\n"), QLatin1String("\n")));
}

void TestFileDiffView::changedCharacters_data()
{
    QTest::addColumn<QString>("oldLine");
    QTest::addColumn<QString>("newLine");
    QTest::addColumn<int>("oldStart"); // the first marked range of each side, -1 for none
    QTest::addColumn<int>("oldLength");
    QTest::addColumn<int>("newStart");
    QTest::addColumn<int>("newLength");

    QTest::newRow("one digit") << QStringLiteral("x = 1") << QStringLiteral("x = 2") << 4 << 1 << 4 << 1;
    QTest::newRow("appended call") << QStringLiteral("a = b / c") << QStringLiteral("a = b / c.clip(lower=1e-6)") << -1
                                   << 0 << 9 << 17;
    QTest::newRow("pin bumped") << QStringLiteral("numpy==1.26.4") << QStringLiteral("numpy==2.0.2") << -2 << 0 << -2
                                << 0;
    QTest::newRow("default changed") << QStringLiteral("def clip(values, low=0.0, high=10.0):")
                                     << QStringLiteral("def clip(values, low=0.0, high=8.0):") << -2 << 0 << -2 << 0;
}

// The marks are TextDiff::intraLine's ranges (checked literally where the answer is obvious, -2:
// compared with TextDiff only).
void TestFileDiffView::changedCharacters()
{
    QFETCH(QString, oldLine);
    QFETCH(QString, newLine);
    QFETCH(int, oldStart);
    QFETCH(int, oldLength);
    QFETCH(int, newStart);
    QFETCH(int, newLength);

    FileDiffView view;
    view.setTexts(QStringLiteral("f.py"), QStringLiteral("same\n") + oldLine + QStringLiteral("\nend\n"),
        QStringLiteral("same\n") + newLine + QStringLiteral("\nend\n"));
    const IntraLineDiff intra = TextDiff::intraLine(oldLine, newLine);
    const QVector<CharRange> oldMarks = view.markedCharacters(FileDiffView::Side::Old, 2);
    const QVector<CharRange> newMarks = view.markedCharacters(FileDiffView::Side::New, 2);
    QCOMPARE(oldMarks, merged(intra.oldRanges));
    QCOMPARE(newMarks, merged(intra.newRanges));
    QVERIFY(!oldMarks.isEmpty() || !newMarks.isEmpty());
    if (oldStart >= -1) {
        QCOMPARE(oldMarks.isEmpty() ? -1 : oldMarks.first().start, oldStart);
        QCOMPARE(oldMarks.isEmpty() ? 0 : oldMarks.first().length, oldLength);
        QCOMPARE(newMarks.isEmpty() ? -1 : newMarks.first().start, newStart);
        QCOMPARE(newMarks.isEmpty() ? 0 : newMarks.first().length, newLength);
    }
    // Unchanged lines carry no character marks.
    QVERIFY(view.markedCharacters(FileDiffView::Side::Old, 1).isEmpty());
    QVERIFY(view.markedCharacters(FileDiffView::Side::New, 3).isEmpty());
}

void TestFileDiffView::navigation()
{
    FileDiffView view;
    const QString oldText = numbered(1, 60);
    QString newText = oldText;
    newText.replace(QStringLiteral("line 5\n"), QStringLiteral("line five\n"));
    newText.replace(QStringLiteral("line 30\n"), QStringLiteral("line 30\ninserted a\ninserted b\n"));
    newText.replace(QStringLiteral("line 50\n"), QString());
    view.setTexts(QStringLiteral("numbers.txt"), oldText, newText);
    QCOMPARE(view.changeCount(), 3);
    QCOMPARE(view.currentChange(), -1);
    QVERIFY(view.nextAction()->isEnabled());
    QVERIFY(!view.previousAction()->isEnabled());

    QSignalSpy spy(&view, &FileDiffView::currentChangeChanged);
    struct Expected
    {
        int oldLine;
        int newLine;
    };
    // 0: a side has no line of this change, so nothing is marked there.
    const Expected expected[] = { { 5, 5 }, { 0, 31 }, { 50, 0 } };
    for (int i = 0; i < 3; ++i) {
        view.nextChange();
        QCOMPARE(view.currentChange(), i);
        QCOMPARE(view.oldView()->markedLine(), expected[i].oldLine);
        QCOMPARE(view.newView()->markedLine(), expected[i].newLine);
    }
    // ... but it still scrolls there: the cursor is where the removed line was.
    QCOMPARE(view.newView()->currentLine(), 52);
    QCOMPARE(spy.count(), 3);
    QVERIFY(!view.nextAction()->isEnabled());
    view.nextChange(); // past the last change: stays
    QCOMPARE(view.currentChange(), 2);
    view.previousChange();
    QCOMPARE(view.currentChange(), 1);
    QCOMPARE(view.newView()->markedLine(), 31);
    view.previousChange();
    QCOMPARE(view.currentChange(), 0);
    QVERIFY(!view.previousAction()->isEnabled());
    view.previousChange();
    QCOMPARE(view.currentChange(), 0);

    // A new file starts over.
    view.setTexts(QStringLiteral("other.txt"), QStringLiteral("a\n"), QStringLiteral("b\n"));
    QCOMPARE(view.currentChange(), -1);
    QCOMPARE(view.changeCount(), 1);
}

void TestFileDiffView::keyboard()
{
    FileDiffView view;
    view.resize(900, 500);
    view.setTexts(QStringLiteral("n.txt"), numbered(1, 40),
        numbered(1, 40)
            .replace(QStringLiteral("line 7\n"), QStringLiteral("seven\n"))
            .replace(QStringLiteral("line 33\n"), QStringLiteral("thirty-three\n")));
    view.show();
    view.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    view.newView()->setFocus();
    QTest::keyClick(view.newView(), Qt::Key_F7);
    QCOMPARE(view.currentChange(), 0);
    QTest::keyClick(view.newView(), Qt::Key_F7);
    QCOMPARE(view.currentChange(), 1);
    QCOMPARE(view.oldView()->markedLine(), 33);
    QTest::keyClick(view.oldView(), Qt::Key_F7, Qt::ShiftModifier);
    QCOMPARE(view.currentChange(), 0);
    QCOMPARE(view.newView()->markedLine(), 7);
}

void TestFileDiffView::unifiedView()
{
    FileDiffView view;
    const QString oldText = QStringLiteral("keep\nold one\nkeep\nkeep\nkeep\nkeep\nkeep\nkeep\nkeep\nold two\n");
    const QString newText = QStringLiteral("keep\nnew one\nkeep\nkeep\nkeep\nkeep\nkeep\nkeep\nkeep\nnew two\nadded\n");
    view.setTexts(QStringLiteral("f.txt"), oldText, newText);
    QVERIFY(!view.isUnified());
    view.unifiedAction()->trigger();
    QVERIFY(view.isUnified());
    QVERIFY(view.unifiedView()->isVisibleTo(&view));
    const QString unified = TextDiff::unifiedDiff(oldText, newText, QStringLiteral("f.txt"), QStringLiteral("f.txt"));
    QCOMPARE(view.unifiedView()->toPlainText(), unified);
    // The +/- lines are marked, the headers and context are not.
    const QStringList lines = view.unifiedView()->toPlainText().split(QLatin1Char('\n'));
    QVector<int> expected;
    for (int i = 2; i < lines.size(); ++i) {
        if (lines.at(i).startsWith(QLatin1Char('+')) || lines.at(i).startsWith(QLatin1Char('-')))
            expected.append(i + 1);
    }
    QCOMPARE(view.markedLines(FileDiffView::Side::Unified), expected);
    QCOMPARE(expected.size(), 5);
    // Navigation follows the unified text while it is shown.
    view.nextChange();
    QVERIFY(view.unifiedView()->markedLine() > 0);
    QVERIFY(lines.at(view.unifiedView()->markedLine() - 1).startsWith(QLatin1Char('-')));
    view.nextChange();
    QCOMPARE(lines.at(view.unifiedView()->markedLine() - 1), QStringLiteral("-old two"));
    view.setUnified(false);
    QVERIFY(!view.unifiedAction()->isChecked());
    QCOMPARE(view.oldView()->markedLine(), 10);
}

void TestFileDiffView::synchronisedScrolling()
{
    FileDiffView view;
    view.resize(900, 400);
    const QString oldText = numbered(1, 300);
    const QString newText = numbered(1, 10) + numbered(1, 50, QStringLiteral("new ")) + numbered(11, 300);
    view.setTexts(QStringLiteral("long.txt"), oldText, newText);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.counterpartLine(FileDiffView::Side::Old, 5), 5);
    QCOMPARE(view.counterpartLine(FileDiffView::Side::Old, 101), 151);
    QCOMPARE(view.counterpartLine(FileDiffView::Side::New, 151), 101);

    view.oldView()->verticalScrollBar()->setValue(100);
    QCOMPARE(view.newView()->verticalScrollBar()->value(), 150);
    view.newView()->verticalScrollBar()->setValue(200);
    QCOMPARE(view.oldView()->verticalScrollBar()->value(), 150);
    view.oldView()->horizontalScrollBar()->setValue(0);
    QCOMPARE(view.newView()->horizontalScrollBar()->value(), 0);
}

void TestFileDiffView::message()
{
    FileDiffView view;
    QVERIFY(!view.isShowingText());
    view.setMessage(QStringLiteral("model.pkl"), QStringLiteral("binary"));
    QVERIFY(!view.isShowingText());
    QCOMPARE(view.changeCount(), 0);
    QVERIFY(!view.nextAction()->isEnabled());
    QVERIFY(!view.unifiedAction()->isEnabled());
}

QTEST_MAIN(TestFileDiffView)
#include "tst_filediffview.moc"
