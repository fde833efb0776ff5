#pragma once

#include <QWidget>

class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace envlens {

/** What the window shows when no model is open: the ways to open one and the recent models. */
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    QListWidget *recentList() const { return m_recent; }

Q_SIGNALS:
    void openFolderRequested();
    void openZipRequested();
    void openExampleRequested();
    void openRecentRequested(const QString &path);

private:
    void refreshRecent();

    QListWidget *m_recent;
};

} // namespace envlens
