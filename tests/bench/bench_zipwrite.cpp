// Issue 6's performance goal: writing one changed small entry into a zip holding a 1 GiB stored
// model takes at most 1.5x a durable copy of the same zip (cp, then sync of the copy), with under
// 64 MiB peak RSS. Not a CTest test (it writes 3 GiB); run it on a release build:
//
//   bench_zipwrite [--dir DIR] [--size-mib N] [--runs N] [--cli PATH/envlens-cli]
//
// It generates DIR/bench-source.zip, then for each run times `cp` + `sync FILE` of it to
// DIR/bench-copy.zip and a child process (`bench_zipwrite --rewrite FILE`) rewriting another copy
// in place with a new requirements.txt, and with --cli the whole command (`envlens-cli edit COPY
// --add numpy==2.0.0`: load, check, write, reload, re-check) on a third copy; peak RSS comes from
// wait4(). Medians are compared; the exit code is 0 when the goal is met. Files are removed after.
#include "edit/ziprewriter.h"
#include "edit/zipformat.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QThread>

#include <zlib.h>

#include <algorithm>
#include <cstdio>
#include <fcntl.h>
#include <initializer_list>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <utility>
#include <vector>

extern char **environ;

namespace {

using namespace envlens::zipformat;

bool writeAll(QFile &file, const QByteArray &bytes)
{
    return file.write(bytes) == bytes.size();
}

// A zip like an MLflow model: small metadata files around a big stored (incompressible) model.
bool generate(const QString &path, qint64 modelBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const std::vector<std::pair<QByteArray, QByteArray>> small{
        {"MLmodel", "artifact_path: model\nflavors:\n  python_function:\n    env:\n      conda: conda.yaml\n"
                    "      virtualenv: python_env.yaml\n    loader_module: mlflow.sklearn\n    python_version: 3.11.9\n"},
        {"conda.yaml", "channels:\n- conda-forge\ndependencies:\n- python=3.11.9\n- pip\n- pip:\n  - mlflow==2.12.1\n"},
        {"python_env.yaml", "python: 3.11.9\nbuild_dependencies:\n- pip\ndependencies:\n- -r requirements.txt\n"},
        {"requirements.txt", "mlflow==2.12.1\nnumpy==1.26.4\nscikit-learn==1.4.2\n"},
    };
    QByteArray central;
    quint16 time = 0, date = 0;
    dosDateTime(1700000000, &time, &date);
    auto entryFor = [&](const QByteArray &name, quint32 crc, quint64 size, quint64 offset) {
        CentralEntry entry;
        entry.rawName = name;
        entry.versionMadeBy = 0x031e;
        entry.versionNeeded = 20;
        entry.modTime = time;
        entry.modDate = date;
        entry.crc32 = crc;
        entry.compressedSize = entry.uncompressedSize = size;
        entry.externalAttributes = quint32(0100644) << 16;
        entry.localHeaderOffset = offset;
        return entry;
    };
    for (const auto &[name, data] : small) {
        const quint32 crc = quint32(::crc32(0, reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size())));
        const CentralEntry entry = entryFor(name, crc, quint64(data.size()), quint64(file.pos()));
        if (!writeAll(file, localHeader(entry, {})) || !writeAll(file, data))
            return false;
        central += centralHeader(entry);
    }

    // The model: header first with a zero CRC, patched once the data has streamed through.
    const quint64 modelOffset = quint64(file.pos());
    CentralEntry model = entryFor("model.pkl", 0, quint64(modelBytes), modelOffset);
    if (!writeAll(file, localHeader(model, {})))
        return false;
    QByteArray chunk(4 << 20, Qt::Uninitialized);
    quint64 state = 0x9e3779b97f4a7c15ULL;
    uLong crc = ::crc32(0, nullptr, 0);
    for (qint64 done = 0; done < modelBytes; done += chunk.size()) {
        auto *words = reinterpret_cast<quint64 *>(chunk.data());
        for (size_t i = 0; i < size_t(chunk.size()) / 8; ++i) {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            words[i] = state;
        }
        const int n = int(std::min<qint64>(chunk.size(), modelBytes - done));
        crc = ::crc32(crc, reinterpret_cast<const Bytef *>(chunk.constData()), uInt(n));
        if (file.write(chunk.constData(), n) != n)
            return false;
    }
    model.crc32 = quint32(crc);
    const qint64 end = file.pos();
    if (!file.seek(qint64(modelOffset)) || !writeAll(file, localHeader(model, {})) || !file.seek(end))
        return false;
    central += centralHeader(model);
    Directory none;
    const quint64 directoryOffset = quint64(end);
    if (!writeAll(file, central)
        || !writeAll(file, endRecords(none, quint64(small.size() + 1), directoryOffset, quint64(central.size()), false)))
        return false;
    file.flush();
    return ::fsync(file.handle()) == 0;
}

double runCommand(const QString &program, const QStringList &arguments)
{
    QElapsedTimer timer;
    timer.start();
    if (QProcess::execute(program, arguments) != 0)
        return -1;
    return double(timer.nsecsElapsed()) / 1e9;
}

struct Timed
{
    double seconds = -1;
    long peakKiB = 0;
};

// Runs a program to completion; its time and its peak RSS (from wait4). An exit code outside
// `accepted` counts as a failure (seconds -1).
Timed timedSpawn(const QStringList &command, std::initializer_list<int> accepted = {0})
{
    std::vector<QByteArray> storage;
    for (const QString &part : command)
        storage.push_back(QFile::encodeName(part));
    std::vector<char *> argv;
    for (QByteArray &part : storage)
        argv.push_back(part.data());
    argv.push_back(nullptr);
    QElapsedTimer timer;
    timer.start();
    // The command's report is not the benchmark's.
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv.front(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return {};
    int status = 0;
    struct rusage usage {};
    if (wait4(pid, &status, 0, &usage) != pid || !WIFEXITED(status)
        || std::find(accepted.begin(), accepted.end(), WEXITSTATUS(status)) == accepted.end())
        return {};
    return {double(timer.nsecsElapsed()) / 1e9, usage.ru_maxrss};
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

int rewrite(const QString &zip)
{
    const auto result = envlens::ZipRewriter().rewrite(
        zip, {{QStringLiteral("requirements.txt"), QByteArray("mlflow==2.12.1\nnumpy==2.0.0\nscikit-learn==1.4.2\n")}});
    if (!result) {
        std::fprintf(stderr, "%s\n", qPrintable(result.error().toString()));
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    if (args.size() == 3 && args.at(1) == QLatin1String("--rewrite"))
        return rewrite(args.at(2));

    QString dir = QDir::tempPath();
    QString cli;
    qint64 sizeMiB = 1024;
    int runs = 5;
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--dir"))
            dir = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--size-mib"))
            sizeMiB = args.at(i + 1).toLongLong();
        else if (args.at(i) == QLatin1String("--runs"))
            runs = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--cli"))
            cli = args.at(i + 1);
    }
    const QString source = dir + QLatin1String("/bench-source.zip");
    const QString copy = dir + QLatin1String("/bench-copy.zip");
    std::printf("generating %lld MiB zip in %s\n", sizeMiB, qPrintable(dir));
    std::fflush(stdout);
    if (!generate(source, sizeMiB << 20)) {
        std::fprintf(stderr, "could not generate %s\n", qPrintable(source));
        return 2;
    }

    // Each run prepares its own victims (untimed), lets the disk settle, then times each
    // operation, rotating which goes first so none always meets a busier disk.
    const QString victim = dir + QLatin1String("/bench-victim.zip");
    const QString cliVictim = dir + QLatin1String("/bench-cli-victim.zip");
    std::vector<double> copies, rewrites, edits, rewriteRatios, editRatios;
    long peakKiB = 0;
    long cliPeakKiB = 0;
    // ext4 mounted with discard trims freed blocks after the journal commit (every 5 s): wait
    // that out so one operation's trims do not land in the other's timing.
    auto settle = []() {
        runCommand(QStringLiteral("/bin/sync"), {});
        QThread::msleep(6000);
        runCommand(QStringLiteral("/bin/sync"), {});
    };
    const int operations = cli.isEmpty() ? 2 : 3;
    for (int run = 0; run < runs; ++run) {
        QFile::remove(copy);
        QFile::remove(victim);
        QFile::remove(cliVictim);
        if (runCommand(QStringLiteral("/bin/cp"), {source, victim}) < 0
            || (!cli.isEmpty() && runCommand(QStringLiteral("/bin/cp"), {source, cliVictim}) < 0))
            return 2;
        settle();
        double copySeconds = 0;
        Timed rewritten, edited;
        for (int step = 0; step < operations; ++step) {
            switch ((step + run) % operations) {
            case 0: {
                const double cp = runCommand(QStringLiteral("/bin/cp"), {source, copy});
                const double sync = runCommand(QStringLiteral("/bin/sync"), {copy});
                copySeconds = cp < 0 || sync < 0 ? -1 : cp + sync;
                break;
            }
            case 1:
                rewritten = timedSpawn({app.applicationFilePath(), QStringLiteral("--rewrite"), victim});
                break;
            default:
                // Exit 1 (written, errors remain) is a successful write too.
                edited = timedSpawn({cli, QStringLiteral("edit"), cliVictim, QStringLiteral("--add"),
                                     QStringLiteral("numpy==2.0.0")},
                                    {0, 1});
                break;
            }
            settle();
        }
        if (copySeconds < 0 || rewritten.seconds < 0 || (!cli.isEmpty() && edited.seconds < 0)) {
            std::fprintf(stderr, "run %d failed\n", run);
            return 2;
        }
        copies.push_back(copySeconds);
        rewrites.push_back(rewritten.seconds);
        rewriteRatios.push_back(rewritten.seconds / copySeconds);
        peakKiB = std::max(peakKiB, rewritten.peakKiB);
        std::printf("run %d: cp+sync %.3f s, rewrite %.3f s (ratio %.2f, peak RSS %.1f MiB)", run, copySeconds,
                    rewritten.seconds, rewriteRatios.back(), double(rewritten.peakKiB) / 1024);
        if (!cli.isEmpty()) {
            edits.push_back(edited.seconds);
            editRatios.push_back(edited.seconds / copySeconds);
            cliPeakKiB = std::max(cliPeakKiB, edited.peakKiB);
            std::printf(", envlens-cli edit %.3f s (ratio %.2f, peak RSS %.1f MiB)", edited.seconds,
                        editRatios.back(), double(edited.peakKiB) / 1024);
        }
        std::printf("\n");
        std::fflush(stdout);
    }
    QFile::remove(victim);
    QFile::remove(cliVictim);
    QFile::remove(copy);
    QFile::remove(source);
    const double copyMedian = median(copies);
    const double rewriteMedian = median(rewrites);
    const double ratio = rewriteMedian / copyMedian;
    std::printf("median: cp+sync %.3f s, rewrite %.3f s, ratio %.2f (goal <= 1.5), median of run ratios %.2f; "
                "peak RSS %.1f MiB (goal < 64)\n",
                copyMedian, rewriteMedian, ratio, median(rewriteRatios), double(peakKiB) / 1024);
    bool met = ratio <= 1.5 && peakKiB < 64 * 1024;
    if (!cli.isEmpty()) {
        const double editRatio = median(edits) / copyMedian;
        std::printf("median: envlens-cli edit --add %.3f s, ratio %.2f (goal <= 1.5), median of run ratios %.2f; "
                    "peak RSS %.1f MiB (goal < 64)\n",
                    median(edits), editRatio, median(editRatios), double(cliPeakKiB) / 1024);
        met = met && editRatio <= 1.5 && cliPeakKiB < 64 * 1024;
    }
    return met ? 0 : 1;
}
