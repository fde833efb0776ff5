#include "compare/filediffview.h"

#include "common/codeview.h"
#include "common/icons.h"
#include "compare/changestyle.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBlock>
#include <QToolBar>
#include <QVBoxLayout>

namespace envlens {

namespace {

// QTextDocument breaks blocks at LF only reliably; TextDiff also breaks at CRLF and lone CR.
QString documentText(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

QString withoutCr(const QString &line)
{
    return line.endsWith(QLatin1Char('\r')) ? line.left(line.size() - 1) : line;
}

struct LineMarks
{
    QVector<int> lines; // 1-based
    QVector<QVector<CharRange>> characters; // per entry of lines
};

void applyMarks(CodeView *view, const LineMarks &marks, DiffChange change)
{
    QTextDocument *document = view->document();
    const QPalette palette = view->palette();
    QTextBlockFormat lineFormat;
    lineFormat.setBackground(ChangeStyle::background(change, palette, 0.16));
    QTextCharFormat charFormat;
    charFormat.setBackground(ChangeStyle::background(change, palette, 0.42));
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    for (int i = 0; i < marks.lines.size(); ++i) {
        const QTextBlock block = document->findBlockByNumber(marks.lines.at(i) - 1);
        if (!block.isValid())
            continue;
        cursor.setPosition(block.position());
        cursor.mergeBlockFormat(lineFormat);
        for (const CharRange &range : marks.characters.at(i)) {
            const int start = qMin(range.start, block.length() - 1);
            const int end = qMin(range.start + range.length, block.length() - 1);
            if (end <= start)
                continue;
            cursor.setPosition(block.position() + start);
            cursor.setPosition(block.position() + end, QTextCursor::KeepAnchor);
            cursor.mergeCharFormat(charFormat);
        }
    }
    cursor.endEditBlock();
}

CodeView *makeView(QWidget *parent, const QString &accessibleName)
{
    auto *view = new CodeView(parent);
    view->setAccessibleName(accessibleName);
    view->document()->setUndoRedoEnabled(false);
    return view;
}

} // namespace

FileDiffView::FileDiffView(QWidget *parent)
    : QWidget(parent),
      m_title(new QLabel(this)),
      m_summary(new QLabel(this)),
      m_oldHeader(new QLabel(this)),
      m_newHeader(new QLabel(this)),
      m_message(new QLabel(this)),
      m_stack(new QStackedWidget(this)),
      m_sideBySide(new QWidget(this)),
      m_oldView(makeView(this, tr("Old version"))),
      m_newView(makeView(this, tr("New version"))),
      m_unifiedView(makeView(this, tr("Unified diff"))),
      m_nextAction(new QAction(Icons::icon(Icons::Next), tr("Next Change"), this)),
      m_previousAction(new QAction(Icons::icon(Icons::Previous), tr("Previous Change"), this)),
      m_unifiedAction(new QAction(tr("Unified View"), this))
{
    setObjectName(QStringLiteral("fileDiffView"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setObjectName(QStringLiteral("fileDiffTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_summary->setTextFormat(Qt::PlainText);
    for (QLabel *header : { m_oldHeader, m_newHeader }) {
        header->setTextFormat(Qt::PlainText);
        header->setContentsMargins(4, 2, 4, 2);
    }
    m_message->setTextFormat(Qt::PlainText);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);

    m_nextAction->setObjectName(QStringLiteral("nextChangeAction"));
    m_nextAction->setShortcut(QKeySequence(Qt::Key_F7));
    m_nextAction->setToolTip(tr("Next change (F7)"));
    m_previousAction->setObjectName(QStringLiteral("previousChangeAction"));
    m_previousAction->setShortcut(QKeySequence(QStringLiteral("Shift+F7")));
    m_previousAction->setToolTip(tr("Previous change (Shift+F7)"));
    m_unifiedAction->setObjectName(QStringLiteral("unifiedViewAction"));
    m_unifiedAction->setCheckable(true);
    m_unifiedAction->setToolTip(tr("Show one unified diff instead of the two versions side by side"));
    for (QAction *action : { m_nextAction, m_previousAction, m_unifiedAction }) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    connect(m_nextAction, &QAction::triggered, this, &FileDiffView::nextChange);
    connect(m_previousAction, &QAction::triggered, this, &FileDiffView::previousChange);
    connect(m_unifiedAction, &QAction::toggled, this, &FileDiffView::setUnified);

    auto *toolBar = new QToolBar(this);
    toolBar->setIconSize(QSize(16, 16));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addWidget(m_title);
    auto *spacer = new QWidget(toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    toolBar->addWidget(m_summary);
    toolBar->addAction(m_previousAction);
    toolBar->addAction(m_nextAction);
    toolBar->addSeparator();
    toolBar->addAction(m_unifiedAction);

    auto *splitter = new QSplitter(Qt::Horizontal, m_sideBySide);
    splitter->setChildrenCollapsible(false);
    for (auto pair : { qMakePair(m_oldHeader, m_oldView), qMakePair(m_newHeader, m_newView) }) {
        auto *pane = new QWidget(splitter);
        auto *paneLayout = new QVBoxLayout(pane);
        paneLayout->setContentsMargins(0, 0, 0, 0);
        paneLayout->setSpacing(0);
        paneLayout->addWidget(pair.first);
        paneLayout->addWidget(pair.second);
        splitter->addWidget(pane);
    }
    auto *sideLayout = new QVBoxLayout(m_sideBySide);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(splitter);

    m_stack->addWidget(m_sideBySide);
    m_stack->addWidget(m_unifiedView);
    m_stack->addWidget(m_message);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolBar);
    layout->addWidget(m_stack, 1);

    connect(m_oldView->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] { syncScroll(Side::Old); });
    connect(m_newView->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] { syncScroll(Side::New); });
    connect(m_oldView->horizontalScrollBar(), &QScrollBar::valueChanged, m_newView->horizontalScrollBar(),
        &QScrollBar::setValue);
    connect(m_newView->horizontalScrollBar(), &QScrollBar::valueChanged, m_oldView->horizontalScrollBar(),
        &QScrollBar::setValue);
    clear();
}

FileDiffView::~FileDiffView() = default;

void FileDiffView::clear()
{
    setMessage(QString(), tr("Select a file to see how it changed."));
}

void FileDiffView::setMessage(const QString &path, const QString &message)
{
    m_path = path;
    m_changes.clear();
    m_unifiedChangeLines.clear();
    m_oldToNew.clear();
    m_newToOld.clear();
    m_current = -1;
    m_title->setText(QDir::toNativeSeparators(path));
    m_summary->clear();
    m_message->setText(message);
    m_stack->setCurrentWidget(m_message);
    updateActions();
}

bool FileDiffView::isShowingText() const
{
    return m_stack->currentWidget() != m_message;
}

void FileDiffView::setTexts(
    const QString &path, const QString &oldText, const QString &newText, bool existsOld, bool existsNew)
{
    m_path = path;
    m_existsOld = existsOld;
    m_existsNew = existsNew;
    m_current = -1;
    m_title->setText(QDir::toNativeSeparators(path));
    buildSideBySide(oldText, newText);
    buildUnified(oldText, newText);
    updateHeaders();
    m_summary->setText(m_changes.isEmpty() ? tr("No changes  ") : tr("%n change(s)  ", nullptr, int(m_changes.size())));
    m_stack->setCurrentWidget(m_unified ? static_cast<QWidget *>(m_unifiedView) : m_sideBySide);
    updateActions();
}

void FileDiffView::updateHeaders()
{
    m_oldHeader->setText(m_existsOld ? tr("Old") : tr("Old (absent)"));
    m_newHeader->setText(m_existsNew ? tr("New") : tr("New (absent)"));
    m_oldHeader->setStyleSheet(
        QStringLiteral("background: %1").arg(ChangeStyle::background(DiffChange::Removed, palette(), 0.25).name()));
    m_newHeader->setStyleSheet(
        QStringLiteral("background: %1").arg(ChangeStyle::background(DiffChange::Added, palette(), 0.25).name()));
}

void FileDiffView::buildSideBySide(const QString &oldText, const QString &newText)
{
    m_changes.clear();
    m_oldToNew.clear();
    m_newToOld.clear();
    LineMarks removed;
    LineMarks added;
    int lastOld = 0;
    int lastNew = 0;
    const QVector<DiffHunk> hunks = TextDiff::hunks(oldText, newText, -1);
    const auto mapContextUpTo = [this, &lastOld, &lastNew](int oldLine, int newLine) {
        // Lines outside the (single, whole-file) hunk are unchanged and pair one to one.
        while (lastOld + 1 < oldLine && lastNew + 1 < newLine) {
            ++lastOld;
            ++lastNew;
            m_oldToNew.append(lastNew);
            m_newToOld.append(lastOld);
        }
    };
    for (const DiffHunk &hunk : hunks) {
        mapContextUpTo(hunk.oldStart, hunk.newStart);
        const QVector<DiffLine> &lines = hunk.lines;
        for (int i = 0; i < lines.size();) {
            const DiffLine &line = lines.at(i);
            if (line.op == DiffLine::Op::Context) {
                m_oldToNew.append(line.newLine);
                m_newToOld.append(line.oldLine);
                lastOld = line.oldLine;
                lastNew = line.newLine;
                ++i;
                continue;
            }
            QVector<const DiffLine *> gone;
            QVector<const DiffLine *> come;
            for (; i < lines.size() && lines.at(i).op != DiffLine::Op::Context; ++i)
                (lines.at(i).op == DiffLine::Op::Removed ? gone : come).append(&lines.at(i));
            Change change;
            change.oldLine = gone.isEmpty() ? lastOld + 1 : gone.first()->oldLine;
            change.oldCount = int(gone.size());
            change.newLine = come.isEmpty() ? lastNew + 1 : come.first()->newLine;
            change.newCount = int(come.size());
            m_changes.append(change);
            for (int k = 0; k < gone.size(); ++k) {
                m_oldToNew.append(change.newLine + qMin(k, qMax(0, change.newCount - 1)));
                removed.lines.append(gone.at(k)->oldLine);
                removed.characters.append(QVector<CharRange>());
            }
            for (int k = 0; k < come.size(); ++k) {
                m_newToOld.append(change.oldLine + qMin(k, qMax(0, change.oldCount - 1)));
                added.lines.append(come.at(k)->newLine);
                added.characters.append(QVector<CharRange>());
            }
            // Pair the lines of a change in order: the i-th old line became the i-th new line.
            const int pairs = int(qMin(gone.size(), come.size()));
            for (int k = 0; k < pairs; ++k) {
                const IntraLineDiff intra
                    = TextDiff::intraLine(withoutCr(gone.at(k)->text), withoutCr(come.at(k)->text));
                removed.characters[removed.characters.size() - gone.size() + k] = intra.oldRanges;
                added.characters[added.characters.size() - come.size() + k] = intra.newRanges;
            }
            if (!gone.isEmpty())
                lastOld = gone.last()->oldLine;
            if (!come.isEmpty())
                lastNew = come.last()->newLine;
        }
    }
    m_oldView->setContent(m_path, documentText(oldText));
    m_newView->setContent(m_path, documentText(newText));
    mapContextUpTo(m_oldView->blockCount() + 1, m_newView->blockCount() + 1);
    applyMarks(m_oldView, removed, DiffChange::Removed);
    applyMarks(m_newView, added, DiffChange::Added);
}

void FileDiffView::buildUnified(const QString &oldText, const QString &newText)
{
    m_unifiedChangeLines.clear();
    const QString unified
        = TextDiff::unifiedDiff(oldText, newText, m_existsOld ? m_path : QString(), m_existsNew ? m_path : QString());
    const QString text = documentText(unified);
    m_unifiedView->setContent(QStringLiteral("changes.diff"), text, QStringLiteral("Diff"));
    LineMarks removed;
    LineMarks added;
    const QStringList lines = text.split(QLatin1Char('\n'));
    bool inRun = false;
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        const bool header = i < 2 && (line.startsWith(QLatin1String("--- ")) || line.startsWith(QLatin1String("+++ ")));
        const bool minus = !header && line.startsWith(QLatin1Char('-'));
        const bool plus = !header && line.startsWith(QLatin1Char('+'));
        // "\ No newline at end of file" belongs to the run it follows.
        const bool note = line.startsWith(QLatin1Char('\\'));
        if ((minus || plus) && !inRun)
            m_unifiedChangeLines.append(i + 1);
        inRun = minus || plus || (note && inRun);
        if (minus || plus) {
            (minus ? removed : added).lines.append(i + 1);
            (minus ? removed : added).characters.append(QVector<CharRange>());
        }
    }
    applyMarks(m_unifiedView, removed, DiffChange::Removed);
    applyMarks(m_unifiedView, added, DiffChange::Added);
}

void FileDiffView::setUnified(bool unified)
{
    m_unified = unified;
    if (m_unifiedAction->isChecked() != unified)
        m_unifiedAction->setChecked(unified);
    if (isShowingText())
        m_stack->setCurrentWidget(unified ? static_cast<QWidget *>(m_unifiedView) : m_sideBySide);
    if (m_current >= 0)
        goToChange(m_current);
}

void FileDiffView::nextChange()
{
    if (m_current + 1 < m_changes.size())
        goToChange(m_current + 1);
}

void FileDiffView::previousChange()
{
    if (m_current > 0)
        goToChange(m_current - 1);
    else if (m_current < 0 && !m_changes.isEmpty())
        goToChange(0);
}

void FileDiffView::goToChange(int index)
{
    if (index < 0 || index >= m_changes.size())
        return;
    m_current = index;
    const Change &change = m_changes.at(index);
    m_syncing = true;
    m_oldView->goToLine(qMax(1, change.oldLine));
    m_newView->goToLine(qMax(1, change.newLine));
    // A side without lines in this change only scrolls there: marking its neighbour would mislead.
    if (change.oldCount == 0)
        m_oldView->clearMark();
    if (change.newCount == 0)
        m_newView->clearMark();
    m_syncing = false;
    if (index < m_unifiedChangeLines.size())
        m_unifiedView->goToLine(m_unifiedChangeLines.at(index));
    updateActions();
    emit currentChangeChanged(index);
}

int FileDiffView::counterpartLine(Side from, int line) const
{
    const QVector<int> &map = from == Side::Old ? m_oldToNew : m_newToOld;
    if (map.isEmpty() || line < 1)
        return qMax(1, line);
    if (line <= map.size())
        return map.at(line - 1);
    return map.last() + (line - int(map.size()));
}

void FileDiffView::syncScroll(Side from)
{
    if (m_syncing)
        return;
    m_syncing = true;
    CodeView *source = view(from);
    CodeView *target = view(from == Side::Old ? Side::New : Side::Old);
    // Without wrapping, a plain-text view's scroll value is its first visible line (0-based).
    const int first = source->verticalScrollBar()->value() + 1;
    target->verticalScrollBar()->setValue(counterpartLine(from, first) - 1);
    m_syncing = false;
}

void FileDiffView::updateActions()
{
    const bool text = isShowingText();
    m_nextAction->setEnabled(text && m_current + 1 < m_changes.size());
    m_previousAction->setEnabled(text && m_current > 0);
    m_unifiedAction->setEnabled(text);
}

CodeView *FileDiffView::view(Side side) const
{
    switch (side) {
    case Side::Old:
        return m_oldView;
    case Side::New:
        return m_newView;
    case Side::Unified:
        return m_unifiedView;
    }
    return m_oldView;
}

QVector<int> FileDiffView::markedLines(Side side) const
{
    QVector<int> lines;
    for (QTextBlock block = view(side)->document()->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().hasProperty(QTextFormat::BackgroundBrush))
            lines.append(block.blockNumber() + 1);
    }
    return lines;
}

QVector<CharRange> FileDiffView::markedCharacters(Side side, int line) const
{
    QVector<CharRange> ranges;
    const QTextBlock block = view(side)->document()->findBlockByNumber(line - 1);
    for (QTextBlock::iterator it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (fragment.isValid() && fragment.charFormat().hasProperty(QTextFormat::BackgroundBrush))
            ranges.append(CharRange { fragment.position() - block.position(), fragment.length() });
    }
    return ranges;
}

} // namespace envlens
