#pragma once

#include "common/error.h"
#include "pep/marker.h"
#include "pep/requirement.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace envlens::pep {

// One option as pip's optparse saw it, with the long spelling ("--index-url" for "-i", "--index", "--pypi-url").
struct PipOption
{
    QString name;
    QString value; // empty for flags such as --pre
};

// A logical line of a requirements file as pip (23.x) reads it. The file reader has already joined
// continuation lines and removed comments. Nothing is expanded, fetched or opened: `${VAR}` stays as text.
struct PipLine
{
    enum class Kind {
        Empty,
        Requirement, // a PEP 508 requirement (possibly "name @ url")
        Include, // -r / --requirement
        Constraint, // -c / --constraint
        Option, // --index-url, --extra-index-url, --find-links, --no-index, --pre, --trusted-host, ...
        Editable, // -e / --editable
        Path, // a local directory or archive, ./pkg, /abs/x.whl, dbfs:/...
        Url, // an archive or VCS URL without a name, https://.../x.whl, git+https://...
        Invalid
    };

    Kind kind = Kind::Empty;
    QString text; // the logical line as given
    std::optional<pep::Requirement> requirement;
    QString target; // include/constraint file, editable/path/url, or the value of `option`
    QString option; // canonical option name for Include/Constraint/Option/Editable lines, e.g. "--index-url"
    QList<PipOption> options; // every option on the line, in order (per-requirement ones included)
    QStringList hashes; // "sha256:..." from --hash options
    std::optional<Marker> marker; // "; marker" after a path or URL (pip's own split rules)
    QString wheelName, wheelVersion; // PEP 427 parts when target (or the URL) names a .whl
    QString eggName; // "#egg=name" on URLs and editables
    QStringList envVars; // names of ${VAR} references, which pip expands at install time
    Error error; // for Invalid: 1-based column within text and a message (with a "did you mean ==" hint for '=')
};

PipLine parsePipLine(QStringView logicalLine);

// "name-1.0-py3-none-any.whl" (a path or URL's last segment) -> name and version; false when not a wheel name.
bool parseWheelFilename(QStringView fileName, QString *name, QString *version);

} // namespace envlens::pep
