#pragma once

// Internal to core/documents: what yaml-cpp does not tell, read from the YAML source text itself:
// where each value ends, how it is quoted, how PyYAML would type it, and whether the text is safe
// to hand to yaml-cpp at all.

#include "common/error.h"
#include "documents/yamldocument.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace envlens::yamltext {

// Size, NUL bytes, line length and nesting depth, checked before yaml-cpp sees the text: its
// parser recurses once per nesting level and would exhaust the stack long before failing.
std::optional<Error> precheck(const TextFile &file, const QString &fileName, const YamlLimits &limits);

bool isBlank(QChar c);                    // space or tab
bool isBreak(QChar c);                    // \r or \n
qsizetype lineEndFrom(const QString &text, qsizetype pos);
qsizetype nextLineStart(const QString &text, qsizetype pos);

// From a node mark to its content: skips the tag (!...) and anchor (&...) properties and the blanks,
// breaks and comments after them.
qsizetype skipProperties(const QString &text, qsizetype pos);
// Blanks, breaks and comments from pos on.
qsizetype skipSpaceAndComments(const QString &text, qsizetype pos);

// End (exclusive) of a scalar starting at start. parentIndent is the 0-based column of the
// enclosing block collection (-1 at the root); continuation lines must be indented past it.
qsizetype plainEnd(const QString &text, qsizetype start, int parentIndent, bool inFlow, bool isKey);
// -1 when the closing quote is missing (yaml-cpp accepts that at the end of the input; PyYAML does not).
qsizetype singleQuotedEnd(const QString &text, qsizetype start);
qsizetype doubleQuotedEnd(const QString &text, qsizetype start);
qsizetype blockScalarEnd(const QString &text, qsizetype start, int parentIndent);
qsizetype aliasEnd(const QString &text, qsizetype start);
// After the `]` or `}` closing a flow collection whose last content ends at from.
qsizetype flowEnd(const QString &text, qsizetype from);

// The length of a null word (~, null, Null, NULL) written at pos, or 0.
int nullWordAt(const QString &text, qsizetype pos);
// Whether pos holds "<null word>:" (a key named null), which means an empty value before it.
bool nullKeyAt(const QString &text, qsizetype pos);

// PyYAML SafeLoader's implicit resolvers (YAML 1.1) for a plain scalar's text.
YamlNode::ResolvedType resolvePlain(const QString &value);

} // namespace envlens::yamltext
