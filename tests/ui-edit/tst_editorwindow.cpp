// The editor in the main window: Fix from the dependency tree, Copy as Command (menu and page
// button, one action), and diagnostics re-checked on the unsaved edits.
#include "browse/dependencytreemodel.h"
#include "browse/diagnosticsdock.h"
#include "browse/diagnosticsmodel.h"
#include "browse/mainwindow.h"
#include "browse/modeltab.h"
#include "browse/overviewpage.h"
#include "common/codeview.h"
#include "common/filedialog.h"
#include "common/fileviewer.h"
#include "common/messagebox.h"
#include "common/settings.h"
#include "edit/commandline.h"
#include "edit/commandlinedialog.h"
#include "edit/editcommand.h"
#include "edit/editcontroller.h"
#include "edit/editsession.h"
#include "edit/modeleditor.h"
#include "edit/requirementseditor.h"
#include "edit/savepreviewdialog.h"
#include "model/model.h"

#include "editfixtures.h"
#include "windowfixtures.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QUndoView>

#include <functional>

using namespace envlens;
using test::op;

Q_DECLARE_METATYPE(QVector<EditOperation>)

namespace {

void push(ModelTab *tab, const QVector<EditOperation> &operations, SessionEdit::Role role = SessionEdit::Role::Extra)
{
    SessionEdit edit;
    edit.role = role;
    edit.operations = operations;
    tab->undoStack()->push(EditCommand::append(ModelEditor::of(tab)->session(), edit, QStringLiteral("test edit")));
}

// The tree row (index of the tree view's model) named `name` that points into `file`.
QModelIndex treeRow(ModelTab *tab, const QString &name, const QString &file)
{
    QAbstractItemModel *model = tab->treeView()->model();
    std::function<QModelIndex(const QModelIndex &)> find = [&](const QModelIndex &parent) -> QModelIndex {
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex index = model->index(row, 0, parent);
            if (index.data().toString() == name && index.data(DependencyTreeModel::FileRole).toString() == file)
                return index;
            const QModelIndex inner = find(index);
            if (inner.isValid())
                return inner;
        }
        return {};
    };
    return find(QModelIndex());
}

// What a context menu opened on a tree row offers; `choose` (a text) is triggered when given.
struct MenuSeen
{
    QStringList texts;
    QStringList enabled;
    QString defaultText;
};

MenuSeen openTreeMenu(ModelTab *tab, const QModelIndex &index, QContextMenuEvent::Reason reason,
                      const QString &choose = QString())
{
    MenuSeen seen;
    QTreeView *tree = tab->treeView();
    tree->scrollTo(index);
    tree->setCurrentIndex(index);
    QTimer::singleShot(0, tree, [&seen, choose] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        QAction *chosen = nullptr;
        for (QAction *action : menu->actions()) {
            if (action->isSeparator())
                continue;
            seen.texts << action->text();
            if (action->isEnabled())
                seen.enabled << action->text();
            if (action->text() == choose)
                chosen = action;
        }
        if (menu->defaultAction())
            seen.defaultText = menu->defaultAction()->text();
        if (chosen)
            chosen->trigger();
        menu->close();
    });
    // A right click arrives at the viewport; the menu key at the view itself, at the current row
    // (in the view's coordinates, as QWidgetWindow sends it).
    const QPoint inViewport = tree->visualRect(index).center();
    QWidget *target = reason == QContextMenuEvent::Mouse ? tree->viewport() : static_cast<QWidget *>(tree);
    const QPoint position = reason == QContextMenuEvent::Mouse ? inViewport : tree->viewport()->mapTo(tree, inViewport);
    QContextMenuEvent event(reason, position, target->mapToGlobal(position));
    QApplication::sendEvent(target, &event);
    return seen;
}

int countOf(const QVector<Diagnostic> &diagnostics, const QString &id, const QString &messagePart)
{
    int count = 0;
    for (const Diagnostic &d : diagnostics)
        count += d.id == id && d.message.contains(messagePart) ? 1 : 0;
    return count;
}

} // namespace

class TestEditorWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_temp;
    int m_copies = 0;

    QString copyOf(const QString &fixture)
    {
        const QString source = fixture == QLatin1String("iris-classifier") ? test::fixturePath(fixture)
                                                                           : test::dataDir() + QStringLiteral("/ui-edit/") + fixture;
        const QString target = m_temp.path() + QStringLiteral("/%1-%2").arg(fixture).arg(++m_copies);
        return test::copyTree(source, target) ? target : QString();
    }

private slots:
    void initTestCase()
    {
        Q_INIT_RESOURCE(resources);
        QStandardPaths::setTestModeEnabled(true);
        Settings::useTemporaryFile();
        qRegisterMetaType<ModelTab *>();
        QVERIFY(m_temp.isValid());
    }

    void treeRowsOfferTheirFixes_data()
    {
        QTest::addColumn<int>("reason");
        QTest::addRow("right click") << int(QContextMenuEvent::Mouse);
        QTest::addRow("menu key") << int(QContextMenuEvent::Keyboard);
    }

    void treeRowsOfferTheirFixes()
    {
        QFETCH(int, reason);
        MainWindow window;
        window.show();
        ModelTab *tab = test::openModel(window, copyOf(QStringLiteral("iris-classifier")));
        QVERIFY(tab);
        QAbstractItemModelTester tester(tab->treeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        ModelEditor *editor = ModelEditor::of(tab);
        const QByteArray condaBefore = editor->session()->bytes(QStringLiteral("conda.yaml"));

        // pandas differs between requirements.txt and the conda pip list (pip-mismatch, two fix-its).
        const QModelIndex pandas = treeRow(tab, QStringLiteral("pandas"), QStringLiteral("requirements.txt"));
        QVERIFY(pandas.isValid());
        const QString toConda = QStringLiteral("Fix: Make the pip list of conda.yaml follow requirements.txt");
        const QString toRequirements = QStringLiteral("Fix: Make requirements.txt follow the pip list of conda.yaml");
        const MenuSeen seen = openTreeMenu(tab, pandas, QContextMenuEvent::Reason(reason), toConda);
        QVERIFY2(seen.texts.contains(toConda) && seen.texts.contains(toRequirements), qPrintable(seen.texts.join(QLatin1Char('\n'))));
        QVERIFY(seen.texts.contains(QStringLiteral("Fix All &Safe Issues")));
        QCOMPARE(seen.defaultText, toConda);
        QCOMPARE(tab->undoStack()->count(), 1);
        QVERIFY(tab->undoStack()->text(0).startsWith(QStringLiteral("Fix pip-mismatch")));
        QVERIFY(editor->session()->hasChanges());
        QVERIFY(editor->session()->bytes(QStringLiteral("conda.yaml")).contains("pandas==2.2.2"));
        tab->undoStack()->undo();
        QVERIFY(!editor->session()->hasChanges());
        QCOMPARE(editor->session()->bytes(QStringLiteral("conda.yaml")), condaBefore);

        // scikit-learn conflicts with constraints.txt: a finding without a fix-it.
        const QModelIndex sklearn = treeRow(tab, QStringLiteral("scikit-learn"), QStringLiteral("requirements.txt"));
        QVERIFY(sklearn.isValid());
        const MenuSeen none = openTreeMenu(tab, sklearn, QContextMenuEvent::Reason(reason));
        QVERIFY(none.texts.contains(QStringLiteral("No fix available")));
        QVERIFY(!none.enabled.contains(QStringLiteral("No fix available")));
        QCOMPARE(tab->undoStack()->count(), 1);
        QCOMPARE(tab->undoStack()->index(), 0);
    }

    void applyFixShortcutActsOnTheFocusedTree()
    {
        MainWindow window;
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        ModelTab *tab = test::openModel(window, copyOf(QStringLiteral("iris-classifier")));
        QVERIFY(tab);
        auto *controller = window.findChild<EditController *>(QStringLiteral("editController"));
        QVERIFY(controller);
        QAction *applyFix = controller->applyFixAction();
        QTreeView *tree = tab->treeView();
        tree->setFocus();
        tree->setCurrentIndex(treeRow(tab, QStringLiteral("scikit-learn"), QStringLiteral("requirements.txt")));
        window.diagnosticsDock()->view()->setCurrentIndex(QModelIndex());
        QVERIFY(!applyFix->isEnabled());
        tree->setCurrentIndex(treeRow(tab, QStringLiteral("pandas"), QStringLiteral("requirements.txt")));
        QVERIFY(applyFix->isEnabled());
        QTest::keyClick(tree, Qt::Key_Period, Qt::ControlModifier);
        QCOMPARE(tab->undoStack()->count(), 1);
        QVERIFY(tab->undoStack()->text(0).startsWith(QStringLiteral("Fix pip-mismatch")));
        QVERIFY(ModelEditor::of(tab)->session()->bytes(QStringLiteral("conda.yaml")).contains("pandas==2.2.2"));
    }

    void copyAsCommand_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QVector<EditOperation>>("operations");
        QTest::addColumn<bool>("asFix");
        QTest::addColumn<QString>("envlensArgs");  // after "envlens-cli edit PATH"
        QTest::addColumn<QString>("mlflow");       // "%1" is the model path; or the refusal
        using K = EditOperation::Kind;
        const QString base = QStringLiteral("mlflow models update-pip-requirements -m %1");
        QTest::addRow("add and remove")
            << QStringLiteral("clean")
            << QVector<EditOperation>{op(K::AddRequirement, QStringLiteral("scipy>=1.13,<2")),
                                      op(K::RemovePackage, QStringLiteral("numpy"))}
            << false << QStringLiteral(" --add 'scipy>=1.13,<2' --remove numpy")
            << base + QStringLiteral(" add 'scipy>=1.13,<2'\n") + base + QStringLiteral(" remove numpy");
        QTest::addRow("override")
            << QStringLiteral("clean")
            << QVector<EditOperation>{op(K::OverrideRequirements, QString(), {QStringLiteral("mlflow==2.12.1")})} << false
            << QStringLiteral(" --override override-requirements.txt")
            << QStringLiteral("MLflow cannot replace the whole requirement list of a logged model.");
        QTest::addRow("python") << QStringLiteral("clean")
                                << QVector<EditOperation>{op(K::SetPython, QStringLiteral("3.11.9"))} << false
                                << QStringLiteral(" --python 3.11.9")
                                << QStringLiteral("MLflow cannot change a logged model's Python version.");
        QTest::addRow("fix-it") << QStringLiteral("iris-classifier")
                                << QVector<EditOperation>{op(K::SyncCondaFromRequirements)} << true
                                << QStringLiteral(" --fix pip-mismatch")
                                << QStringLiteral("MLflow has no equivalent of EnvLens fix-its.");
        QTest::addRow("comments in requirements.txt")
            << QStringLiteral("iris-classifier") << QVector<EditOperation>{op(K::AddRequirement, QStringLiteral("pyyaml"))}
            << false << QStringLiteral(" --add pyyaml")
            << QStringLiteral("MLflow cannot edit this model: its requirements.txt has a line that is not a plain "
                              "requirement (a comment, an option, a constraint or a wheel).");
        QTest::addRow("option in the conda pip list")
            << QStringLiteral("conda-option")
            << QVector<EditOperation>{op(K::AddRequirement, QStringLiteral("pyyaml==6.0.1"))} << false
            << QStringLiteral(" --add pyyaml==6.0.1")
            << QStringLiteral("MLflow cannot edit this model: its conda.yaml pip list has an item that is not a plain "
                              "requirement (a comment, an option, a constraint or a wheel).");
    }

    void copyAsCommand()
    {
        QFETCH(QString, fixture);
        QFETCH(QVector<EditOperation>, operations);
        QFETCH(bool, asFix);
        QFETCH(QString, envlensArgs);
        QFETCH(QString, mlflow);
        MainWindow window;
        window.show();
        const QString folder = copyOf(fixture);
        ModelTab *tab = test::openModel(window, folder);
        QVERIFY(tab);
        if (asFix) {
            const QVector<Diagnostic> diagnostics = tab->diagnostics();
            const auto found = std::find_if(diagnostics.cbegin(), diagnostics.cend(),
                                            [](const Diagnostic &d) { return d.id == QLatin1String("pip-mismatch"); });
            QVERIFY(found != diagnostics.cend());
            QVERIFY(ModelEditor::of(tab)->applyFix(*found, *found->defaultFix()));
        } else {
            push(tab, operations);
        }
        const QString path = ModelEditor::of(tab)->session()->model()->displayPath;
        QCOMPARE(shellQuote(path), path);  // the temporary folder needs no quoting: the text below is exact
        const QString expected = QStringLiteral("envlens-cli edit ") + path + envlensArgs + QLatin1Char('\n');

        // Through the page's button, which is the Edit menu's action.
        auto *controller = window.findChild<EditController *>(QStringLiteral("editController"));
        RequirementsEditor *page = ModelEditor::of(tab)->page();
        QCOMPARE(page->copyCommandButton()->defaultAction(), controller->copyCommandAction());
        QVERIFY(page->copyCommandButton()->isVisibleTo(page));
        QVERIFY(window.editMenu()->actions().contains(controller->copyCommandAction()));
        QString shown;
        QString clipboard;
        bool plain = false;
        QTimer::singleShot(0, &window, [&] {
            auto *dialog = qobject_cast<CommandLineDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            shown = dialog->view()->toPlainText();
            plain = dialog->view()->isReadOnly() && dialog->view()->document()->toPlainText() == dialog->text();
            QGuiApplication::clipboard()->clear();
            dialog->copyButton()->click();
            clipboard = QGuiApplication::clipboard()->text();
            dialog->reject();
        });
        ModelEditor::of(tab)->showPage();
        page->copyCommandButton()->click();
        QVERIFY2(shown.startsWith(expected), qPrintable(shown));
        QVERIFY2(shown.trimmed().endsWith(mlflow.contains(QLatin1String("%1")) ? mlflow.arg(path) : mlflow),
                 qPrintable(shown));
        if (envlensArgs.contains(QLatin1String("--override")))
            QVERIFY(shown.contains(QStringLiteral("Save the override list as override-requirements.txt first:\nmlflow==2.12.1\n")));
        QVERIFY(plain);
        QCOMPARE(clipboard, shown);
    }

    // Model text goes into the dialog as plain text: markup shows as typed.
    void copyAsCommandShowsPlainText()
    {
        MainWindow window;
        ModelTab *tab = test::openModel(window, copyOf(QStringLiteral("clean")));
        QVERIFY(tab);
        push(tab, {op(EditOperation::Kind::AddRequirement, QStringLiteral("pkg<b>1</b> @ https://x.invalid/<i>a</i>.tar.gz"))});
        CommandLineDialog dialog(*ModelEditor::of(tab)->session(), &window);
        QVERIFY(dialog.view()->toPlainText().contains(QStringLiteral("'pkg<b>1</b> @ https://x.invalid/<i>a</i>.tar.gz'")));
        QCOMPARE(dialog.view()->document()->toPlainText(), dialog.text());
        QVERIFY(!dialog.view()->document()->toHtml().contains(QStringLiteral("<b>1</b>")));
    }

    void diagnosticsFollowTheEdits()
    {
        MainWindow window;
        window.show();
        ModelTab *tab = test::openModel(window, copyOf(QStringLiteral("iris-classifier")));
        QVERIFY(tab);
        ModelEditor *editor = ModelEditor::of(tab);
        DiagnosticsDock *dock = window.diagnosticsDock();
        const QVector<Diagnostic> loaded = tab->diagnostics();
        const QString loadedTitle = dock->windowTitle();
        QCOMPARE(countOf(loaded, QStringLiteral("req-conflict"), QStringLiteral("numpy")), 0);
        QVERIFY(tab->overview()->pythonMismatch());

        // numpy>=2 against constraints.txt's numpy<2: a new conflict once re-checked.
        push(tab, {op(EditOperation::Kind::AddRequirement, QStringLiteral("numpy>=2"))});
        QVERIFY(!editor->diagnosticsAreCurrent());
        QVERIFY(tab->diagnosticsNote()->isVisibleTo(tab));
        QTRY_VERIFY_WITH_TIMEOUT(editor->diagnosticsAreCurrent(), 5000);
        QCOMPARE(countOf(dock->diagnostics(), QStringLiteral("req-conflict"), QStringLiteral("numpy")), 1);
        QCOMPARE(dock->diagnostics().size(), tab->diagnostics().size());
        QVERIFY(tab->diagnosticsNote()->isVisibleTo(tab));
        QVERIFY(tab->diagnosticsNote()->text().contains(QStringLiteral("unsaved edits")));
        QVERIFY(dock->windowTitle().endsWith(QStringLiteral("unsaved edits")));
        // The tree shows the edited line, with an error status from the re-check.
        const QModelIndex numpy = treeRow(tab, QStringLiteral("numpy"), QStringLiteral("requirements.txt"));
        QVERIFY(numpy.isValid());
        QCOMPARE(numpy.siblingAtColumn(DependencyTreeModel::SpecColumn).data().toString(), QStringLiteral(">=2"));
        QCOMPARE(numpy.data(DependencyTreeModel::SeverityRole).toInt(), int(Severity::Error));
        const int errorsBefore = countDiagnostics(loaded).errors;
        const QString errors = tab->overview()->findChild<QLabel *>(QStringLiteral("errorCount"))->text();
        // Adding syncs the conda pip list with requirements.txt, which also ends pandas' pip-mismatch:
        // one error in, one out.
        QCOMPARE(countOf(loaded, QStringLiteral("pip-mismatch"), QStringLiteral("pandas")), 1);
        QCOMPARE(countOf(tab->diagnostics(), QStringLiteral("pip-mismatch"), QStringLiteral("pandas")), 0);
        QCOMPARE(countDiagnostics(tab->diagnostics()).errors, errorsBefore);
        QCOMPARE(errors, QStringLiteral("%1 errors").arg(errorsBefore));
        // Activating the finding opens the edited text at its line.
        for (int row = 0; row < dock->view()->model()->rowCount(); ++row) {
            const QModelIndex index = dock->view()->model()->index(row, DiagnosticsModel::MessageColumn);
            if (index.data().toString().contains(QStringLiteral("numpy>=2")))
                dock->activateRow(row);
        }
        QCOMPARE(tab->fileViewer()->displayPath(), QStringLiteral("requirements.txt"));
        QVERIFY(tab->fileViewer()->codeView()->toPlainText().contains(QStringLiteral("numpy>=2")));

        // Undo: the loaded diagnostics at once, no note.
        tab->undoStack()->undo();
        QVERIFY(editor->diagnosticsAreCurrent());
        QCOMPARE(countOf(dock->diagnostics(), QStringLiteral("req-conflict"), QStringLiteral("numpy")), 0);
        QCOMPARE(tab->diagnostics().size(), loaded.size());
        QVERIFY(!tab->diagnosticsNote()->isVisibleTo(tab));
        QCOMPARE(dock->windowTitle(), loadedTitle);
        QCOMPARE(treeRow(tab, QStringLiteral("numpy"), QStringLiteral("requirements.txt"))
                     .siblingAtColumn(DependencyTreeModel::SpecColumn)
                     .data()
                     .toString(),
                 QStringLiteral("==1.26.4"));

        // Redo, then a Python fix: the overview follows the edited files.
        tab->undoStack()->redo();
        QTRY_VERIFY_WITH_TIMEOUT(editor->diagnosticsAreCurrent(), 5000);
        QCOMPARE(countOf(tab->diagnostics(), QStringLiteral("req-conflict"), QStringLiteral("numpy")), 1);
        push(tab, {op(EditOperation::Kind::SetPython, QStringLiteral("3.10.14"))}, SessionEdit::Role::Python);
        QTRY_VERIFY_WITH_TIMEOUT(editor->diagnosticsAreCurrent(), 5000);
        QCOMPARE(countOf(tab->diagnostics(), QStringLiteral("python-mismatch"), QString()), 0);
        QVERIFY(!tab->overview()->pythonMismatch());
    }

    void editsThatNeedASaveSaySo()
    {
        MainWindow window;
        window.show();
        const QString folder = copyOf(QStringLiteral("iris-classifier"));
        ModelTab *tab = test::openModel(window, folder);
        QVERIFY(tab);
        ModelEditor *editor = ModelEditor::of(tab);
        // An include of a file the first load did not read, from a folder that is gone since.
        QVERIFY(QDir(folder).removeRecursively());
        push(tab, {op(EditOperation::Kind::OverrideRequirements, QString(),
                      {QStringLiteral("mlflow==2.12.1"), QStringLiteral("-r README.md")})},
             SessionEdit::Role::Override);
        QSignalSpy refreshed(editor, &ModelEditor::diagnosticsRefreshed);
        QVERIFY(refreshed.wait(5000));
        QVERIFY(!editor->diagnosticsAreCurrent());
        QVERIFY(tab->diagnosticsNote()->text().contains(QStringLiteral("saving checks the model again")));
        QVERIFY(!window.diagnosticsDock()->windowTitle().endsWith(QStringLiteral("unsaved edits")));
        QCOMPARE(tab->shownModel(), tab->model());
    }

    void changedOnDiskOffersOverwriteOrSaveAs_data()
    {
        QTest::addColumn<bool>("overwrite");
        QTest::addRow("overwrite") << true;
        QTest::addRow("save as") << false;
    }

    void changedOnDiskOffersOverwriteOrSaveAs()
    {
        QFETCH(bool, overwrite);
        const QString folder = copyOf(QStringLiteral("clean"));
        MainWindow window;
        ModelTab *tab = test::openModel(window, folder);
        QVERIFY(tab);
        push(tab, {op(EditOperation::Kind::AddRequirement, QStringLiteral("scipy==1.13.0"))});
        QTest::qWait(20);
        QFile changed(folder + QStringLiteral("/MLmodel"));
        QVERIFY(changed.open(QIODevice::Append));
        changed.write("# touched\n");
        changed.close();
        const QByteArray mlmodel = test::readFile(folder + QStringLiteral("/MLmodel"));

        const QString copy = m_temp.path() + QStringLiteral("/saved-as-%1").arg(m_copies);
        SavePreviewDialog::setNextAnswer(true);
        MessageBox::setNextAnswer(overwrite ? QMessageBox::Yes : QMessageBox::No);
        if (!overwrite)
            FileDialog::instance().setNextFileName(copy);
        QSignalSpy reloaded(&window, &MainWindow::modelLoadFinished);
        QVERIFY(ModelEditor::of(tab)->save());
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("changed on disk")));
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("No: save your changes as a new folder or zip")));
        const QString written = overwrite ? folder : copy;
        QVERIFY(test::readFile(written + QStringLiteral("/requirements.txt")).contains("scipy==1.13.0"));
        // The other files stay as they are on disk (the outside change kept).
        QCOMPARE(test::readFile(folder + QStringLiteral("/MLmodel")), mlmodel);
        if (!overwrite) {
            QVERIFY(!test::readFile(folder + QStringLiteral("/requirements.txt")).contains("scipy"));
            QVERIFY(reloaded.wait(20000));  // the copy opens in its own tab
            QCOMPARE(window.modelTabs().size(), 2);
        }
    }

    void undoHistoryListsTheSteps()
    {
        MainWindow window;
        window.show();
        ModelTab *tab = test::openModel(window, copyOf(QStringLiteral("clean")));
        QVERIFY(tab);
        QAction *toggle = window.findChild<QAction *>(QStringLiteral("undoHistoryAction"));
        QVERIFY(toggle);
        QVERIFY(window.viewMenu()->actions().contains(toggle));
        toggle->trigger();
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("undoHistoryDock"));
        QVERIFY(dock->isVisible());
        auto *view = window.findChild<QUndoView *>(QStringLiteral("undoHistoryView"));
        push(tab, {op(EditOperation::Kind::AddRequirement, QStringLiteral("scipy==1.13.0"))});
        push(tab, {op(EditOperation::Kind::SetPython, QStringLiteral("3.11.9"))}, SessionEdit::Role::Python);
        QCOMPARE(view->model()->rowCount(), 3);  // the opened model, then each step
        QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("<opened model>"));
        // Picking a row of the history goes back to it.
        view->setCurrentIndex(view->model()->index(1, 0));
        QCOMPARE(tab->undoStack()->index(), 1);
        QVERIFY(!ModelEditor::of(tab)->session()->bytes(QStringLiteral("MLmodel")).contains("3.11.9"));
        QVERIFY(ModelEditor::of(tab)->session()->bytes(QStringLiteral("requirements.txt")).contains("scipy"));
    }
};

QTEST_MAIN(TestEditorWindow)
#include "tst_editorwindow.moc"
