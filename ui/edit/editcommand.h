#pragma once

#include "editsession.h"

#include <QUndoCommand>

#include <optional>

namespace envlens {

/**
 * The one undo command of the editor: adds, replaces or removes one SessionEdit of the session's
 * list. The session re-derives the files from the list, so undo needs no inverse operations.
 */
class EditCommand : public QUndoCommand
{
public:
    /** Appends `edit` (its id is assigned here when 0). */
    static EditCommand *append(EditSession *session, SessionEdit edit, const QString &text);
    /** Puts `edit` in the place of the edit with `edit.id`. */
    static EditCommand *replace(EditSession *session, const SessionEdit &edit, const QString &text);
    /** Takes the edit with `id` out of the list. */
    static EditCommand *remove(EditSession *session, int id, const QString &text);

    void redo() override;
    void undo() override;

    int editId() const { return m_after ? m_after->id : m_before->id; }

private:
    EditCommand(EditSession *session, const QString &text) : m_session(session) { setText(text); }

    EditSession *m_session;
    int m_index = 0;
    std::optional<SessionEdit> m_before; // the edit in place before redo (absent for append)
    std::optional<SessionEdit> m_after;  // the edit in place after redo (absent for remove)
};

} // namespace envlens
