#pragma once

#include <QDialog>

namespace envlens {

/** Help → About EnvLens: what the program is and the versions it was built with. */
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    /** "not built in" when the build has no KSyntaxHighlighting. */
    static QString syntaxHighlightingVersion();
    /** Name and version pairs, in display order. */
    static QList<QPair<QString, QString>> componentVersions();
};

} // namespace envlens
