#pragma once

// Internal to core/pep: the PEP 508 grammar as packaging 23's hand-written tokenizer and parser read it
// (packaging/_tokenizer.py, packaging/_parser.py). Marker and Requirement are the public faces.

#include "common/error.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>
#include <vector>

namespace envlens::pep::detail {

// One side of a marker comparison: an environment variable (name already canonical, e.g.
// "platform_python_implementation") or a quoted string (value after Python's literal unescaping).
struct MarkerOperand
{
    bool isVariable = false;
    QString value;
};

// "lhs op rhs"; op is one of <, <=, ==, !=, >=, >, ~=, ===, in, "not in".
struct MarkerItem
{
    MarkerOperand lhs;
    QString op;
    MarkerOperand rhs;
};

struct MarkerGroup;

// packaging keeps a marker as a list mixing items, nested lists (parentheses) and the words "and"/"or";
// the same shape is kept here because str(Marker) depends on it.
struct MarkerElement
{
    enum class Kind { Item, Group, And, Or };
    Kind kind = Kind::Item;
    MarkerItem item;
    std::shared_ptr<const MarkerGroup> group;
};

struct MarkerGroup
{
    std::vector<MarkerElement> elements;
};

struct ParsedRequirement
{
    QString name;
    QString url;
    QStringList extras;
    QString specifier; // the specifier tokens as written, commas included
    qsizetype specifierStart = 0; // 0-based offsets into the source, for error columns
    qsizetype urlStart = 0;
    std::shared_ptr<MarkerGroup> marker;
};

// Syntax only: the URL check and the specifier set are the caller's business, as in packaging.
Result<ParsedRequirement> parseRequirementSyntax(QStringView source);
Result<std::shared_ptr<MarkerGroup>> parseMarkerSyntax(QStringView source);

// packaging applies PEP 685 normalisation to the first element of the top-level list only.
void normalizeFirstExtraValue(MarkerGroup &group);

} // namespace envlens::pep::detail
