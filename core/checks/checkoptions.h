#pragma once

#include <QString>

namespace envlens {

// What the user chose for a check run (the CLI's --platform, the GUI's setting).
struct CheckOptions
{
    QString platform = QStringLiteral("linux"); // target platform for markers: linux, windows, macos
};

} // namespace envlens
