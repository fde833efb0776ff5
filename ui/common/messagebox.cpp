#include "common/messagebox.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

#include <optional>

namespace envlens {

namespace {

std::optional<MessageBox::Button> g_nextAnswer;
std::optional<int> g_nextChoice;
QString g_lastText;

} // namespace

void MessageBox::setNextAnswer(Button answer) { g_nextAnswer = answer; }

void MessageBox::setNextChoice(int index) { g_nextChoice = index; }

QString MessageBox::lastText() { return g_lastText; }

void MessageBox::clearLastText() { g_lastText.clear(); }

MessageBox::Button MessageBox::show(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                                    const QString &text, const QString &details, Buttons buttons,
                                    Button defaultButton)
{
    g_lastText = details.isEmpty() ? text : text + QLatin1Char('\n') + details;
    if (g_nextAnswer) {
        const Button answer = *g_nextAnswer;
        g_nextAnswer.reset();
        return answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setTextFormat(Qt::PlainText);
    if (!details.isEmpty())
        box.setInformativeText(details);
    if (defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(defaultButton);
    return static_cast<Button>(box.exec());
}

MessageBox::Button MessageBox::critical(QWidget *parent, const QString &title, const QString &text,
                                        const QString &details)
{
    return show(QMessageBox::Critical, parent, title, text, details, QMessageBox::Ok, QMessageBox::Ok);
}

MessageBox::Button MessageBox::warning(QWidget *parent, const QString &title, const QString &text, Buttons buttons,
                                       Button defaultButton)
{
    return show(QMessageBox::Warning, parent, title, text, QString(), buttons, defaultButton);
}

MessageBox::Button MessageBox::question(QWidget *parent, const QString &title, const QString &text, Buttons buttons,
                                        Button defaultButton)
{
    return show(QMessageBox::Question, parent, title, text, QString(), buttons, defaultButton);
}

int MessageBox::chooseItem(QWidget *parent, const QString &title, const QString &label, const QStringList &items)
{
    g_lastText = label;
    if (g_nextChoice) {
        const int choice = *g_nextChoice;
        g_nextChoice.reset();
        return choice >= 0 && choice < items.size() ? choice : -1;
    }

    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *layout = new QVBoxLayout(&dialog);
    auto *text = new QLabel(label, &dialog);
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    auto *list = new QListWidget(&dialog);
    list->setAccessibleName(title);
    list->addItems(items);
    list->setCurrentRow(0);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    layout->addWidget(text);
    layout->addWidget(list);
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(list, &QListWidget::itemDoubleClicked, &dialog, &QDialog::accept);
    dialog.resize(dialog.sizeHint().expandedTo(QSize(480, 300)));
    return dialog.exec() == QDialog::Accepted ? list->currentRow() : -1;
}

} // namespace envlens
