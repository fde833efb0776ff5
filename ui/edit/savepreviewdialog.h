#pragma once

#include "edit/changeset.h"

#include <QDialog>

#include <optional>

class QLabel;
class QListWidget;

namespace envlens {

class CodeView;

/**
 * Shows the unified diff of every file a save will change (highlighted with KSyntaxHighlighting's
 * "Diff" definition when the build has it, else with +/- colours) and asks to go on.
 */
class SavePreviewDialog : public QDialog
{
    Q_OBJECT

public:
    SavePreviewDialog(const ChangeSet &changes, const QString &target, QWidget *parent = nullptr);

    /** Shows the dialog (or answers through the seam); true when the user chose to save. */
    static bool review(QWidget *parent, const ChangeSet &changes, const QString &target);
    /** Test seam: the next review() returns this without showing. */
    static void setNextAnswer(bool save);
    /** The diff the last review() showed or answered (for tests). */
    static QString lastDiff();

    QListWidget *fileList() const { return m_files; }
    CodeView *diffView() const { return m_view; }
    void showFile(int index);

private:
    ChangeSet m_changes;
    QListWidget *m_files;
    CodeView *m_view;
};

} // namespace envlens
