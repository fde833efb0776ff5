#pragma once

#include <QIcon>

namespace envlens {

/**
 * The application's icons: the desktop theme's icon when it has one, otherwise a bundled icon
 * drawn as vectors, so it stays sharp at every scale (and needs no SVG plugin).
 */
class Icons
{
public:
    enum Id {
        App,
        OpenFolder,
        OpenZip,
        Folder,
        Archive,
        TextFile,
        PythonFile,
        EnvironmentFile,
        Package,
        Flavor,
        Constraint,
        Locked,
        Model,
        Error,
        Warning,
        Info,
        Ok,
        Find,
        Next,
        Previous,
        Close,
        Example,
        GoToLine,
    };

    static QIcon icon(Id id);
    /** The bundled drawing only, ignoring the theme (the window icon, tests). */
    static QIcon bundled(Id id);
};

} // namespace envlens
