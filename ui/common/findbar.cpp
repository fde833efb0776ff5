#include "common/findbar.h"

#include "common/icons.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolButton>

namespace envlens {

namespace {

QToolButton *makeButton(QWidget *parent, Icons::Id icon, const QString &toolTip)
{
    auto *button = new QToolButton(parent);
    button->setIcon(Icons::icon(icon));
    button->setToolTip(toolTip);
    button->setAccessibleName(toolTip);
    button->setAutoRaise(true);
    return button;
}

} // namespace

FindBar::FindBar(QPlainTextEdit *view, QWidget *parent)
    : QWidget(parent), m_view(view), m_edit(new QLineEdit(this)), m_matchCase(new QCheckBox(tr("Match case"), this)),
      m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("findBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    auto *label = new QLabel(tr("Find:"), this);
    label->setBuddy(m_edit);
    m_edit->setObjectName(QStringLiteral("findEdit"));
    m_edit->setAccessibleName(tr("Text to find"));
    m_edit->setPlaceholderText(tr("Search in this file"));
    m_edit->setClearButtonEnabled(true);
    auto *previous = makeButton(this, Icons::Previous, tr("Find previous (Shift+F3)"));
    auto *next = makeButton(this, Icons::Next, tr("Find next (F3)"));
    auto *close = makeButton(this, Icons::Close, tr("Close the find bar (Esc)"));
    layout->addWidget(label);
    layout->addWidget(m_edit, 1);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(m_matchCase);
    layout->addWidget(m_status);
    layout->addWidget(close);

    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        // Search as you type from the start of the current match, so the hit does not run away.
        QTextCursor cursor = m_view->textCursor();
        cursor.setPosition(cursor.selectionStart());
        m_view->setTextCursor(cursor);
        if (m_edit->text().isEmpty())
            setNotFound(false);
        else
            find(false);
    });
    connect(m_edit, &QLineEdit::returnPressed, this, &FindBar::findNext);
    connect(next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void FindBar::activate()
{
    const QString selected = m_view->textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
        m_edit->setText(selected);
    show();
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

QString FindBar::text() const { return m_edit->text(); }

void FindBar::setText(const QString &text) { m_edit->setText(text); }

bool FindBar::findNext() { return find(false); }

bool FindBar::findPrevious() { return find(true); }

bool FindBar::find(bool backward)
{
    const QString needle = m_edit->text();
    if (needle.isEmpty())
        return false;
    QTextDocument::FindFlags flags;
    if (backward)
        flags |= QTextDocument::FindBackward;
    if (m_matchCase->isChecked())
        flags |= QTextDocument::FindCaseSensitively;
    bool found = m_view->find(needle, flags);
    if (!found) {
        // Wrap around once, as every editor does.
        const QTextCursor saved = m_view->textCursor();
        m_view->moveCursor(backward ? QTextCursor::End : QTextCursor::Start);
        found = m_view->find(needle, flags);
        if (!found)
            m_view->setTextCursor(saved);
    }
    setNotFound(!found);
    return found;
}

void FindBar::setNotFound(bool notFound)
{
    m_notFound = notFound;
    m_status->setText(notFound ? tr("Not found") : QString());
    QPalette pal = palette();
    if (notFound)
        pal.setColor(QPalette::Base, QColor(0xd9, 0x3a, 0x3a).lighter(pal.color(QPalette::Base).lightness() < 128 ? 60 : 190));
    m_edit->setPalette(pal);
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        m_view->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (event->key() == Qt::Key_Return && (event->modifiers() & Qt::ShiftModifier)) {
        findPrevious();
        return;
    }
    QWidget::keyPressEvent(event);
}

GoToLineBar::GoToLineBar(QWidget *parent) : QWidget(parent), m_spin(new QSpinBox(this))
{
    setObjectName(QStringLiteral("goToLineBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    auto *label = new QLabel(tr("Go to line:"), this);
    label->setBuddy(m_spin);
    m_spin->setObjectName(QStringLiteral("goToLineSpin"));
    m_spin->setAccessibleName(tr("Line number"));
    auto *go = makeButton(this, Icons::GoToLine, tr("Go to the line"));
    auto *close = makeButton(this, Icons::Close, tr("Close (Esc)"));
    layout->addWidget(label);
    layout->addWidget(m_spin);
    layout->addWidget(go);
    layout->addStretch(1);
    layout->addWidget(close);
    connect(go, &QToolButton::clicked, this, [this] { emit lineRequested(m_spin->value()); });
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void GoToLineBar::activate(int currentLine, int lineCount)
{
    m_spin->setRange(1, qMax(1, lineCount));
    m_spin->setSuffix(tr(" of %1").arg(lineCount));
    m_spin->setValue(currentLine);
    show();
    m_spin->setFocus(Qt::ShortcutFocusReason);
    m_spin->selectAll();
}

void GoToLineBar::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
        hide();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        emit lineRequested(m_spin->value());
        hide();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace envlens
