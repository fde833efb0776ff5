#pragma once

#include "checks/diagnostic.h"

#include <QObject>

class QAction;
class QDockWidget;
class QMenu;
class QModelIndex;
class QPoint;
class QUndoView;

namespace envlens {

class MainWindow;
class ModelEditor;
class ModelTab;

/**
 * Wires the editor into the main window: File > Save / Save As, Edit > Apply Fix / Fix All Safe
 * Issues / Edit Requirements, View > Undo History, the diagnostics panel's Fix context menu, and a
 * ModelEditor for every loaded tab.
 */
class EditController : public QObject
{
    Q_OBJECT

public:
    explicit EditController(MainWindow *window);

    ModelEditor *currentEditor() const;
    QAction *saveAction() const { return m_save; }
    QAction *saveAsAction() const { return m_saveAs; }
    QAction *applyFixAction() const { return m_applyFix; }
    QAction *fixAllAction() const { return m_fixAll; }
    QAction *editRequirementsAction() const { return m_editRequirements; }
    QAction *copyCommandAction() const { return m_copyCommand; }
    QDockWidget *undoHistoryDock() const { return m_historyDock; }

    /** Applies the default fix-it of the diagnostic at a row of the diagnostics panel's view. */
    bool applyFixAtRow(int proxyRow);
    /** Applies the default fix-it of the first diagnostic with one at a row of a tab's tree (its view's index). */
    bool applyFixAtTreeRow(ModelTab *tab, const QModelIndex &index);
    /**
     * Fills a context menu for some diagnostics: "Fix: …" for each of their fix-its (the default one
     * as the menu's default action), or a disabled "No fix available", then Fix All Safe Issues.
     */
    void fillFixMenu(QMenu *menu, const QVector<Diagnostic> &diagnostics);
    /** The diagnostics a row of a tab's tree shows (index of the tree view's model). */
    QVector<Diagnostic> treeRowDiagnostics(ModelTab *tab, const QModelIndex &index) const;

private:
    void createActions();
    void onModelLoaded(ModelTab *tab);
    void updateActions();
    void updateTabTitle(ModelTab *tab);
    void showDiagnosticsMenu(const QPoint &position);
    void showTreeMenu(ModelTab *tab, const QPoint &position);
    void markDiagnosticsDock();
    bool eventFilter(QObject *watched, QEvent *event) override;
    const Diagnostic *diagnosticAtRow(int proxyRow) const;

    MainWindow *m_window;
    QAction *m_save = nullptr;
    QAction *m_saveAs = nullptr;
    QAction *m_applyFix = nullptr;
    QAction *m_fixAll = nullptr;
    QAction *m_editRequirements = nullptr;
    QAction *m_copyCommand = nullptr;
    QDockWidget *m_historyDock = nullptr;
    QUndoView *m_history = nullptr;
    bool m_menuFromKeyboard = false;
};

} // namespace envlens
