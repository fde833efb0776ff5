#pragma once

#include "common/error.h"
#include "edit/changeset.h"
#include "edit/editoperation.h"

#include <QObject>
#include <QSet>
#include <QStringList>
#include <QVector>

#include <memory>

namespace envlens {

class EnvEditor;
struct Model;

/** One undo step's worth of operations, as the session keeps it. */
struct SessionEdit
{
    enum class Role { Extra, Override, Python, Fix, Other };

    int id = 0;                       // assigned by the session; stable across undo/redo
    Role role = Role::Other;
    QVector<EditOperation> operations;
    QStringList fixedDiagnostics;     // Diagnostic keys this edit repairs (fix-its)
};

/**
 * The edited state of one open model: the ordered list of edits applied on top of the model as
 * it was loaded. Every change re-derives the files from the model's bytes through one EnvEditor,
 * so undo and redo give back exactly the bytes of the state they return to.
 */
class EditSession : public QObject
{
    Q_OBJECT

public:
    explicit EditSession(QObject *parent = nullptr);
    ~EditSession() override;

    /** Starts over on a (re)loaded model: no edits. */
    void setModel(std::shared_ptr<const Model> model);
    std::shared_ptr<const Model> model() const { return m_model; }

    const QVector<SessionEdit> &edits() const { return m_edits; }
    const SessionEdit *edit(int id) const;
    int indexOf(int id) const;
    int nextId() { return ++m_lastId; }

    /** Whether the edits would apply on top of the current ones (without keeping them). */
    Result<bool> check(const QVector<EditOperation> &operations) const;
    /** Whether the list of edits applies as a whole. */
    Result<bool> checkList(const QVector<SessionEdit> &edits) const;

    void insertEdit(int index, const SessionEdit &edit);
    void replaceEdit(int id, const SessionEdit &edit);
    void removeEdit(int id);

    /** The current bytes of a model file (edited or as read); empty when absent. */
    QByteArray bytes(const QString &path) const;
    bool hasFile(const QString &path) const;
    ChangeSet changeSet() const { return m_changes; }
    bool hasChanges() const { return !m_changes.isEmpty(); }
    /** Why edits of the list could not be applied after an earlier one changed (empty normally). */
    QStringList problems() const { return m_problems; }
    /** The keys (diagnosticKey()) of the diagnostics the current edits fix. */
    QSet<QString> fixedDiagnostics() const;

Q_SIGNALS:
    void changed();

private:
    void rederive();

    std::shared_ptr<const Model> m_model;
    QVector<SessionEdit> m_edits;
    std::unique_ptr<EnvEditor> m_editor;
    ChangeSet m_changes;
    QStringList m_problems;
    int m_lastId = 0;
};

} // namespace envlens
