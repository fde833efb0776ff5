#include "savepreviewdialog.h"

#include "common/codeview.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QSyntaxHighlighter>
#include <QVBoxLayout>

namespace envlens {

namespace {

std::optional<bool> g_nextAnswer;
QString g_lastDiff;

// Builds without KSyntaxHighlighting still get added and removed lines told apart.
class PlainDiffHighlighter : public QSyntaxHighlighter
{
public:
    using QSyntaxHighlighter::QSyntaxHighlighter;

protected:
    void highlightBlock(const QString &text) override
    {
        QTextCharFormat format;
        if (text.startsWith(QLatin1String("+++")) || text.startsWith(QLatin1String("---"))) {
            format.setFontWeight(QFont::Bold);
        } else if (text.startsWith(QLatin1Char('+'))) {
            format.setForeground(QColor(0x1a, 0x7f, 0x37));
            format.setBackground(QColor(46, 160, 67, 40));
        } else if (text.startsWith(QLatin1Char('-'))) {
            format.setForeground(QColor(0xcf, 0x22, 0x2e));
            format.setBackground(QColor(248, 81, 73, 40));
        } else if (text.startsWith(QLatin1String("@@"))) {
            format.setForeground(QColor(0x82, 0x50, 0xdf));
        } else {
            return;
        }
        setFormat(0, int(text.size()), format);
    }
};

} // namespace

SavePreviewDialog::SavePreviewDialog(const ChangeSet &changes, const QString &target, QWidget *parent)
    : QDialog(parent), m_changes(changes), m_files(new QListWidget(this)), m_view(new CodeView(this))
{
    setObjectName(QStringLiteral("savePreviewDialog"));
    setWindowTitle(tr("Review Changes"));
    // Spelled out rather than "%n file(s)": English plurals would otherwise need an English catalogue.
    const QString where = QDir::toNativeSeparators(target);
    auto *intro = new QLabel(changes.files.size() == 1
                                 ? tr("Saving changes 1 file in %1:").arg(where)
                                 : tr("Saving changes %1 files in %2:").arg(changes.files.size()).arg(where),
                             this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);

    m_files->setObjectName(QStringLiteral("changedFiles"));
    m_files->setAccessibleName(tr("Changed files"));
    for (const FileChange &file : changes.files)
        m_files->addItem(file.created ? tr("%1 (new)").arg(file.path) : file.path);
    m_view->setObjectName(QStringLiteral("diffView"));
    m_view->setAccessibleName(tr("Changes of the selected file"));
    if (!CodeView::highlightingAvailable())
        new PlainDiffHighlighter(m_view->document());
    connect(m_files, &QListWidget::currentRowChanged, this, &SavePreviewDialog::showFile);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_files);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    auto *warnings = new QLabel(changes.warnings.join(QLatin1Char('\n')), this);
    warnings->setObjectName(QStringLiteral("saveWarnings"));
    warnings->setTextFormat(Qt::PlainText);
    warnings->setWordWrap(true);
    warnings->setVisible(!changes.warnings.isEmpty());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);
    layout->addWidget(warnings);
    layout->addWidget(buttons);
    resize(860, 520);
    if (!changes.files.isEmpty())
        m_files->setCurrentRow(0);
}

void SavePreviewDialog::showFile(int index)
{
    if (index < 0 || index >= m_changes.files.size())
        return;
    const FileChange &file = m_changes.files.at(index);
    m_view->setContent(file.path + QStringLiteral(".diff"), file.diff, QStringLiteral("Diff"));
}

bool SavePreviewDialog::review(QWidget *parent, const ChangeSet &changes, const QString &target)
{
    g_lastDiff = changes.unifiedDiff();
    if (g_nextAnswer) {
        const bool answer = *g_nextAnswer;
        g_nextAnswer.reset();
        return answer;
    }
    SavePreviewDialog dialog(changes, target, parent);
    return dialog.exec() == QDialog::Accepted;
}

void SavePreviewDialog::setNextAnswer(bool save) { g_nextAnswer = save; }

QString SavePreviewDialog::lastDiff() { return g_lastDiff; }

} // namespace envlens
