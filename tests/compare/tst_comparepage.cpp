#include "browse/mainwindow.h"
#include "browse/modeltab.h"
#include "checks/checkrunner.h"
#include "common/codeview.h"
#include "common/filedialog.h"
#include "common/modeldrop.h"
#include "common/settings.h"
#include "compare/comparepage.h"
#include "compare/comparesummary.h"
#include "compare/dropzone.h"
#include "compare/filediffview.h"
#include "compare/packagediffmodel.h"
#include "comparefixture.h"
#include "diff/diffreport.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDropEvent>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QUrl>

using namespace envlens;

namespace {

bool waitForPage(ComparePage *page)
{
    QSignalSpy spy(page, &ComparePage::finished);
    while (page->state() == ComparePage::State::Loading) {
        if (!spy.wait(60000))
            return false;
    }
    return page->state() == ComparePage::State::Ready;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList ids(const QVector<Diagnostic> &diagnostics)
{
    QStringList out;
    for (const Diagnostic &d : diagnostics)
        out << d.id;
    out.sort();
    out.removeDuplicates();
    return out;
}

QVector<Diagnostic> checksOf(const Model &model)
{
    CheckOptions options;
    options.platform = model.platform;
    QVector<Diagnostic> diagnostics = runChecks(model, options);
    sortDiagnostics(diagnostics);
    return diagnostics;
}

} // namespace

class TestComparePage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pairs_data();
    void pairs();
    void fileDiff();
    void swap();
    void diagnostics();
    void exportMatchesCli_data();
    void exportMatchesCli();
    void folderVersusZip();
    void compareWithAction();
    void dropZone();
    void failure();

private:
    QTemporaryDir m_dir;
    QString m_zipV2;
};

void TestComparePage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Settings::useTemporaryFile();
    QVERIFY(m_dir.isValid());
    m_zipV2 = m_dir.filePath(QStringLiteral("sklearn-v2.zip"));
    QVERIFY(test::zipFolder(test::compareFixture("sklearn-v2"), m_zipV2));
}

void TestComparePage::pairs_data()
{
    QTest::addColumn<QString>("oldPath");
    QTest::addColumn<QString>("newPath");
    QTest::newRow("fixture v1 -> v2") << test::compareFixture("sklearn-v1") << test::compareFixture("sklearn-v2");
    QTest::newRow("pyfunc 2.7.1 -> 2.8.1") << test::corpusModel("mlflow-examples/ui-fixture-pyfunc-2.7.1")
                                           << test::corpusModel("mlflow-examples/pyfunc-2.8.1");
    QTest::newRow("mlflow 1.x sklearn -> clean sklearn") << test::corpusModel("mlflow-examples/sklearn-mlflow1x-style")
                                                         << test::dataDir() + QStringLiteral("/checks/clean-sklearn");
    QTest::newRow("example -> locked pyfunc with code") << test::examplesDir() + QStringLiteral("/iris-classifier")
                                                        << test::dataDir() + QStringLiteral("/checks/pyfunc-locked");
    QTest::newRow("langchain -> azureml") << test::corpusModel("mlflow-examples/langchain-2.12-databricks")
                                          << test::corpusModel("wild/azureml-mlflow-model");
}

// The page shows the core's comparison: the same diff, every package row, every file.
void TestComparePage::pairs()
{
    QFETCH(QString, oldPath);
    QFETCH(QString, newPath);
    ComparePage page(oldPath, newPath);
    QCOMPARE(page.state(), ComparePage::State::Loading);
    QVERIFY(waitForPage(&page));

    const auto a = test::loadModel(oldPath);
    const auto b = test::loadModel(newPath);
    QVERIFY(a && b);
    const ModelDiff expected = ModelDiff::compute(*a, *b);
    QCOMPARE(DiffReport::json(page.diff()), DiffReport::json(expected));

    QVERIFY(page.title().contains(QFileInfo(oldPath).fileName()));
    QVERIFY(page.title().contains(QFileInfo(newPath).fileName()));
    const int packageRows = int(expected.packages.size() + expected.constraints.size() + expected.locked.size()
        + expected.conda.dependencies.size() + expected.conda.pip.size());
    QCOMPARE(page.packageModel()->rowCount(), packageRows);

    const QVector<CompareSummary::Row> summary = page.summary()->rows();
    QCOMPARE(summary.size(), CompareSummary::rowsOf(expected).size());
    QCOMPARE(summary.first().oldValue, a->mlmodelPython());
    QCOMPARE(summary.first().newValue, b->mlmodelPython());
    QCOMPARE(summary.first().changed, a->mlmodelPython() != b->mlmodelPython());
    QCOMPARE(page.summary()->impactMessages().size(), expected.servingImpact.size());

    // Files: MLmodel and every code/ file of either side, each listed once.
    QStringList listed;
    for (QTreeWidgetItemIterator it(page.fileList()); *it; ++it) {
        if ((*it)->parent())
            listed << (*it)->text(0);
    }
    QVERIFY(listed.contains(QStringLiteral("MLmodel")));
    for (const FileDiff &f : expected.code)
        QVERIFY2(listed.contains(f.path), qPrintable(f.path));
    for (const QString &name :
        { QStringLiteral("requirements.txt"), QStringLiteral("conda.yaml"), QStringLiteral("python_env.yaml") }) {
        if (a->file(name) || b->file(name))
            QVERIFY2(listed.contains(name), qPrintable(name));
    }
    QCOMPARE(listed.size(), QSet<QString>(listed.begin(), listed.end()).size());

    // Every listed text file opens as a diff whose marked lines are its changed lines.
    for (const CompareFile &f : page.files()) {
        if (!f.isText || f.group == CompareFile::Group::Other)
            continue;
        QVERIFY(page.selectFile(f.path));
        QVERIFY(page.fileDiffView()->isShowingText());
        const bool unchanged = f.change == DiffChange::Unchanged;
        QCOMPARE(page.fileDiffView()->changeCount() == 0, unchanged);
    }
}

void TestComparePage::fileDiff()
{
    ComparePage page(test::compareFixture("sklearn-v1"), test::compareFixture("sklearn-v2"));
    page.resize(1100, 700);
    page.show();
    QVERIFY(waitForPage(&page));
    QVERIFY(page.selectFile(QStringLiteral("code/utils/features.py")));
    FileDiffView *view = page.fileDiffView();
    QCOMPARE(view->path(), QStringLiteral("code/utils/features.py"));
    QCOMPARE(view->markedLines(FileDiffView::Side::Old), (QVector<int> { 8, 13 }));
    QCOMPARE(view->markedLines(FileDiffView::Side::New), (QVector<int> { 3, 9, 14, 16, 17, 18, 19 }));
    // A file opens at its first change; F7 works from the file list too.
    QCOMPARE(view->currentChange(), 0);
    QCOMPARE(view->newView()->markedLine(), 3);
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    page.fileList()->setFocus();
    QTest::keyClick(page.fileList(), Qt::Key_F7);
    QCOMPARE(view->currentChange(), 1);
    QCOMPARE(view->newView()->markedLine(), 9);
    QCOMPARE(view->oldView()->markedLine(), 8);
    QTest::keyClick(page.fileList(), Qt::Key_F7, Qt::ShiftModifier);
    QCOMPARE(view->currentChange(), 0);

    const auto statusOf = [&page](const QString &path) {
        for (const CompareFile &f : page.files()) {
            if (f.path == path)
                return diffChangeName(f.change);
        }
        return QStringLiteral("(not listed)");
    };
    QCOMPARE(statusOf(QStringLiteral("code/utils/features.py")), QStringLiteral("modified"));
    QCOMPARE(statusOf(QStringLiteral("code/utils/legacy.py")), QStringLiteral("removed"));
    QCOMPARE(statusOf(QStringLiteral("code/utils/scaling.py")), QStringLiteral("added"));
    QCOMPARE(statusOf(QStringLiteral("code/utils/__init__.py")), QStringLiteral("unchanged"));
    QCOMPARE(statusOf(QStringLiteral("MLmodel")), QStringLiteral("modified"));
    QCOMPARE(statusOf(QStringLiteral("model.pkl")), QStringLiteral("modified"));

    // A removed file: the old side's lines, all marked.
    QVERIFY(page.selectFile(QStringLiteral("code/utils/legacy.py")));
    QCOMPARE(view->markedLines(FileDiffView::Side::Old), (QVector<int> { 1, 2 }));
    QVERIFY(view->markedLines(FileDiffView::Side::New).isEmpty());
    // A file that is never read shows a message, not text.
    QVERIFY(page.selectFile(QStringLiteral("model.pkl")));
    QVERIFY(!view->isShowingText());
}

void TestComparePage::swap()
{
    ComparePage page(test::compareFixture("sklearn-v1"), test::compareFixture("sklearn-v2"));
    QVERIFY(waitForPage(&page));
    QCOMPARE(page.title(), QStringLiteral("sklearn-v1 ↔ sklearn-v2"));
    const auto changeOf = [&page](const QString &name) {
        for (int i = 0; i < page.packageModel()->rowCount(); ++i) {
            const PackageDiffModel::Row &row = page.packageModel()->row(i);
            if (row.section == PackageDiffModel::Requirements && row.diff.name == name)
                return diffChangeName(row.diff.change);
        }
        return QString();
    };
    QCOMPARE(changeOf(QStringLiteral("numpy")), QStringLiteral("upgraded"));
    QCOMPARE(changeOf(QStringLiteral("xgboost")), QStringLiteral("added"));
    const QStringList introduced = ids(page.diagnosticComparison().introduced);
    const QStringList fixed = ids(page.diagnosticComparison().fixed);

    QSignalSpy titles(&page, &ComparePage::titleChanged);
    page.swapAction()->trigger();
    QVERIFY(waitForPage(&page));
    QCOMPARE(titles.count(), 1);
    QCOMPARE(page.title(), QStringLiteral("sklearn-v2 ↔ sklearn-v1"));
    QVERIFY(page.oldPath().endsWith(QStringLiteral("sklearn-v2")));
    QCOMPARE(changeOf(QStringLiteral("numpy")), QStringLiteral("downgraded"));
    QCOMPARE(changeOf(QStringLiteral("scikit-learn")), QStringLiteral("upgraded"));
    QCOMPARE(changeOf(QStringLiteral("xgboost")), QStringLiteral("removed"));
    QCOMPARE(ids(page.diagnosticComparison().introduced), fixed);
    QCOMPARE(ids(page.diagnosticComparison().fixed), introduced);
    QCOMPARE(page.summary()->rows().first().oldValue, QStringLiteral("3.11.9"));
    QCOMPARE(page.summary()->rows().first().newValue, QStringLiteral("3.10.14"));
}

void TestComparePage::diagnostics()
{
    const QString v1 = test::compareFixture("sklearn-v1");
    const QString v2 = test::compareFixture("sklearn-v2");
    ComparePage page(v1, v2);
    QVERIFY(waitForPage(&page));
    const DiagnosticComparison &d = page.diagnosticComparison();
    // v1's python_env.yaml disagrees with MLmodel (fixed in v2); v2's code imports requests, which
    // nothing declares.
    QVERIFY2(ids(d.fixed).contains(QStringLiteral("python-mismatch")), qPrintable(ids(d.fixed).join(QLatin1Char(','))));
    QVERIFY2(ids(d.introduced).contains(QStringLiteral("import-undeclared")),
        qPrintable(ids(d.introduced).join(QLatin1Char(','))));
    QVERIFY(!ids(d.kept).contains(QStringLiteral("python-mismatch")));

    // Every finding of each side is in exactly one group.
    const auto a = test::loadModel(v1);
    const auto b = test::loadModel(v2);
    QVERIFY(a && b);
    QCOMPARE(d.fixed.size() + d.kept.size(), checksOf(*a).size());
    QCOMPARE(d.introduced.size() + d.kept.size(), checksOf(*b).size());
    // The tree shows the three groups with their findings.
    QCOMPARE(page.diagnosticsTree()->topLevelItemCount(), 3);
    QCOMPARE(page.diagnosticsTree()->topLevelItem(0)->childCount(), d.introduced.size());
    QCOMPARE(page.diagnosticsTree()->topLevelItem(1)->childCount(), d.fixed.size());
    QCOMPARE(page.diagnosticsTree()->topLevelItem(2)->childCount(), d.kept.size());

    // Activating a finding shows its place: an introduced one in the new version...
    QTreeWidgetItem *introduced = nullptr;
    for (int i = 0; i < page.diagnosticsTree()->topLevelItem(0)->childCount(); ++i) {
        if (page.diagnosticsTree()->topLevelItem(0)->child(i)->text(0) == QLatin1String("import-undeclared"))
            introduced = page.diagnosticsTree()->topLevelItem(0)->child(i);
    }
    QVERIFY(introduced);
    QVERIFY(page.showFinding(introduced));
    QCOMPARE(page.fileDiffView()->path(), QStringLiteral("code/utils/features.py"));
    QCOMPARE(page.fileDiffView()->newView()->markedLine(), 3); // "import requests"
    // ... a fixed one in the old version.
    QTreeWidgetItem *fixed = page.diagnosticsTree()->topLevelItem(1)->child(0);
    QVERIFY(page.showFinding(fixed));
    QCOMPARE(page.fileDiffView()->path(), d.fixed.first().location.file);
    if (d.fixed.first().location.line > 0)
        QCOMPARE(page.fileDiffView()->oldView()->markedLine(), d.fixed.first().location.line);
    // Group rows lead nowhere.
    QVERIFY(!page.showFinding(page.diagnosticsTree()->topLevelItem(2)));
}

void TestComparePage::exportMatchesCli_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("cliFormat"); // empty: no CLI form (HTML)
    QTest::addColumn<QString>("oldPath");
    QTest::addColumn<QString>("newPath");
    const QString v1 = test::compareFixture("sklearn-v1");
    const QString v2 = test::compareFixture("sklearn-v2");
    const QString pyfuncOld = test::corpusModel("mlflow-examples/ui-fixture-pyfunc-2.7.1");
    const QString pyfuncNew = test::corpusModel("mlflow-examples/pyfunc-2.8.1");
    QTest::newRow("markdown, fixture") << int(ComparePage::Format::Markdown) << QStringLiteral("markdown") << v1 << v2;
    QTest::newRow("json, fixture") << int(ComparePage::Format::Json) << QStringLiteral("json") << v1 << v2;
    QTest::newRow("html, fixture") << int(ComparePage::Format::Html) << QString() << v1 << v2;
    QTest::newRow("markdown, corpus") << int(ComparePage::Format::Markdown) << QStringLiteral("markdown") << pyfuncOld
                                      << pyfuncNew;
    QTest::newRow("json, corpus") << int(ComparePage::Format::Json) << QStringLiteral("json") << pyfuncOld << pyfuncNew;
    QTest::newRow("json, identical") << int(ComparePage::Format::Json) << QStringLiteral("json") << v1 << v1;
}

// Export writes what `envlens-cli diff --format …` prints (HTML: what DiffReport writes).
void TestComparePage::exportMatchesCli()
{
    QFETCH(int, format);
    QFETCH(QString, cliFormat);
    QFETCH(QString, oldPath);
    QFETCH(QString, newPath);
    ComparePage page(oldPath, newPath);
    QVERIFY(waitForPage(&page));

    const QString target = m_dir.filePath(QStringLiteral("export-%1")
                                              .arg(QString::fromUtf8(QTest::currentDataTag()))
                                              .replace(QLatin1Char(' '), QLatin1Char('_')));
    FileDialog::instance().setNextFileName(target);
    QVERIFY(page.exportReport(ComparePage::Format(format)));
    const QByteArray written = readAll(target);
    QVERIFY(!written.isEmpty());

    const auto a = test::loadModel(oldPath);
    const auto b = test::loadModel(newPath);
    QVERIFY(a && b);
    const ModelDiff diff = ModelDiff::compute(*a, *b);
    switch (ComparePage::Format(format)) {
    case ComparePage::Format::Markdown:
        QCOMPARE(written, DiffReport::markdown(diff).toUtf8());
        break;
    case ComparePage::Format::Html:
        QCOMPARE(written, DiffReport::html(diff).toUtf8());
        break;
    case ComparePage::Format::Json:
        QCOMPARE(written, DiffReport::json(diff) + '\n');
        break;
    }
    if (cliFormat.isEmpty())
        return;
    QProcess cli;
    cli.start(test::cliPath(), { QStringLiteral("diff"), oldPath, newPath, QStringLiteral("--format"), cliFormat });
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), diff.equivalent() ? 0 : 1);
    QCOMPARE(written, cli.readAllStandardOutput());

    // Cancelling the dialog writes nothing.
    QFile::remove(target);
    FileDialog::instance().setNextFileName(QString());
    QVERIFY(!page.exportReport(ComparePage::Format(format)));
    QVERIFY(!QFile::exists(target));
}

void TestComparePage::folderVersusZip()
{
    const QString v1 = test::compareFixture("sklearn-v1");
    const QString v2 = test::compareFixture("sklearn-v2");
    // The same model as a folder and as a zip: nothing differs.
    for (const auto &pair : { qMakePair(v2, m_zipV2), qMakePair(m_zipV2, v2) }) {
        ComparePage same(pair.first, pair.second);
        QVERIFY(waitForPage(&same));
        QVERIFY(same.diff().equivalent());
        QCOMPARE(same.packageModel()->changedCount(), 0);
        for (const CompareFile &f : same.files())
            QVERIFY2(f.change == DiffChange::Unchanged, qPrintable(f.path));
    }
    // A folder against a zip compares like two folders.
    ComparePage mixed(v1, m_zipV2);
    QVERIFY(waitForPage(&mixed));
    ComparePage folders(v1, v2);
    QVERIFY(waitForPage(&folders));
    QCOMPARE(mixed.packageModel()->changedCount(), folders.packageModel()->changedCount());
    QCOMPARE(mixed.files().size(), folders.files().size());
    for (int i = 0; i < mixed.files().size(); ++i) {
        QCOMPARE(mixed.files().at(i).path, folders.files().at(i).path);
        QCOMPARE(mixed.files().at(i).change, folders.files().at(i).change);
    }
    QVERIFY(mixed.selectFile(QStringLiteral("code/utils/features.py")));
    QCOMPARE(mixed.fileDiffView()->markedLines(FileDiffView::Side::New), (QVector<int> { 3, 9, 14, 16, 17, 18, 19 }));
    QCOMPARE(mixed.title(), QStringLiteral("sklearn-v1 ↔ sklearn-v2.zip"));
}

void TestComparePage::compareWithAction()
{
    MainWindow window;
    QSignalSpy loaded(&window, &MainWindow::modelLoadFinished);
    auto *menu = window.findChild<QMenu *>(QStringLiteral("compareWithMenu"));
    QVERIFY(menu);
    QVERIFY(!menu->isEnabled()); // nothing open to compare with
    window.openPath(test::compareFixture("sklearn-v1"));
    QVERIFY(loaded.count() > 0 || loaded.wait(30000));
    QVERIFY(menu->isEnabled());

    auto *folderAction = window.findChild<QAction *>(QStringLiteral("compareWithFolderAction"));
    QVERIFY(folderAction);
    FileDialog::instance().setNextFileName(test::compareFixture("sklearn-v2"));
    folderAction->trigger();
    auto *page = qobject_cast<ComparePage *>(window.tabWidget()->currentWidget());
    QVERIFY(page);
    QCOMPARE(
        window.tabWidget()->tabText(window.tabWidget()->currentIndex()), QStringLiteral("sklearn-v1 ↔ sklearn-v2"));
    QVERIFY(waitForPage(page));
    QVERIFY(!menu->isEnabled()); // the comparison is not a model

    // Cancelling the dialog opens nothing; the zip action takes a zip.
    window.tabWidget()->setCurrentIndex(0);
    const int tabCount = window.tabWidget()->count();
    FileDialog::instance().setNextFileName(QString());
    folderAction->trigger();
    QCOMPARE(window.tabWidget()->count(), tabCount);
    FileDialog::instance().setNextFileName(m_zipV2);
    window.findChild<QAction *>(QStringLiteral("compareWithZipAction"))->trigger();
    QCOMPARE(window.tabWidget()->count(), tabCount + 1);
    page = qobject_cast<ComparePage *>(window.tabWidget()->currentWidget());
    QVERIFY(page && waitForPage(page));
    QVERIFY(page->newPath().endsWith(QStringLiteral(".zip")));

    // A swap renames the tab.
    page->swapSides();
    const QTabWidget *tabs = window.tabWidget();
    QCOMPARE(tabs->tabText(tabs->currentIndex()), QStringLiteral("sklearn-v2.zip ↔ sklearn-v1"));
    QVERIFY(waitForPage(page));
}

void TestComparePage::dropZone()
{
    ComparePage page(test::compareFixture("sklearn-v1"), QString());
    QCOMPARE(page.state(), ComparePage::State::Waiting);
    QVERIFY(!page.swapAction()->isEnabled());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    QMimeData mime;
    mime.setUrls(
        { QUrl::fromLocalFile(m_zipV2), QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("not-a-model.txt"))) });
    QCOMPARE(droppedModelPaths(&mime), QStringList { m_zipV2 });
    const QPoint centre = page.dropZone()->rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(page.dropZone(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(page.dropZone(), &drop);
    QVERIFY(drop.isAccepted());
    QCOMPARE(page.state(), ComparePage::State::Loading);
    QVERIFY(waitForPage(&page));
    QVERIFY(page.oldPath().endsWith(QStringLiteral("sklearn-v1")));
    QCOMPARE(page.newPath(), QFileInfo(m_zipV2).absoluteFilePath());
    QVERIFY(page.swapAction()->isEnabled());

    // Something that is no model is refused.
    QMimeData text;
    text.setText(QStringLiteral("hello"));
    QDragEnterEvent refused(centre, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    refused.ignore();
    QApplication::sendEvent(page.dropZone(), &refused);
    QVERIFY(!refused.isAccepted());
}

void TestComparePage::failure()
{
    ComparePage page(test::compareFixture("sklearn-v1"), m_dir.filePath(QStringLiteral("missing")));
    QSignalSpy spy(&page, &ComparePage::finished);
    QVERIFY(spy.wait(30000));
    QCOMPARE(page.state(), ComparePage::State::Failed);
    QVERIFY(page.errorMessage().contains(QStringLiteral("missing")));
    QVERIFY(!page.exportReport(ComparePage::Format::Json));
}

QTEST_MAIN(TestComparePage)
#include "tst_comparepage.moc"
