#pragma once

#include <QDialog>

class QPlainTextEdit;
class QPushButton;

namespace envlens {

class EditSession;

// "Copy as command": the envlens-cli and MLflow commands equivalent to a session's edits, as
// selectable plain text with a Copy button.
class CommandLineDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CommandLineDialog(const EditSession &session, QWidget *parent = nullptr);

    QString text() const { return m_text; }
    QPlainTextEdit *view() const { return m_view; }
    QPushButton *copyButton() const { return m_copy; }

private:
    QString m_text;
    QPlainTextEdit *m_view;
    QPushButton *m_copy;
};

} // namespace envlens
