// Issue 7's performance goal: ModelDiff::compute on two models with 5,000 code files each, 500 of
// them different, completes in under 1 s (release build). Not a CTest test; run it by hand:
//
//   bench_diff [RUNS]   (default 5)
//
// It generates both models as folders and as zips (stored by /usr/bin/zip), loads each pair once
// and times compute() RUNS times per pair, then the unified diffs of the 500 modified files (which
// the GUI computes on demand). Prints the median and worst compute time per pair and the load times;
// the exit code is 0 when every compute() median meets the goal and the diff found exactly 500
// modified files. Loading (issue 4's ModelLoader) is timed once and reported beside it, because
// `envlens-cli diff` pays both.
#include "diff/modeldiff.h"
#include "model/modelloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace envlens;

namespace {

constexpr int kCodeFiles = 5000;
constexpr int kDifferent = 500;
constexpr double kGoalMs = 1000.0;

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return QDir().mkpath(QFileInfo(path).path()) && file.open(QIODevice::WriteOnly)
        && file.write(bytes) == bytes.size();
}

// A module of about 2 KiB with imports, like real model code; `variant` changes one line.
QByteArray module(int index, bool variant)
{
    QByteArray text = "import numpy as np\nimport pandas as pd\nfrom sklearn.base import BaseEstimator\n\n";
    for (int f = 0; f < 12; ++f) {
        text += "def transform_" + QByteArray::number(index) + "_" + QByteArray::number(f) + "(frame):\n";
        text += "    values = np.asarray(frame, dtype=float)\n";
        const int factor = (variant && f == 6) ? 3 : 2;
        text += "    return pd.DataFrame(values * " + QByteArray::number(factor) + ")\n\n";
    }
    return text;
}

bool generate(const QString &folder, bool variant)
{
    const QByteArray mlmodel = "artifact_path: model\nflavors:\n  python_function:\n    code: code\n    env:\n"
                               "      conda: conda.yaml\n      virtualenv: python_env.yaml\n"
                               "    loader_module: mlflow.pyfunc.model\n    python_version: 3.11.9\n"
                               "mlflow_version: 2.16.0\n";
    const QByteArray requirements = variant ? "mlflow==2.16.0\nnumpy==1.26.4\npandas==2.2.3\nscikit-learn==1.5.2\n"
                                            : "mlflow==2.16.0\nnumpy==1.26.4\npandas==2.2.2\nscikit-learn==1.5.2\n";
    bool ok = writeFile(folder + QStringLiteral("/MLmodel"), mlmodel)
        && writeFile(folder + QStringLiteral("/requirements.txt"), requirements)
        && writeFile(folder + QStringLiteral("/python_env.yaml"),
                     "python: 3.11.9\nbuild_dependencies:\n- pip\ndependencies:\n- -r requirements.txt\n")
        && writeFile(folder + QStringLiteral("/conda.yaml"),
                     "channels:\n- conda-forge\ndependencies:\n- python=3.11.9\n- pip\n- pip:\n  - mlflow==2.16.0\n"
                     "  - numpy==1.26.4\n  - " + QByteArray(variant ? "pandas==2.2.3" : "pandas==2.2.2")
                         + "\n  - scikit-learn==1.5.2\nname: mlflow-env\n")
        && writeFile(folder + QStringLiteral("/python_model.pkl"), QByteArray(4096, 'p'));
    // Every tenth file differs: 500 of 5,000.
    for (int i = 0; ok && i < kCodeFiles; ++i) {
        const QString path = QStringLiteral("%1/code/pkg%2/mod%3.py").arg(folder).arg(i / 100).arg(i);
        ok = writeFile(path, module(i, variant && i % (kCodeFiles / kDifferent) == 0));
    }
    return ok;
}

bool zipFolder(const QString &folder, const QString &zip)
{
    QProcess process;
    process.setWorkingDirectory(folder);
    process.start(QStringLiteral("/usr/bin/zip"), {QStringLiteral("-qrX"), zip, QStringLiteral(".")});
    return process.waitForFinished(600000) && process.exitCode() == 0;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// Loads a pair, times compute() `runs` times; false when loading fails or the diff is wrong.
bool benchPair(const char *label, const QString &oldPath, const QString &newPath, int runs, bool *goalMet)
{
    QElapsedTimer timer;
    timer.start();
    const auto a = ModelLoader::load(oldPath);
    const auto b = ModelLoader::load(newPath);
    const double loadMs = timer.nsecsElapsed() / 1e6;
    if (!a || !b) {
        std::fprintf(stderr, "%s: cannot load: %s\n", label,
                     qPrintable(!a ? a.error().message : b.error().message));
        return false;
    }
    std::vector<double> times;
    int modified = 0;
    int unchanged = 0;
    ModelDiff last;
    for (int run = 0; run < runs; ++run) {
        timer.restart();
        last = ModelDiff::compute(*a.value(), *b.value());
        times.push_back(timer.nsecsElapsed() / 1e6);
    }
    for (const FileDiff &file : last.code) {
        modified += file.change == DiffChange::Modified ? 1 : 0;
        unchanged += file.change == DiffChange::Unchanged ? 1 : 0;
    }
    timer.restart();
    qint64 diffBytes = 0;
    for (const FileDiff &file : last.code) {
        if (file.change == DiffChange::Modified)
            diffBytes += file.unifiedDiff().size();
    }
    const double unifiedMs = timer.nsecsElapsed() / 1e6;
    const double med = median(times);
    const double worst = *std::max_element(times.begin(), times.end());
    std::printf("%-7s compute median %7.1f ms, worst %7.1f ms (%.3fx the 1 s goal) | %d modified, %d unchanged | "
                "500 unified diffs %6.1f ms (%lld chars) | loading both %8.1f ms, so load + compute %8.1f ms (%.2fx)\n",
                label, med, worst, med / kGoalMs, modified, unchanged, unifiedMs, static_cast<long long>(diffBytes),
                loadMs, loadMs + med, (loadMs + med) / kGoalMs);
    *goalMet = *goalMet && med < kGoalMs;
    return modified == kDifferent && unchanged == kCodeFiles - kDifferent;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 5;
    QTemporaryDir dir;
    if (!dir.isValid())
        return 2;
    const QString oldFolder = dir.filePath(QStringLiteral("old"));
    const QString newFolder = dir.filePath(QStringLiteral("new"));
    QElapsedTimer timer;
    timer.start();
    if (!generate(oldFolder, false) || !generate(newFolder, true)
        || !zipFolder(oldFolder, dir.filePath(QStringLiteral("old.zip")))
        || !zipFolder(newFolder, dir.filePath(QStringLiteral("new.zip")))) {
        std::fprintf(stderr, "bench_diff: cannot generate the models in %s\n", qPrintable(dir.path()));
        return 2;
    }
    std::printf("bench_diff: %d code files per model, %d different; generated in %.1f s; %d runs per pair\n",
                kCodeFiles, kDifferent, timer.nsecsElapsed() / 1e9, runs);
    bool goalMet = true;
    const bool right = benchPair("folder", oldFolder, newFolder, runs, &goalMet)
        && benchPair("zip", dir.filePath(QStringLiteral("old.zip")), dir.filePath(QStringLiteral("new.zip")), runs,
                     &goalMet)
        && benchPair("mixed", oldFolder, dir.filePath(QStringLiteral("new.zip")), runs, &goalMet);
    if (!right) {
        std::fprintf(stderr, "bench_diff: the diff did not find exactly %d modified code files\n", kDifferent);
        return 2;
    }
    std::printf("bench_diff: goal (median under 1 s) %s\n", goalMet ? "met" : "MISSED");
    return goalMet ? 0 : 1;
}
