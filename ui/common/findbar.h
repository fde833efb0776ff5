#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace envlens {

/** The inline find bar under a text view: type to search, Enter/F3 next, Shift+F3 previous, Esc closes. */
class FindBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(QPlainTextEdit *view, QWidget *parent = nullptr);

    /** Shows the bar, takes the view's selection as the search text and focuses the field. */
    void activate();
    bool findNext();
    bool findPrevious();
    QString text() const;
    void setText(const QString &text);
    /** Whether the last search found nothing (the field is then tinted). */
    bool notFound() const { return m_notFound; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    bool find(bool backward);
    void setNotFound(bool notFound);

    QPlainTextEdit *m_view;
    QLineEdit *m_edit;
    QCheckBox *m_matchCase;
    QLabel *m_status;
    bool m_notFound = false;
};

/** The inline go-to-line bar: a line number, Enter goes there and marks it, Esc closes. */
class GoToLineBar : public QWidget
{
    Q_OBJECT

public:
    explicit GoToLineBar(QWidget *parent = nullptr);

    void activate(int currentLine, int lineCount);
    QSpinBox *spinBox() const { return m_spin; }

Q_SIGNALS:
    void lineRequested(int line);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QSpinBox *m_spin;
};

} // namespace envlens
