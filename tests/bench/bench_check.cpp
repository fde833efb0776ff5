// Issue 5's performance goals (release build): `envlens-cli check` on the 1 GiB / 2,000-file zip
// of the loading issue in under 150 ms, and 1,000 small models in one call in under 5 s.
//
// usage: bench_check [RUNS] [ENVLENS_CLI]   (defaults: 5, $ENVLENS_CLI)
// The big zip comes from bench_open's generator, included here so both benches measure the same
// archive; its main() is renamed out of the way.

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-function" // bench_open's own runner is not used here
#define main benchOpenMain
#include "bench_open.cpp"
#undef main
#pragma GCC diagnostic pop

#include "testpaths.h"

#include <QDir>

namespace {

Run runCheck(const QString &cli, const QStringList &models)
{
    QList<QByteArray> arguments{"check", "--format", "json"};
    for (const QString &model : models)
        arguments.append(QFile::encodeName(model));
    return runCli(QFile::encodeName(cli), arguments);
}

// 1,000 copies of the clean fixture model, each with a different numpy pin so no two are equal.
QStringList writeSmallModels(const QString &dir, int count)
{
    const QDir base(envlens::test::dataDir() + QStringLiteral("/checks/clean-sklearn"));
    QHash<QString, QByteArray> files;
    for (const QString &name : base.entryList(QDir::Files)) {
        QFile f(base.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        files.insert(name, f.readAll());
    }
    QStringList paths;
    for (int i = 0; i < count; ++i) {
        const QString path = dir + QStringLiteral("/model%1").arg(i);
        if (!QDir().mkpath(path))
            return {};
        for (auto it = files.constBegin(); it != files.constEnd(); ++it) {
            QByteArray bytes = it.value();
            bytes.replace("numpy==2.0.2", "numpy==2.0." + QByteArray::number(i));
            QFile f(path + QLatin1Char('/') + it.key());
            if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
                return {};
        }
        paths.append(path);
    }
    return paths;
}

bool accepted(const Run &run)
{
    return run.exitCode == 0 || run.exitCode == 1; // 1: findings, which are fine here
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? qMax(1, atoi(argv[1])) : 5;
    const QString cli = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString::fromLocal8Bit(qgetenv("ENVLENS_CLI"));
    if (cli.isEmpty()) {
        std::fprintf(stderr, "bench_check: pass the envlens-cli path or set ENVLENS_CLI\n");
        return 2;
    }
    QTemporaryDir dir;
    const QString zipPath = dir.filePath(QStringLiteral("big-model.zip"));
    if (!writeModel(zipPath)) {
        std::fprintf(stderr, "bench_check: cannot write %s\n", qPrintable(zipPath));
        return 2;
    }
    runCheck(cli, {zipPath}); // warm the page cache and the dynamic loader
    QVector<double> big;
    QVector<double> bigCpu;
    for (int i = 0; i < runs; ++i) {
        const Run run = runCheck(cli, {zipPath});
        std::printf("big zip run %d: %.1f ms wall, %.1f ms CPU, exit %d\n", i + 1, run.ms, run.cpuMs, run.exitCode);
        if (!accepted(run)) {
            std::fprintf(stderr, "bench_check: envlens-cli check failed on the big zip (exit %d)\n", run.exitCode);
            return 1;
        }
        big.append(run.ms);
        bigCpu.append(run.cpuMs);
    }
    std::sort(big.begin(), big.end());
    std::sort(bigCpu.begin(), bigCpu.end());
    const double bigMedian = big.at(big.size() / 2);

    const QStringList small = writeSmallModels(dir.filePath(QStringLiteral("small")), 1000);
    if (small.size() != 1000) {
        std::fprintf(stderr, "bench_check: cannot write the small models\n");
        return 2;
    }
    runCheck(cli, small.mid(0, 10));
    const Run many = runCheck(cli, small);
    if (!accepted(many)) {
        std::fprintf(stderr, "bench_check: envlens-cli check failed on 1,000 models (exit %d)\n", many.exitCode);
        return 1;
    }
    std::printf("big zip: median %.1f ms (goal < 150), median CPU %.1f ms\n"
                "1,000 small models in one call: %.0f ms (goal < 5000), CPU %.0f ms\n",
                bigMedian, bigCpu.at(bigCpu.size() / 2), many.ms, many.cpuMs);
#ifdef NDEBUG
    if (bigMedian >= 150.0 || many.ms >= 5000.0) {
        std::fprintf(stderr, "bench_check: performance goal missed\n");
        return 1;
    }
#endif
    return 0;
}
