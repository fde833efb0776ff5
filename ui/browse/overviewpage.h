#pragma once

#include "checks/diagnostic.h"

#include <QWidget>

#include <memory>

class QFormLayout;
class QGroupBox;
class QLabel;
class QTableWidget;
class QVBoxLayout;

namespace envlens {

struct Model;

/**
 * The first page of an open model: what it is (name, path, flavors and their recorded versions,
 * MLflow version, creation time, size), the three Python versions side by side with a mismatch
 * highlighted, the signature as tables and how many findings the checks made.
 */
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewPage(QWidget *parent = nullptr);

    void setModel(std::shared_ptr<const Model> model);
    void setDiagnostics(const QVector<Diagnostic> &diagnostics);

    /** The three Python versions differ (the highlighted state). */
    bool pythonMismatch() const { return m_pythonMismatch; }
    QLabel *titleLabel() const { return m_title; }
    QTableWidget *flavorTable() const { return m_flavors; }
    QTableWidget *signatureTable() const { return m_signature; }

Q_SIGNALS:
    /** A file name on the page was clicked (e.g. "python_env.yaml"). */
    void fileRequested(const QString &path, int line);
    void diagnosticsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void fillPython();
    void fillFlavors();
    void fillSignature();
    void updateCounts();

    std::shared_ptr<const Model> m_model;
    DiagnosticCounts m_counts;
    bool m_pythonMismatch = false;

    QLabel *m_title;
    QLabel *m_path;
    QFormLayout *m_facts;
    QLabel *m_pythonLabels[3];
    QLabel *m_pythonNote;
    QTableWidget *m_flavors;
    QTableWidget *m_signature;
    QLabel *m_signatureNote;
    QLabel *m_counts3[3];
};

} // namespace envlens
