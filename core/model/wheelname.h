#pragma once

#include <QString>

#include <optional>

namespace envlens {

// What a wheel's file name says (PEP 427: {distribution}-{version}(-{build})?-{python}-{abi}-{platform}.whl).
struct WheelName
{
    QString distribution;   // as written in the file name ("foo_bar")
    QString name;           // PEP 503 normalised ("foo-bar")
    QString version;
};

// std::nullopt when `fileName` (a base name or a path) is not a well-formed wheel file name.
std::optional<WheelName> parseWheelName(const QString &fileName);

} // namespace envlens
