#pragma once

#include "model/dependencytree.h"
#include "model/model.h"

#include <QByteArray>
#include <QJsonObject>

namespace envlens {

class JsonWriter;

// {"path", "root", "kind"}: how every JSON output names a model (spec/cli.md).
QJsonObject modelIdentityJson(const Model &model);
void writeModelIdentity(JsonWriter &json, const Model &model);

// The whole `envlens-cli tree` object of spec/cli.md: model, mlmodel, python, files,
// requirements, conda, code, locked, artifacts; plus platform, wheels, missing_files, issues.
// treeJsonBytes() is compact UTF-8 JSON (what the CLI prints); treeJson() the same as an object.
QByteArray treeJsonBytes(const Model &model, const DependencyTree &tree);
QJsonObject treeJson(const Model &model, const DependencyTree &tree);

// One requirement line as the tree and the diff print it: name (null for options), text, spec,
// extras, marker (null when none), active, file, line, kind, target (null when none).
QJsonObject treeRequirementJson(const TreeRequirement &requirement);
void writeTreeRequirement(JsonWriter &json, const TreeRequirement &requirement);

// The readable indented form of `envlens-cli tree --format text`.
QString treeText(const DependencyTree &tree);

} // namespace envlens
