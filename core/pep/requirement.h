#pragma once

#include "common/error.h"
#include "pep/marker.h"
#include "pep/specifierset.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace envlens::pep {

// A PEP 508 dependency specifier ("name[extras] specifiers ; marker" or "name[extras] @ url ; marker"),
// accepted, rejected and printed exactly as packaging 23's Requirement.
class Requirement
{
public:
    Requirement() = default;

    // Syntax errors carry packaging's message ("Expected end or semicolon (after version specifier)", ...) and
    // the 1-based column where packaging's error span starts. Invalid URLs, specifiers and string literals are
    // errors too (packaging raises other exception types for them).
    static Result<Requirement> parse(QStringView text);

    QString name() const { return m_name; } // as written
    QString normalizedName() const; // PEP 503
    QStringList extras() const { return m_extras; } // as written, unique, sorted
    SpecifierSet specifier() const { return m_specifier; }
    QString url() const { return m_url; } // empty when not a URL requirement
    std::optional<Marker> marker() const { return m_marker; }

    // packaging's str(Requirement), e.g. "Foo[a,b]<2,>=1.0; python_version >= \"3.8\"" or "foo@ https://x/y.whl".
    QString toString() const;

private:
    QString m_name;
    QStringList m_extras;
    SpecifierSet m_specifier;
    QString m_url;
    std::optional<Marker> m_marker;
};

} // namespace envlens::pep
