#include "editcommand.h"

namespace envlens {

EditCommand *EditCommand::append(EditSession *session, SessionEdit edit, const QString &text)
{
    auto *command = new EditCommand(session, text);
    if (edit.id == 0)
        edit.id = session->nextId();
    command->m_index = int(session->edits().size());
    command->m_after = edit;
    return command;
}

EditCommand *EditCommand::replace(EditSession *session, const SessionEdit &edit, const QString &text)
{
    auto *command = new EditCommand(session, text);
    command->m_index = session->indexOf(edit.id);
    if (const SessionEdit *before = session->edit(edit.id))
        command->m_before = *before;
    command->m_after = edit;
    if (!command->m_before)
        command->setObsolete(true);
    return command;
}

EditCommand *EditCommand::remove(EditSession *session, int id, const QString &text)
{
    auto *command = new EditCommand(session, text);
    command->m_index = session->indexOf(id);
    if (const SessionEdit *before = session->edit(id))
        command->m_before = *before;
    else
        command->setObsolete(true);
    return command;
}

void EditCommand::redo()
{
    if (m_before && m_after)
        m_session->replaceEdit(m_after->id, *m_after);
    else if (m_after)
        m_session->insertEdit(m_index, *m_after);
    else if (m_before)
        m_session->removeEdit(m_before->id);
}

void EditCommand::undo()
{
    if (m_before && m_after)
        m_session->replaceEdit(m_before->id, *m_before);
    else if (m_after)
        m_session->removeEdit(m_after->id);
    else if (m_before)
        m_session->insertEdit(m_index, *m_before);
}

} // namespace envlens
