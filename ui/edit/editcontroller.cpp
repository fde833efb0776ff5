#include "editcontroller.h"

#include "editsession.h"
#include "modeleditor.h"
#include "requirementseditor.h"

#include "browse/diagnosticsdock.h"
#include "browse/dependencytreemodel.h"
#include "browse/diagnosticsmodel.h"
#include "browse/mainwindow.h"
#include "browse/modeltab.h"

#include "edit/commandlinedialog.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QDockWidget>
#include <QItemSelectionModel>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoStack>
#include <QUndoView>

namespace envlens {

EditController::EditController(MainWindow *window) : QObject(window), m_window(window)
{
    setObjectName(QStringLiteral("editController"));
    createActions();

    m_history = new QUndoView(window->undoGroup());
    m_history->setObjectName(QStringLiteral("undoHistoryView"));
    m_history->setEmptyLabel(tr("<opened model>"));
    m_historyDock = new QDockWidget(tr("Undo History"), window);
    m_historyDock->setObjectName(QStringLiteral("undoHistoryDock"));
    m_historyDock->setWidget(m_history);
    window->addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    m_historyDock->hide();
    QAction *historyToggle = m_historyDock->toggleViewAction();
    historyToggle->setObjectName(QStringLiteral("undoHistoryAction"));
    historyToggle->setText(tr("&Undo History"));
    window->viewMenu()->addAction(historyToggle);

    QTreeView *diagnosticsView = window->diagnosticsDock()->view();
    diagnosticsView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(diagnosticsView, &QWidget::customContextMenuRequested, this, &EditController::showDiagnosticsMenu);
    connect(diagnosticsView->selectionModel(), &QItemSelectionModel::currentChanged, this, &EditController::updateActions);

    connect(window, &MainWindow::modelLoadFinished, this, &EditController::onModelLoaded);
    connect(window, &MainWindow::currentModelChanged, this, &EditController::updateActions);
    // The window sets the panel's title whenever it shows a tab's diagnostics, then says so.
    connect(window, &MainWindow::currentModelChanged, this, &EditController::markDiagnosticsDock);
    connect(window->undoGroup(), &QUndoGroup::indexChanged, this, &EditController::updateActions);
    // Through the group (which the window silences while it is destroyed), not the stacks, whose
    // destructors still report a clean state change.
    connect(window->undoGroup(), &QUndoGroup::cleanChanged, this, [this] {
        if (ModelTab *tab = m_window->currentModelTab())
            updateTabTitle(tab);
    });
    updateActions();
}

void EditController::createActions()
{
    m_save = new QAction(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("saveAction"));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setStatusTip(tr("Review the changes and write them back to the model"));
    connect(m_save, &QAction::triggered, this, [this] {
        if (ModelEditor *editor = currentEditor())
            editor->save();
    });
    m_saveAs = new QAction(tr("Save &As…"), this);
    m_saveAs->setObjectName(QStringLiteral("saveAsAction"));
    m_saveAs->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+S")));
    m_saveAs->setStatusTip(tr("Write the edited model to a new folder or zip; the original stays as it is"));
    connect(m_saveAs, &QAction::triggered, this, [this] {
        if (ModelEditor *editor = currentEditor())
            editor->saveAs();
    });
    QAction *closeTab = m_window->findChild<QAction *>(QStringLiteral("closeTabAction"));
    m_window->fileMenu()->insertAction(closeTab, m_save);
    m_window->fileMenu()->insertAction(closeTab, m_saveAs);
    m_window->fileMenu()->insertSeparator(closeTab);

    m_editRequirements = new QAction(tr("Edit &Requirements"), this);
    m_editRequirements->setObjectName(QStringLiteral("editRequirementsAction"));
    m_editRequirements->setShortcut(QKeySequence(QStringLiteral("Ctrl+E")));
    connect(m_editRequirements, &QAction::triggered, this, [this] {
        if (ModelEditor *editor = currentEditor())
            editor->showPage();
    });
    m_applyFix = new QAction(tr("Apply &Fix"), this);
    m_applyFix->setObjectName(QStringLiteral("applyFixAction"));
    m_applyFix->setShortcut(QKeySequence(QStringLiteral("Ctrl+.")));
    m_applyFix->setStatusTip(tr("Apply the fix of the selected diagnostic"));
    connect(m_applyFix, &QAction::triggered, this, [this] {
        ModelTab *tab = m_window->currentModelTab();
        if (tab && tab->treeView() && tab->treeView()->hasFocus()) {
            applyFixAtTreeRow(tab, tab->treeView()->currentIndex());
            return;
        }
        const QModelIndex current = m_window->diagnosticsDock()->view()->currentIndex();
        if (current.isValid())
            applyFixAtRow(current.row());
    });
    m_fixAll = new QAction(tr("Fix All &Safe Issues"), this);
    m_fixAll->setObjectName(QStringLiteral("fixAllSafeAction"));
    m_fixAll->setStatusTip(tr("Apply every fix that needs no review, one undo step each"));
    connect(m_fixAll, &QAction::triggered, this, [this] {
        if (ModelEditor *editor = currentEditor())
            editor->fixAllSafe();
    });
    QMenu *edit = m_window->editMenu();
    edit->addSeparator();
    edit->addAction(m_editRequirements);
    edit->addAction(m_applyFix);
    edit->addAction(m_fixAll);
    m_copyCommand = edit->addAction(tr("Copy as &Command…"));
    m_copyCommand->setObjectName(QStringLiteral("copyCommandAction"));
    m_copyCommand->setStatusTip(tr("Show the envlens-cli and MLflow commands that make the same edits"));
    connect(m_copyCommand, &QAction::triggered, this, [this] {
        if (ModelEditor *editor = currentEditor()) {
            CommandLineDialog dialog(*editor->session(), m_window);
            dialog.exec();
        }
    });
}

ModelEditor *EditController::currentEditor() const
{
    ModelTab *tab = m_window->currentModelTab();
    if (!tab || tab->state() != ModelTab::State::Loaded)
        return nullptr;
    // Created (and wired) when the tab's model loaded; none before.
    return tab->findChild<ModelEditor *>(QStringLiteral("modelEditor"), Qt::FindDirectChildrenOnly);
}

void EditController::onModelLoaded(ModelTab *tab)
{
    if (!tab || tab->state() != ModelTab::State::Loaded)
        return;
    ModelEditor *editor = tab->findChild<ModelEditor *>(QStringLiteral("modelEditor"), Qt::FindDirectChildrenOnly);
    if (!editor) {
        editor = ModelEditor::of(tab);
        connect(editor, &ModelEditor::openRequested, m_window, [this](const QString &path) { m_window->openPath(path); });
        connect(editor, &ModelEditor::statusMessage, m_window,
                [this](const QString &message) { m_window->statusBar()->showMessage(message, 5000); });
        connect(editor->session(), &EditSession::changed, this, &EditController::updateActions);
        connect(editor, &ModelEditor::diagnosticsRefreshed, this, [this, tab] {
            if (tab == m_window->currentModelTab()) {
                updateActions();
                markDiagnosticsDock();
            }
        });
        QTreeView *tree = tab->treeView();
        tree->setContextMenuPolicy(Qt::CustomContextMenu);
        tree->installEventFilter(this);
        tree->viewport()->installEventFilter(this);
        connect(tree, &QWidget::customContextMenuRequested, this,
                [this, tab](const QPoint &position) { showTreeMenu(tab, position); });
        connect(tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &EditController::updateActions);
    }
    editor->reset();
    if (RequirementsEditor *page = editor->page()) {
        connect(page, &RequirementsEditor::validityChanged, this, &EditController::updateActions, Qt::UniqueConnection);
        page->setCopyCommandAction(m_copyCommand);
    }
    updateTabTitle(tab);
    updateActions();
}

void EditController::updateTabTitle(ModelTab *tab)
{
    const int index = m_window->tabWidget()->indexOf(tab);
    if (index >= 0)
        m_window->tabWidget()->setTabText(index, tab->undoStack()->isClean() ? tab->title() : tab->title() + QLatin1Char('*'));
}

const Diagnostic *EditController::diagnosticAtRow(int proxyRow) const
{
    DiagnosticsDock *dock = m_window->diagnosticsDock();
    QAbstractItemModel *proxy = dock->view()->model();
    const QModelIndex source = dock->filterModel()->mapToSource(proxy->index(proxyRow, 0));
    return source.isValid() ? dock->model()->diagnostic(source.row()) : nullptr;
}

bool EditController::applyFixAtRow(int proxyRow)
{
    ModelEditor *editor = currentEditor();
    const Diagnostic *diagnostic = diagnosticAtRow(proxyRow);
    if (!editor || !diagnostic || !diagnostic->defaultFix())
        return false;
    const Diagnostic copy = *diagnostic;  // applying refreshes the panel under the pointer
    return editor->applyFix(copy, *copy.defaultFix());
}

void EditController::fillFixMenu(QMenu *menu, const QVector<Diagnostic> &diagnostics)
{
    ModelEditor *editor = currentEditor();
    bool anyFix = false;
    for (const Diagnostic &diagnostic : diagnostics) {
        const FixIt *preferred = diagnostic.defaultFix();
        for (const FixIt &fix : diagnostic.fixes) {
            QAction *action = menu->addAction(tr("Fix: %1").arg(fix.title));
            action->setEnabled(editor != nullptr);
            // The first diagnostic's default fix is what Enter (and Apply Fix) picks.
            if (!anyFix && preferred && fix.id == preferred->id)
                menu->setDefaultAction(action);
            connect(action, &QAction::triggered, this, [editor, diagnostic, fix] { editor->applyFix(diagnostic, fix); });
        }
        anyFix = anyFix || !diagnostic.fixes.isEmpty();
    }
    if (!diagnostics.isEmpty() && !anyFix)
        menu->addAction(tr("No fix available"))->setEnabled(false);
    menu->addSeparator();
    menu->addAction(m_fixAll);
}

void EditController::showDiagnosticsMenu(const QPoint &position)
{
    QTreeView *view = m_window->diagnosticsDock()->view();
    const QModelIndex index = view->indexAt(position);
    const Diagnostic *diagnostic = index.isValid() ? diagnosticAtRow(index.row()) : nullptr;
    QMenu menu(view);
    fillFixMenu(&menu, diagnostic ? QVector<Diagnostic>{*diagnostic} : QVector<Diagnostic>());
    menu.exec(view->viewport()->mapToGlobal(position));
}

QVector<Diagnostic> EditController::treeRowDiagnostics(ModelTab *tab, const QModelIndex &index) const
{
    if (!tab || !tab->treeProxy() || !index.isValid())
        return {};
    return tab->treeModel()->diagnosticsAt(tab->treeProxy()->mapToSource(index.siblingAtColumn(0)));
}

bool EditController::applyFixAtTreeRow(ModelTab *tab, const QModelIndex &index)
{
    ModelEditor *editor = currentEditor();
    if (!editor || tab != m_window->currentModelTab())
        return false;
    const QVector<Diagnostic> diagnostics = treeRowDiagnostics(tab, index);
    for (const Diagnostic &diagnostic : diagnostics) {
        if (const FixIt *fix = diagnostic.defaultFix())
            return editor->applyFix(diagnostic, *fix);
    }
    return false;
}

void EditController::showTreeMenu(ModelTab *tab, const QPoint &position)
{
    QTreeView *tree = tab->treeView();
    // The menu key is about the current row; a right click about the row under the pointer.
    const QModelIndex index = m_menuFromKeyboard ? tree->currentIndex() : tree->indexAt(position);
    const QPoint at = m_menuFromKeyboard ? tree->visualRect(index).center() : position;
    QMenu menu(tree);
    menu.setObjectName(QStringLiteral("treeFixMenu"));
    fillFixMenu(&menu, treeRowDiagnostics(tab, index));
    menu.exec(tree->viewport()->mapToGlobal(at));
}

bool EditController::eventFilter(QObject *watched, QEvent *event)
{
    // customContextMenuRequested does not say whether the mouse or the menu key asked.
    if (event->type() == QEvent::ContextMenu)
        m_menuFromKeyboard = static_cast<QContextMenuEvent *>(event)->reason() == QContextMenuEvent::Keyboard;
    return QObject::eventFilter(watched, event);
}

void EditController::markDiagnosticsDock()
{
    ModelEditor *editor = currentEditor();
    QDockWidget *dock = m_window->diagnosticsDock();
    const QString mark = tr(" — unsaved edits");
    QString title = dock->windowTitle();
    if (title.endsWith(mark))
        title.chop(mark.size());
    dock->setWindowTitle(editor && editor->diagnosticsReflectEdits() ? title + mark : title);
}

void EditController::updateActions()
{
    ModelEditor *editor = currentEditor();
    m_save->setEnabled(editor && editor->canSave());
    m_saveAs->setEnabled(editor != nullptr);
    m_editRequirements->setEnabled(editor != nullptr);
    m_copyCommand->setEnabled(editor != nullptr);
    bool anySafe = false;
    if (editor) {
        const QVector<Diagnostic> remaining = editor->remainingDiagnostics();
        for (const Diagnostic &diagnostic : remaining) {
            for (const FixIt &fix : diagnostic.fixes)
                anySafe = anySafe || fix.safe;
        }
    }
    m_fixAll->setEnabled(anySafe);
    const QModelIndex current = m_window->diagnosticsDock()->view()->currentIndex();
    const Diagnostic *diagnostic = current.isValid() ? diagnosticAtRow(current.row()) : nullptr;
    bool treeFix = false;
    if (ModelTab *tab = editor ? m_window->currentModelTab() : nullptr) {
        const QVector<Diagnostic> atRow = treeRowDiagnostics(tab, tab->treeView()->currentIndex());
        for (const Diagnostic &d : atRow)
            treeFix = treeFix || d.defaultFix();
    }
    m_applyFix->setEnabled(editor && ((diagnostic && diagnostic->defaultFix()) || treeFix));
}

} // namespace envlens
