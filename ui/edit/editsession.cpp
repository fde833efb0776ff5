#include "editsession.h"

#include "edit/enveditor.h"
#include "model/model.h"

namespace envlens {

EditSession::EditSession(QObject *parent) : QObject(parent) {}

EditSession::~EditSession() = default;

void EditSession::setModel(std::shared_ptr<const Model> model)
{
    m_model = std::move(model);
    m_edits.clear();
    rederive();
}

const SessionEdit *EditSession::edit(int id) const
{
    const int index = indexOf(id);
    return index < 0 ? nullptr : &m_edits.at(index);
}

int EditSession::indexOf(int id) const
{
    for (int i = 0; i < m_edits.size(); ++i) {
        if (m_edits.at(i).id == id)
            return i;
    }
    return -1;
}

Result<bool> EditSession::check(const QVector<EditOperation> &operations) const
{
    QVector<SessionEdit> edits = m_edits;
    SessionEdit extra;
    extra.operations = operations;
    edits.append(extra);
    return checkList(edits);
}

Result<bool> EditSession::checkList(const QVector<SessionEdit> &edits) const
{
    if (!m_model)
        return Error{tr("no model is open"), QString(), 0, 0};
    EnvEditor editor(*m_model);
    for (const SessionEdit &edit : edits) {
        for (const EditOperation &operation : edit.operations) {
            const Result<bool> applied = editor.apply(operation);
            if (!applied)
                return applied.error();
        }
    }
    return true;
}

void EditSession::insertEdit(int index, const SessionEdit &edit)
{
    m_edits.insert(qBound(0, index, int(m_edits.size())), edit);
    rederive();
}

void EditSession::replaceEdit(int id, const SessionEdit &edit)
{
    const int index = indexOf(id);
    if (index < 0)
        return;
    m_edits[index] = edit;
    rederive();
}

void EditSession::removeEdit(int id)
{
    const int index = indexOf(id);
    if (index < 0)
        return;
    m_edits.remove(index);
    rederive();
}

QByteArray EditSession::bytes(const QString &path) const { return m_editor ? m_editor->bytes(path) : QByteArray(); }

bool EditSession::hasFile(const QString &path) const { return m_editor && m_editor->hasFile(path); }

QSet<QString> EditSession::fixedDiagnostics() const
{
    QSet<QString> keys;
    for (const SessionEdit &edit : m_edits) {
        for (const QString &key : edit.fixedDiagnostics)
            keys.insert(key);
    }
    return keys;
}

void EditSession::rederive()
{
    m_problems.clear();
    m_editor.reset(m_model ? new EnvEditor(*m_model) : nullptr);
    if (m_editor) {
        // An edit that no longer applies (an earlier one changed what it located) is skipped and
        // reported, so the rest of the list still shows.
        for (const SessionEdit &edit : std::as_const(m_edits)) {
            for (const EditOperation &operation : edit.operations) {
                const Result<bool> applied = m_editor->apply(operation);
                if (!applied)
                    m_problems.append(applied.error().toString());
            }
        }
    }
    m_changes = m_editor ? m_editor->changeSet() : ChangeSet();
    emit changed();
}

} // namespace envlens
