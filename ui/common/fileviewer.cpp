#include "common/fileviewer.h"

#include "common/codeview.h"
#include "common/findbar.h"

#include <QAction>
#include <QLabel>
#include <QLocale>
#include <QMimeDatabase>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace envlens {

FileViewer::FileViewer(QWidget *parent)
    : QWidget(parent), m_header(new QLabel(this)), m_stack(new QStackedWidget(this)), m_codeView(new CodeView(this)),
      m_findBar(new FindBar(m_codeView, this)), m_goToLineBar(new GoToLineBar(this)), m_binaryInfo(new QLabel(this))
{
    setObjectName(QStringLiteral("fileViewer"));
    m_codeView->setObjectName(QStringLiteral("codeView"));
    m_header->setObjectName(QStringLiteral("fileViewerHeader"));
    m_header->setTextFormat(Qt::PlainText);
    m_header->setContentsMargins(6, 3, 6, 3);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont headerFont = m_header->font();
    headerFont.setBold(true);
    m_header->setFont(headerFont);

    m_binaryInfo->setObjectName(QStringLiteral("binaryInfo"));
    m_binaryInfo->setTextFormat(Qt::PlainText);
    m_binaryInfo->setAlignment(Qt::AlignCenter);
    m_binaryInfo->setWordWrap(true);
    m_binaryInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *textPage = new QWidget(this);
    auto *textLayout = new QVBoxLayout(textPage);
    textLayout->setContentsMargins(0, 0, 0, 0);
    textLayout->setSpacing(0);
    textLayout->addWidget(m_codeView, 1);
    textLayout->addWidget(m_goToLineBar);
    textLayout->addWidget(m_findBar);
    m_stack->addWidget(textPage);
    m_stack->addWidget(m_binaryInfo);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_stack, 1);

    // Shortcuts live on the viewer so they work wherever focus is inside it, and only there.
    auto addShortcut = [this](const QKeySequence &keys, auto slot) {
        auto *action = new QAction(this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    addShortcut(QKeySequence::Find, [this] { showFindBar(); });
    addShortcut(QKeySequence::FindNext, [this] { m_findBar->text().isEmpty() ? showFindBar() : void(m_findBar->findNext()); });
    addShortcut(QKeySequence::FindPrevious, [this] { m_findBar->findPrevious(); });
    addShortcut(QKeySequence(QStringLiteral("Ctrl+G")), [this] { showGoToLineBar(); });

    connect(m_goToLineBar, &GoToLineBar::lineRequested, this, [this](int line) {
        goToLine(line);
        m_codeView->setFocus(Qt::OtherFocusReason);
    });
    clear();
}

void FileViewer::showText(const QString &displayPath, const QString &text, const QString &syntaxName)
{
    m_displayPath = displayPath;
    m_header->setText(displayPath);
    m_codeView->setContent(displayPath, text, syntaxName);
    m_stack->setCurrentIndex(0);
}

void FileViewer::showBinary(const QString &displayPath, qint64 size, const QString &type)
{
    m_displayPath = displayPath;
    m_header->setText(displayPath);
    m_codeView->setContent(QString(), QString());
    const QString mimeType = type.isEmpty() ? QMimeDatabase().mimeTypeForFile(displayPath, QMimeDatabase::MatchExtension).comment()
                                            : type;
    m_binaryInfo->setText(tr("%1\n\n%2 (%3 bytes)\n%4\n\nEnvLens lists this file but never opens or runs it.")
                              .arg(displayPath, QLocale().formattedDataSize(size), QLocale().toString(size), mimeType));
    m_stack->setCurrentIndex(1);
}

void FileViewer::clear()
{
    m_displayPath.clear();
    m_header->setText(tr("No file selected"));
    m_codeView->setContent(QString(), QString());
    m_findBar->hide();
    m_goToLineBar->hide();
    m_stack->setCurrentIndex(0);
}

bool FileViewer::isShowingBinary() const { return m_stack->currentIndex() == 1; }

void FileViewer::goToLine(int line, int column)
{
    if (isShowingBinary())
        return;
    m_codeView->goToLine(line, column);
}

void FileViewer::showFindBar()
{
    if (isShowingBinary())
        return;
    m_goToLineBar->hide();
    m_findBar->activate();
}

void FileViewer::showGoToLineBar()
{
    if (isShowingBinary())
        return;
    m_findBar->hide();
    m_goToLineBar->activate(m_codeView->currentLine(), m_codeView->blockCount());
}

} // namespace envlens
