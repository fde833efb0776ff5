#pragma once

#include "checks/diagnostic.h"

#include <QObject>
#include <QVector>

class QTimer;

namespace envlens {

class EditSession;
class ModelTab;
class RequirementsEditor;

/**
 * The editing side of one model tab: its edit session on the tab's undo stack, the requirements
 * editor page, fix-its, and saving back (with a preview) or to a new folder or zip.
 */
class ModelEditor : public QObject
{
    Q_OBJECT

public:
    explicit ModelEditor(ModelTab *tab);

    /** The editor of a tab, created on first use. */
    static ModelEditor *of(ModelTab *tab);

    ModelTab *tab() const { return m_tab; }
    EditSession *session() const { return m_session; }
    RequirementsEditor *page() const { return m_page; }

    /** Starts over on the tab's (re)loaded model: no edits, a clean undo stack. */
    void reset();
    bool isModified() const;
    /** Whether saving is possible now: changes, and no invalid requirement typed. */
    bool canSave() const;

    /**
     * The diagnostics of the model with the current edits: once re-checked, the checks' own; until
     * then (and when the edits need a save to be checked) the last ones, those the edits fix left out.
     */
    QVector<Diagnostic> remainingDiagnostics() const;
    /** Whether remainingDiagnostics() are the checks of the current edits, not an estimate. */
    bool diagnosticsAreCurrent() const { return m_current; }
    /** Whether the diagnostics shown are those of unsaved edits. */
    bool diagnosticsReflectEdits() const;
    /** Runs the checks on the edited model in memory now; an edit starts a short timer that calls it. */
    void recheck();
    QTimer *recheckTimer() const { return m_recheckTimer; }
    /** Applies a fix-it as one undo step; false (with a message) when it no longer applies. */
    bool applyFix(const Diagnostic &diagnostic, const FixIt &fix);
    /** Applies every remaining diagnostic's safe fix-it, one undo step each; returns how many. */
    int fixAllSafe();
    static QString diagnosticKey(const Diagnostic &diagnostic);

    /** Previews and writes the changes back in place; then reloads. False when nothing was written. */
    bool save();
    /** Previews and writes the edited model to a new folder or zip (asked), then opens it. */
    bool saveAs(const QString &destination = QString());
    /** Asks what to do with unsaved changes; true when the tab may close. */
    bool maybeClose();

    void showPage();

Q_SIGNALS:
    /** Save As wrote a copy that the window should open. */
    void openRequested(const QString &path);
    void statusMessage(const QString &message);
    /** The diagnostics shown for the tab changed after an edit (re-checked or estimated). */
    void diagnosticsRefreshed();

private:
    QString askSaveAsTarget() const;
    bool write(const QString &outputPath, bool reviewed = false);
    void onSessionChanged();

    ModelTab *m_tab;
    EditSession *m_session;
    RequirementsEditor *m_page = nullptr;
    QVector<Diagnostic> m_loadedDiagnostics;
    QVector<Diagnostic> m_baseDiagnostics;  // the loaded model's or the last re-check's
    bool m_current = true;                  // m_baseDiagnostics are those of the current edits
    QTimer *m_recheckTimer;
};

} // namespace envlens
