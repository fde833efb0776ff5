#pragma once

#include "browse/loadjob.h"
#include "compare/comparediagnostics.h"
#include "compare/comparefiles.h"
#include "diff/modeldiff.h"

#include <QWidget>

#include <memory>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QThread;
class QTreeWidget;
class QTreeWidgetItem;

namespace envlens {

class CompareSummary;
class DropZone;
class FileDiffView;
class MainWindow;
class PackageDiffFilter;
class PackageDiffModel;

/**
 * Two versions of a model side by side (issue 10): loads both off the GUI thread, computes the
 * ModelDiff off the GUI thread too, and shows a summary strip, the packages, the files with
 * their text diffs and both sides' diagnostics. Exports what `envlens-cli diff` writes.
 */
class ComparePage : public QWidget
{
    Q_OBJECT

public:
    enum class State { Waiting, Loading, Ready, Failed };
    enum class Format { Markdown, Html, Json };

    /** newPath may be empty: the page then waits for a model dropped on its drop zone. */
    explicit ComparePage(const QString &oldPath, const QString &newPath, QWidget *parent = nullptr);
    ~ComparePage() override;

    /** Adds a comparison tab to the window and starts it. */
    static ComparePage *open(MainWindow *window, const QString &oldPath, const QString &newPath);
    /** File → Compare With… (a model folder or zip against the current model). */
    static void installActions(MainWindow *window);

    void setPaths(const QString &oldPath, const QString &newPath);
    void swapSides();

    State state() const { return m_state; }
    QString errorMessage() const { return m_error; }
    QString oldPath() const { return m_oldPath; }
    QString newPath() const { return m_newPath; }
    QString title() const;
    /** Valid when state() is Ready. */
    const ModelDiff &diff() const { return *m_diff; }
    const DiagnosticComparison &diagnosticComparison() const { return m_diagnostics; }
    const QVector<CompareFile> &files() const { return m_files; }

    /** The export of a comparison: exactly what `envlens-cli diff --format …` prints. */
    static QByteArray reportBytes(const ModelDiff &diff, Format format);
    /** Asks for a file name (FileDialog) and writes the report; false when cancelled or failed. */
    bool exportReport(Format format);

    /** Shows a file's diff (path as in files()); false when the comparison has no such file. */
    bool selectFile(const QString &path);
    /** Shows the file and line of a finding of the diagnostics tree; false when it has no file. */
    bool showFinding(QTreeWidgetItem *item);

    CompareSummary *summary() const { return m_summary; }
    PackageDiffModel *packageModel() const { return m_packageModel; }
    PackageDiffFilter *packageFilter() const { return m_packageFilter; }
    QTableView *packageTable() const { return m_packageTable; }
    QLineEdit *packageSearch() const { return m_search; }
    QCheckBox *changesOnlyBox() const { return m_changesOnly; }
    QTreeWidget *fileList() const { return m_fileList; }
    FileDiffView *fileDiffView() const { return m_fileDiff; }
    QTreeWidget *diagnosticsTree() const { return m_diagnosticsTree; }
    QTabWidget *sections() const { return m_sections; }
    DropZone *dropZone() const { return m_dropZone; }
    QAction *swapAction() const { return m_swapAction; }

Q_SIGNALS:
    /** Loading and comparing ended (state() is Ready or Failed). */
    void finished();
    void titleChanged(const QString &title);

private:
    struct Result;

    QWidget *createPackagesTab();
    QWidget *createFilesTab();
    QWidget *createDiagnosticsTab();
    void startLoading();
    void onLoadFinished(LoadJob *job);
    void startDiff();
    void onDiffFinished(const std::shared_ptr<Result> &result, int generation);
    void fail(const QString &message);
    void populate();
    void populateFiles();
    void populateDiagnostics();
    void showFile(QTreeWidgetItem *item);
    void onPathsDropped(const QStringList &paths);
    void updateHeader();

    QString m_oldPath;
    QString m_newPath;
    State m_state = State::Waiting;
    QString m_error;
    int m_generation = 0;
    LoadJob *m_oldJob;
    LoadJob *m_newJob;
    LoadOptions m_oldOptions;
    LoadOptions m_newOptions;
    LoadJob::Outcome m_oldOutcome;
    LoadJob::Outcome m_newOutcome;
    QThread *m_diffThread = nullptr;
    std::shared_ptr<const ModelDiff> m_diff;
    DiagnosticComparison m_diagnostics;
    QVector<CompareFile> m_files;

    QLabel *m_oldLabel;
    QLabel *m_newLabel;
    DropZone *m_dropZone;
    QAction *m_swapAction;
    QStackedWidget *m_body;
    QLabel *m_status;
    QProgressBar *m_progress;
    CompareSummary *m_summary;
    QSplitter *m_split;
    QTabWidget *m_sections;
    PackageDiffModel *m_packageModel;
    PackageDiffFilter *m_packageFilter;
    QTableView *m_packageTable;
    QLineEdit *m_search;
    QCheckBox *m_changesOnly;
    QTreeWidget *m_fileList;
    FileDiffView *m_fileDiff;
    QTreeWidget *m_diagnosticsTree;
};

} // namespace envlens
