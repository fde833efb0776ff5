#include "common/aboutdialog.h"

#include "common/icons.h"

#include "common/buildinfo.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#ifdef ENVLENS_HAVE_KSYNTAXHIGHLIGHTING
#if __has_include(<ksyntaxhighlighting_version.h>)
#include <ksyntaxhighlighting_version.h>
#endif
#endif

namespace envlens {

QString AboutDialog::syntaxHighlightingVersion()
{
#if defined(ENVLENS_HAVE_KSYNTAXHIGHLIGHTING) && defined(SyntaxHighlighting_VERSION_STRING)
    return QStringLiteral(SyntaxHighlighting_VERSION_STRING);
#elif defined(ENVLENS_HAVE_KSYNTAXHIGHLIGHTING)
    return tr("built in (version unknown)");
#else
    return tr("not built in");
#endif
}

QList<QPair<QString, QString>> AboutDialog::componentVersions()
{
    return {
        {tr("EnvLens"), BuildInfo::envlensVersion()},
        {tr("Qt"), BuildInfo::qtVersion() + QLatin1String(" (") + tr("built with %1").arg(QLatin1String(QT_VERSION_STR)) +
                       QLatin1Char(')')},
        {tr("yaml-cpp"), BuildInfo::yamlCppVersion()},
        {tr("QuaZip"), BuildInfo::quazipVersion()},
        {tr("KSyntaxHighlighting"), syntaxHighlightingVersion()},
    };
}

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About EnvLens"));

    auto *icon = new QLabel(this);
    icon->setPixmap(Icons::bundled(Icons::App).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);

    auto *title = new QLabel(tr("EnvLens %1").arg(BuildInfo::envlensVersion()), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto *summary = new QLabel(tr("Inspect and repair the environments of MLflow models: requirements, conda and "
                                  "virtualenv files, Python versions and the code shipped with a model. EnvLens "
                                  "never loads model weights and never runs code from a model."),
                               this);
    summary->setWordWrap(true);
    summary->setTextFormat(Qt::PlainText);

    auto *versions = new QFormLayout;
    const auto components = componentVersions();
    for (const auto &[name, version] : components) {
        auto *value = new QLabel(version, this);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setObjectName(QStringLiteral("version_") + name);
        versions->addRow(name + QLatin1Char(':'), value);
    }

    auto *text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(summary);
    text->addSpacing(8);
    text->addLayout(versions);

    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addSpacing(12);
    top->addLayout(text, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

} // namespace envlens
