#pragma once

#include "common/error.h"
#include "edit/changeset.h"
#include "edit/editoperation.h"

#include <QByteArray>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

namespace envlens {

struct Model;

// Applies EditOperations to the text of a model's env files, losslessly: only the affected lines
// change; comments, option lines, quoting, YAML sequence indentation, key order, line endings and
// the final newline stay as they are. Operations accumulate: each one sees the result of the
// previous ones; changeSet() compares the result with the bytes the model was read with.
class EnvEditor
{
public:
    explicit EnvEditor(const Model &model);

    // On error nothing of this operation is kept (the earlier ones are).
    Result<bool> apply(const EditOperation &operation);
    ChangeSet changeSet() const;

    // The current bytes of a file (edited or as read); empty when the model has no such file.
    QByteArray bytes(const QString &path) const;
    bool hasFile(const QString &path) const;

private:
    Result<bool> addRequirement(const QString &text);
    Result<bool> removePackage(const QString &name);
    Result<bool> setRequirement(const QString &file, int line, const QString &text);
    Result<bool> setCondaPipItem(int line, const QString &text);
    Result<bool> overrideRequirements(const QStringList &lines);
    Result<bool> setPython(const QString &version);
    Result<bool> syncCondaFromRequirements();
    Result<bool> syncRequirementsFromConda();
    Result<bool> addPythonEnvRequirementsRef();
    Result<bool> splice(const QVector<TextSplice> &splices);

    QStringList requirementsFilePaths() const;   // requirements.txt and its -r includes
    QString requirementsPath() const;            // "requirements.txt" when the model has it
    QString condaPath() const;                   // the conda file when present
    Result<bool> setPipList(const QStringList &desired);
    void setText(const QString &path, const QString &text, bool bom);

    const Model &m_model;
    QMap<QString, QByteArray> m_current;   // edited files only
    QStringList m_warnings;
    bool m_needsRelock = false;
};

// One operation or a sequence applied to a fresh editor.
Result<ChangeSet> applyEdit(const Model &model, const EditOperation &operation);
Result<ChangeSet> applyEdits(const Model &model, const QVector<EditOperation> &operations);

} // namespace envlens
