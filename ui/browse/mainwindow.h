#pragma once

#include "checks/diagnostic.h"
#include "model/modelloader.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QMimeData;
class QProgressBar;
class QStackedWidget;
class QTabWidget;
class QUndoGroup;

namespace envlens {

class DiagnosticsDock;
class ModelTab;
class WelcomePage;

/**
 * The application window: a welcome page when nothing is open, else one tab per open model,
 * with the diagnostics panel docked below. Other views (compare, editor) add their own tabs,
 * menus and actions through the accessors.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Opens a folder, an MLmodel file or a zip in a new tab (or shows the tab that has it already). */
    ModelTab *openPath(const QString &path, const LoadOptions &options = {});
    void openPaths(const QStringList &paths);
    /** Copies the bundled example to a writable folder and opens the copy. */
    ModelTab *openExample();
    /** Where openExample() copies the example model (a fresh copy each time). */
    static QString exampleCopyPath();

    ModelTab *currentModelTab() const;
    QList<ModelTab *> modelTabs() const;
    QTabWidget *tabWidget() const { return m_tabs; }
    WelcomePage *welcomePage() const { return m_welcome; }
    DiagnosticsDock *diagnosticsDock() const { return m_diagnostics; }
    QUndoGroup *undoGroup() const { return m_undoGroup; }
    QMenu *fileMenu() const { return m_fileMenu; }
    QMenu *editMenu() const { return m_editMenu; }
    QMenu *viewMenu() const { return m_viewMenu; }
    QMenu *helpMenu() const { return m_helpMenu; }

    /** Adds a page that is not a model (a comparison, say) as a tab and shows it. */
    int addPage(QWidget *page, const QIcon &icon, const QString &title);
    void closeTab(int index);

Q_SIGNALS:
    /** A tab finished loading (successfully or not). */
    void modelLoadFinished(envlens::ModelTab *tab);
    void currentModelChanged(envlens::ModelTab *tab);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    QMenu *createLanguageMenu();
    void rebuildRecentMenu();
    void updateForCurrentTab();
    void onTabLoadFinished(ModelTab *tab);
    void openFolderDialog();
    void openZipDialog();
    void showAbout();
    void showDiagnostic(const Diagnostic &diagnostic);

    QStackedWidget *m_central;
    WelcomePage *m_welcome;
    QTabWidget *m_tabs;
    DiagnosticsDock *m_diagnostics;
    bool m_diagnosticsHiddenForPage = false;
    QUndoGroup *m_undoGroup;
    QProgressBar *m_busy;
    QLabel *m_countsLabel;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_openFolderAction = nullptr;
    QAction *m_openZipAction = nullptr;
    QAction *m_closeTabAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_exampleAction = nullptr;
    QAction *m_treeAction = nullptr;
};

} // namespace envlens
