#pragma once

#include "checks/diagnostic.h"

#include <QObject>
#include <QVector>

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

    /** The diagnostics as loaded, the ones the current edits fix left out. */
    QVector<Diagnostic> remainingDiagnostics() const;
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

private:
    bool write(const QString &outputPath);
    void onSessionChanged();

    ModelTab *m_tab;
    EditSession *m_session;
    RequirementsEditor *m_page = nullptr;
    QVector<Diagnostic> m_loadedDiagnostics;
    bool m_applyingDiagnostics = false;
};

} // namespace envlens
