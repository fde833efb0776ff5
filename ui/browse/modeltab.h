#pragma once

#include "browse/loadjob.h"
#include "checks/diagnostic.h"
#include "model/modelloader.h"

#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTreeView;
class QUndoStack;

namespace envlens {

class DependencyTreeModel;
class FileViewer;
class OverviewPage;

/**
 * One open model in the main window: loads it off the GUI thread, then shows the dependency
 * tree beside the overview and the file viewer. Owns the model's undo stack (for the editor).
 */
class ModelTab : public QWidget
{
    Q_OBJECT

public:
    enum class State { Loading, Loaded, Failed };

    explicit ModelTab(const QString &path, const LoadOptions &options = {}, QWidget *parent = nullptr);
    ~ModelTab() override;

    /** Starts (or restarts, e.g. with a chosen subpath) loading on a worker thread. */
    void load(const LoadOptions &options);

    QString path() const { return m_path; }
    LoadOptions options() const { return m_options; }
    State state() const { return m_state; }
    std::shared_ptr<const Model> model() const { return m_model; }
    const LoadJob::Outcome &outcome() const;
    QString title() const;

    const QVector<Diagnostic> &diagnostics() const { return m_diagnostics; }
    void setDiagnostics(const QVector<Diagnostic> &diagnostics);

    /**
     * The model the tree, the overview and the file viewer show: the loaded one, or (for the
     * editor) the loaded one with unsaved edits applied. Null goes back to the loaded one.
     * Expanded tree rows stay expanded.
     */
    void setShownModel(std::shared_ptr<const Model> model);
    std::shared_ptr<const Model> shownModel() const { return m_shown ? m_shown : m_model; }
    /** A line above the tree saying what the statuses and diagnostics reflect; empty hides it. */
    void setDiagnosticsNote(const QString &note, const QString &toolTip = QString());
    QLabel *diagnosticsNote() const { return m_note; }

    /** Shows a model file (path relative to the model root) in the viewer; false when the model has none such. */
    bool openFile(const QString &path, int line = 0, int column = 0);
    void showOverview();
    void setTreeVisible(bool visible);

    FileViewer *fileViewer() const { return m_viewer; }
    OverviewPage *overview() const { return m_overview; }
    QTreeView *treeView() const { return m_tree; }
    QLineEdit *treeFilter() const { return m_filter; }
    DependencyTreeModel *treeModel() const { return m_treeModel; }
    QSortFilterProxyModel *treeProxy() const { return m_treeProxy; }
    QTabWidget *pages() const { return m_pages; }
    QUndoStack *undoStack() const { return m_undoStack; }

    /** The editor decides whether the tab may close (it asks about unsaved changes). */
    void setCloseGuard(std::function<bool()> guard) { m_closeGuard = std::move(guard); }
    bool canClose() const { return !m_closeGuard || m_closeGuard(); }

Q_SIGNALS:
    /** Loading ended: state() tells how; a Failed tab with outcome().modelChoices wants a subpath. */
    void loadFinished();
    void titleChanged(const QString &title);
    void diagnosticsChanged();
    void statusMessage(const QString &message);

private:
    void onLoaded();
    void buildContent();
    void openTreeIndex(const QModelIndex &index);

    QString m_path;
    LoadOptions m_options;
    State m_state = State::Loading;
    std::shared_ptr<const Model> m_model;
    std::shared_ptr<const Model> m_shown;
    QVector<Diagnostic> m_diagnostics;
    LoadJob *m_job;
    QUndoStack *m_undoStack;
    std::function<bool()> m_closeGuard;

    QStackedWidget *m_stack;
    QLabel *m_loadingLabel;
    QProgressBar *m_progress;
    QSplitter *m_splitter = nullptr;
    QWidget *m_treePane = nullptr;
    bool m_treeVisible = true;
    QLabel *m_note = nullptr;
    QLineEdit *m_filter = nullptr;
    QTreeView *m_tree = nullptr;
    DependencyTreeModel *m_treeModel = nullptr;
    QSortFilterProxyModel *m_treeProxy = nullptr;
    QTabWidget *m_pages = nullptr;
    OverviewPage *m_overview = nullptr;
    FileViewer *m_viewer = nullptr;
};

} // namespace envlens
