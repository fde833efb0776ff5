#include "compare/comparepage.h"

#include "browse/mainwindow.h"
#include "browse/modeltab.h"
#include "common/codeview.h"
#include "common/filedialog.h"
#include "common/icons.h"
#include "common/messagebox.h"
#include "compare/changestyle.h"
#include "compare/comparesummary.h"
#include "compare/dropzone.h"
#include "compare/filediffview.h"
#include "compare/packagediffmodel.h"
#include "diff/diffreport.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QProgressBar>
#include <QSaveFile>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QToolButton>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace envlens {

namespace {

constexpr int kFileIndexRole = Qt::UserRole + 1;
constexpr int kFindingFileRole = Qt::UserRole + 2;
constexpr int kFindingLineRole = Qt::UserRole + 3;
constexpr int kFindingOldSideRole = Qt::UserRole + 4; // a fixed finding lives in the old version

// The name a user recognises a model by: the folder or zip, not "MLmodel".
QString shortName(const QString &path)
{
    QFileInfo info(path);
    if (info.fileName() == QLatin1String("MLmodel"))
        info = QFileInfo(info.absolutePath());
    return info.fileName().isEmpty() ? QDir::toNativeSeparators(path) : info.fileName();
}

QString groupTitle(CompareFile::Group group)
{
    switch (group) {
    case CompareFile::Group::Environment:
        return ComparePage::tr("Environment files");
    case CompareFile::Group::Code:
        return ComparePage::tr("Code");
    case CompareFile::Group::Other:
        return ComparePage::tr("Other files");
    }
    return QString();
}

QIcon severityIcon(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return Icons::icon(Icons::Error);
    case Severity::Warning:
        return Icons::icon(Icons::Warning);
    case Severity::Info:
        return Icons::icon(Icons::Info);
    }
    return QIcon();
}

// Threads that compute diffs: the page waits for them when it goes, so none outlives the process.
QList<QPointer<QThread>> &runningDiffs()
{
    static QList<QPointer<QThread>> threads;
    return threads;
}

} // namespace

struct ComparePage::Result
{
    ModelDiff diff;
    DiagnosticComparison diagnostics;
    QVector<CompareFile> files;
};

ComparePage::ComparePage(const QString &oldPath, const QString &newPath, QWidget *parent)
    : QWidget(parent),
      m_oldJob(new LoadJob(this)),
      m_newJob(new LoadJob(this)),
      m_oldLabel(new QLabel(this)),
      m_newLabel(new QLabel(this)),
      m_dropZone(new DropZone(tr("Drop a model folder or zip here to compare it with the old side, or two models "
                                 "to compare them"),
          this)),
      m_swapAction(new QAction(tr("&Swap Sides"), this)),
      m_body(new QStackedWidget(this)),
      m_status(new QLabel(this)),
      m_progress(new QProgressBar(this)),
      m_summary(new CompareSummary(this)),
      m_split(new QSplitter(Qt::Vertical, this)),
      m_sections(new QTabWidget(this)),
      m_packageModel(new PackageDiffModel(this)),
      m_packageFilter(new PackageDiffFilter(this)),
      m_packageTable(new QTableView(this)),
      m_search(new QLineEdit(this)),
      m_changesOnly(new QCheckBox(tr("&Changes only"), this)),
      m_fileList(new QTreeWidget(this)),
      m_fileDiff(new FileDiffView(this)),
      m_diagnosticsTree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("comparePage"));
    connect(m_oldJob, &LoadJob::finished, this, [this] { onLoadFinished(m_oldJob); });
    connect(m_newJob, &LoadJob::finished, this, [this] { onLoadFinished(m_newJob); });

    m_swapAction->setObjectName(QStringLiteral("swapSidesAction"));
    m_swapAction->setToolTip(tr("Compare the other way round: the new side becomes the old side"));
    connect(m_swapAction, &QAction::triggered, this, &ComparePage::swapSides);
    connect(m_dropZone, &DropZone::pathsDropped, this, &ComparePage::onPathsDropped);

    // Header: old ⇄ new, then export.
    for (QLabel *label : { m_oldLabel, m_newLabel }) {
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    }
    m_oldLabel->setObjectName(QStringLiteral("compareOldLabel"));
    m_newLabel->setObjectName(QStringLiteral("compareNewLabel"));
    auto *swapButton = new QToolButton(this);
    swapButton->setDefaultAction(m_swapAction);
    swapButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *exportButton = new QToolButton(this);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setText(tr("&Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(exportButton);
    exportMenu->addAction(tr("As &Markdown…"), this, [this] { exportReport(Format::Markdown); });
    exportMenu->addAction(tr("As &HTML…"), this, [this] { exportReport(Format::Html); });
    exportMenu->addAction(tr("As &JSON…"), this, [this] { exportReport(Format::Json); });
    exportButton->setMenu(exportMenu);
    connect(this, &ComparePage::finished, exportButton,
        [this, exportButton] { exportButton->setEnabled(m_state == State::Ready); });
    exportButton->setEnabled(false);

    auto *header = new QHBoxLayout;
    header->addWidget(m_oldLabel, 1);
    header->addWidget(swapButton);
    header->addWidget(m_newLabel, 1);
    header->addWidget(exportButton);

    // While loading: a busy bar and what is happening.
    auto *statusPage = new QWidget(this);
    auto *statusLayout = new QVBoxLayout(statusPage);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setAlignment(Qt::AlignCenter);
    m_status->setObjectName(QStringLiteral("compareStatus"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(320);
    m_progress->setAccessibleName(tr("Comparing"));
    statusLayout->addStretch();
    statusLayout->addWidget(m_status);
    statusLayout->addWidget(m_progress, 0, Qt::AlignHCenter);
    statusLayout->addStretch();

    m_sections->setDocumentMode(true);
    m_sections->addTab(createPackagesTab(), tr("Packages"));
    m_sections->addTab(createFilesTab(), tr("Files"));
    m_sections->addTab(createDiagnosticsTab(), tr("Diagnostics"));
    connect(m_sections, &QTabWidget::currentChanged, this, [this](int index) {
        // The first visit to Files shows the first changed text file; diffs are computed on selection only.
        if (index != 1 || m_fileList->currentItem())
            return;
        for (const CompareFile &f : qAsConst(m_files)) {
            if (f.change != DiffChange::Unchanged && f.isText) {
                selectFile(f.path);
                return;
            }
        }
    });

    // The user decides how much room the summary gets; the sections take the rest.
    auto *content = m_split;
    content->setObjectName(QStringLiteral("compareSplitter"));
    content->setChildrenCollapsible(true);
    content->addWidget(m_summary);
    content->addWidget(m_sections);
    content->setStretchFactor(0, 0);
    content->setStretchFactor(1, 1);

    m_body->addWidget(statusPage);
    m_body->addWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(header);
    layout->addWidget(m_dropZone);
    layout->addWidget(m_body, 1);

    // F7 / Shift+F7 work from anywhere on the page, not only inside the diff.
    addAction(m_fileDiff->nextAction());
    addAction(m_fileDiff->previousAction());

    setPaths(oldPath, newPath);
}

ComparePage::~ComparePage()
{
    for (const QPointer<QThread> &thread : qAsConst(runningDiffs())) {
        if (thread)
            thread->wait();
    }
}

QWidget *ComparePage::createPackagesTab()
{
    auto *page = new QWidget(this);
    m_search->setObjectName(QStringLiteral("packageSearch"));
    m_search->setPlaceholderText(tr("Search packages"));
    m_search->setClearButtonEnabled(true);
    m_changesOnly->setObjectName(QStringLiteral("changesOnlyBox"));
    m_changesOnly->setChecked(true);
    m_packageFilter->setChangesOnly(true);
    connect(m_search, &QLineEdit::textChanged, m_packageFilter, &PackageDiffFilter::setSearchText);
    connect(m_changesOnly, &QCheckBox::toggled, m_packageFilter, &PackageDiffFilter::setChangesOnly);

    m_packageFilter->setSourceModel(m_packageModel);
    m_packageTable->setObjectName(QStringLiteral("packageTable"));
    m_packageTable->setModel(m_packageFilter);
    m_packageTable->setSortingEnabled(true);
    m_packageTable->sortByColumn(PackageDiffModel::ChangeColumn, Qt::AscendingOrder);
    m_packageTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_packageTable->setAlternatingRowColors(true);
    m_packageTable->verticalHeader()->hide();
    m_packageTable->verticalHeader()->setDefaultSectionSize(m_packageTable->fontMetrics().height() + 8);
    m_packageTable->setIconSize(QSize(14, 14));
    // The two specs are what a reader compares: they get the width.
    QHeaderView *columns = m_packageTable->horizontalHeader();
    columns->setStretchLastSection(false);
    columns->setSectionResizeMode(PackageDiffModel::OldColumn, QHeaderView::Stretch);
    columns->setSectionResizeMode(PackageDiffModel::NewColumn, QHeaderView::Stretch);
    for (int column : { PackageDiffModel::NameColumn, PackageDiffModel::ChangeColumn, PackageDiffModel::SourceColumn })
        columns->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_packageTable->setWordWrap(false);
    m_packageTable->setAccessibleName(tr("Packages of both versions"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_changesOnly);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_packageTable, 1);
    return page;
}

QWidget *ComparePage::createFilesTab()
{
    m_fileList->setObjectName(QStringLiteral("compareFileList"));
    m_fileList->setHeaderLabels({ tr("File"), tr("Status") });
    m_fileList->setRootIsDecorated(true);
    m_fileList->setUniformRowHeights(true);
    m_fileList->setAccessibleName(tr("Files of both versions"));
    m_fileList->setTextElideMode(Qt::ElideMiddle);
    m_fileList->header()->setStretchLastSection(false);
    m_fileList->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_fileList->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(m_fileList, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) { showFile(item); });

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_fileList);
    splitter->addWidget(m_fileDiff);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 340, 900 });
    return splitter;
}

QWidget *ComparePage::createDiagnosticsTab()
{
    m_diagnosticsTree->setObjectName(QStringLiteral("compareDiagnostics"));
    m_diagnosticsTree->setHeaderLabels({ tr("Finding"), tr("Location"), tr("Message") });
    m_diagnosticsTree->setAccessibleName(tr("Findings of both versions"));
    m_diagnosticsTree->setUniformRowHeights(true);
    m_diagnosticsTree->setWordWrap(false);
    connect(m_diagnosticsTree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { showFinding(item); });
    return m_diagnosticsTree;
}

QString ComparePage::title() const
{
    if (m_newPath.isEmpty())
        return tr("%1 ↔ …").arg(shortName(m_oldPath));
    return tr("%1 ↔ %2").arg(shortName(m_oldPath), shortName(m_newPath));
}

void ComparePage::updateHeader()
{
    m_oldLabel->setText(tr("Old: %1").arg(QDir::toNativeSeparators(m_oldPath)));
    m_newLabel->setText(
        m_newPath.isEmpty() ? tr("New: (drop a model below)") : tr("New: %1").arg(QDir::toNativeSeparators(m_newPath)));
    m_oldLabel->setToolTip(QDir::toNativeSeparators(m_oldPath));
    m_newLabel->setToolTip(QDir::toNativeSeparators(m_newPath));
    m_swapAction->setEnabled(!m_oldPath.isEmpty() && !m_newPath.isEmpty());
    emit titleChanged(title());
}

void ComparePage::setPaths(const QString &oldPath, const QString &newPath)
{
    const auto clean
        = [](const QString &p) { return p.isEmpty() ? p : QDir::cleanPath(QFileInfo(p).absoluteFilePath()); };
    m_oldPath = clean(oldPath);
    m_newPath = clean(newPath);
    m_oldOptions = LoadOptions();
    m_newOptions = LoadOptions();
    updateHeader();
    startLoading();
}

void ComparePage::startLoading()
{
    ++m_generation;
    m_oldOutcome = LoadJob::Outcome();
    m_newOutcome = LoadJob::Outcome();
    m_diff.reset();
    m_body->setCurrentIndex(0);
    // With a side missing, the drop zone is the thing to use: make it a big target.
    const bool waiting = m_oldPath.isEmpty() || m_newPath.isEmpty();
    m_dropZone->setMinimumHeight(waiting ? 160 : m_dropZone->fontMetrics().height() + 12);
    if (waiting) {
        m_state = State::Waiting;
        m_progress->hide();
        m_status->setText(tr("Drop the model to compare with on the area above."));
        return;
    }
    m_state = State::Loading;
    m_progress->show();
    m_status->setText(tr("Loading %1 and %2…").arg(shortName(m_oldPath), shortName(m_newPath)));
    m_oldJob->start(m_oldPath, m_oldOptions);
    m_newJob->start(m_newPath, m_newOptions);
}

void ComparePage::onLoadFinished(LoadJob *job)
{
    // A finished() queued before a restart belongs to the previous load.
    if (m_state != State::Loading || job->isRunning())
        return;
    const bool old = job == m_oldJob;
    const QString path = old ? m_oldPath : m_newPath;
    const LoadJob::Outcome &outcome = job->outcome();
    if (!outcome.modelChoices.isEmpty()) {
        QStringList labels;
        for (const QString &root : outcome.modelChoices)
            labels << (root.isEmpty() ? tr("(the archive root)") : root);
        const int choice = MessageBox::chooseItem(this, tr("Choose a Model"),
            tr("%1 holds several models. Which one do you want to compare?").arg(QDir::toNativeSeparators(path)),
            labels);
        if (choice < 0) {
            fail(tr("No model of %1 was chosen.").arg(QDir::toNativeSeparators(path)));
            return;
        }
        LoadOptions &options = old ? m_oldOptions : m_newOptions;
        options.subpath = outcome.modelChoices.at(choice);
        job->start(path, options);
        return;
    }
    if (!outcome.model) {
        fail(tr("EnvLens could not open %1:\n%2").arg(QDir::toNativeSeparators(path), outcome.error.message));
        return;
    }
    (old ? m_oldOutcome : m_newOutcome) = outcome;
    if (m_oldOutcome.model && m_newOutcome.model)
        startDiff();
}

void ComparePage::startDiff()
{
    m_state = State::Loading;
    m_body->setCurrentIndex(0);
    m_progress->show();
    m_status->setText(tr("Comparing %1 with %2…").arg(shortName(m_oldPath), shortName(m_newPath)));
    const int generation = ++m_generation;
    auto result = std::make_shared<Result>();
    const std::shared_ptr<const Model> a = m_oldOutcome.model;
    const std::shared_ptr<const Model> b = m_newOutcome.model;
    const QVector<Diagnostic> da = m_oldOutcome.diagnostics;
    const QVector<Diagnostic> db = m_newOutcome.diagnostics;
    QThread *thread = QThread::create([result, a, b, da, db] {
        result->diff = ModelDiff::compute(*a, *b);
        result->diagnostics = DiagnosticComparison::compare(da, db);
        result->files = compareFiles(*a, *b, result->diff);
    });
    runningDiffs().append(thread);
    connect(thread, &QThread::finished, this, [this, result, generation] { onDiffFinished(result, generation); });
    connect(thread, &QThread::finished, thread, [thread] {
        runningDiffs().removeAll(thread);
        thread->deleteLater();
    });
    thread->start();
}

void ComparePage::onDiffFinished(const std::shared_ptr<Result> &result, int generation)
{
    if (generation != m_generation)
        return; // swapped or reloaded since
    m_diff = std::shared_ptr<const ModelDiff>(result, &result->diff);
    m_diagnostics = result->diagnostics;
    m_files = result->files;
    m_state = State::Ready;
    populate();
    m_body->setCurrentIndex(1);
    emit finished();
}

void ComparePage::fail(const QString &message)
{
    ++m_generation;
    m_state = State::Failed;
    m_error = message;
    m_progress->hide();
    m_status->setText(message);
    m_body->setCurrentIndex(0);
    emit finished();
}

void ComparePage::populate()
{
    m_summary->setDiff(*m_diff);
    // The strip never grows past its content; the splitter still lets the user shrink it.
    m_summary->setMaximumHeight(m_summary->sizeHint().height());
    m_packageModel->setDiff(*m_diff);
    const int changedPackages = m_packageModel->changedCount();
    m_sections->setTabText(0, changedPackages > 0 ? tr("Packages (%1 changed)").arg(changedPackages) : tr("Packages"));
    populateFiles();
    populateDiagnostics();
}

void ComparePage::populateFiles()
{
    m_fileList->clear();
    m_fileDiff->clear();
    QTreeWidgetItem *groups[3] = { nullptr, nullptr, nullptr };
    int changed = 0;
    for (int i = 0; i < m_files.size(); ++i) {
        const CompareFile &f = m_files.at(i);
        QTreeWidgetItem *&group = groups[int(f.group)];
        if (!group) {
            group = new QTreeWidgetItem(m_fileList, { groupTitle(f.group) });
            group->setFlags(Qt::ItemIsEnabled);
            QFont font = group->font(0);
            font.setBold(true);
            group->setFont(0, font);
            group->setExpanded(f.group != CompareFile::Group::Other);
        }
        auto *item = new QTreeWidgetItem(group, { f.path, ChangeStyle::label(f.change) });
        item->setData(0, kFileIndexRole, i);
        item->setIcon(1, ChangeStyle::icon(f.change));
        item->setToolTip(0, f.path);
        if (f.change != DiffChange::Unchanged) {
            ++changed;
            item->setForeground(1, ChangeStyle::color(f.change));
            QFont font = item->font(0);
            font.setBold(true);
            item->setFont(0, font);
        }
    }
    m_sections->setTabText(1, changed > 0 ? tr("Files (%1 changed)").arg(changed) : tr("Files"));
}

void ComparePage::populateDiagnostics()
{
    m_diagnosticsTree->clear();
    const struct
    {
        const QVector<Diagnostic> *list;
        QString title;
        DiffChange tint;
    } groups[] = {
        { &m_diagnostics.introduced, tr("Introduced by the new version (%1)").arg(m_diagnostics.introduced.size()),
            DiffChange::Removed },
        { &m_diagnostics.fixed, tr("Fixed in the new version (%1)").arg(m_diagnostics.fixed.size()),
            DiffChange::Added },
        { &m_diagnostics.kept, tr("In both versions (%1)").arg(m_diagnostics.kept.size()), DiffChange::Unchanged },
    };
    for (const auto &g : groups) {
        const bool oldSide = g.list == &m_diagnostics.fixed;
        auto *group = new QTreeWidgetItem(m_diagnosticsTree, { g.title });
        QFont font = group->font(0);
        font.setBold(true);
        group->setFont(0, font);
        if (g.tint != DiffChange::Unchanged)
            group->setForeground(0, ChangeStyle::color(g.tint));
        for (const Diagnostic &d : *g.list) {
            QString location = d.location.file;
            if (!location.isEmpty() && d.location.line > 0)
                location += QStringLiteral(":%1").arg(d.location.line);
            auto *item = new QTreeWidgetItem(group, { d.id, location, d.message });
            item->setIcon(0, severityIcon(d.severity));
            item->setToolTip(2, d.message);
            item->setData(0, kFindingFileRole, d.location.file);
            item->setData(0, kFindingLineRole, d.location.line);
            item->setData(0, kFindingOldSideRole, oldSide);
        }
        group->setExpanded(g.tint != DiffChange::Unchanged);
    }
    for (int column = 0; column < 2; ++column)
        m_diagnosticsTree->resizeColumnToContents(column);
    const int introduced = int(m_diagnostics.introduced.size());
    const int fixed = int(m_diagnostics.fixed.size());
    m_sections->setTabText(
        2, introduced + fixed > 0 ? tr("Diagnostics (+%1 / −%2)").arg(introduced).arg(fixed) : tr("Diagnostics"));
}

bool ComparePage::selectFile(const QString &path)
{
    for (QTreeWidgetItemIterator it(m_fileList); *it; ++it) {
        const QVariant index = (*it)->data(0, kFileIndexRole);
        if (index.isValid() && m_files.at(index.toInt()).path == path) {
            m_sections->setCurrentIndex(1);
            m_fileList->setCurrentItem(*it);
            return true;
        }
    }
    return false;
}

void ComparePage::showFile(QTreeWidgetItem *item)
{
    const QVariant index = item ? item->data(0, kFileIndexRole) : QVariant();
    if (!index.isValid() || !m_diff) {
        m_fileDiff->clear();
        return;
    }
    const CompareFile &f = m_files.at(index.toInt());
    if (!f.isText) {
        m_fileDiff->setMessage(f.path,
            f.change == DiffChange::Unchanged
                ? tr("This file is not shown as text; its content is the same on both sides.")
                : tr("This file is not shown as text; its content differs."));
        return;
    }
    const TextFile *oldText = f.existsOld ? m_oldOutcome.model->text(f.path) : nullptr;
    const TextFile *newText = f.existsNew ? m_newOutcome.model->text(f.path) : nullptr;
    m_fileDiff->setTexts(
        f.path, oldText ? oldText->text() : QString(), newText ? newText->text() : QString(), f.existsOld, f.existsNew);
    // Open at the first change rather than at line 1.
    m_fileDiff->nextChange();
}

bool ComparePage::showFinding(QTreeWidgetItem *item)
{
    const QString file = item ? item->data(0, kFindingFileRole).toString() : QString();
    if (file.isEmpty() || !selectFile(file))
        return false;
    const int line = item->data(0, kFindingLineRole).toInt();
    if (line > 0) {
        const bool oldSide = item->data(0, kFindingOldSideRole).toBool();
        (oldSide ? m_fileDiff->oldView() : m_fileDiff->newView())->goToLine(line);
    }
    return true;
}

void ComparePage::swapSides()
{
    if (m_oldPath.isEmpty() || m_newPath.isEmpty())
        return;
    std::swap(m_oldPath, m_newPath);
    std::swap(m_oldOptions, m_newOptions);
    updateHeader();
    if (m_oldOutcome.model && m_newOutcome.model) {
        // Both sides are loaded: only the comparison is recomputed.
        std::swap(m_oldOutcome, m_newOutcome);
        startDiff();
    } else {
        startLoading();
    }
}

void ComparePage::onPathsDropped(const QStringList &paths)
{
    if (paths.size() >= 2)
        setPaths(paths.at(0), paths.at(1));
    else if (!paths.isEmpty())
        setPaths(m_oldPath.isEmpty() ? paths.first() : m_oldPath, m_oldPath.isEmpty() ? QString() : paths.first());
}

QByteArray ComparePage::reportBytes(const ModelDiff &diff, Format format)
{
    switch (format) {
    case Format::Markdown:
        return DiffReport::markdown(diff).toUtf8();
    case Format::Html:
        return DiffReport::html(diff).toUtf8();
    case Format::Json:
        return DiffReport::json(diff) + '\n'; // as the CLI prints it
    }
    return QByteArray();
}

bool ComparePage::exportReport(Format format)
{
    if (m_state != State::Ready)
        return false;
    QString filter;
    QString extension;
    switch (format) {
    case Format::Markdown:
        filter = tr("Markdown (*.md)");
        extension = QStringLiteral("md");
        break;
    case Format::Html:
        filter = tr("HTML pages (*.html)");
        extension = QStringLiteral("html");
        break;
    case Format::Json:
        filter = tr("JSON (*.json)");
        extension = QStringLiteral("json");
        break;
    }
    const QString suggested = QStringLiteral("%1-vs-%2.%3")
                                  .arg(QFileInfo(shortName(m_oldPath)).completeBaseName(),
                                      QFileInfo(shortName(m_newPath)).completeBaseName(), extension);
    const QString fileName = FileDialog::instance().getSaveFileName(this, tr("Export Comparison"), filter, suggested);
    if (fileName.isEmpty())
        return false;
    QSaveFile file(fileName);
    const QByteArray bytes = reportBytes(*m_diff, format);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        MessageBox::critical(this, tr("Cannot Export"),
            tr("EnvLens could not write %1.").arg(QDir::toNativeSeparators(fileName)), file.errorString());
        return false;
    }
    return true;
}

ComparePage *ComparePage::open(MainWindow *window, const QString &oldPath, const QString &newPath)
{
    auto *page = new ComparePage(oldPath, newPath);
    const int index = window->addPage(page, Icons::icon(Icons::Model), page->title());
    window->tabWidget()->setTabToolTip(
        index, QDir::toNativeSeparators(oldPath) + QLatin1Char('\n') + QDir::toNativeSeparators(newPath));
    connect(page, &ComparePage::titleChanged, window, [window, page](const QString &title) {
        QTabWidget *tabs = window->tabWidget();
        const int at = tabs->indexOf(page);
        if (at < 0)
            return;
        tabs->setTabText(at, title);
        tabs->setTabToolTip(at,
            QDir::toNativeSeparators(page->oldPath()) + QLatin1Char('\n') + QDir::toNativeSeparators(page->newPath()));
        if (tabs->currentIndex() == at)
            window->setWindowTitle(MainWindow::tr("%1 — EnvLens").arg(title));
    });
    return page;
}

void ComparePage::installActions(MainWindow *window)
{
    QMenu *fileMenu = window->fileMenu();
    auto *menu = new QMenu(tr("Compare &With"), fileMenu);
    menu->setObjectName(QStringLiteral("compareWithMenu"));
    menu->setIcon(Icons::icon(Icons::Model));
    QAction *folder = menu->addAction(Icons::icon(Icons::OpenFolder), tr("Model &Folder…"));
    folder->setObjectName(QStringLiteral("compareWithFolderAction"));
    QAction *zip = menu->addAction(Icons::icon(Icons::OpenZip), tr("Model &Zip or MLmodel File…"));
    zip->setObjectName(QStringLiteral("compareWithZipAction"));
    menu->menuAction()->setStatusTip(tr("Compare the current model with another version of it"));

    const auto compareWith = [window](bool askFolder) {
        ModelTab *tab = window->currentModelTab();
        if (!tab)
            return;
        const QString other = askFolder
            ? FileDialog::instance().getExistingDirectory(window, tr("Compare With Model Folder"))
            : FileDialog::instance().getOpenFileName(window, tr("Compare With Model Zip"),
                tr("Model archives (*.zip);;MLmodel files (MLmodel);;All files (*)"));
        if (!other.isEmpty())
            open(window, tab->path(), other);
    };
    connect(folder, &QAction::triggered, window, [compareWith] { compareWith(true); });
    connect(zip, &QAction::triggered, window, [compareWith] { compareWith(false); });

    // Before the "Close Tab" group: the open actions' neighbourhood.
    QAction *before = nullptr;
    const auto actions = fileMenu->actions();
    for (int i = 0; i < actions.size(); ++i) {
        if (actions.at(i)->objectName() == QLatin1String("closeTabAction")) {
            before = i > 0 && actions.at(i - 1)->isSeparator() ? actions.at(i - 1) : actions.at(i);
            break;
        }
    }
    fileMenu->insertMenu(before, menu);

    const auto update = [window, menu] {
        ModelTab *tab = window->currentModelTab();
        menu->setEnabled(tab && tab->state() == ModelTab::State::Loaded);
    };
    connect(window, &MainWindow::currentModelChanged, menu, update);
    connect(window, &MainWindow::modelLoadFinished, menu, update);
    update();
}

} // namespace envlens
