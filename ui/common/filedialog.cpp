#include "common/filedialog.h"

#include "common/settings.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

namespace envlens {

FileDialog &FileDialog::instance()
{
    static FileDialog dialog;
    return dialog;
}

void FileDialog::setNextFileName(const QString &fileName)
{
    m_nextFileName = fileName;
    m_hasNext = true;
}

bool FileDialog::takeNext(QString *fileName)
{
    if (!m_hasNext)
        return false;
    *fileName = m_nextFileName;
    m_hasNext = false;
    m_nextFileName.clear();
    return true;
}

void FileDialog::remember(const QString &chosen, bool isDirectory)
{
    if (chosen.isEmpty())
        return;
    const QFileInfo info(chosen);
    Settings::instance().setLastDialogDirectory(isDirectory ? info.absolutePath() : info.absoluteDir().path());
}

QString FileDialog::getExistingDirectory(QWidget *parent, const QString &caption)
{
    QString chosen;
    if (!takeNext(&chosen))
        chosen = QFileDialog::getExistingDirectory(parent, caption, Settings::instance().lastDialogDirectory());
    remember(chosen, true);
    return chosen;
}

QString FileDialog::getOpenFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    QString chosen;
    if (!takeNext(&chosen))
        chosen = QFileDialog::getOpenFileName(parent, caption, Settings::instance().lastDialogDirectory(), filter);
    remember(chosen, false);
    return chosen;
}

QString FileDialog::getSaveFileName(QWidget *parent, const QString &caption, const QString &filter,
                                    const QString &suggestedName)
{
    QString chosen;
    if (!takeNext(&chosen)) {
        const QString start = QDir(Settings::instance().lastDialogDirectory()).filePath(suggestedName);
        chosen = QFileDialog::getSaveFileName(parent, caption, start, filter);
    }
    remember(chosen, false);
    return chosen;
}

} // namespace envlens
