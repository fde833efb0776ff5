// Issue 6's performance goal: writing one changed small entry into a zip holding a 1 GiB stored
// model takes at most 1.5x a durable copy of the same zip (cp, then sync of the copy), with under
// 64 MiB peak RSS. Not a CTest test (it writes 3 GiB); run it on a release build:
//
//   bench_zipwrite [--dir DIR] [--size-mib N] [--runs N]
//
// It generates DIR/bench-source.zip, then for each run times `cp` + `sync FILE` of it to
// DIR/bench-copy.zip and a child process (`bench_zipwrite --rewrite FILE`) rewriting another copy
// in place with a new requirements.txt, whose peak RSS comes from wait4(). Medians are compared;
// the exit code is 0 when the goal is met. Files are removed after.
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

// Runs this program with --rewrite FILE; returns seconds and the child's peak RSS in KiB.
std::pair<double, long> timedRewrite(const QString &self, const QString &zip)
{
    const QByteArray program = QFile::encodeName(self);
    const QByteArray file = QFile::encodeName(zip);
    char flag[] = "--rewrite";
    std::vector<char *> argv{const_cast<char *>(program.constData()), flag, const_cast<char *>(file.constData()),
                             nullptr};
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    if (posix_spawn(&pid, program.constData(), nullptr, nullptr, argv.data(), environ) != 0)
        return {-1, 0};
    int status = 0;
    struct rusage usage {};
    if (wait4(pid, &status, 0, &usage) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return {-1, 0};
    return {double(timer.nsecsElapsed()) / 1e9, usage.ru_maxrss};
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
    qint64 sizeMiB = 1024;
    int runs = 5;
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--dir"))
            dir = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--size-mib"))
            sizeMiB = args.at(i + 1).toLongLong();
        else if (args.at(i) == QLatin1String("--runs"))
            runs = args.at(i + 1).toInt();
    }
    const QString source = dir + QLatin1String("/bench-source.zip");
    const QString copy = dir + QLatin1String("/bench-copy.zip");
    std::printf("generating %lld MiB zip in %s\n", sizeMiB, qPrintable(dir));
    std::fflush(stdout);
    if (!generate(source, sizeMiB << 20)) {
        std::fprintf(stderr, "could not generate %s\n", qPrintable(source));
        return 2;
    }

    // Each run prepares its own victim (untimed), lets the disk settle, then times both
    // operations, alternating which goes first so neither always meets a busier disk.
    const QString victim = dir + QLatin1String("/bench-victim.zip");
    std::vector<double> copies, rewrites;
    long peakKiB = 0;
    // ext4 mounted with discard trims freed blocks after the journal commit (every 5 s): wait
    // that out so one operation's trims do not land in the other's timing.
    auto settle = []() {
        runCommand(QStringLiteral("/bin/sync"), {});
        QThread::msleep(6000);
        runCommand(QStringLiteral("/bin/sync"), {});
    };
    for (int run = 0; run < runs; ++run) {
        QFile::remove(copy);
        QFile::remove(victim);
        if (runCommand(QStringLiteral("/bin/cp"), {source, victim}) < 0)
            return 2;
        settle();
        double copySeconds = 0;
        std::pair<double, long> rewritten{0, 0};
        for (int step = 0; step < 2; ++step) {
            if ((step == 0) == (run % 2 == 0)) {
                const double cp = runCommand(QStringLiteral("/bin/cp"), {source, copy});
                const double sync = runCommand(QStringLiteral("/bin/sync"), {copy});
                copySeconds = cp < 0 || sync < 0 ? -1 : cp + sync;
            } else {
                rewritten = timedRewrite(app.applicationFilePath(), victim);
            }
            settle();
        }
        if (copySeconds < 0 || rewritten.first < 0) {
            std::fprintf(stderr, "run %d failed\n", run);
            return 2;
        }
        copies.push_back(copySeconds);
        rewrites.push_back(rewritten.first);
        peakKiB = std::max(peakKiB, rewritten.second);
        std::printf("run %d: cp+sync %.3f s, rewrite %.3f s, ratio %.2f, rewrite peak RSS %.1f MiB\n", run,
                    copies.back(), rewrites.back(), rewrites.back() / copies.back(), double(rewritten.second) / 1024);
        std::fflush(stdout);
    }
    QFile::remove(victim);
    QFile::remove(copy);
    QFile::remove(source);
    std::sort(copies.begin(), copies.end());
    std::sort(rewrites.begin(), rewrites.end());
    const double copyMedian = copies[copies.size() / 2];
    const double rewriteMedian = rewrites[rewrites.size() / 2];
    const double ratio = rewriteMedian / copyMedian;
    std::printf("best: cp+sync %.3f s, rewrite %.3f s, ratio %.2f\n", copies.front(), rewrites.front(),
                rewrites.front() / copies.front());
    std::printf("median: cp+sync %.3f s, rewrite %.3f s, ratio %.2f (goal <= 1.5); peak RSS %.1f MiB (goal < 64)\n",
                copyMedian, rewriteMedian, ratio, double(peakKiB) / 1024);
    return ratio <= 1.5 && peakKiB < 64 * 1024 ? 0 : 1;
}
