#include "common/codeview.h"

#include <QFileInfo>
#include <QFontDatabase>
#include <QPaintEvent>
#include <QPainter>
#include <QTextBlock>

#ifdef ENVLENS_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

namespace envlens {

class LineNumberArea : public QWidget
{
public:
    explicit LineNumberArea(CodeView *view) : QWidget(view), m_view(view) {}
    QSize sizeHint() const override { return QSize(m_view->lineNumberAreaWidth(), 0); }

protected:
    void paintEvent(QPaintEvent *event) override { m_view->paintLineNumbers(event); }

private:
    CodeView *m_view;
};

namespace {

#ifdef ENVLENS_HAVE_KSYNTAXHIGHLIGHTING
// One repository for the process: building it reads every definition, which is expensive.
KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository *repo = [] {
        auto *r = new KSyntaxHighlighting::Repository;
        // resources.qrc serves our pip-requirements definition as :/ksh/syntax/pip-requirements.xml.
        r->addCustomSearchPath(QStringLiteral(":/ksh"));
        return r;
    }();
    return *repo;
}
#endif

bool isDark(const QPalette &palette) { return palette.color(QPalette::Base).lightness() < 128; }

QColor blend(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

} // namespace

CodeView::CodeView(QWidget *parent) : QPlainTextEdit(parent), m_lineNumberArea(new LineNumberArea(this))
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setAccessibleName(tr("File contents"));

    connect(this, &QPlainTextEdit::blockCountChanged, this, &CodeView::updateLineNumberAreaWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &CodeView::updateLineNumberArea);
    connect(this, &QPlainTextEdit::cursorPositionChanged, m_lineNumberArea, qOverload<>(&QWidget::update));

#ifdef ENVLENS_HAVE_KSYNTAXHIGHLIGHTING
    m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document());
#endif
    applyThemeForPalette();
    updateLineNumberAreaWidth();
}

CodeView::~CodeView() = default;

bool CodeView::highlightingAvailable()
{
#ifdef ENVLENS_HAVE_KSYNTAXHIGHLIGHTING
    return true;
#else
    return false;
#endif
}

QString CodeView::syntaxForFileName(const QString &fileName)
{
    const QString name = QFileInfo(fileName).fileName();
    const QString lower = name.toLower();
    if (name == QLatin1String("MLmodel") || name == QLatin1String("MLproject") ||
        lower.endsWith(QLatin1String(".yaml")) || lower.endsWith(QLatin1String(".yml")))
        return QStringLiteral("YAML");
    if ((lower.startsWith(QLatin1String("requirements")) || lower.startsWith(QLatin1String("constraints")) ||
         lower.contains(QLatin1String("requirements"))) &&
        (lower.endsWith(QLatin1String(".txt")) || lower.endsWith(QLatin1String(".in"))))
        return QStringLiteral("pip requirements");
    if (lower.endsWith(QLatin1String(".py")) || lower.endsWith(QLatin1String(".pyi")))
        return QStringLiteral("Python");
    if (lower.endsWith(QLatin1String(".json")))
        return QStringLiteral("JSON");
    if (lower.endsWith(QLatin1String(".toml")) || lower == QLatin1String("uv.lock"))
        return QStringLiteral("TOML");
    if (lower.endsWith(QLatin1String(".sh")) || lower.endsWith(QLatin1String(".bash")))
        return QStringLiteral("Bash");
    if (lower.endsWith(QLatin1String(".md")))
        return QStringLiteral("Markdown");
    return QString();
}

void CodeView::setContent(const QString &fileName, const QString &text, const QString &syntaxName)
{
    m_markedLine = 0;
    setPlainText(text);
    m_syntaxName.clear();
#ifdef ENVLENS_HAVE_KSYNTAXHIGHLIGHTING
    const QString wanted = syntaxName.isEmpty() ? syntaxForFileName(fileName) : syntaxName;
    KSyntaxHighlighting::Definition definition =
        wanted.isEmpty() ? repository().definitionForFileName(fileName) : repository().definitionForName(wanted);
    m_highlighter->setDefinition(definition);
    m_syntaxName = definition.isValid() ? definition.name() : QString();
    m_highlighter->rehighlight();
#else
    Q_UNUSED(fileName)
    Q_UNUSED(syntaxName)
#endif
    updateExtraSelections();
}

QString CodeView::syntaxName() const { return m_syntaxName; }

QString CodeView::themeName() const { return m_themeName; }

int CodeView::currentLine() const { return textCursor().blockNumber() + 1; }

QColor CodeView::markColor() const
{
    return blend(palette().color(QPalette::Base), palette().color(QPalette::Highlight), isDark(palette()) ? 0.45 : 0.25);
}

void CodeView::goToLine(int line, int column)
{
    const QTextBlock block = document()->findBlockByNumber(qBound(1, line, blockCount()) - 1);
    QTextCursor cursor(block);
    if (column > 1)
        cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, qMin(column - 1, block.length() - 1));
    setTextCursor(cursor);
    m_markedLine = block.blockNumber() + 1;
    updateExtraSelections();
    centerCursor();
}

void CodeView::clearMark()
{
    m_markedLine = 0;
    updateExtraSelections();
}

void CodeView::updateExtraSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    if (m_markedLine > 0) {
        QTextEdit::ExtraSelection mark;
        mark.format.setBackground(markColor());
        mark.format.setProperty(QTextFormat::FullWidthSelection, true);
        mark.cursor = QTextCursor(document()->findBlockByNumber(m_markedLine - 1));
        selections.append(mark);
    }
    setExtraSelections(selections);
}

int CodeView::lineNumberAreaWidth() const
{
    int digits = 1;
    for (int max = qMax(1, blockCount()); max >= 10; max /= 10)
        ++digits;
    digits = qMax(digits, 3);
    return 8 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * digits + 8;
}

void CodeView::updateLineNumberAreaWidth() { setViewportMargins(lineNumberAreaWidth(), 0, 0, 0); }

void CodeView::updateLineNumberArea(const QRect &rect, int dy)
{
    if (dy != 0)
        m_lineNumberArea->scroll(0, dy);
    else
        m_lineNumberArea->update(0, rect.y(), m_lineNumberArea->width(), rect.height());
    if (rect.contains(viewport()->rect()))
        updateLineNumberAreaWidth();
}

void CodeView::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect area = contentsRect();
    m_lineNumberArea->setGeometry(QRect(area.left(), area.top(), lineNumberAreaWidth(), area.height()));
}

void CodeView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_applyingTheme) {
        applyThemeForPalette();
        updateExtraSelections();
    } else if (event->type() == QEvent::FontChange) {
        updateLineNumberAreaWidth();
    }
}

// Qt 6.4 has no colour-scheme API: the palette's lightness is the only signal of dark mode.
void CodeView::applyThemeForPalette()
{
    m_applyingTheme = true;
    const QPalette pal = palette();
    m_lineNumberBackground = blend(pal.color(QPalette::Base), pal.color(QPalette::Window), 0.5);
    m_lineNumberColor = blend(pal.color(QPalette::Text), pal.color(QPalette::Base), 0.55);
    m_currentLineNumberColor = pal.color(QPalette::Text);
    QString themeName;
#ifdef ENVLENS_HAVE_KSYNTAXHIGHLIGHTING
    const KSyntaxHighlighting::Theme theme = repository().defaultTheme(
        isDark(pal) ? KSyntaxHighlighting::Repository::DarkTheme : KSyntaxHighlighting::Repository::LightTheme);
    themeName = theme.name();
    if (themeName != m_themeName) {
        m_highlighter->setTheme(theme);
        m_highlighter->rehighlight();
    }
#endif
    m_applyingTheme = false;
    m_lineNumberArea->update();
    if (themeName != m_themeName) {
        m_themeName = themeName;
        emit themeChanged(m_themeName);
    }
}

void CodeView::paintLineNumbers(QPaintEvent *event)
{
    QPainter painter(m_lineNumberArea);
    painter.fillRect(event->rect(), m_lineNumberBackground);
    const int current = textCursor().blockNumber();
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    const int width = m_lineNumberArea->width() - 8;
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            const int number = block.blockNumber();
            QFont font = painter.font();
            font.setBold(number == current || number + 1 == m_markedLine);
            painter.setFont(font);
            painter.setPen(number == current ? m_currentLineNumberColor : m_lineNumberColor);
            painter.drawText(0, top, width, fontMetrics().height(), Qt::AlignRight, QString::number(number + 1));
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
    }
}

} // namespace envlens
