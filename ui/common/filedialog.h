#pragma once

#include <QString>

class QWidget;

namespace envlens {

/**
 * File dialogs behind a seam: tests queue the answer with setNextFileName() and no modal dialog
 * ever opens. Remembers the last folder in Settings.
 */
class FileDialog
{
public:
    static FileDialog &instance();

    QString getExistingDirectory(QWidget *parent, const QString &caption);
    QString getOpenFileName(QWidget *parent, const QString &caption, const QString &filter);
    QString getSaveFileName(QWidget *parent, const QString &caption, const QString &filter,
                            const QString &suggestedName = QString());

    /** The next dialog returns this (an empty string means "cancelled") without showing anything. */
    void setNextFileName(const QString &fileName);

private:
    FileDialog() = default;
    bool takeNext(QString *fileName);
    void remember(const QString &chosen, bool isDirectory);

    QString m_nextFileName;
    bool m_hasNext = false;
};

} // namespace envlens
