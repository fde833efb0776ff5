#include "common/codeview.h"
#include "common/fileviewer.h"
#include "common/findbar.h"
#include "common/settings.h"

#include "testpaths.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>

using namespace envlens;

namespace {

QString readExample(const QString &name)
{
    QFile file(test::examplesDir() + QStringLiteral("/iris-classifier/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

QPalette makePalette(bool dark)
{
    QPalette pal;
    pal.setColor(QPalette::Window, dark ? QColor(0x23, 0x26, 0x29) : QColor(0xef, 0xf0, 0xf1));
    pal.setColor(QPalette::Base, dark ? QColor(0x1b, 0x1e, 0x20) : QColor(0xff, 0xff, 0xff));
    pal.setColor(QPalette::Text, dark ? QColor(0xfc, 0xfc, 0xfc) : QColor(0x23, 0x26, 0x29));
    pal.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    return pal;
}

} // namespace

class TestFileViewer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        Q_INIT_RESOURCE(resources);
        QStandardPaths::setTestModeEnabled(true);
        Settings::useTemporaryFile();
    }

    void lineNumberAreaGrowsWithTheLineCount()
    {
        FileViewer viewer;
        viewer.resize(600, 400);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        viewer.showText(QStringLiteral("requirements.txt"), readExample(QStringLiteral("requirements.txt")));
        QCOMPARE(viewer.codeView()->blockCount(), 8);  // 7 lines and the empty one after the last newline
        const int narrow = viewer.codeView()->lineNumberAreaWidth();
        QString many;
        for (int i = 0; i < 12000; ++i)
            many += QStringLiteral("line %1\n").arg(i);
        viewer.showText(QStringLiteral("big.txt"), many);
        QVERIFY(viewer.codeView()->lineNumberAreaWidth() > narrow);
        QVERIFY(viewer.codeView()->viewport()->geometry().left() >= viewer.codeView()->lineNumberAreaWidth());
    }

    void textIsAlwaysPlain()
    {
        FileViewer viewer;
        const QString html = QStringLiteral("<b>bold</b> <img src=x>");
        viewer.showText(QStringLiteral("README.md"), html);
        QCOMPARE(viewer.codeView()->toPlainText(), html);
    }

    void findNextPreviousAndWrap()
    {
        FileViewer viewer;
        viewer.resize(600, 400);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        viewer.showText(QStringLiteral("transform.py"), readExample(QStringLiteral("code/iris_features/transform.py")));
        viewer.codeView()->setFocus();
        QTest::keyClick(viewer.codeView(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(viewer.findBar()->isVisible());
        auto *edit = viewer.findBar()->findChild<QLineEdit *>(QStringLiteral("findEdit"));
        QVERIFY(edit);
        QTest::keyClicks(edit, QStringLiteral("ratio"));
        const int first = viewer.codeView()->textCursor().blockNumber() + 1;
        QCOMPARE(viewer.codeView()->textCursor().selectedText(), QStringLiteral("ratio"));
        QCOMPARE(first, 14);  // def add_ratios(...)
        QTest::keyClick(edit, Qt::Key_F3);
        const int second = viewer.codeView()->textCursor().blockNumber() + 1;
        QVERIFY(second > first);
        QTest::keyClick(edit, Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(viewer.codeView()->textCursor().blockNumber() + 1, first);
        // Backwards from the first hit wraps to the last one.
        QTest::keyClick(edit, Qt::Key_F3, Qt::ShiftModifier);
        QVERIFY(viewer.codeView()->textCursor().blockNumber() + 1 > second);
        QVERIFY(!viewer.findBar()->notFound());

        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("tensorflow"));
        QVERIFY(viewer.findBar()->notFound());

        QTest::keyClick(edit, Qt::Key_Escape);
        QVERIFY(!viewer.findBar()->isVisible());
    }

    void goToLineMarksTheLine()
    {
        FileViewer viewer;
        viewer.resize(600, 300);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        viewer.showText(QStringLiteral("transform.py"), readExample(QStringLiteral("code/iris_features/transform.py")));
        viewer.codeView()->setFocus();
        QTest::keyClick(viewer.codeView(), Qt::Key_G, Qt::ControlModifier);
        QVERIFY(viewer.goToLineBar()->isVisible());
        QSpinBox *spin = viewer.goToLineBar()->spinBox();
        QCOMPARE(spin->maximum(), viewer.codeView()->blockCount());
        spin->selectAll();
        QTest::keyClicks(spin, QStringLiteral("7"));
        QTest::keyClick(spin, Qt::Key_Return);
        QCOMPARE(viewer.codeView()->currentLine(), 7);
        QCOMPARE(viewer.codeView()->markedLine(), 7);
        QVERIFY(!viewer.goToLineBar()->isVisible());
        const auto selections = viewer.codeView()->extraSelections();
        QCOMPARE(selections.size(), 1);
        QCOMPARE(selections.first().cursor.blockNumber(), 6);
        QCOMPARE(selections.first().format.background().color(), viewer.codeView()->markColor());

        viewer.goToLine(1000);  // past the end: clamps to the last line
        QCOMPARE(viewer.codeView()->markedLine(), viewer.codeView()->blockCount());
        viewer.goToLine(3, 8);
        QCOMPARE(viewer.codeView()->textCursor().positionInBlock(), 7);
    }

    void syntaxFollowsTheFileName_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("syntax");
        QTest::addRow("MLmodel") << QStringLiteral("MLmodel") << QStringLiteral("YAML");
        QTest::addRow("conda") << QStringLiteral("conda.yaml") << QStringLiteral("YAML");
        QTest::addRow("requirements") << QStringLiteral("requirements.txt") << QStringLiteral("pip requirements");
        QTest::addRow("constraints") << QStringLiteral("constraints.txt") << QStringLiteral("pip requirements");
        QTest::addRow("nested requirements") << QStringLiteral("deps/requirements-dev.txt") << QStringLiteral("pip requirements");
        QTest::addRow("python") << QStringLiteral("code/pkg/mod.py") << QStringLiteral("Python");
        QTest::addRow("json") << QStringLiteral("input_example.json") << QStringLiteral("JSON");
        QTest::addRow("toml") << QStringLiteral("pyproject.toml") << QStringLiteral("TOML");
        QTest::addRow("shell") << QStringLiteral("setup.sh") << QStringLiteral("Bash");
    }

    void syntaxFollowsTheFileName()
    {
        QFETCH(QString, path);
        QFETCH(QString, syntax);
        QCOMPARE(CodeView::syntaxForFileName(path), syntax);
        FileViewer viewer;
        viewer.showText(path, QStringLiteral("x = 1\n"));
        // Without KSyntaxHighlighting the text is shown uncoloured and no syntax is claimed.
        QCOMPARE(viewer.codeView()->syntaxName(), CodeView::highlightingAvailable() ? syntax : QString());
    }

    void pipRequirementsAreHighlighted()
    {
        FileViewer viewer;
        viewer.show();
        viewer.showText(QStringLiteral("requirements.txt"), readExample(QStringLiteral("requirements.txt")));
        if (!CodeView::highlightingAvailable()) {
            // The Qt 6 build on Debian 12 has no KSyntaxHighlighting: the text stays uncoloured.
            QVERIFY(viewer.codeView()->document()->findBlockByNumber(3).layout()->formats().isEmpty());
            return;
        }
        QTRY_VERIFY(!viewer.codeView()->document()->firstBlock().layout()->formats().isEmpty());
        // "pandas==2.2.2  # bumped..." has the package, operator, version and comment in distinct formats.
        const QTextBlock pandas = viewer.codeView()->document()->findBlockByNumber(3);
        const auto formats = pandas.layout()->formats();
        QVERIFY(formats.size() >= 3);
        const QTextCharFormat nameFormat = formats.first().format;
        const QTextCharFormat commentFormat = formats.last().format;
        QVERIFY(nameFormat != commentFormat);
        QCOMPARE(formats.last().start + formats.last().length, pandas.length() - 1);
    }

    void themeFollowsThePalette()
    {
        FileViewer viewer;
        viewer.resize(500, 300);
        viewer.show();
        viewer.showText(QStringLiteral("MLmodel"), readExample(QStringLiteral("MLmodel")));
        viewer.goToLine(2);
        QSignalSpy themeSpy(viewer.codeView(), &CodeView::themeChanged);

        viewer.setPalette(makePalette(true));
        const QColor darkMark = viewer.codeView()->markColor();
        const QString darkTheme = viewer.codeView()->themeName();
        QVERIFY(darkMark.lightness() < 128);
        QCOMPARE(viewer.codeView()->extraSelections().first().format.background().color(), darkMark);

        viewer.setPalette(makePalette(false));
        const QColor lightMark = viewer.codeView()->markColor();
        QVERIFY(lightMark.lightness() >= 128);
        QCOMPARE(viewer.codeView()->extraSelections().first().format.background().color(), lightMark);

        if (CodeView::highlightingAvailable()) {
            QCOMPARE(darkTheme, QStringLiteral("Breeze Dark"));
            QCOMPARE(viewer.codeView()->themeName(), QStringLiteral("Breeze Light"));
            QVERIFY(themeSpy.count() >= 1);
        } else {
            QCOMPARE(viewer.codeView()->themeName(), QString());
        }
    }

    void binaryFilesShowNameSizeAndType()
    {
        FileViewer viewer;
        viewer.showBinary(QStringLiteral("model.pkl"), 1536);
        QVERIFY(viewer.isShowingBinary());
        auto *info = viewer.findChild<QLabel *>(QStringLiteral("binaryInfo"));
        QVERIFY(info);
        QVERIFY(info->text().contains(QLatin1String("model.pkl")));
        QVERIFY(info->text().contains(QLocale().toString(1536)));
        QCOMPARE(viewer.codeView()->toPlainText(), QString());
        viewer.showFindBar();  // no find on a binary file
        QVERIFY(!viewer.findBar()->isVisible());
    }
};

QTEST_MAIN(TestFileViewer)
#include "tst_fileviewer.moc"
