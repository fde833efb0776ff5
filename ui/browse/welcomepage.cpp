#include "browse/welcomepage.h"

#include "common/icons.h"
#include "common/settings.h"

#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace envlens {

namespace {

QPushButton *makeButton(QWidget *parent, Icons::Id icon, const QString &text, const QString &objectName)
{
    auto *button = new QPushButton(Icons::icon(icon), text, parent);
    button->setObjectName(objectName);
    button->setIconSize(QSize(24, 24));
    button->setMinimumHeight(36);
    button->setAccessibleName(text);
    return button;
}

} // namespace

WelcomePage::WelcomePage(QWidget *parent) : QWidget(parent), m_recent(new QListWidget(this))
{
    setObjectName(QStringLiteral("welcomePage"));

    auto *logo = new QLabel(this);
    logo->setPixmap(Icons::bundled(Icons::App).pixmap(64, 64));
    logo->setAlignment(Qt::AlignCenter);

    auto *title = new QLabel(tr("Welcome to EnvLens"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);

    auto *intro = new QLabel(tr("Open an MLflow model to see its environment: requirements, conda and "
                                "virtualenv files, Python versions, code and the conflicts between them. "
                                "You can also drop a model folder, a zip or an MLmodel file on this window."),
                             this);
    intro->setWordWrap(true);
    intro->setAlignment(Qt::AlignCenter);

    auto *openFolder = makeButton(this, Icons::OpenFolder, tr("Open Model Folder…"), QStringLiteral("welcomeOpenFolder"));
    auto *openZip = makeButton(this, Icons::OpenZip, tr("Open Model Zip…"), QStringLiteral("welcomeOpenZip"));
    auto *openExample = makeButton(this, Icons::Example, tr("Open the Example Model"), QStringLiteral("welcomeOpenExample"));
    connect(openFolder, &QPushButton::clicked, this, &WelcomePage::openFolderRequested);
    connect(openZip, &QPushButton::clicked, this, &WelcomePage::openZipRequested);
    connect(openExample, &QPushButton::clicked, this, &WelcomePage::openExampleRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(openFolder);
    buttons->addWidget(openZip);
    buttons->addWidget(openExample);

    auto *recentLabel = new QLabel(tr("Recent models:"), this);
    recentLabel->setBuddy(m_recent);
    m_recent->setObjectName(QStringLiteral("recentList"));
    m_recent->setAccessibleName(tr("Recent models"));
    m_recent->setIconSize(QSize(20, 20));
    m_recent->setMinimumHeight(120);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit openRecentRequested(item->data(Qt::UserRole).toString());
    });

    auto *column = new QVBoxLayout;
    column->addStretch(1);
    column->addWidget(logo);
    column->addWidget(title);
    column->addSpacing(8);
    column->addWidget(intro);
    column->addSpacing(16);
    column->addLayout(buttons);
    column->addSpacing(16);
    column->addWidget(recentLabel);
    column->addWidget(m_recent, 2);
    column->addStretch(1);

    // A centred column of readable width, whatever the window size.
    auto *content = new QWidget(this);
    content->setLayout(column);
    content->setMaximumWidth(720);
    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addWidget(content, 4);
    outer->addStretch(1);

    connect(&Settings::instance(), &Settings::recentFilesChanged, this, &WelcomePage::refreshRecent);
    refreshRecent();
}

void WelcomePage::refreshRecent()
{
    m_recent->clear();
    const QStringList files = Settings::instance().recentFiles();
    for (const QString &path : files) {
        const QFileInfo info(path);
        auto *item = new QListWidgetItem(Icons::icon(info.isDir() ? Icons::Folder : Icons::Archive),
                                         info.fileName() + QStringLiteral("  —  ") + info.absolutePath(), m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
    }
    if (files.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No recent models yet"), m_recent);
        item->setFlags(Qt::NoItemFlags);
    }
}

} // namespace envlens
