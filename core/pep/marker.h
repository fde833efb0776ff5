#pragma once

#include "common/error.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>

namespace envlens::pep {

namespace detail {
struct MarkerGroup;
}

// The values PEP 508 markers test: python_version, python_full_version, sys_platform, platform_system,
// platform_machine, platform_release, platform_version, platform_python_implementation, implementation_name,
// implementation_version, os_name. "extra" is passed to Marker::evaluate() separately.
struct MarkerEnvironment
{
    QHash<QString, QString> values;

    // CPython at pythonVersion ("3.10" or "3.10.12"; a missing micro part reads as 0) on one of the platforms
    // MLflow models are usually served on: "linux" (x86_64), "windows" (win32, AMD64) or "macos" (darwin, arm64).
    // Unknown platform words fall back to linux. platform_release/platform_version get representative values.
    static MarkerEnvironment target(const QString &pythonVersion, const QString &platform = QStringLiteral("linux"));
};

// A PEP 508 environment marker, parsed and evaluated as packaging 23 does (including its quirks: str() drops
// redundant double parentheses, only the first clause's extra value is normalised for display).
class Marker
{
public:
    // An empty marker: evaluates to true, prints as "".
    Marker() = default;
    // For the parser in this area; other code uses parse().
    explicit Marker(std::shared_ptr<const detail::MarkerGroup> root);

    // Errors carry packaging's message and the 1-based column of the span it points at.
    static Result<Marker> parse(QStringView text);

    // True when the marker holds in env. A marker packaging could not evaluate (an undefined variable, `~=`
    // against a non-version, a version comparison with an invalid version) counts as false here.
    bool evaluate(const MarkerEnvironment &env, const QString &extra = {}) const;
    // The same, but reports why evaluation failed (packaging raises there).
    Result<bool> evaluateChecked(const MarkerEnvironment &env, const QString &extra = {}) const;

    bool isEmpty() const { return !m_root; }
    // packaging's str(Marker).
    QString toString() const;
    // The canonical names of the environment variables the marker reads ("extra" included), sorted, unique.
    QStringList variables() const;

    friend bool operator==(const Marker &a, const Marker &b) { return a.toString() == b.toString(); }
    friend bool operator!=(const Marker &a, const Marker &b) { return !(a == b); }

private:
    std::shared_ptr<const detail::MarkerGroup> m_root;
};

} // namespace envlens::pep
