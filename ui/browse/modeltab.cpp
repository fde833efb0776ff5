#include "browse/modeltab.h"

#include "browse/dependencytreemodel.h"
#include "browse/overviewpage.h"
#include "common/fileviewer.h"
#include "common/icons.h"

#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace envlens {

namespace {

// A row of the tree named by the names of its ancestors and itself, which survive a rebuild.
QString rowKey(const QModelIndex &index)
{
    QStringList names;
    for (QModelIndex i = index; i.isValid(); i = i.parent())
        names.prepend(i.data().toString());
    return names.join(QLatin1Char('\x1f'));
}

void collectExpanded(const QTreeView *tree, const QModelIndex &parent, QSet<QString> &keys)
{
    const QAbstractItemModel *model = tree->model();
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (tree->isExpanded(index)) {
            keys.insert(rowKey(index));
            collectExpanded(tree, index, keys);
        }
    }
}

void restoreExpanded(QTreeView *tree, const QModelIndex &parent, const QSet<QString> &keys)
{
    const QAbstractItemModel *model = tree->model();
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (keys.contains(rowKey(index))) {
            tree->setExpanded(index, true);
            restoreExpanded(tree, index, keys);
        }
    }
}

} // namespace

ModelTab::ModelTab(const QString &path, const LoadOptions &options, QWidget *parent)
    : QWidget(parent), m_path(path), m_options(options), m_job(new LoadJob(this)), m_undoStack(new QUndoStack(this)),
      m_stack(new QStackedWidget(this)), m_loadingLabel(new QLabel(this)), m_progress(new QProgressBar(this))
{
    setObjectName(QStringLiteral("modelTab"));

    auto *loadingPage = new QWidget(this);
    auto *loadingLayout = new QVBoxLayout(loadingPage);
    m_loadingLabel->setTextFormat(Qt::PlainText);
    m_loadingLabel->setAlignment(Qt::AlignCenter);
    m_loadingLabel->setWordWrap(true);
    m_progress->setRange(0, 0);  // the loader reports no fractions: a busy indicator
    m_progress->setMaximumWidth(320);
    m_progress->setAccessibleName(tr("Loading progress"));
    loadingLayout->addStretch(1);
    loadingLayout->addWidget(m_loadingLabel);
    loadingLayout->addWidget(m_progress, 0, Qt::AlignHCenter);
    loadingLayout->addStretch(1);
    m_stack->addWidget(loadingPage);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_job, &LoadJob::finished, this, &ModelTab::onLoaded);
    load(options);
}

ModelTab::~ModelTab() = default;

void ModelTab::load(const LoadOptions &options)
{
    m_options = options;
    m_state = State::Loading;
    m_loadingLabel->setText(tr("Opening %1…").arg(QDir::toNativeSeparators(m_path)));
    m_stack->setCurrentIndex(0);
    m_job->start(m_path, options);
    emit statusMessage(tr("Opening %1…").arg(QDir::toNativeSeparators(m_path)));
}

const LoadJob::Outcome &ModelTab::outcome() const { return m_job->outcome(); }

QString ModelTab::title() const
{
    if (!m_model)
        return QFileInfo(m_path).fileName();
    const QString base = QFileInfo(m_model->sourcePath).fileName();
    return m_model->root.isEmpty() ? base : base + QLatin1Char('/') + m_model->root.chopped(1);
}

void ModelTab::onLoaded()
{
    const LoadJob::Outcome &result = m_job->outcome();
    if (!result.model) {
        m_state = State::Failed;
        m_loadingLabel->setText(result.error.toString());
        emit loadFinished();
        return;
    }
    m_model = result.model;
    m_shown.reset();
    m_state = State::Loaded;
    if (!m_splitter)
        buildContent();
    m_overview->setModel(m_model);
    m_treeModel->setModel(m_model);
    setDiagnostics(result.diagnostics);
    setDiagnosticsNote(QString());
    m_tree->expandToDepth(1);
    m_stack->setCurrentIndex(1);
    emit titleChanged(title());
    emit statusMessage(tr("Opened %1").arg(QDir::toNativeSeparators(m_model->sourcePath)));
    emit loadFinished();
}

void ModelTab::buildContent()
{
    m_treePane = new QWidget(this);
    auto *treeLayout = new QVBoxLayout(m_treePane);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    treeLayout->setSpacing(2);
    m_note = new QLabel(m_treePane);
    m_note->setObjectName(QStringLiteral("diagnosticsNote"));
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    m_note->setAccessibleName(tr("What the diagnostics reflect"));
    m_note->hide();
    m_filter = new QLineEdit(m_treePane);
    m_filter->setObjectName(QStringLiteral("treeFilter"));
    m_filter->setPlaceholderText(tr("Filter packages and files"));
    m_filter->setAccessibleName(tr("Filter the dependency tree"));
    m_filter->setClearButtonEnabled(true);
    m_tree = new QTreeView(m_treePane);
    m_tree->setObjectName(QStringLiteral("dependencyTree"));
    m_tree->setAccessibleName(tr("Dependency tree"));
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_treeModel = new DependencyTreeModel(this);
    m_treeProxy = new QSortFilterProxyModel(this);
    m_treeProxy->setSourceModel(m_treeModel);
    m_treeProxy->setRecursiveFilteringEnabled(true);
    m_treeProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_treeProxy->setFilterKeyColumn(-1);
    m_tree->setModel(m_treeProxy);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_treeProxy->setFilterFixedString(text);
        if (!text.isEmpty())
            m_tree->expandAll();
    });
    connect(m_tree, &QTreeView::activated, this, &ModelTab::openTreeIndex);
    treeLayout->addWidget(m_note);
    treeLayout->addWidget(m_filter);
    treeLayout->addWidget(m_tree, 1);

    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("modelPages"));
    m_pages->setDocumentMode(true);
    m_overview = new OverviewPage(m_pages);
    m_viewer = new FileViewer(m_pages);
    m_pages->addTab(m_overview, Icons::icon(Icons::Model), tr("Overview"));
    m_pages->addTab(m_viewer, Icons::icon(Icons::TextFile), tr("File"));
    connect(m_overview, &OverviewPage::fileRequested, this, [this](const QString &path, int line) { openFile(path, line); });

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("modelSplitter"));
    m_splitter->addWidget(m_treePane);
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    // Stretch factors share only extra space; the first layout follows these proportions.
    m_splitter->setSizes({420, 580});
    m_splitter->setChildrenCollapsible(false);
    m_treePane->setMinimumWidth(220);
    m_pages->setMinimumWidth(320);
    m_stack->addWidget(m_splitter);
    m_treePane->setVisible(m_treeVisible);
}

void ModelTab::setDiagnostics(const QVector<Diagnostic> &diagnostics)
{
    m_diagnostics = diagnostics;
    if (m_overview)
        m_overview->setDiagnostics(diagnostics);
    if (m_treeModel)
        m_treeModel->setDiagnostics(diagnostics);
    emit diagnosticsChanged();
}

void ModelTab::setShownModel(std::shared_ptr<const Model> model)
{
    if (!m_treeModel || !m_model)
        return;
    std::shared_ptr<const Model> shown = model ? std::move(model) : m_model;
    if (shown == shownModel())
        return;
    m_shown = shown == m_model ? nullptr : shown;
    QSet<QString> expanded;
    collectExpanded(m_tree, QModelIndex(), expanded);
    const QString current = rowKey(m_tree->currentIndex());
    m_treeModel->setModel(shown);
    m_treeModel->setDiagnostics(m_diagnostics);
    restoreExpanded(m_tree, QModelIndex(), expanded);
    // The same row stays current, so the keyboard keeps its place.
    std::function<QModelIndex(const QModelIndex &)> find = [&](const QModelIndex &parent) -> QModelIndex {
        for (int row = 0; row < m_treeProxy->rowCount(parent); ++row) {
            const QModelIndex index = m_treeProxy->index(row, 0, parent);
            if (rowKey(index) == current)
                return index;
            if (current.startsWith(rowKey(index) + QLatin1Char('\x1f'))) {
                const QModelIndex inner = find(index);
                if (inner.isValid())
                    return inner;
            }
        }
        return {};
    };
    if (!current.isEmpty()) {
        const QModelIndex again = find(QModelIndex());
        if (again.isValid())
            m_tree->setCurrentIndex(again);
    }
    m_overview->setModel(shown);
    m_overview->setDiagnostics(m_diagnostics);
}

void ModelTab::setDiagnosticsNote(const QString &note, const QString &toolTip)
{
    if (!m_note)
        return;
    m_note->setText(note);
    m_note->setToolTip(toolTip);
    m_note->setVisible(!note.isEmpty());
}

void ModelTab::openTreeIndex(const QModelIndex &index)
{
    const QModelIndex source = m_treeProxy->mapToSource(index);
    const QString file = source.data(DependencyTreeModel::FileRole).toString();
    if (file.isEmpty())
        return;
    openFile(file, source.data(DependencyTreeModel::LineRole).toInt());
}

bool ModelTab::openFile(const QString &path, int line, int column)
{
    const std::shared_ptr<const Model> shown = shownModel();
    if (!shown || !m_viewer)
        return false;
    // The shown model: with unsaved edits, the diagnostics' lines are lines of the edited text.
    if (const TextFile *text = shown->text(path)) {
        m_viewer->showText(path, text->text());
        if (line > 0)
            m_viewer->goToLine(line, column);
    } else if (const ModelFile *file = shown->file(path)) {
        m_viewer->showBinary(path, file->size);
    } else {
        emit statusMessage(tr("%1 is not part of this model").arg(path));
        return false;
    }
    m_pages->setCurrentWidget(m_viewer);
    m_pages->setTabText(m_pages->indexOf(m_viewer), QFileInfo(path).fileName());
    return true;
}

void ModelTab::showOverview()
{
    if (m_pages)
        m_pages->setCurrentWidget(m_overview);
}

void ModelTab::setTreeVisible(bool visible)
{
    m_treeVisible = visible;
    if (m_treePane)
        m_treePane->setVisible(visible);
}

} // namespace envlens
