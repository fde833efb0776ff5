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
    const QString requirements = QString::fromUtf8(session.bytes(QStringLiteral("requirements.txt")));
    const EditCommandLines lines =
        buildEditCommandLines(path, commandLineEdits(session), mlflowFileRefusal(requirements, {}));
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
{
    setWindowTitle(tr("Copy as Command"));
    auto *view = new QPlainTextEdit(this);
    view->setReadOnly(true);
    view->setPlainText(m_text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_text); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(view);
    layout->addWidget(buttons);
    resize(640, 280);
}

} // namespace envlens
