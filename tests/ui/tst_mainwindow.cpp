#include "browse/dependencytreemodel.h"
#include "browse/diagnosticsdock.h"
#include "browse/diagnosticsmodel.h"
#include "browse/loadjob.h"
#include "browse/mainwindow.h"
#include "browse/modeltab.h"
#include "browse/overviewpage.h"
#include "browse/welcomepage.h"
#include "common/aboutdialog.h"
#include "common/codeview.h"
#include "common/filedialog.h"
#include "common/fileviewer.h"
#include "common/messagebox.h"
#include "common/settings.h"

#include "testpaths.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTextBlock>
#include <QUndoGroup>
#include <QUndoStack>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUrl>

using namespace envlens;

namespace {

QString exampleDir() { return test::examplesDir() + QStringLiteral("/iris-classifier"); }

// Waits until the window's newest tab finished loading; returns it (or null when the tab closed).
ModelTab *waitForLoad(QSignalSpy &spy, int expected = 1)
{
    while (spy.count() < expected) {
        if (!spy.wait(20000))
            return nullptr;
    }
    return spy.count() >= expected ? spy.at(expected - 1).first().value<ModelTab *>() : nullptr;
}

// The checks arrive in a later issue; this checker stands in with two findings at known places.
QVector<Diagnostic> knownFindings(const Model &)
{
    Diagnostic conflict;
    conflict.id = QStringLiteral("req-conflict");
    conflict.severity = Severity::Error;
    conflict.message = QStringLiteral("scikit-learn==1.3.2 conflicts with scikit-learn<1.3 (constraints.txt:2)");
    conflict.location = {QStringLiteral("requirements.txt"), 5, 1, QString()};
    Diagnostic python;
    python.id = QStringLiteral("python-mismatch");
    python.severity = Severity::Warning;
    python.message = QStringLiteral("python_env.yaml says 3.10.13, MLmodel says 3.10.14");
    python.location = {QStringLiteral("python_env.yaml"), 1, 9, QString()};
    return {conflict, python};
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        Q_INIT_RESOURCE(resources);
        QStandardPaths::setTestModeEnabled(true);
        Settings::useTemporaryFile();
        qRegisterMetaType<ModelTab *>();
    }

    void cleanup() { LoadJob::setChecker(&LoadJob::loadIssueDiagnostics); }

    void welcomePageWhenNothingIsOpen()
    {
        MainWindow window;
        window.show();
        QCOMPARE(window.centralWidget()->findChild<WelcomePage *>(), window.welcomePage());
        QVERIFY(window.welcomePage()->isVisible());
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("closeTabAction"))->isEnabled());
        QCOMPARE(window.windowTitle(), QStringLiteral("EnvLens"));
        QVERIFY(window.minimumWidth() <= 1366 && window.minimumHeight() <= 768);
        QVERIFY(window.width() <= 1366 && window.height() <= 768);
    }

    void opensTheExampleFromTheCommandLinePath()
    {
        MainWindow window;
        window.show();
        QSignalSpy spy(&window, &MainWindow::modelLoadFinished);
        window.openPaths({exampleDir()});
        ModelTab *tab = waitForLoad(spy);
        QVERIFY(tab);
        QCOMPARE(tab->state(), ModelTab::State::Loaded);
        QVERIFY(window.tabWidget()->isVisible());
        QCOMPARE(window.windowTitle(), QStringLiteral("iris-classifier — EnvLens"));
        QCOMPARE(tab->overview()->titleLabel()->text(), QStringLiteral("iris-classifier"));
        QVERIFY(tab->overview()->pythonMismatch());  // 3.10.14, 3.10.13, 3.10.14
        QCOMPARE(tab->overview()->flavorTable()->rowCount(), 2);
        QCOMPARE(tab->overview()->signatureTable()->rowCount(), 5);  // 4 inputs, 1 output
        QCOMPARE(Settings::instance().recentFiles().first(), QDir::cleanPath(exampleDir()));
    }

    void dependencyTreeRows()
    {
        MainWindow window;
        QSignalSpy spy(&window, &MainWindow::modelLoadFinished);
        ModelTab *tab = window.openPath(exampleDir());
        QVERIFY(waitForLoad(spy) == tab);
        DependencyTreeModel *model = tab->treeModel();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(tab->treeProxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        QStringList topLevel;
        for (int row = 0; row < model->rowCount(); ++row)
            topLevel << model->index(row, 0).data().toString();
        QCOMPARE(topLevel, (QStringList{QStringLiteral("Flavors"), QStringLiteral("Environment files"),
                                         QStringLiteral("Code"), QStringLiteral("Artifacts")}));
        QStringList envFiles;
        const QModelIndex envGroup = model->index(1, 0);
        for (int row = 0; row < model->rowCount(envGroup); ++row)
            envFiles << model->index(row, 0, envGroup).data().toString();
        QCOMPARE(envFiles, (QStringList{QStringLiteral("MLmodel"), QStringLiteral("conda.yaml"),
                                         QStringLiteral("python_env.yaml"), QStringLiteral("requirements.txt")}));

        const QModelIndex pandas = model->findRow(QStringLiteral("pandas"), DependencyTreeModel::Node::Requirement);
        QVERIFY(pandas.isValid());
        QCOMPARE(pandas.siblingAtColumn(DependencyTreeModel::SpecColumn).data().toString(), QStringLiteral("==2.1.4"));
        QCOMPARE(pandas.siblingAtColumn(DependencyTreeModel::SourceColumn).data().toString(), QStringLiteral("conda.yaml:10"));

        // requirements.txt's "-c constraints.txt" nests the constraints under it.
        const QModelIndex constraints = model->findRow(QStringLiteral("constraints.txt"), DependencyTreeModel::Node::Constraint);
        QVERIFY(constraints.isValid());
        QCOMPARE(constraints.parent().data().toString(), QStringLiteral("-c constraints.txt"));
        QCOMPARE(constraints.parent().parent().data().toString(), QStringLiteral("requirements.txt"));
        QCOMPARE(model->rowCount(constraints), 2);
        QCOMPARE(model->index(0, DependencyTreeModel::SpecColumn, constraints).data().toString(), QStringLiteral("<1.3"));

        const QModelIndex yamlImport = model->findRow(QStringLiteral("yaml"), DependencyTreeModel::Node::Import);
        QVERIFY(yamlImport.isValid());
        QCOMPARE(yamlImport.data(DependencyTreeModel::LineRole).toInt(), 7);

        // The filter keeps the parents of what matches.
        QTest::keyClicks(tab->treeFilter(), QStringLiteral("scikit"));
        QSortFilterProxyModel *proxy = tab->treeProxy();
        QCOMPARE(proxy->rowCount(), 1);  // only "Environment files" holds scikit-learn
        QCOMPARE(proxy->index(0, 0).data().toString(), QStringLiteral("Environment files"));
        tab->treeFilter()->clear();
        QCOMPARE(proxy->rowCount(), model->rowCount());
    }

    void opensThroughTheDialogSeam()
    {
        MainWindow window;
        window.show();
        QSignalSpy spy(&window, &MainWindow::modelLoadFinished);
        FileDialog::instance().setNextFileName(exampleDir());
        QTest::mouseClick(window.welcomePage()->findChild<QPushButton *>(QStringLiteral("welcomeOpenFolder")), Qt::LeftButton);
        ModelTab *tab = waitForLoad(spy);
        QVERIFY(tab);
        QCOMPARE(tab->state(), ModelTab::State::Loaded);
        QCOMPARE(tab->path(), QDir::cleanPath(exampleDir()));

        // A cancelled dialog opens nothing.
        FileDialog::instance().setNextFileName(QString());
        window.findChild<QAction *>(QStringLiteral("openZipAction"))->trigger();
        QCOMPARE(window.tabWidget()->count(), 1);

        // Opening the same model again shows the existing tab.
        FileDialog::instance().setNextFileName(exampleDir());
        window.findChild<QAction *>(QStringLiteral("openFolderAction"))->trigger();
        QCOMPARE(window.tabWidget()->count(), 1);
    }

    void activatingADiagnosticOpensTheFileAtItsLine()
    {
        LoadJob::setChecker(&knownFindings);
        MainWindow window;
        window.show();
        QSignalSpy spy(&window, &MainWindow::modelLoadFinished);
        ModelTab *tab = window.openPath(exampleDir());
        QVERIFY(waitForLoad(spy) == tab);
        DiagnosticsDock *dock = window.diagnosticsDock();
        QCOMPARE(dock->view()->model()->rowCount(), 2);

        // Rows sort by severity: the error first.
        dock->view()->setCurrentIndex(dock->view()->model()->index(0, 0));
        QTest::keyClick(dock->view(), Qt::Key_Return);
        QCOMPARE(tab->pages()->currentWidget(), tab->fileViewer());
        QCOMPARE(tab->fileViewer()->displayPath(), QStringLiteral("requirements.txt"));
        QCOMPARE(tab->fileViewer()->codeView()->currentLine(), 5);
        QCOMPARE(tab->fileViewer()->codeView()->markedLine(), 5);
        QVERIFY(tab->fileViewer()->codeView()->textCursor().block().text().startsWith(QLatin1String("scikit-learn")));

        dock->activateRow(1);
        QCOMPARE(tab->fileViewer()->displayPath(), QStringLiteral("python_env.yaml"));
        QCOMPARE(tab->fileViewer()->codeView()->markedLine(), 1);

        // The tree marks the requirement row with the finding at its line.
        const QModelIndex requirements = tab->treeModel()->findRow(QStringLiteral("requirements.txt"), DependencyTreeModel::Node::File);
        QVERIFY(requirements.isValid());
        const QModelIndex inRequirements = tab->treeModel()->index(4, 0, requirements);
        QCOMPARE(inRequirements.data().toString(), QStringLiteral("scikit-learn"));
        QCOMPARE(inRequirements.data(DependencyTreeModel::SeverityRole).toInt(), 0);
        QVERIFY(inRequirements.data(Qt::ToolTipRole).toString().contains(QLatin1String("req-conflict")));
        QCOMPARE(tab->overview()->findChild<QLabel *>(QStringLiteral("errorCount"))->text(), QStringLiteral("1 error"));
    }

    void treeActivationOpensTheFile()
    {
        MainWindow window;
        window.show();
        QSignalSpy spy(&window, &MainWindow::modelLoadFinished);
        ModelTab *tab = window.openPath(exampleDir());
        QVERIFY(waitForLoad(spy) == tab);
        const QModelIndex yamlImport = tab->treeModel()->findRow(QStringLiteral("yaml"), DependencyTreeModel::Node::Import);
        tab->treeView()->setCurrentIndex(tab->treeProxy()->mapFromSource(yamlImport));
        tab->treeView()->setFocus();
        QTest::keyClick(tab->treeView(), Qt::Key_Return);
        QCOMPARE(tab->fileViewer()->displayPath(), QStringLiteral("code/iris_features/transform.py"));
        QCOMPARE(tab->fileViewer()->codeView()->markedLine(), 7);

        // Weights are never shown as text.
        QVERIFY(tab->openFile(QStringLiteral("model.pkl")));
        QVERIFY(tab->fileViewer()->isShowingBinary());
        QVERIFY(!tab->openFile(QStringLiteral("no-such-file.txt")));
    }

    void corruptZipShowsAPlainMessage()
    {
        QTemporaryDir dir;
        const QString zip = dir.filePath(QStringLiteral("broken.zip"));
        QFile file(zip);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("PK\x03\x04 this is not really a zip archive at all");
        file.close();

        MainWindow window;
        QSignalSpy spy(&window, &MainWindow::modelLoadFinished);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        MessageBox::clearLastText();
        window.openPath(zip);
        QVERIFY(spy.wait(20000));
        const QString message = MessageBox::lastText();
        QVERIFY2(message.contains(QDir::toNativeSeparators(zip)), qPrintable(message));
        QVERIFY(message.contains(QLatin1String("could not open")));
        QVERIFY(message.split(QLatin1Char('\n')).size() >= 2);  // the path, then the reason
        QTRY_COMPARE(window.tabWidget()->count(), 0);
        QVERIFY(window.welcomePage()->isVisibleTo(&window));
    }

    void severalModelsInAZipLetTheUserChoose()
    {
        QTemporaryDir dir;
        const QString zip = dir.filePath(QStringLiteral("two-models.zip"));
        // One python process builds the archive: two copies of the example under a/ and b/.
        QProcess python;
        python.start(test::oraclePython(), {QStringLiteral("-c"), QStringLiteral(
            "import os, sys, zipfile\n"
            "src, out = sys.argv[1], sys.argv[2]\n"
            "with zipfile.ZipFile(out, 'w') as z:\n"
            "    for top in ('a', 'b'):\n"
            "        for root, _, files in os.walk(src):\n"
            "            for f in files:\n"
            "                p = os.path.join(root, f)\n"
            "                z.write(p, top + '/' + os.path.relpath(p, src))\n"), exampleDir(), zip});
        QVERIFY(python.waitForFinished(30000));
        QCOMPARE(python.exitCode(), 0);

        MainWindow window;
        QSignalSpy spy(&window, &MainWindow::modelLoadFinished);
        MessageBox::setNextChoice(1);
        ModelTab *tab = window.openPath(zip);
        QVERIFY(waitForLoad(spy) == tab);
        QVERIFY(MessageBox::lastText().contains(QLatin1String("several models")));
        QCOMPARE(tab->state(), ModelTab::State::Loaded);
        QCOMPARE(tab->model()->root, QStringLiteral("b/"));
        QCOMPARE(tab->title(), QStringLiteral("two-models.zip/b"));

        // Cancelling the choice closes the tab.
        MessageBox::setNextChoice(-1);
        window.openPath(zip, LoadOptions());
        QTRY_COMPARE(window.tabWidget()->count(), 1);
    }

    void dropsOpenModels()
    {
        MainWindow window;
        window.show();
        QSignalSpy spy(&window, &MainWindow::modelLoadFinished);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(exampleDir()), QUrl(QStringLiteral("https://example.invalid/model.zip"))});
        const QPoint centre = window.rect().center();
        QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QVERIFY(waitForLoad(spy));
        QCOMPARE(window.tabWidget()->count(), 1);  // the remote URL is ignored

        QMimeData text;
        text.setText(QStringLiteral("not a model"));
        QDragEnterEvent rejected(centre, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        rejected.ignore();
        QApplication::sendEvent(&window, &rejected);
        QVERIFY(!rejected.isAccepted());
    }

    void openExampleCopiesToAWritableFolder()
    {
        MainWindow window;
        QSignalSpy spy(&window, &MainWindow::modelLoadFinished);
        window.findChild<QAction *>(QStringLiteral("openExampleAction"))->trigger();
        ModelTab *tab = waitForLoad(spy);
        QVERIFY(tab);
        QCOMPARE(tab->state(), ModelTab::State::Loaded);
        QCOMPARE(tab->path(), QDir::cleanPath(MainWindow::exampleCopyPath()));
        QFile copy(MainWindow::exampleCopyPath() + QStringLiteral("/requirements.txt"));
        QVERIFY(copy.open(QIODevice::ReadWrite));
        QFile original(exampleDir() + QStringLiteral("/requirements.txt"));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), original.readAll());
    }

    void tabsCloseAndTheTitleFollows()
    {
        MainWindow window;
        window.show();
        QSignalSpy spy(&window, &MainWindow::modelLoadFinished);
        window.openPath(exampleDir());
        window.openExample();
        QVERIFY(waitForLoad(spy, 2));
        QCOMPARE(window.tabWidget()->count(), 2);
        QVERIFY(window.undoGroup()->activeStack() == window.currentModelTab()->undoStack());
        window.findChild<QAction *>(QStringLiteral("closeTabAction"))->trigger();
        QCOMPARE(window.tabWidget()->count(), 1);
        QCOMPARE(window.windowTitle(), QStringLiteral("iris-classifier — EnvLens"));
        window.closeTab(0);
        QCOMPARE(window.windowTitle(), QStringLiteral("EnvLens"));
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("closeTabAction"))->isEnabled());
    }

    // A comparison or other page has no findings of its own in the panel: it steps aside and
    // returns with the model tab, but stays closed when the user closed it.
    void diagnosticsPanelStepsAsideForOtherPages()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy spy(&window, &MainWindow::modelLoadFinished);
        window.openPath(exampleDir());
        QVERIFY(waitForLoad(spy));
        auto *panel = window.diagnosticsDock();
        QVERIFY(panel->isVisible());
        const int page = window.addPage(new QWidget, QIcon(), QStringLiteral("page"));
        QVERIFY(!panel->isVisible());
        window.tabWidget()->setCurrentIndex(0);
        QVERIFY(panel->isVisible());
        panel->close();
        window.tabWidget()->setCurrentIndex(page);
        window.tabWidget()->setCurrentIndex(0);
        QVERIFY(!panel->isVisible());
    }

    void aboutBoxNamesTheVersions()
    {
        const auto versions = AboutDialog::componentVersions();
        QStringList names;
        for (const auto &pair : versions) {
            names << pair.first;
            QVERIFY2(!pair.second.isEmpty(), qPrintable(pair.first));
        }
        QCOMPARE(names, (QStringList{QStringLiteral("EnvLens"), QStringLiteral("Qt"), QStringLiteral("yaml-cpp"),
                                     QStringLiteral("QuaZip"), QStringLiteral("KSyntaxHighlighting")}));
        QCOMPARE(AboutDialog::syntaxHighlightingVersion() == QLatin1String("not built in"),
                 !CodeView::highlightingAvailable());
        AboutDialog dialog;
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("version_QuaZip"))->text(), versions.at(3).second);
    }

    // View > Language stores the choice that app/main.cpp reads at start-up.
    void languageMenuStoresTheChoice()
    {
        Settings::instance().setLanguage(QStringLiteral("ko"));
        MainWindow window;
        auto *menu = window.findChild<QMenu *>(QStringLiteral("languageMenu"));
        QVERIFY(menu);
        QVERIFY(window.viewMenu()->actions().contains(menu->menuAction()));
        const auto actions = menu->actions();
        QStringList codes;
        for (const QAction *action : actions) {
            codes << action->data().toString();
            QCOMPARE(action->isChecked(), action->data().toString() == QLatin1String("ko"));
        }
        QCOMPARE(codes, (QStringList{QString(), QStringLiteral("en"), QStringLiteral("ko")}));

        actions.at(1)->trigger();
        QCOMPARE(Settings::instance().language(), QStringLiteral("en"));
        QVERIFY(actions.at(1)->isChecked() && !actions.at(2)->isChecked());
        QVERIFY(!window.statusBar()->currentMessage().isEmpty());
        actions.at(0)->trigger();
        QVERIFY(Settings::instance().language().isEmpty());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
