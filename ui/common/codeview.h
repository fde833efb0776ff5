#pragma once

#include <QPlainTextEdit>

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace envlens {

/**
 * A read-only plain-text view with a line-number area, a marked line and, when the build has
 * KSyntaxHighlighting, syntax highlighting whose theme follows the palette's lightness.
 */
class CodeView : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit CodeView(QWidget *parent = nullptr);
    ~CodeView() override;

    /** Shows text (always as plain text); fileName picks the syntax. */
    void setContent(const QString &fileName, const QString &text, const QString &syntaxName = QString());

    /** Moves the cursor to a 1-based line (and column), scrolls it into view and marks it. */
    void goToLine(int line, int column = 0);
    /** The 1-based marked line, 0 when none. */
    int markedLine() const { return m_markedLine; }
    void clearMark();
    /** The 1-based line of the cursor. */
    int currentLine() const;

    /** The syntax definition in use ("YAML", "pip requirements"...), empty without highlighting. */
    QString syntaxName() const;
    /** The highlighting theme in use, empty without highlighting. */
    QString themeName() const;
    /** Whether this build highlights at all. */
    static bool highlightingAvailable();
    /** The definition name the viewer uses for a model file, empty when none fits. */
    static QString syntaxForFileName(const QString &fileName);

    int lineNumberAreaWidth() const;
    QColor markColor() const;

Q_SIGNALS:
    void themeChanged(const QString &themeName);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    friend class LineNumberArea;
    void paintLineNumbers(QPaintEvent *event);
    void updateLineNumberAreaWidth();
    void updateLineNumberArea(const QRect &rect, int dy);
    void updateExtraSelections();
    void applyThemeForPalette();

    QWidget *m_lineNumberArea = nullptr;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
    int m_markedLine = 0;
    QString m_syntaxName;
    QString m_themeName;
    QColor m_lineNumberColor;
    QColor m_lineNumberBackground;
    QColor m_currentLineNumberColor;
    bool m_applyingTheme = false;
};

} // namespace envlens
