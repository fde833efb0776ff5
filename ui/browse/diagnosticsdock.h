#pragma once

#include "checks/diagnostic.h"

#include <QDockWidget>

class QLineEdit;
class QToolButton;
class QTreeView;

namespace envlens {

class DiagnosticsFilterModel;
class DiagnosticsModel;

/**
 * The diagnostics panel: the current model's findings, sortable and filterable by severity and
 * text. Activating a row asks to open its file at its line.
 */
class DiagnosticsDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit DiagnosticsDock(QWidget *parent = nullptr);

    void setDiagnostics(const QVector<Diagnostic> &diagnostics);
    const QVector<Diagnostic> &diagnostics() const;

    DiagnosticsModel *model() const { return m_model; }
    DiagnosticsFilterModel *filterModel() const { return m_filter; }
    QTreeView *view() const { return m_view; }
    /** The severity toggle buttons, in the order error, warning, info. */
    QToolButton *severityButton(Severity severity) const;

    /** Activates the visible row (as a double click or Enter would). */
    void activateRow(int proxyRow);

Q_SIGNALS:
    void diagnosticActivated(const envlens::Diagnostic &diagnostic);

private:
    void updateCounts();
    void applySeverityMask();

    DiagnosticsModel *m_model;
    DiagnosticsFilterModel *m_filter;
    QTreeView *m_view;
    QLineEdit *m_search;
    QToolButton *m_severityButtons[3];
};

} // namespace envlens
