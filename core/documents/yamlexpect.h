#pragma once

// Internal to core/documents: recording values of the wrong YAML type as YamlTypeProblems.

#include "documents/yamldocument.h"

namespace envlens::yamlexpect {

// Records a problem when field is present, not null, and not of the expected type. Returns whether
// the value has the expected type (false for absent and null).
bool expect(YamlTypeProblems &out, const YamlField &field, YamlTypeProblem::Expected expected,
            const QStringList &path);
// The same for a sequence item (no key).
bool expectItem(YamlTypeProblems &out, const YamlNode &item, YamlTypeProblem::Expected expected,
                const QStringList &path);
// A required key that is absent.
void missing(YamlTypeProblems &out, const QStringList &path, YamlTypeProblem::Expected expected);

// Every problem of a field that should hold strings: the sequence itself, then each item.
void expectStringSequence(YamlTypeProblems &out, const YamlField &field, const QStringList &path);

} // namespace envlens::yamlexpect
