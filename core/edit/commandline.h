#pragma once

#include "edit/editoperation.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace envlens {

// One edit of a session as the command line sees it: its operations and the ids of the
// diagnostics it fixes (a fix-it becomes `--fix ID`, whatever operations it carries).
struct CommandLineEdit
{
    QVector<EditOperation> operations;
    QStringList fixIds;
};

// The commands that reproduce a list of edits outside the GUI.
struct EditCommandLines
{
    QString envlens;          // envlens-cli edit MODEL ...
    QString overrideFile;     // name the override list is to be saved as (empty: no override)
    QString overrideContent;  // its content
    QString mlflow;           // mlflow models update-pip-requirements ... (empty when impossible)
    QString mlflowRefusal;    // why MLflow cannot express the edits (empty when it can)
};

// Quotes one argument for a POSIX shell: bare when it is plainly safe, otherwise single-quoted
// with embedded single quotes written as '\''.
QString shellQuote(const QString &argument);

// Why MLflow's update_model_requirements would refuse these files (every non-empty line must parse
// as a requirement): empty when it would accept them.
QString mlflowFileRefusal(const QString &requirementsTxt, const QStringList &condaPipItems);

// Builds both commands. `filesRefusal` is mlflowFileRefusal() of the model's files.
EditCommandLines buildEditCommandLines(const QString &modelPath, const QVector<CommandLineEdit> &edits,
                                       const QString &filesRefusal);

} // namespace envlens
