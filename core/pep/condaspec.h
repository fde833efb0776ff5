#pragma once

#include "common/error.h"
#include "pep/condaversion.h"
#include "pep/specifierset.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>
#include <optional>

namespace envlens::pep {

namespace detail {
struct CondaVersionNode;
}

// A conda MatchSpec as conda.yaml dependencies write it: "numpy", "numpy=1.11" (fuzzy: 1.11.*), "numpy==1.11",
// "numpy>=1.2,<2", "numpy 1.11 py39_0", "numpy=1.11.2=*nomkl*", "pytorch::pytorch",
// "conda-forge/linux-64::numpy[version='>=1.2', build=py39*]", "numpy 1.2|1.4.*,>1.4" ('|' alternatives, ','
// binding tighter, parentheses). Parsing follows conda's MatchSpec._parse_spec_str and VersionSpec.
class CondaMatchSpec
{
public:
    CondaMatchSpec() = default;
    static Result<CondaMatchSpec> parse(QStringView text);

    QString text() const { return m_text; } // as given
    QString channel() const { return m_channel; } // "" when not given
    QString subdir() const { return m_subdir; }
    QString name() const { return m_name; }
    QString versionSpec() const { return m_version; } // conda's version expression after '=' translation; "" = any
    QString build() const { return m_build; } // build string glob, "" = any

    // Does the version satisfy the version expression? (The build string is not looked at.)
    bool matches(const CondaVersion &version) const;
    // Does a build string satisfy the build glob ('*' wildcards; no glob admits every build)?
    bool matchesBuild(QStringView build) const;
    // The version when the spec pins exactly one ("==1.2", "1.2", "=1.2=build"); nullopt otherwise.
    std::optional<QString> exactVersion() const;

    // Can this spec and a pip specifier set admit a common version? conda and pip order versions differently,
    // so this is decided on witnesses: every version either side names, the same with a ".0"/".1" suffix, with
    // each release component bumped up or down and with the shorter prefixes bumped, is tried against both
    // (pip with pre-releases allowed, as the satisfiability check does). Any witness accepted by both gives true.
    // Exact for the usual shapes (pins, ranges, fuzzy prefixes, !=); it can miss an agreement only when both
    // sides admit nothing but versions far from every bound either of them names.
    bool compatibleWith(const SpecifierSet &pip) const;

private:
    QString m_text;
    QString m_channel;
    QString m_subdir;
    QString m_name;
    QString m_version;
    QString m_build;
    std::shared_ptr<const detail::CondaVersionNode> m_tree; // null: any version
};

} // namespace envlens::pep
