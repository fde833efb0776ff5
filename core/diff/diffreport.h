#pragma once

#include "diff/modeldiff.h"

#include <QByteArray>
#include <QString>

namespace envlens {

struct DiffReportOptions
{
    bool includeUnchanged = false; // text/markdown/HTML: list unchanged rows too (JSON always does)
    bool codeDiffs = false;        // text/markdown/HTML: unified diffs of modified text files
    int maxDiffLines = 400;        // per file, when codeDiffs is on
};

// The forms of a ModelDiff: `envlens-cli diff --format …` and the GUI compare view's export.
class DiffReport
{
public:
    // spec/cli.md's diff object (compact UTF-8): old, new, equivalent, packages, python,
    // mlflow_version, flavors, metadata, conda, code, artifacts, serving_impact; plus constraints,
    // locked and conda.pip.
    static QByteArray json(const ModelDiff &diff);
    // Readable plain text for a terminal: verdict, serving impact, then every change.
    static QString text(const ModelDiff &diff, const DiffReportOptions &options = {});
    // GitHub-flavoured markdown for a pull request or a model registry description.
    static QString markdown(const ModelDiff &diff, const DiffReportOptions &options = {});
    // A standalone HTML page; every text from the models is escaped.
    static QString html(const ModelDiff &diff, const DiffReportOptions &options = {});
};

} // namespace envlens
