#include "browse/diagnosticsdock.h"

#include "browse/diagnosticsmodel.h"
#include "common/icons.h"
#include "common/settings.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace envlens {

DiagnosticsDock::DiagnosticsDock(QWidget *parent)
    : QDockWidget(tr("Diagnostics"), parent), m_model(new DiagnosticsModel(this)),
      m_filter(new DiagnosticsFilterModel(this)), m_view(new QTreeView(this)), m_search(new QLineEdit(this))
{
    setObjectName(QStringLiteral("diagnosticsDock"));
    setAccessibleName(tr("Diagnostics"));
    m_filter->setSourceModel(m_model);

    const Icons::Id icons[] = {Icons::Error, Icons::Warning, Icons::Info};
    const int mask = Settings::instance().diagnosticsSeverityMask();
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    for (int i = 0; i < 3; ++i) {
        auto *button = new QToolButton(this);
        button->setCheckable(true);
        button->setChecked(mask & (1 << i));
        button->setIcon(Icons::icon(icons[i]));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        connect(button, &QToolButton::toggled, this, &DiagnosticsDock::applySeverityMask);
        m_severityButtons[i] = button;
        bar->addWidget(button);
    }
    m_severityButtons[0]->setObjectName(QStringLiteral("showErrors"));
    m_severityButtons[1]->setObjectName(QStringLiteral("showWarnings"));
    m_severityButtons[2]->setObjectName(QStringLiteral("showInfos"));
    m_search->setObjectName(QStringLiteral("diagnosticsSearch"));
    m_search->setPlaceholderText(tr("Filter diagnostics"));
    m_search->setAccessibleName(tr("Filter diagnostics"));
    m_search->setClearButtonEnabled(true);
    bar->addStretch(1);
    bar->addWidget(m_search, 1);
    connect(m_search, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);

    m_view->setObjectName(QStringLiteral("diagnosticsView"));
    m_view->setAccessibleName(tr("Diagnostics list"));
    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DiagnosticsModel::SeverityColumn, Qt::AscendingOrder);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(DiagnosticsModel::MessageColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(DiagnosticsModel::SeverityColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(DiagnosticsModel::IdColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(DiagnosticsModel::LocationColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(DiagnosticsModel::FixColumn, QHeaderView::Interactive);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) { activateRow(index.row()); });

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    setWidget(content);

    applySeverityMask();
    updateCounts();
}

void DiagnosticsDock::setDiagnostics(const QVector<Diagnostic> &diagnostics)
{
    m_model->setDiagnostics(diagnostics);
    updateCounts();
}

const QVector<Diagnostic> &DiagnosticsDock::diagnostics() const { return m_model->diagnostics(); }

QToolButton *DiagnosticsDock::severityButton(Severity severity) const
{
    return m_severityButtons[static_cast<int>(severity)];
}

void DiagnosticsDock::activateRow(int proxyRow)
{
    const QModelIndex source = m_filter->mapToSource(m_filter->index(proxyRow, 0));
    if (const Diagnostic *diagnostic = m_model->diagnostic(source.row()))
        emit diagnosticActivated(*diagnostic);
}

void DiagnosticsDock::applySeverityMask()
{
    int mask = 0;
    for (int i = 0; i < 3; ++i)
        mask |= m_severityButtons[i]->isChecked() ? (1 << i) : 0;
    m_filter->setSeverityMask(mask);
    Settings::instance().setDiagnosticsSeverityMask(mask);
}

void DiagnosticsDock::updateCounts()
{
    const DiagnosticCounts counts = countDiagnostics(m_model->diagnostics());
    // Spelled out rather than "%n error(s)": English plurals would otherwise need an English catalogue.
    m_severityButtons[0]->setText(counts.errors == 1 ? tr("1 error") : tr("%1 errors").arg(counts.errors));
    m_severityButtons[1]->setText(counts.warnings == 1 ? tr("1 warning") : tr("%1 warnings").arg(counts.warnings));
    m_severityButtons[2]->setText(counts.infos == 1 ? tr("1 info") : tr("%1 infos").arg(counts.infos));
    for (int i = 0; i < 3; ++i)
        m_severityButtons[i]->setAccessibleName(m_severityButtons[i]->text());
    setWindowTitle(counts.errors + counts.warnings + counts.infos > 0
                       ? tr("Diagnostics (%1)").arg(counts.errors + counts.warnings + counts.infos)
                       : tr("Diagnostics"));
}

} // namespace envlens
