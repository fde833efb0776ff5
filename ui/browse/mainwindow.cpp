#include "browse/mainwindow.h"

#include "browse/diagnosticsdock.h"
#include "browse/modeltab.h"
#include "browse/welcomepage.h"
#include "common/aboutdialog.h"
#include "common/filedialog.h"
#include "common/icons.h"
#include "common/messagebox.h"
#include "common/modeldrop.h"
#include "common/settings.h"
#include "compare/comparepage.h"
#include "edit/editcontroller.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDirIterator>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QScreen>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>

namespace envlens {

namespace {

constexpr int kStatusTimeoutMs = 5000;

QString cleanAbsolute(const QString &path) { return QDir::cleanPath(QFileInfo(path).absoluteFilePath()); }

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_central(new QStackedWidget(this)), m_welcome(new WelcomePage(this)),
      m_tabs(new QTabWidget(this)), m_diagnostics(new DiagnosticsDock(this)), m_undoGroup(new QUndoGroup(this)),
      m_busy(new QProgressBar(this)), m_countsLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("EnvLens"));
    setWindowIcon(Icons::bundled(Icons::App));
    setAcceptDrops(true);
    setMinimumSize(640, 420);

    m_tabs->setObjectName(QStringLiteral("modelTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setAccessibleName(tr("Open models"));
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateForCurrentTab);

    m_central->addWidget(m_welcome);
    m_central->addWidget(m_tabs);
    setCentralWidget(m_central);

    addDockWidget(Qt::BottomDockWidgetArea, m_diagnostics);
    connect(m_diagnostics, &DiagnosticsDock::diagnosticActivated, this, &MainWindow::showDiagnostic);

    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(160);
    m_busy->setMaximumHeight(16);
    m_busy->setAccessibleName(tr("Loading"));
    m_busy->hide();
    m_countsLabel->setObjectName(QStringLiteral("statusCounts"));
    statusBar()->addPermanentWidget(m_countsLabel);
    statusBar()->addPermanentWidget(m_busy);

    createActions();
    createMenus();
    new EditController(this);
    connect(m_undoGroup, &QUndoGroup::cleanChanged, this, &MainWindow::updateForCurrentTab);
    ComparePage::installActions(this);

    connect(m_welcome, &WelcomePage::openFolderRequested, this, &MainWindow::openFolderDialog);
    connect(m_welcome, &WelcomePage::openZipRequested, this, &MainWindow::openZipDialog);
    connect(m_welcome, &WelcomePage::openExampleRequested, this, &MainWindow::openExample);
    connect(m_welcome, &WelcomePage::openRecentRequested, this, [this](const QString &path) { openPath(path); });
    connect(&Settings::instance(), &Settings::recentFilesChanged, this, &MainWindow::rebuildRecentMenu);

    // Fit a 1366x768 screen with room for panels; larger screens get a comfortable default.
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1366, 768);
    resize(QSize(1180, 780).boundedTo(available.size() * 0.9));
    restoreGeometry(Settings::instance().windowGeometry());
    if (!restoreState(Settings::instance().windowState()))
        resizeDocks({m_diagnostics}, {190}, Qt::Vertical);   // about six findings; the page keeps the rest
    updateForCurrentTab();
}

MainWindow::~MainWindow()
{
    // The tabs' undo stacks leave the group while the children are deleted; nobody may hear it then.
    m_undoGroup->disconnect();
}

void MainWindow::createActions()
{
    m_openFolderAction = new QAction(Icons::icon(Icons::OpenFolder), tr("Open &Folder…"), this);
    m_openFolderAction->setObjectName(QStringLiteral("openFolderAction"));
    m_openFolderAction->setShortcut(QKeySequence::Open);
    m_openFolderAction->setStatusTip(tr("Open a model folder (or the folder holding an MLmodel file)"));
    connect(m_openFolderAction, &QAction::triggered, this, &MainWindow::openFolderDialog);

    m_openZipAction = new QAction(Icons::icon(Icons::OpenZip), tr("Open &Zip…"), this);
    m_openZipAction->setObjectName(QStringLiteral("openZipAction"));
    m_openZipAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+O")));
    m_openZipAction->setStatusTip(tr("Open a zipped model (or an MLmodel file) without extracting it"));
    connect(m_openZipAction, &QAction::triggered, this, &MainWindow::openZipDialog);

    m_closeTabAction = new QAction(Icons::icon(Icons::Close), tr("&Close Tab"), this);
    m_closeTabAction->setObjectName(QStringLiteral("closeTabAction"));
    m_closeTabAction->setShortcut(QKeySequence::Close);
    connect(m_closeTabAction, &QAction::triggered, this, [this] { closeTab(m_tabs->currentIndex()); });

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_exampleAction = new QAction(Icons::icon(Icons::Example), tr("Open &Example Model"), this);
    m_exampleAction->setObjectName(QStringLiteral("openExampleAction"));
    m_exampleAction->setStatusTip(tr("Open a small example model with a few deliberate problems"));
    connect(m_exampleAction, &QAction::triggered, this, &MainWindow::openExample);

    m_treeAction = new QAction(tr("Dependency &Tree"), this);
    m_treeAction->setObjectName(QStringLiteral("toggleTreeAction"));
    m_treeAction->setCheckable(true);
    m_treeAction->setChecked(true);
    connect(m_treeAction, &QAction::toggled, this, [this](bool visible) {
        const auto tabs = modelTabs();
        for (ModelTab *tab : tabs)
            tab->setTreeVisible(visible);
    });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_fileMenu->addAction(m_openFolderAction);
    m_fileMenu->addAction(m_openZipAction);
    m_recentMenu = m_fileMenu->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    rebuildRecentMenu();
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_closeTabAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcut(QKeySequence::Redo);
    m_editMenu->addAction(undo);
    m_editMenu->addAction(redo);

    auto *toolBar = addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_openFolderAction);
    toolBar->addAction(m_openZipAction);
    toolBar->addAction(m_exampleAction);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addAction(m_treeAction);
    QAction *diagnosticsToggle = m_diagnostics->toggleViewAction();
    diagnosticsToggle->setText(tr("&Diagnostics Panel"));
    diagnosticsToggle->setShortcut(QKeySequence(QStringLiteral("Ctrl+6")));
    m_viewMenu->addAction(diagnosticsToggle);
    QAction *toolBarToggle = toolBar->toggleViewAction();
    toolBarToggle->setText(tr("&Toolbar"));
    m_viewMenu->addAction(toolBarToggle);
    m_viewMenu->addSeparator();
    m_viewMenu->addMenu(createLanguageMenu());

    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    m_helpMenu->addAction(m_exampleAction);
    m_helpMenu->addSeparator();
    QAction *about = m_helpMenu->addAction(Icons::bundled(Icons::App), tr("&About EnvLens"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = m_helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

QMenu *MainWindow::createLanguageMenu()
{
    auto *menu = new QMenu(tr("&Language"), this);
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(menu);
    // Each language is named in itself, so that a reader can find theirs whatever the current one.
    const QList<QPair<QString, QString>> languages{{QString(), tr("System Default")},
                                                   {QStringLiteral("en"), QStringLiteral("English")},
                                                   {QStringLiteral("ko"), QStringLiteral("한국어 (Korean)")}};
    const QString current = Settings::instance().language();
    for (const auto &[code, name] : languages) {
        QAction *action = menu->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] {
            if (Settings::instance().language() == code)
                return;
            Settings::instance().setLanguage(code);
            statusBar()->showMessage(tr("The new language applies the next time EnvLens starts."), kStatusTimeoutMs);
        });
    }
    return menu;
}

void MainWindow::rebuildRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList files = Settings::instance().recentFiles();
    int number = 1;
    for (const QString &path : files) {
        const QString label = number <= 9 ? QStringLiteral("&%1 %2").arg(number).arg(QDir::toNativeSeparators(path))
                                          : QDir::toNativeSeparators(path);
        QAction *action = m_recentMenu->addAction(Icons::icon(QFileInfo(path).isDir() ? Icons::Folder : Icons::Archive),
                                                  label);
        connect(action, &QAction::triggered, this, [this, path] { openPath(path); });
        ++number;
    }
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear Recent Models"), &Settings::instance(), &Settings::clearRecentFiles);
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

ModelTab *MainWindow::openPath(const QString &path, const LoadOptions &options)
{
    const QString absolute = cleanAbsolute(path);
    const auto tabs = modelTabs();
    for (ModelTab *tab : tabs) {
        if (tab->path() == absolute && tab->options().subpath == options.subpath) {
            m_tabs->setCurrentWidget(tab);
            return tab;
        }
    }
    LoadOptions effective = options;
    const QString platform = Settings::instance().targetPlatform();
    if (!platform.isEmpty())
        effective.platform = platform;

    auto *tab = new ModelTab(absolute, effective, m_tabs);
    tab->setTreeVisible(m_treeAction->isChecked());
    const QIcon icon = Icons::icon(QFileInfo(absolute).isDir() ? Icons::Folder : Icons::Archive);
    const int index = m_tabs->addTab(tab, icon, tab->title());
    m_tabs->setTabToolTip(index, QDir::toNativeSeparators(absolute));
    connect(tab, &ModelTab::loadFinished, this, [this, tab] { onTabLoadFinished(tab); });
    connect(tab, &ModelTab::titleChanged, this, [this, tab](const QString &title) {
        m_tabs->setTabText(m_tabs->indexOf(tab), title);
        updateForCurrentTab();
    });
    connect(tab, &ModelTab::statusMessage, this, [this](const QString &message) {
        statusBar()->showMessage(message, kStatusTimeoutMs);
    });
    connect(tab, &ModelTab::diagnosticsChanged, this, [this, tab] {
        if (tab == currentModelTab())
            updateForCurrentTab();
    });
    m_undoGroup->addStack(tab->undoStack());
    m_tabs->setCurrentIndex(index);
    m_busy->show();
    updateForCurrentTab();
    return tab;
}

void MainWindow::openPaths(const QStringList &paths)
{
    for (const QString &path : paths)
        openPath(path);
}

QString MainWindow::exampleCopyPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/examples/iris-classifier");
}

ModelTab *MainWindow::openExample()
{
    // The example ships inside the binary; a fresh writable copy keeps later edits away from it
    // and works the same from the build tree and from an installed binary.
    const QString source = QStringLiteral(":/examples/iris-classifier");
    const QString target = exampleCopyPath();
    QDir(target).removeRecursively();
    bool ok = QDir().mkpath(target);
    QDirIterator it(source, QDir::Files, QDirIterator::Subdirectories);
    while (ok && it.hasNext()) {
        const QString file = it.next();
        const QString destination = target + file.mid(source.size());
        ok = QDir().mkpath(QFileInfo(destination).absolutePath()) && QFile::copy(file, destination) &&
             QFile::setPermissions(destination, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    }
    if (!ok) {
        MessageBox::critical(this, tr("Cannot Open the Example"),
                             tr("EnvLens could not copy the example model to %1.").arg(QDir::toNativeSeparators(target)),
                             tr("Check that the folder is writable and the disk is not full."));
        return nullptr;
    }
    return openPath(target);
}

ModelTab *MainWindow::currentModelTab() const { return qobject_cast<ModelTab *>(m_tabs->currentWidget()); }

QList<ModelTab *> MainWindow::modelTabs() const
{
    QList<ModelTab *> tabs;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *tab = qobject_cast<ModelTab *>(m_tabs->widget(i)))
            tabs.append(tab);
    }
    return tabs;
}

int MainWindow::addPage(QWidget *page, const QIcon &icon, const QString &title)
{
    const int index = m_tabs->addTab(page, icon, title);
    m_tabs->setCurrentIndex(index);
    updateForCurrentTab();
    return index;
}

void MainWindow::closeTab(int index)
{
    QWidget *page = m_tabs->widget(index);
    if (!page)
        return;
    if (auto *tab = qobject_cast<ModelTab *>(page)) {
        if (!tab->canClose())
            return;
        m_undoGroup->removeStack(tab->undoStack());
    }
    m_tabs->removeTab(index);
    page->deleteLater();
    updateForCurrentTab();
}

void MainWindow::onTabLoadFinished(ModelTab *tab)
{
    bool anyLoading = false;
    const auto tabs = modelTabs();
    for (ModelTab *t : tabs)
        anyLoading = anyLoading || t->state() == ModelTab::State::Loading;
    m_busy->setVisible(anyLoading);

    if (tab->state() == ModelTab::State::Loaded) {
        Settings::instance().addRecentFile(tab->path());
        emit modelLoadFinished(tab);
        updateForCurrentTab();
        return;
    }

    const LoadJob::Outcome &outcome = tab->outcome();
    if (!outcome.modelChoices.isEmpty()) {
        QStringList labels;
        for (const QString &root : outcome.modelChoices)
            labels << (root.isEmpty() ? tr("(the archive root)") : root);
        const int choice = MessageBox::chooseItem(
            this, tr("Choose a Model"),
            tr("%1 holds several models. Which one do you want to open?").arg(QDir::toNativeSeparators(tab->path())),
            labels);
        if (choice >= 0) {
            LoadOptions options = tab->options();
            options.subpath = outcome.modelChoices.at(choice);
            m_busy->show();
            tab->load(options);
            return;
        }
    } else {
        const QString path = QDir::toNativeSeparators(tab->path());
        if (!QFileInfo::exists(tab->path()))
            Settings::instance().removeRecentFile(tab->path());
        MessageBox::critical(this, tr("Cannot Open Model"), tr("EnvLens could not open %1.").arg(path),
                             outcome.error.message);
    }
    emit modelLoadFinished(tab);
    closeTab(m_tabs->indexOf(tab));
}

void MainWindow::updateForCurrentTab()
{
    m_central->setCurrentWidget(m_tabs->count() > 0 ? static_cast<QWidget *>(m_tabs) : m_welcome);
    m_closeTabAction->setEnabled(m_tabs->count() > 0);

    ModelTab *tab = currentModelTab();
    m_undoGroup->setActiveStack(tab ? tab->undoStack() : nullptr);
    // A page that is not a model (a comparison) has its own findings view: the panel steps aside
    // for it, and comes back with the model tabs unless the user had closed it.
    const bool otherPage = !tab && m_tabs->count() > 0;
    if (otherPage && m_diagnostics->isVisible()) {
        m_diagnosticsHiddenForPage = true;
        m_diagnostics->hide();
    } else if (!otherPage && m_diagnosticsHiddenForPage) {
        m_diagnosticsHiddenForPage = false;
        m_diagnostics->show();
    }
    if (tab && tab->state() == ModelTab::State::Loaded) {
        // "[*]" only while modified, so a clean title reads the same with or without the marker.
        const bool modified = !tab->undoStack()->isClean();
        setWindowTitle(modified ? tr("%1[*] — EnvLens").arg(tab->title()) : tr("%1 — EnvLens").arg(tab->title()));
        setWindowModified(modified);
        m_diagnostics->setDiagnostics(tab->diagnostics());
        const DiagnosticCounts counts = countDiagnostics(tab->diagnostics());
        // Each count through %n, so English (translations/envlens_en.ts) and every catalogue get their plural forms.
        m_countsLabel->setText(
            tr("%1, %2, %3", "status bar: the error, warning and info counts")
                .arg(tr("%n error(s)", nullptr, counts.errors), tr("%n warning(s)", nullptr, counts.warnings),
                    tr("%n info(s)", nullptr, counts.infos)));
    } else {
        setWindowTitle(m_tabs->count() > 0 ? tr("%1 — EnvLens").arg(m_tabs->tabText(m_tabs->currentIndex()))
                                           : tr("EnvLens"));
        setWindowModified(false);
        m_diagnostics->setDiagnostics({});
        m_countsLabel->clear();
    }
    emit currentModelChanged(tab);
}

void MainWindow::openFolderDialog()
{
    const QString folder = FileDialog::instance().getExistingDirectory(this, tr("Open Model Folder"));
    if (!folder.isEmpty())
        openPath(folder);
}

void MainWindow::openZipDialog()
{
    const QString file = FileDialog::instance().getOpenFileName(
        this, tr("Open Model Zip"), tr("Model archives (*.zip);;MLmodel files (MLmodel);;All files (*)"));
    if (!file.isEmpty())
        openPath(file);
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::showDiagnostic(const Diagnostic &diagnostic)
{
    ModelTab *tab = currentModelTab();
    if (!tab)
        return;
    if (diagnostic.location.file.isEmpty())
        tab->showOverview();
    else
        tab->openFile(diagnostic.location.file, diagnostic.location.line, diagnostic.location.column);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    const auto tabs = modelTabs();
    for (ModelTab *tab : tabs) {
        if (!tab->undoStack()->isClean())
            m_tabs->setCurrentWidget(tab);  // the question names it; show which one
        if (!tab->canClose()) {
            event->ignore();
            return;
        }
    }
    Settings::instance().setWindowGeometry(saveGeometry());
    Settings::instance().setWindowState(saveState());
    Settings::instance().sync();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedModelPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = droppedModelPaths(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    openPaths(paths);
}

} // namespace envlens
