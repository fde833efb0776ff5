#pragma once

#include "diff/modeldiff.h"
#include "model/model.h"

#include <QString>
#include <QVector>

namespace envlens {

/** One file of a comparison as the files list shows it. */
struct CompareFile
{
    enum class Group { Environment, Code, Other };

    QString path;
    Group group = Group::Environment;
    DiffChange change = DiffChange::Unchanged; // Added, Removed, Modified or Unchanged
    bool isText = false; // a side-by-side text diff can be shown
    bool existsOld = false;
    bool existsNew = false;
};

/**
 * The environment files (MLmodel, conda.yaml, python_env.yaml, requirements.txt and what it
 * includes), every code/ file and the other files of two models, each with its status. Environment
 * files are compared by bytes here; ModelDiff compares them by meaning and lists the rest.
 */
QVector<CompareFile> compareFiles(const Model &oldModel, const Model &newModel, const ModelDiff &diff);

} // namespace envlens
