// Issue 4's performance goal: `envlens-cli tree` opens a zip holding a 1 GiB stored model.pkl
// and 2,000 code files in under 100 ms with under 64 MiB peak RSS (release build).
//
// usage: bench_open [RUNS] [ENVLENS_CLI]   (defaults: 5, $ENVLENS_CLI)
// The zip is written sparse (the 1 GiB of zeros is a hole), so generating it is quick and costs
// no disk space. Prints wall time and peak RSS of each run; fails when the CLI fails, and, in
// release builds, when the median run misses either goal.

#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QVector>

#include <zlib.h>

#include <algorithm>
#include <cstdio>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace {

constexpr qint64 kWeightsBytes = qint64(1) << 30;
constexpr int kCodeFiles = 2000;

// A minimal zip writer (stored entries, no zip64: everything stays under 4 GiB).
class ZipWriter
{
public:
    explicit ZipWriter(QFile &file) : m_file(file) {}

    void add(const QByteArray &name, const QByteArray &data) { addSized(name, data.size(), crc(data), &data); }

    // `size` zero bytes, written as a hole.
    void addZeros(const QByteArray &name, qint64 size)
    {
        QByteArray zeros(1 << 20, '\0');
        uLong c = crc32(0, nullptr, 0);
        for (qint64 done = 0; done < size; done += zeros.size())
            c = crc32(c, reinterpret_cast<const Bytef *>(zeros.constData()), uInt(qMin<qint64>(zeros.size(), size - done)));
        addSized(name, size, quint32(c), nullptr);
    }

    void finish()
    {
        const qint64 directoryStart = m_file.pos();
        m_file.write(m_directory);
        QByteArray end;
        put32(end, 0x06054b50);
        put16(end, 0);
        put16(end, 0);
        put16(end, quint16(m_count));
        put16(end, quint16(m_count));
        put32(end, quint32(m_directory.size()));
        put32(end, quint32(directoryStart));
        put16(end, 0);
        m_file.write(end);
    }

private:
    static quint32 crc(const QByteArray &data)
    {
        return quint32(crc32(crc32(0, nullptr, 0), reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size())));
    }
    static void put16(QByteArray &out, quint16 v) { out.append(char(v & 0xff)).append(char(v >> 8)); }
    static void put32(QByteArray &out, quint32 v)
    {
        put16(out, quint16(v & 0xffff));
        put16(out, quint16(v >> 16));
    }

    void addSized(const QByteArray &name, qint64 size, quint32 checksum, const QByteArray *data)
    {
        const qint64 offset = m_file.pos();
        QByteArray local;
        put32(local, 0x04034b50);
        put16(local, 20);
        put16(local, 0);
        put16(local, 0); // stored
        put16(local, 0);
        put16(local, 0x21);
        put32(local, checksum);
        put32(local, quint32(size));
        put32(local, quint32(size));
        put16(local, quint16(name.size()));
        put16(local, 0);
        local.append(name);
        m_file.write(local);
        if (data)
            m_file.write(*data);
        else
            m_file.seek(m_file.pos() + size);

        put32(m_directory, 0x02014b50);
        put16(m_directory, 0x031e);
        put16(m_directory, 20);
        put16(m_directory, 0);
        put16(m_directory, 0);
        put16(m_directory, 0);
        put16(m_directory, 0x21);
        put32(m_directory, checksum);
        put32(m_directory, quint32(size));
        put32(m_directory, quint32(size));
        put16(m_directory, quint16(name.size()));
        put16(m_directory, 0);
        put16(m_directory, 0);
        put16(m_directory, 0);
        put16(m_directory, 0);
        put32(m_directory, 0100644u << 16);
        put32(m_directory, quint32(offset));
        m_directory.append(name);
        ++m_count;
    }

    QFile &m_file;
    QByteArray m_directory;
    int m_count = 0;
};

bool writeModel(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    ZipWriter zip(file);
    const QByteArray root("big-model/");
    zip.add(root + "MLmodel",
            "flavors:\n  python_function:\n    code: code\n    env:\n      conda: conda.yaml\n"
            "      virtualenv: python_env.yaml\n    loader_module: mlflow.sklearn\n    model_path: model.pkl\n"
            "    python_version: 3.11.9\n  sklearn:\n    code: code\n    pickled_model: model.pkl\n"
            "    sklearn_version: 1.6.1\nmlflow_version: 2.22.1\n");
    zip.add(root + "requirements.txt", "mlflow==2.22.1\nnumpy==2.0.2\nscikit-learn==1.6.1\n");
    zip.add(root + "python_env.yaml", "python: 3.11.9\nbuild_dependencies:\n- pip==24.0\ndependencies:\n- -r requirements.txt\n");
    zip.add(root + "conda.yaml", "channels:\n- conda-forge\ndependencies:\n- python=3.11.9\n- pip<=24.0\n- pip:\n"
                                 "  - mlflow==2.22.1\n  - numpy==2.0.2\n  - scikit-learn==1.6.1\nname: mlflow-env\n");
    for (int i = 0; i < kCodeFiles; ++i) {
        const QByteArray body = "import os\nimport numpy as np\nfrom sklearn.base import BaseEstimator\n\n\ndef f"
            + QByteArray::number(i) + "(x):\n    return np.asarray(x) * " + QByteArray::number(i) + "\n";
        zip.add(root + "code/pkg" + QByteArray::number(i / 100) + "/mod" + QByteArray::number(i) + ".py", body);
    }
    zip.addZeros(root + "model.pkl", kWeightsBytes);
    zip.finish();
    return file.error() == QFileDevice::NoError;
}

struct Run
{
    double ms = 0;
    double cpuMs = 0; // user + system: what the machine's load does not inflate
    double peakMiB = 0;
    int exitCode = -1;
};

// Runs cli with arguments, stdout to /dev/null; wall time, CPU time and peak RSS from wait4.
Run runCli(const QByteArray &cli, const QList<QByteArray> &arguments)
{
    Run run;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    QVector<char *> argv{const_cast<char *>(cli.constData())};
    for (const QByteArray &argument : arguments)
        argv.append(const_cast<char *>(argument.constData()));
    argv.append(nullptr);
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    if (posix_spawn(&pid, cli.constData(), &actions, nullptr, argv.data(), environ) != 0) {
        posix_spawn_file_actions_destroy(&actions);
        return run;
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    run.ms = double(timer.nsecsElapsed()) / 1e6;
    run.peakMiB = double(usage.ru_maxrss) / 1024.0;
    run.cpuMs = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    posix_spawn_file_actions_destroy(&actions);
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? qMax(1, atoi(argv[1])) : 5;
    const QByteArray cli = argc > 2 ? QByteArray(argv[2]) : qgetenv("ENVLENS_CLI");
    if (cli.isEmpty()) {
        std::fprintf(stderr, "bench_open: pass the envlens-cli path or set ENVLENS_CLI\n");
        return 2;
    }
    QTemporaryDir dir;
    const QString zipPath = dir.filePath(QStringLiteral("big-model.zip"));
    QElapsedTimer generation;
    generation.start();
    if (!writeModel(zipPath)) {
        std::fprintf(stderr, "bench_open: cannot write %s\n", qPrintable(zipPath));
        return 2;
    }
    std::printf("generated %s (%d code files, %lld-byte stored model.pkl) in %lld ms\n", qPrintable(zipPath), kCodeFiles,
                static_cast<long long>(kWeightsBytes), static_cast<long long>(generation.elapsed()));

    const QList<QByteArray> arguments{"tree", QFile::encodeName(zipPath), "--format", "json"};
    runCli(cli, arguments); // warm the page cache and the dynamic loader
    QVector<Run> results;
    for (int i = 0; i < runs; ++i) {
        const Run run = runCli(cli, arguments);
        std::printf("run %d: %.1f ms wall, %.1f ms CPU, peak RSS %.1f MiB, exit %d\n", i + 1, run.ms, run.cpuMs,
                    run.peakMiB, run.exitCode);
        if (run.exitCode != 0) {
            std::fprintf(stderr, "bench_open: envlens-cli tree failed (exit %d)\n", run.exitCode);
            return 1;
        }
        results.append(run);
    }
    std::sort(results.begin(), results.end(), [](const Run &a, const Run &b) { return a.ms < b.ms; });
    const Run median = results.at(results.size() / 2);
    double peak = 0;
    for (const Run &r : std::as_const(results))
        peak = qMax(peak, r.peakMiB);
    std::sort(results.begin(), results.end(), [](const Run &a, const Run &b) { return a.cpuMs < b.cpuMs; });
    std::printf("median %.1f ms (goal < 100), median CPU %.1f ms, max peak RSS %.1f MiB (goal < 64)\n", median.ms,
                results.at(results.size() / 2).cpuMs, peak);
#ifdef NDEBUG
    if (median.ms >= 100.0 || peak >= 64.0) {
        std::fprintf(stderr, "bench_open: performance goal missed\n");
        return 1;
    }
#endif
    return 0;
}
