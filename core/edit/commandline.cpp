#include "edit/commandline.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace envlens {

namespace {

// lupdate files EditText::tr() under the same context the code asks for at run time.
class EditText
{
    Q_DECLARE_TR_FUNCTIONS(envlens::EditText)
};

// A line MLflow's packaging.Requirement(line) cannot parse: comments, pip options (-c, -r,
// --extra-index-url ...), wheel or archive paths and bare URLs.
bool isRefusedLine(const QString &raw)
{
    const QString line = raw.trimmed();
    if (line.isEmpty())
        return false;
    if (line.contains(QLatin1Char('#')) || line.startsWith(QLatin1Char('-')))
        return true;
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*"));
    if (!name.match(line).hasMatch())
        return true;
    return line.endsWith(QLatin1String(".whl"))
        || (line.contains(QLatin1String("://")) && !line.contains(QLatin1Char('@')));
}

struct Collected
{
    QStringList envlensArgs;
    QStringList mlflowAdd;
    QStringList mlflowRemove;
    QString overrideContent;
    bool mlflowExpressible = true;
};

void collectOperation(const EditOperation &operation, Collected &out)
{
    switch (operation.kind) {
    case EditOperation::Kind::AddRequirement:
    case EditOperation::Kind::SetRequirement:
        out.envlensArgs << QStringLiteral("--add") << shellQuote(operation.text.trimmed());
        out.mlflowAdd << shellQuote(operation.text.trimmed());
        return;
    case EditOperation::Kind::RemovePackage:
        out.envlensArgs << QStringLiteral("--remove") << shellQuote(operation.text.trimmed());
        out.mlflowRemove << shellQuote(operation.text.trimmed());
        return;
    case EditOperation::Kind::OverrideRequirements:
        out.overrideContent = operation.lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
        out.mlflowExpressible = false;
        return;
    case EditOperation::Kind::SetPython:
        out.envlensArgs << QStringLiteral("--python") << shellQuote(operation.text.trimmed());
        out.mlflowExpressible = false;
        return;
    default:
        // Syncs and splices only come from fix-its, which are reproduced by --fix.
        out.mlflowExpressible = false;
        return;
    }
}

} // namespace

QString shellQuote(const QString &argument)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_.,:/=+@%-]+$"));
    if (safe.match(argument).hasMatch())
        return argument;
    QString quoted = argument;
    quoted.replace(QLatin1String("'"), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString mlflowFileRefusal(const QString &requirementsTxt, const QStringList &condaPipItems)
{
    const QStringList lines = requirementsTxt.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (isRefusedLine(line))
            return EditText::tr("MLflow cannot edit this model: its requirements.txt has a line that is not a plain "
                                "requirement (a comment, an option, a constraint or a wheel).");
    }
    for (const QString &item : condaPipItems) {
        if (isRefusedLine(item))
            return EditText::tr(
                "MLflow cannot edit this model: its conda.yaml pip list has an item that is not a plain "
                "requirement (a comment, an option, a constraint or a wheel).");
    }
    return {};
}

EditCommandLines buildEditCommandLines(const QString &modelPath, const QVector<CommandLineEdit> &edits,
                                       const QString &filesRefusal)
{
    Collected collected;
    bool hasFix = false;
    for (const CommandLineEdit &edit : edits) {
        if (!edit.fixIds.isEmpty()) {
            hasFix = true;
            for (const QString &id : edit.fixIds)
                collected.envlensArgs << QStringLiteral("--fix") << shellQuote(id);
            continue;
        }
        for (const EditOperation &operation : edit.operations)
            collectOperation(operation, collected);
    }

    EditCommandLines result;
    const QString model = shellQuote(modelPath);
    QStringList envlens{QStringLiteral("envlens-cli"), QStringLiteral("edit"), model};
    if (!collected.overrideContent.isEmpty()) {
        result.overrideFile = QStringLiteral("override-requirements.txt");
        result.overrideContent = collected.overrideContent;
        envlens << QStringLiteral("--override") << result.overrideFile;
    }
    envlens << collected.envlensArgs;
    result.envlens = envlens.join(QLatin1Char(' '));

    if (edits.isEmpty())
        result.mlflowRefusal = EditText::tr("There are no edits to express.");
    else if (!collected.overrideContent.isEmpty())
        result.mlflowRefusal = EditText::tr("MLflow cannot replace the whole requirement list of a logged model.");
    else if (hasFix)
        result.mlflowRefusal = EditText::tr("MLflow has no equivalent of EnvLens fix-its.");
    else if (!collected.mlflowExpressible)
        result.mlflowRefusal = EditText::tr("MLflow cannot change a logged model's Python version.");
    else if (!filesRefusal.isEmpty())
        result.mlflowRefusal = filesRefusal;
    if (!result.mlflowRefusal.isEmpty())
        return result;

    const QString base = QStringLiteral("mlflow models update-pip-requirements -m ") + model;
    QStringList commands;
    if (!collected.mlflowAdd.isEmpty())
        commands << base + QStringLiteral(" add ") + collected.mlflowAdd.join(QLatin1Char(' '));
    if (!collected.mlflowRemove.isEmpty())
        commands << base + QStringLiteral(" remove ") + collected.mlflowRemove.join(QLatin1Char(' '));
    result.mlflow = commands.join(QLatin1Char('\n'));
    return result;
}

} // namespace envlens
