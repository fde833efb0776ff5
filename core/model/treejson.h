#pragma once

#include "model/dependencytree.h"
#include "model/model.h"

#include <QJsonObject>

namespace envlens {

// {"path", "root", "kind"}: how every JSON output names a model (spec/cli.md).
QJsonObject modelIdentityJson(const Model &model);

// The whole `envlens-cli tree` object of spec/cli.md: model, mlmodel, python, files,
// requirements, conda, code, locked, artifacts; plus wheels, missing_files, issues, platform.
QJsonObject treeJson(const Model &model, const DependencyTree &tree);

// One requirement line as the tree and the diff print it.
QJsonObject treeRequirementJson(const TreeRequirement &requirement);

// The readable indented form of `envlens-cli tree --format text`.
QString treeText(const DependencyTree &tree);

} // namespace envlens
