#include "modeleditor.h"

#include "editcommand.h"
#include "editsession.h"
#include "requirementseditor.h"
#include "savepreviewdialog.h"

#include "browse/modeltab.h"
#include "checks/checkrunner.h"
#include "common/filedialog.h"
#include "common/icons.h"
#include "common/messagebox.h"
#include "edit/editedmodel.h"
#include "edit/modelwriter.h"
#include "model/modelloader.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QTabWidget>
#include <QTimer>
#include <QUndoStack>

namespace envlens {

ModelEditor::ModelEditor(ModelTab *tab)
    : QObject(tab), m_tab(tab), m_session(new EditSession(this)), m_recheckTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("modelEditor"));
    // Typing several edits in a row re-checks once; the checks of a big model take tens of ms.
    m_recheckTimer->setSingleShot(true);
    m_recheckTimer->setInterval(150);
    connect(m_recheckTimer, &QTimer::timeout, this, &ModelEditor::recheck);
    connect(m_session, &EditSession::changed, this, &ModelEditor::onSessionChanged);
    tab->setCloseGuard([this] { return maybeClose(); });
}

ModelEditor *ModelEditor::of(ModelTab *tab)
{
    if (!tab)
        return nullptr;
    if (auto *editor = tab->findChild<ModelEditor *>(QStringLiteral("modelEditor"), Qt::FindDirectChildrenOnly))
        return editor;
    return new ModelEditor(tab);
}

void ModelEditor::reset()
{
    m_tab->undoStack()->clear();
    m_recheckTimer->stop();
    m_loadedDiagnostics = m_tab->diagnostics();
    m_baseDiagnostics = m_loadedDiagnostics;
    m_current = true;
    if (!m_page && m_tab->pages()) {
        m_page = new RequirementsEditor(m_session, m_tab->undoStack(), m_tab->pages());
        m_tab->pages()->addTab(m_page, Icons::icon(Icons::Package), tr("Requirements"));
        connect(m_page, &RequirementsEditor::saveRequested, this, &ModelEditor::save);
    }
    m_session->setModel(m_tab->model());
}

bool ModelEditor::isModified() const { return !m_tab->undoStack()->isClean(); }

bool ModelEditor::canSave() const
{
    return m_session->model() && m_session->hasChanges() && !(m_page && m_page->hasInvalidRows());
}

QString ModelEditor::diagnosticKey(const Diagnostic &diagnostic)
{
    return QStringList{diagnostic.id, diagnostic.location.file, QString::number(diagnostic.location.line),
                       QString::number(diagnostic.location.column), diagnostic.message}
        .join(QLatin1Char('\x1f'));
}

QVector<Diagnostic> ModelEditor::remainingDiagnostics() const
{
    if (m_current)
        return m_baseDiagnostics;
    const QSet<QString> fixed = m_session->fixedDiagnostics();
    QVector<Diagnostic> remaining;
    for (const Diagnostic &diagnostic : m_baseDiagnostics) {
        if (!fixed.contains(diagnosticKey(diagnostic)))
            remaining.append(diagnostic);
    }
    return remaining;
}

bool ModelEditor::diagnosticsReflectEdits() const { return m_current && m_session->hasChanges(); }

void ModelEditor::onSessionChanged()
{
    if (m_tab->state() != ModelTab::State::Loaded || m_session->model() != m_tab->model())
        return;
    if (!m_session->hasChanges()) {
        // Back to the bytes as loaded: the loaded checks are exact.
        m_recheckTimer->stop();
        m_baseDiagnostics = m_loadedDiagnostics;
        m_current = true;
        m_tab->setShownModel(nullptr);
        m_tab->setDiagnostics(m_baseDiagnostics);
        m_tab->setDiagnosticsNote(QString());
        emit diagnosticsRefreshed();
        return;
    }
    // Until the re-check, an estimate: the last diagnostics without those the edits fix.
    m_current = false;
    m_tab->setDiagnostics(remainingDiagnostics());
    m_tab->setDiagnosticsNote(tr("Checking the unsaved edits…"));
    m_recheckTimer->start();
    emit diagnosticsRefreshed();
}

void ModelEditor::recheck()
{
    m_recheckTimer->stop();
    const std::shared_ptr<const Model> model = m_session->model();
    if (!model || !m_session->hasChanges() || m_tab->state() != ModelTab::State::Loaded || model != m_tab->model())
        return;
    const Result<std::shared_ptr<const Model>> edited = modelWithChanges(*model, m_session->changeSet());
    if (!edited) {
        m_tab->setDiagnosticsNote(tr("The diagnostics are those from before your edits, without the issues "
                                     "they fix; saving checks the model again."),
                                  edited.error().toString());
        emit diagnosticsRefreshed();
        return;
    }
    CheckOptions options;
    options.platform = model->platform;
    m_baseDiagnostics = runChecks(*edited.value(), options);
    m_current = true;
    m_tab->setShownModel(edited.value());
    m_tab->setDiagnostics(m_baseDiagnostics);
    m_tab->setDiagnosticsNote(tr("Diagnostics and statuses reflect your unsaved edits."),
                              tr("The model is checked as it would be once saved; the files on disk have not changed."));
    emit diagnosticsRefreshed();
}

bool ModelEditor::applyFix(const Diagnostic &diagnostic, const FixIt &fix)
{
    const Result<bool> check = m_session->check(fix.operations);
    if (!check) {
        MessageBox::warning(m_tab->window(), tr("Cannot Apply the Fix"),
                            tr("“%1” no longer applies: %2").arg(fix.title, check.error().toString()));
        return false;
    }
    SessionEdit edit;
    edit.role = SessionEdit::Role::Fix;
    edit.operations = fix.operations;
    edit.fixedDiagnostics = QStringList{diagnosticKey(diagnostic)};
    m_tab->undoStack()->push(EditCommand::append(m_session, edit, tr("Fix %1: %2").arg(diagnostic.id, fix.title)));
    return true;
}

int ModelEditor::fixAllSafe()
{
    int applied = 0;
    const QVector<Diagnostic> remaining = remainingDiagnostics();
    for (const Diagnostic &diagnostic : remaining) {
        const FixIt *chosen = nullptr;
        const FixIt *preferred = diagnostic.defaultFix();
        if (preferred && preferred->safe) {
            chosen = preferred;
        } else {
            for (const FixIt &fix : diagnostic.fixes) {
                if (fix.safe) {
                    chosen = &fix;
                    break;
                }
            }
        }
        // A fix that an earlier one made moot or impossible is left out rather than reported.
        if (!chosen || !m_session->check(chosen->operations))
            continue;
        SessionEdit edit;
        edit.role = SessionEdit::Role::Fix;
        edit.operations = chosen->operations;
        edit.fixedDiagnostics = QStringList{diagnosticKey(diagnostic)};
        m_tab->undoStack()->push(
            EditCommand::append(m_session, edit, tr("Fix %1: %2").arg(diagnostic.id, chosen->title)));
        ++applied;
    }
    emit statusMessage(applied == 1 ? tr("Applied 1 safe fix") : tr("Applied %1 safe fixes").arg(applied));
    return applied;
}

bool ModelEditor::save() { return write(QString()); }

QString ModelEditor::askSaveAsTarget() const
{
    const std::shared_ptr<const Model> model = m_session->model();
    const QString suggested = model ? QFileInfo(model->sourcePath).completeBaseName() + QStringLiteral("-edited") : QString();
    const QString target = FileDialog::instance().getSaveFileName(
        m_tab->window(), tr("Save Model As"), tr("Model folder (a name without extension) (*);;Model zip (*.zip)"),
        suggested);
    return target.isEmpty() ? target : QDir::cleanPath(QFileInfo(target).absoluteFilePath());
}

bool ModelEditor::saveAs(const QString &destination)
{
    const QString target =
        destination.isEmpty() ? askSaveAsTarget() : QDir::cleanPath(QFileInfo(destination).absoluteFilePath());
    return !target.isEmpty() && write(target);
}

bool ModelEditor::write(const QString &outputPath, bool reviewed)
{
    const std::shared_ptr<const Model> model = m_session->model();
    QWidget *window = m_tab->window();
    if (!model)
        return false;
    if (m_page && m_page->hasInvalidRows()) {
        MessageBox::warning(window, tr("Cannot Save"),
                            tr("Some requirements are not valid (shown in red). Correct or remove them first."));
        return false;
    }
    const ChangeSet changes = m_session->changeSet();
    if (changes.isEmpty() && outputPath.isEmpty()) {
        emit statusMessage(tr("Nothing to save"));
        return false;
    }
    const QString target = outputPath.isEmpty() ? model->sourcePath : outputPath;
    if (!reviewed && !changes.isEmpty() && !SavePreviewDialog::review(window, changes, target))
        return false;

    ModelWriteOptions options;
    options.outputPath = outputPath;
    // A copy leaves the original untouched, so a change on disk is no reason to refuse it.
    options.force = !outputPath.isEmpty();
    if (outputPath.isEmpty()) {
        const Result<SourceFingerprint> onDisk = ModelLoader::fingerprintOnDisk(*model);
        if (onDisk && onDisk.value() != model->fingerprint) {
            const MessageBox::Button answer = MessageBox::question(
                window, tr("Model Changed on Disk"),
                tr("%1 changed on disk since EnvLens opened it.\n\n"
                   "Yes: overwrite it with your changes.\n"
                   "No: save your changes as a new folder or zip, leaving it as it is.\n"
                   "Cancel: do nothing for now.")
                    .arg(QDir::toNativeSeparators(target)),
                QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Cancel);
            if (answer == QMessageBox::No) {
                // The changes were just reviewed: only where they go changes.
                const QString elsewhere = askSaveAsTarget();
                return !elsewhere.isEmpty() && write(elsewhere, true);
            }
            if (answer != QMessageBox::Yes)
                return false;
            options.force = true;
        }
    }
    const Result<ModelWriteResult> written = ModelWriter().write(*model, changes, options);
    if (!written) {
        MessageBox::critical(window, tr("Cannot Save"),
                             tr("EnvLens could not save %1. Nothing was changed.").arg(QDir::toNativeSeparators(target)),
                             written.error().toString());
        return false;
    }
    if (!outputPath.isEmpty()) {
        emit statusMessage(tr("Saved a copy to %1").arg(QDir::toNativeSeparators(written->writtenPath)));
        emit openRequested(written->writtenPath);
        return true;
    }
    emit statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(written->writtenPath)));
    // The written files are the new baseline: reload (which re-runs the checks) and start a clean history.
    m_tab->undoStack()->clear();
    m_tab->load(m_tab->options());
    return true;
}

bool ModelEditor::maybeClose()
{
    if (!isModified())
        return true;
    const MessageBox::Button answer = MessageBox::question(
        m_tab->window(), tr("Unsaved Changes"),
        tr("%1 has unsaved changes. Save them before closing?").arg(m_tab->title()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Discard)
        return true;
    if (answer == QMessageBox::Save)
        return save();
    return false;
}

void ModelEditor::showPage()
{
    if (m_page && m_tab->pages())
        m_tab->pages()->setCurrentWidget(m_page);
}

} // namespace envlens
