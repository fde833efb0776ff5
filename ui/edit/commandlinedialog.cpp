#include "edit/commandlinedialog.h"

#include "edit/commandline.h"
#include "edit/editsession.h"
#include "model/model.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace envlens {

namespace {

QVector<CommandLineEdit> commandLineEdits(const EditSession &session)
{
    QVector<CommandLineEdit> edits;
    for (const SessionEdit &edit : session.edits()) {
        CommandLineEdit entry;
        entry.operations = edit.operations;
        // A diagnostic key starts with the check id (see ModelEditor::diagnosticKey).
        for (const QString &key : edit.fixedDiagnostics)
            entry.fixIds << key.section(QLatin1Char('\x1f'), 0, 0);
        edits << entry;
    }
    return edits;
}

QString describe(const EditSession &session)
{
    const auto model = session.model();
    const QString path = model ? model->displayPath : QString();
    // MLflow edits the files as they are on disk, not as the session has them.
    QString requirements;
    QStringList condaPip;
    if (model) {
        if (const TextFile *text = model->text(QStringLiteral("requirements.txt")))
            requirements = text->text();
        if (model->conda.document) {
            for (const CondaPipItem &item : model->conda.document->pipItems())
                condaPip << item.text;
        }
    }
    const EditCommandLines lines =
        buildEditCommandLines(path, commandLineEdits(session), mlflowFileRefusal(requirements, condaPip));
    QString text = lines.envlens + QLatin1Char('\n');
    if (!lines.overrideFile.isEmpty())
        text += QLatin1Char('\n')
            + CommandLineDialog::tr("Save the override list as %1 first:").arg(lines.overrideFile)
            + QLatin1Char('\n') + lines.overrideContent;
    text += QLatin1Char('\n') + (lines.mlflow.isEmpty() ? lines.mlflowRefusal : lines.mlflow) + QLatin1Char('\n');
    return text;
}

} // namespace

CommandLineDialog::CommandLineDialog(const EditSession &session, QWidget *parent)
    : QDialog(parent)
    , m_text(describe(session))
    , m_view(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Copy as Command"));
    setObjectName(QStringLiteral("commandLineDialog"));
    // Plain text: package names and paths come from the model, which is untrusted.
    m_view->setObjectName(QStringLiteral("commandLineView"));
    m_view->setReadOnly(true);
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_view->setAccessibleName(tr("Equivalent commands"));
    m_view->setPlainText(m_text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(QStringLiteral("copyCommandLinesButton"));
    connect(m_copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_text); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    layout->addWidget(buttons);
    resize(640, 280);
}

} // namespace envlens
