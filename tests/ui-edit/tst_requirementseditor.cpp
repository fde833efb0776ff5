#include "browse/diagnosticsdock.h"
#include "browse/diagnosticsmodel.h"
#include "browse/loadjob.h"
#include "browse/mainwindow.h"
#include "browse/modeltab.h"
#include "common/codeview.h"
#include "common/filedialog.h"
#include "common/messagebox.h"
#include "common/settings.h"
#include "edit/editcontroller.h"
#include "edit/editsession.h"
#include "edit/enveditor.h"
#include "edit/modeleditor.h"
#include "edit/modelwriter.h"
#include "edit/requirementrows.h"
#include "edit/requirementseditor.h"
#include "edit/requirementstablemodel.h"
#include "edit/savepreviewdialog.h"
#include "model/model.h"

#include "editfixtures.h"
#include "windowfixtures.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSyntaxHighlighter>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTreeView>
#include <QUndoStack>

using namespace envlens;

namespace {

const QString kRequirements = QStringLiteral("requirements.txt");

// The files an edit may touch, as bytes on disk.
QMap<QString, QByteArray> envFilesOnDisk(const QString &folder)
{
    QMap<QString, QByteArray> files;
    for (const QString &name : {QStringLiteral("MLmodel"), QStringLiteral("conda.yaml"), QStringLiteral("python_env.yaml"),
                                QStringLiteral("requirements.txt"), QStringLiteral("constraints.txt")}) {
        files.insert(name, test::readFile(folder + QLatin1Char('/') + name));
    }
    return files;
}

QStringList packagesOf(const Model &model)
{
    QStringList names;
    for (const RequirementRow &row : originalRequirementRows(model))
        names << row.parts.package + row.parts.spec;
    return names;
}

int findText(const RequirementsTableModel *model, const QString &package)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->rows().at(row).parts.package == package)
            return row;
    }
    return -1;
}

} // namespace

class TestRequirementsEditor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_temp;
    int m_copies = 0;

    QString copyOf(const QString &fixture)
    {
        const QString target = m_temp.path() + QStringLiteral("/%1-%2").arg(fixture).arg(++m_copies);
        return test::copyTree(test::fixturePath(fixture), target) ? target : QString();
    }

    static bool waitForReload(MainWindow &window)
    {
        QSignalSpy spy(&window, &MainWindow::modelLoadFinished);
        return spy.wait(20000);
    }

    static void settle() { QCoreApplication::processEvents(); }

private slots:
    void initTestCase()
    {
        Q_INIT_RESOURCE(resources);
        QStandardPaths::setTestModeEnabled(true);
        Settings::useTemporaryFile();
        qRegisterMetaType<ModelTab *>();
        QVERIFY(m_temp.isValid());
    }

    void pageShowsTheRequirementsInBothModes()
    {
        MainWindow window;
        window.show();
        ModelTab *tab = test::openModel(window, copyOf(QStringLiteral("iris-classifier")));
        QVERIFY(tab);
        ModelEditor *editor = ModelEditor::of(tab);
        RequirementsEditor *page = editor->page();
        QVERIFY(page);
        QVERIFY(tab->pages()->indexOf(page) >= 0);
        QAbstractItemModelTester current(page->currentModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester extra(page->extraModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester overrideTester(page->overrideModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        window.findChild<QAction *>(QStringLiteral("editRequirementsAction"))->trigger();
        QCOMPARE(tab->pages()->currentWidget(), page);
        QCOMPARE(page->currentModel()->rowCount(), 6);
        const int pandas = findText(page->currentModel(), QStringLiteral("pandas"));
        QVERIFY(pandas >= 0);
        QCOMPARE(page->currentModel()->index(pandas, RequirementsTableModel::SpecColumn).data().toString(), QStringLiteral("==2.2.2"));
        QCOMPARE(page->currentModel()->index(pandas, RequirementsTableModel::SourceColumn).data().toString(),
                 QStringLiteral("requirements.txt:4"));
        for (const RequirementRow &row : page->currentModel()->rows())
            QCOMPARE(row.status, RequirementRow::Status::Existing);
        QCOMPARE(page->extraModel()->rowCount(), 0);
        QVERIFY(!page->currentModel()->isEditable());
        QVERIFY(page->currentView()->isVisible());

        page->setMode(RequirementsEditor::Mode::Override);
        QVERIFY(page->editableView()->isVisible());
        QVERIFY(!page->currentView()->isVisible());
        QCOMPARE(page->overrideModel()->rowCount(), 6);  // starts as a copy
        QVERIFY(!page->saveButton()->isEnabled());
        QCOMPARE(page->pythonEdit()->text(), QStringLiteral("3.10.14"));
    }

    void extraRequirementsAddChangeRemoveAndUndoToTheSameBytes()
    {
        MainWindow window;
        window.show();
        const QString folder = copyOf(QStringLiteral("iris-classifier"));
        ModelTab *tab = test::openModel(window, folder);
        QVERIFY(tab);
        ModelEditor *editor = ModelEditor::of(tab);
        RequirementsEditor *page = editor->page();
        RequirementsTableModel *extras = page->extraModel();
        QUndoStack *stack = tab->undoStack();
        const QByteArray originalRequirements = test::readFile(folder + QLatin1Char('/') + kRequirements);

        // A new row is invalid until it names a package; saving waits for it.
        const int row = page->addRow();
        QVERIFY(page->hasInvalidRows());
        QVERIFY(!page->saveButton()->isEnabled());
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("saveAction"))->isEnabled());
        QVERIFY(extras->setData(extras->index(row, RequirementsTableModel::PackageColumn), QStringLiteral("requests")));
        settle();
        QVERIFY(!page->hasInvalidRows());
        QCOMPARE(stack->count(), 1);
        QCOMPARE(stack->text(0), QStringLiteral("Add requirement requests"));
        QVERIFY(editor->session()->bytes(kRequirements).contains("\nrequests\n"));
        QVERIFY(editor->session()->bytes(QStringLiteral("conda.yaml")).contains("  - requests\n"));
        QCOMPARE(extras->rowCount(), 1);
        QCOMPARE(extras->rows().first().status, RequirementRow::Status::Added);
        const int inCurrent = findText(page->currentModel(), QStringLiteral("requests"));
        QCOMPARE(page->currentModel()->rows().at(inCurrent).status, RequirementRow::Status::Added);
        QVERIFY(window.windowTitle().contains(QStringLiteral("[*]")));
        QVERIFY(window.isWindowModified());
        QVERIFY(window.tabWidget()->tabText(window.tabWidget()->indexOf(tab)).endsWith(QLatin1Char('*')));
        QVERIFY(page->saveButton()->isEnabled());

        // Editing the extra replaces its edit: still one extra, one more undo step.
        QVERIFY(extras->setData(extras->index(0, RequirementsTableModel::SpecColumn), QStringLiteral("==2.31.0")));
        settle();
        QCOMPARE(stack->count(), 2);
        QCOMPARE(editor->session()->edits().size(), 1);
        QVERIFY(editor->session()->bytes(kRequirements).contains("\nrequests==2.31.0\n"));

        // An extra for a listed package updates it in place (status Changed).
        const int second = page->addRow();
        QVERIFY(extras->setData(extras->index(second, RequirementsTableModel::PackageColumn), QStringLiteral("pandas")));
        settle();
        const int pandasRow = findText(extras, QStringLiteral("pandas"));
        QVERIFY(extras->setData(extras->index(pandasRow, RequirementsTableModel::SpecColumn), QStringLiteral("==2.2.3")));
        settle();
        QCOMPARE(extras->rows().at(findText(extras, QStringLiteral("pandas"))).status, RequirementRow::Status::Changed);
        QVERIFY(editor->session()->bytes(kRequirements).contains("pandas==2.2.3  # bumped by hand for a CVE fix"));

        // Delete removes the selected extra; pandas goes back to its line on disk.
        page->editableView()->setCurrentIndex(extras->index(findText(extras, QStringLiteral("pandas")), 0));
        QTest::mouseClick(page->removeButton(), Qt::LeftButton);
        QCOMPARE(extras->rowCount(), 1);
        QVERIFY(editor->session()->bytes(kRequirements).contains("pandas==2.2.2  # bumped"));

        // Undo everything: the original bytes; redo everything: the same edited bytes.
        const QMap<QString, QByteArray> edited = editor->session()->changeSet().contents();
        const int steps = stack->count();
        for (int i = 0; i < steps; ++i)
            window.findChild<QAction *>(QStringLiteral("undoAction"))->trigger();
        QVERIFY(stack->isClean());
        QVERIFY(!editor->session()->hasChanges());
        QCOMPARE(editor->session()->bytes(kRequirements), originalRequirements);
        QCOMPARE(extras->rowCount(), 0);
        QVERIFY(!window.isWindowModified());
        for (int i = 0; i < steps; ++i)
            window.findChild<QAction *>(QStringLiteral("redoAction"))->trigger();
        QCOMPARE(editor->session()->changeSet().contents(), edited);
        QCOMPARE(extras->rowCount(), 1);
    }

    void overrideReplacesTheWholeList()
    {
        MainWindow window;
        window.show();
        const QString folder = copyOf(QStringLiteral("iris-classifier"));
        ModelTab *tab = test::openModel(window, folder);
        QVERIFY(tab);
        ModelEditor *editor = ModelEditor::of(tab);
        RequirementsEditor *page = editor->page();
        page->setMode(RequirementsEditor::Mode::Override);
        RequirementsTableModel *list = page->overrideModel();

        const int numpy = findText(list, QStringLiteral("numpy"));
        QVERIFY(list->setData(list->index(numpy, RequirementsTableModel::SpecColumn), QStringLiteral("<2")));
        settle();
        QCOMPARE(tab->undoStack()->count(), 1);
        QCOMPARE(editor->session()->edits().first().role, SessionEdit::Role::Override);
        const QByteArray requirements = editor->session()->bytes(kRequirements);
        QVERIFY(requirements.contains("\nnumpy<2\n"));
        QVERIFY(requirements.endsWith("-c constraints.txt\n"));  // kept
        QCOMPARE(list->rows().at(findText(list, QStringLiteral("numpy"))).status, RequirementRow::Status::Changed);

        page->editableView()->setCurrentIndex(list->index(findText(list, QStringLiteral("scipy")), 0));
        QAction *deleteAction = nullptr;
        for (QAction *action : page->actions()) {
            if (action->shortcut() == QKeySequence(QKeySequence::Delete))
                deleteAction = action;
        }
        QVERIFY(deleteAction);
        deleteAction->trigger();
        QCOMPARE(tab->undoStack()->count(), 2);
        QVERIFY(!editor->session()->bytes(kRequirements).contains("scipy"));
        QVERIFY(!editor->session()->bytes(QStringLiteral("conda.yaml")).contains("scipy"));
        const int scipy = findText(list, QStringLiteral("scipy"));
        QVERIFY(scipy >= 0);
        QCOMPARE(list->rows().at(scipy).status, RequirementRow::Status::Removed);
        QVERIFY(list->index(scipy, 0).data(Qt::FontRole).value<QFont>().strikeOut());

        // An added row goes through the same list.
        const int added = page->addRow();
        QVERIFY(list->setData(list->index(added, RequirementsTableModel::PackageColumn), QStringLiteral("rich")));
        settle();
        QCOMPARE(tab->undoStack()->count(), 3);
        QVERIFY(editor->session()->bytes(kRequirements).contains("\nrich\n"));

        tab->undoStack()->setIndex(0);
        QVERIFY(!editor->session()->hasChanges());
        QCOMPARE(list->rowCount(), 6);
    }

    void pythonVersionSetsAllThreePlaces()
    {
        MainWindow window;
        const QString folder = copyOf(QStringLiteral("iris-classifier"));
        ModelTab *tab = test::openModel(window, folder);
        QVERIFY(tab);
        ModelEditor *editor = ModelEditor::of(tab);
        RequirementsEditor *page = editor->page();

        page->pythonEdit()->setText(QStringLiteral("3.x"));
        QVERIFY(!page->pythonButton()->isEnabled());
        QVERIFY(page->pythonEdit()->property("invalid").toBool());
        page->pythonEdit()->setText(QStringLiteral("3.11.9"));
        QVERIFY(page->pythonButton()->isEnabled());
        QTest::mouseClick(page->pythonButton(), Qt::LeftButton);
        QCOMPARE(tab->undoStack()->count(), 1);
        const ChangeSet changes = editor->session()->changeSet();
        QCOMPARE(changes.files.size(), 3);
        QVERIFY(changes.file(QStringLiteral("MLmodel"))->newBytes.contains("python_version: 3.11.9\n"));
        QVERIFY(changes.file(QStringLiteral("python_env.yaml"))->newBytes.startsWith("python: 3.11.9\n"));
        QVERIFY(changes.file(QStringLiteral("conda.yaml"))->newBytes.contains("- python=3.11.9\n"));
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("pythonVersions"))->text().contains(QStringLiteral("python_env.yaml 3.11.9")));

        // The same version again is no new step.
        QVERIFY(page->setPythonVersion(QStringLiteral("3.11.9")));
        QCOMPARE(tab->undoStack()->count(), 1);
    }

    void fixItsFromTheDiagnosticsPanel()
    {
        MainWindow window;
        window.show();
        const QString folder = copyOf(QStringLiteral("iris-classifier"));
        ModelTab *tab = test::openModel(window, folder);
        QVERIFY(tab);
        ModelEditor *editor = ModelEditor::of(tab);
        auto *controller = window.findChild<EditController *>(QStringLiteral("editController"));
        QVERIFY(controller);
        DiagnosticsDock *dock = window.diagnosticsDock();

        int row = -1;
        for (int r = 0; r < dock->view()->model()->rowCount(); ++r) {
            if (dock->view()->model()->index(r, DiagnosticsModel::IdColumn).data().toString() == QLatin1String("python-mismatch"))
                row = r;
        }
        QVERIFY2(row >= 0, "the example has a python-mismatch");
        const int before = int(tab->diagnostics().size());
        dock->view()->setCurrentIndex(dock->view()->model()->index(row, 0));
        QAction *applyFix = window.findChild<QAction *>(QStringLiteral("applyFixAction"));
        QVERIFY(applyFix->isEnabled());
        applyFix->trigger();
        QCOMPARE(tab->undoStack()->count(), 1);
        QVERIFY(tab->undoStack()->text(0).startsWith(QStringLiteral("Fix python-mismatch")));
        QCOMPARE(int(tab->diagnostics().size()), before - 1);
        QCOMPARE(dock->diagnostics().size(), tab->diagnostics().size());
        QVERIFY(editor->session()->hasChanges());
        tab->undoStack()->undo();
        QCOMPARE(int(tab->diagnostics().size()), before);

        // Fix all: one step per fix; undoing them all gives the bytes back.
        QAction *fixAll = window.findChild<QAction *>(QStringLiteral("fixAllSafeAction"));
        QVERIFY(fixAll->isEnabled());
        tab->undoStack()->clear();
        fixAll->trigger();
        const int fixes = tab->undoStack()->count();
        QVERIFY(fixes >= 1);
        QCOMPARE(editor->session()->edits().size(), fixes);
        QVERIFY(int(tab->diagnostics().size()) <= before - fixes);
        QVERIFY(!fixAll->isEnabled() || !editor->remainingDiagnostics().isEmpty());
        tab->undoStack()->setIndex(0);
        QVERIFY(!editor->session()->hasChanges());
        QCOMPARE(int(tab->diagnostics().size()), before);
    }

    void saveWritesBackAndReloads_data()
    {
        QTest::addColumn<bool>("zip");
        QTest::addRow("folder") << false;
        QTest::addRow("zip") << true;
    }

    void saveWritesBackAndReloads()
    {
        QFETCH(bool, zip);
        QString path = copyOf(QStringLiteral("iris-classifier"));
        if (zip) {
            const auto folderModel = test::loadModel(path);
            QVERIFY(folderModel);
            ModelWriteOptions options;
            options.outputPath = path + QStringLiteral(".zip");
            QVERIFY(ModelWriter().write(*folderModel, ChangeSet(), options).ok());
            path = options.outputPath;
        }
        MainWindow window;
        window.show();
        ModelTab *tab = test::openModel(window, path);
        QVERIFY(tab);
        ModelEditor *editor = ModelEditor::of(tab);
        RequirementsEditor *page = editor->page();
        const int row = page->addRow();
        QVERIFY(page->extraModel()->setData(page->extraModel()->index(row, 0), QStringLiteral("requests==2.31.0")));
        settle();
        QVERIFY(page->setPythonVersion(QStringLiteral("3.11.9")));

        // Cancelling the preview writes nothing.
        SavePreviewDialog::setNextAnswer(false);
        QVERIFY(!editor->save());
        QVERIFY(!tab->undoStack()->isClean());

        SavePreviewDialog::setNextAnswer(true);
        QSignalSpy reloaded(&window, &MainWindow::modelLoadFinished);
        window.findChild<QAction *>(QStringLiteral("saveAction"))->trigger();
        QVERIFY(reloaded.wait(20000));
        QVERIFY(SavePreviewDialog::lastDiff().contains(QStringLiteral("+requests==2.31.0")));
        QVERIFY(tab->undoStack()->isClean());
        QCOMPARE(tab->undoStack()->count(), 0);
        QVERIFY(!editor->session()->hasChanges());
        QVERIFY(!window.isWindowModified());

        // What the core loader reads back.
        const auto saved = test::loadModel(path);
        QVERIFY(saved);
        QVERIFY(packagesOf(*saved).contains(QStringLiteral("requests==2.31.0")));
        QCOMPARE(saved->mlmodelPython(), QStringLiteral("3.11.9"));
        QCOMPARE(saved->pythonEnvPython(), QStringLiteral("3.11.9"));
        QCOMPARE(saved->condaPython(), QStringLiteral("3.11.9"));
        QCOMPARE(editor->session()->model()->mlmodelPython(), QStringLiteral("3.11.9"));
        // The fixed python-mismatch is gone after the re-check.
        for (const Diagnostic &diagnostic : tab->diagnostics())
            QVERIFY(diagnostic.id != QLatin1String("python-mismatch"));
        QCOMPARE(findText(page->currentModel(), QStringLiteral("requests")) >= 0, true);
        QCOMPARE(page->currentModel()->rows().at(findText(page->currentModel(), QStringLiteral("requests"))).status,
                 RequirementRow::Status::Existing);
    }

    void saveAsWritesACopyAndKeepsTheOriginal_data()
    {
        QTest::addColumn<QString>("destination");
        QTest::addRow("folder") << QStringLiteral("copy-folder");
        QTest::addRow("zip") << QStringLiteral("copy.zip");
    }

    void saveAsWritesACopyAndKeepsTheOriginal()
    {
        QFETCH(QString, destination);
        const QString folder = copyOf(QStringLiteral("iris-classifier"));
        const QMap<QString, QByteArray> before = envFilesOnDisk(folder);
        MainWindow window;
        ModelTab *tab = test::openModel(window, folder);
        QVERIFY(tab);
        ModelEditor *editor = ModelEditor::of(tab);
        QVERIFY(editor->page()->setPythonVersion(QStringLiteral("3.12.3")));

        const QString target = m_temp.path() + QStringLiteral("/%1-%2").arg(++m_copies).arg(destination);
        FileDialog::instance().setNextFileName(target);
        SavePreviewDialog::setNextAnswer(true);
        QSignalSpy opened(&window, &MainWindow::modelLoadFinished);
        window.findChild<QAction *>(QStringLiteral("saveAsAction"))->trigger();
        QVERIFY(opened.wait(20000));
        QCOMPARE(window.modelTabs().size(), 2);
        QCOMPARE(envFilesOnDisk(folder), before);
        const auto copy = test::loadModel(target);
        QVERIFY(copy);
        QCOMPARE(copy->mlmodelPython(), QStringLiteral("3.12.3"));
        QCOMPARE(copy->kind, destination.endsWith(QLatin1String(".zip")) ? SourceKind::Zip : SourceKind::Folder);
        QVERIFY(copy->file(QStringLiteral("model.pkl")));
    }

    void saveErrorsAreShownAndLoseNothing()
    {
        const QString folder = copyOf(QStringLiteral("iris-classifier"));
        const QMap<QString, QByteArray> before = envFilesOnDisk(folder);
        MainWindow window;
        ModelTab *tab = test::openModel(window, folder);
        QVERIFY(tab);
        ModelEditor *editor = ModelEditor::of(tab);
        QVERIFY(editor->page()->setPythonVersion(QStringLiteral("3.12.3")));

        // A destination under a plain file cannot be created.
        const QString blocker = m_temp.path() + QStringLiteral("/blocker");
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        SavePreviewDialog::setNextAnswer(true);
        MessageBox::clearLastText();
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!editor->saveAs(blocker + QStringLiteral("/out.zip")));
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("could not save")));
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("out.zip")));
        QCOMPARE(envFilesOnDisk(folder), before);
        QVERIFY(!tab->undoStack()->isClean());

        // Changed on disk since it was read: the user chooses; Cancel writes nothing.
        QTest::qWait(20);
        QFile changed(folder + QStringLiteral("/requirements.txt"));
        QVERIFY(changed.open(QIODevice::Append));
        changed.write("rich\n");
        changed.close();
        SavePreviewDialog::setNextAnswer(true);
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QVERIFY(!editor->save());
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("changed on disk")));
        QCOMPARE(test::readFile(folder + QStringLiteral("/MLmodel")), before.value(QStringLiteral("MLmodel")));
    }

    void invalidCellBlocksSave()
    {
        const QString folder = copyOf(QStringLiteral("iris-classifier"));
        MainWindow window;
        ModelTab *tab = test::openModel(window, folder);
        QVERIFY(tab);
        ModelEditor *editor = ModelEditor::of(tab);
        RequirementsEditor *page = editor->page();
        QVERIFY(page->setPythonVersion(QStringLiteral("3.12.3")));
        QVERIFY(page->saveButton()->isEnabled());
        const int row = page->addRow();
        QVERIFY(page->extraModel()->setData(page->extraModel()->index(row, 0), QStringLiteral("pandas")));
        settle();
        const int pandas = findText(page->extraModel(), QStringLiteral("pandas"));
        QVERIFY(page->extraModel()->setData(page->extraModel()->index(pandas, RequirementsTableModel::SpecColumn),
                                            QStringLiteral("=2")));
        settle();
        QVERIFY(page->hasInvalidRows());
        QVERIFY(!page->saveButton()->isEnabled());
        QVERIFY(!editor->canSave());
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("saveAction"))->isEnabled());
        const QString reason = page->extraModel()->index(findText(page->extraModel(), QStringLiteral("pandas")), 0)
                                   .data(Qt::ToolTipRole).toString();
        QVERIFY(!reason.isEmpty());
        MessageBox::clearLastText();
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!editor->save());
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("not valid")));
        // The invalid text stays in the table across unrelated refreshes, and the last valid
        // version is what the session holds.
        QVERIFY(page->setPythonVersion(QStringLiteral("3.12.4")));
        QVERIFY(page->hasInvalidRows());
        QVERIFY(editor->session()->bytes(kRequirements).contains("\npandas  # bumped"));

        // The delegate validates as you type.
        QTableView *view = page->editableView();
        const QModelIndex spec = page->extraModel()->index(findText(page->extraModel(), QStringLiteral("pandas")),
                                                           RequirementsTableModel::SpecColumn);
        window.show();
        editor->showPage();
        view->setCurrentIndex(spec);
        view->edit(spec);
        auto *line = view->findChild<QLineEdit *>(QStringLiteral("requirementCellEditor"));
        QVERIFY(line);
        QVERIFY(line->property("invalid").toBool());
        line->selectAll();
        QTest::keyClicks(line, QStringLiteral(">=2"));
        QVERIFY(!line->property("invalid").toBool());
        QTest::keyClick(line, Qt::Key_Return);
        settle();
        QVERIFY(!page->hasInvalidRows());
        QVERIFY(page->saveButton()->isEnabled());
    }

    void closingWithUnsavedChangesAsks()
    {
        const QString folder = copyOf(QStringLiteral("iris-classifier"));
        const QMap<QString, QByteArray> before = envFilesOnDisk(folder);
        MainWindow window;
        window.show();
        ModelTab *tab = test::openModel(window, folder);
        QVERIFY(tab);
        QVERIFY(ModelEditor::of(tab)->page()->setPythonVersion(QStringLiteral("3.12.3")));

        MessageBox::setNextAnswer(QMessageBox::Cancel);
        window.closeTab(window.tabWidget()->indexOf(tab));
        QCOMPARE(window.modelTabs().size(), 1);
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("unsaved changes")));

        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QVERIFY(!window.close());
        QVERIFY(window.isVisible());

        MessageBox::setNextAnswer(QMessageBox::Discard);
        window.closeTab(window.tabWidget()->indexOf(tab));
        QCOMPARE(window.modelTabs().size(), 0);
        QCOMPARE(envFilesOnDisk(folder), before);

        // A clean tab closes without a question.
        ModelTab *clean = test::openModel(window, folder);
        QVERIFY(clean);
        MessageBox::clearLastText();
        QVERIFY(window.close());
        QVERIFY(MessageBox::lastText().isEmpty());
    }

    void previewDialogShowsEachFilesDiff()
    {
        const auto model = test::loadModel(test::fixturePath(QStringLiteral("iris-classifier")));
        QVERIFY(model);
        EditOperation python;
        python.kind = EditOperation::Kind::SetPython;
        python.text = QStringLiteral("3.11.9");
        const Result<ChangeSet> changes = applyEdits(*model, {python});
        QVERIFY(changes.ok());
        SavePreviewDialog dialog(changes.value(), model->sourcePath);
        QCOMPARE(dialog.fileList()->count(), 3);
        QCOMPARE(dialog.diffView()->toPlainText(), changes->files.first().diff);
        dialog.fileList()->setCurrentRow(2);
        QCOMPARE(dialog.diffView()->toPlainText(), changes->files.at(2).diff);
        QVERIFY(dialog.diffView()->toPlainText().contains(QStringLiteral("+python: 3.11.9")));
        if (CodeView::highlightingAvailable())
            QCOMPARE(dialog.diffView()->syntaxName(), QStringLiteral("Diff"));
        else
            QVERIFY(dialog.diffView()->document()->findChild<QSyntaxHighlighter *>());
    }
};

QTEST_MAIN(TestRequirementsEditor)
#include "tst_requirementseditor.moc"
