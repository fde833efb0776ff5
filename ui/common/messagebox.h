#pragma once

#include <QMessageBox>
#include <QString>
#include <QStringList>

namespace envlens {

/**
 * Message boxes and simple choices behind a seam: tests queue an answer with setNextAnswer() /
 * setNextChoice() and read what would have been shown with lastText(). Text is always plain,
 * because messages quote paths and file contents from untrusted models.
 */
class MessageBox
{
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    static Button critical(QWidget *parent, const QString &title, const QString &text,
                           const QString &details = QString());
    static Button warning(QWidget *parent, const QString &title, const QString &text,
                          Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::NoButton);
    static Button question(QWidget *parent, const QString &title, const QString &text,
                           Buttons buttons = QMessageBox::Yes | QMessageBox::No,
                           Button defaultButton = QMessageBox::NoButton);

    /**
     * Lets the user pick one of items; returns its index, or -1 when cancelled.
     */
    static int chooseItem(QWidget *parent, const QString &title, const QString &label, const QStringList &items);

    /** The next box returns this button without showing. */
    static void setNextAnswer(Button answer);
    /** The next chooseItem() returns this index (-1: cancelled) without showing. */
    static void setNextChoice(int index);

    /** The text of the last box shown or answered through a seam (for tests). */
    static QString lastText();
    static void clearLastText();

private:
    static Button show(QMessageBox::Icon icon, QWidget *parent, const QString &title, const QString &text,
                       const QString &details, Buttons buttons, Button defaultButton);
};

} // namespace envlens
