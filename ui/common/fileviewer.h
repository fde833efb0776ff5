#pragma once

#include <QWidget>

class QLabel;
class QStackedWidget;

namespace envlens {

class CodeView;
class FindBar;
class GoToLineBar;

/**
 * Shows one file of a model: text read-only with line numbers, find (Ctrl+F, F3, Shift+F3, Esc),
 * go to line (Ctrl+G) and highlighting; binary files as name, size and type.
 */
class FileViewer : public QWidget
{
    Q_OBJECT

public:
    explicit FileViewer(QWidget *parent = nullptr);

    /** displayPath names the file to the user (e.g. "code/iris/transform.py"); its name picks the syntax. */
    void showText(const QString &displayPath, const QString &text, const QString &syntaxName = QString());
    void showBinary(const QString &displayPath, qint64 size, const QString &type = QString());
    void clear();

    /** Moves to a 1-based line and column and marks the line. */
    void goToLine(int line, int column = 0);

    QString displayPath() const { return m_displayPath; }
    bool isShowingBinary() const;
    CodeView *codeView() const { return m_codeView; }
    FindBar *findBar() const { return m_findBar; }
    GoToLineBar *goToLineBar() const { return m_goToLineBar; }

    void showFindBar();
    void showGoToLineBar();

private:
    QString m_displayPath;
    QLabel *m_header;
    QStackedWidget *m_stack;
    CodeView *m_codeView;
    FindBar *m_findBar;
    GoToLineBar *m_goToLineBar;
    QLabel *m_binaryInfo;
};

} // namespace envlens
