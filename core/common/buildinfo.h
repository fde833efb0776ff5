#pragma once

#include <QString>

namespace envlens {

// Versions of EnvLens and of the libraries it was built with, for --version and the About box.
struct BuildInfo
{
    static QString envlensVersion();
    static QString qtVersion();
    static QString yamlCppVersion();
    static QString quazipVersion();
};

} // namespace envlens
