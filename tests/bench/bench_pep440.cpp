// bench_pep440: parse a million versions and a million specifiers, compare a million version pairs
// and answer a million containment questions, then have /usr/bin/python3 with packaging do the very
// same work (bench_pep440.py, one process) and print both timings and the ratio. The checksums of
// both sides must agree, which also proves the two did the same work. Both sides time each phase in
// CPU time (the ratio) and wall time: other jobs on a loaded machine stretch wall time, not CPU time.
//
// Usage: bench_pep440 [count] (default 1000000). Meaningful figures come from the release preset.

#include "pep/specifier.h"
#include "pep/version.h"

#include "testpaths.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>
#include <random>

using namespace envlens;
using namespace envlens::pep;

namespace {

// Version strings shaped like real requirements: mostly x.y.z, some pre/post/dev/local/epoch/v.
QStringList makeVersions(int count, std::mt19937 &rng)
{
    auto pick = [&](int n) { return int(rng() % quint32(n)); };
    QStringList out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        QString v;
        if (pick(50) == 0)
            v += QStringLiteral("v");
        if (pick(200) == 0)
            v += QStringLiteral("1!");
        v += QString::number(pick(4)) + QLatin1Char('.') + QString::number(pick(30));
        if (pick(3) > 0)
            v += QLatin1Char('.') + QString::number(pick(12));
        switch (pick(12)) {
        case 0:
            v += QStringLiteral("rc") + QString::number(pick(3));
            break;
        case 1:
            v += QStringLiteral("a") + QString::number(pick(3));
            break;
        case 2:
            v += QStringLiteral(".post") + QString::number(pick(3));
            break;
        case 3:
            v += QStringLiteral(".dev") + QString::number(pick(300));
            break;
        case 4:
            v += QStringLiteral("+cu118");
            break;
        default:
            break;
        }
        out << v;
    }
    return out;
}

QStringList makeSpecifiers(int count, std::mt19937 &rng)
{
    static const char *const ops[] = {">=", ">=", "==", "<", "~=", "!=", ">", "<=", "==", "==="};
    auto pick = [&](int n) { return int(rng() % quint32(n)); };
    QStringList out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        const QString op = QLatin1String(ops[pick(10)]);
        QString v = QString::number(pick(4)) + QLatin1Char('.') + QString::number(pick(30));
        if (op == QLatin1String("~=") || pick(2) == 0)
            v += QLatin1Char('.') + QString::number(pick(12));
        if (op == QLatin1String("==") && pick(4) == 0)
            v += QStringLiteral(".*");
        else if (pick(15) == 0)
            v += QStringLiteral("rc1");
        out << op + v;
    }
    return out;
}

bool writeLines(const QString &path, const QStringList &lines)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    for (const QString &line : lines) {
        f.write(line.toUtf8());
        f.write("\n");
    }
    return true;
}

// CPU and wall time of one phase; the process is single-threaded, so process CPU time is the phase's.
class PhaseTimer
{
public:
    PhaseTimer() { restart(); }
    void restart()
    {
        m_cpuStart = cpuNow();
        m_wall.start();
    }
    double cpuSeconds() const { return cpuNow() - m_cpuStart; }
    double wallSeconds() const { return double(m_wall.nsecsElapsed()) / 1e9; }

private:
    static double cpuNow()
    {
        timespec ts{};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
        return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
    }
    double m_cpuStart = 0;
    QElapsedTimer m_wall;
};

void record(QJsonObject *out, const char *phase, const PhaseTimer &t)
{
    const double cpu = t.cpuSeconds();
    out->insert(QLatin1String(phase), cpu);
    out->insert(QLatin1String(phase) + QLatin1String("_wall"), t.wallSeconds());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000000;
    std::mt19937 rng(440);
    const QStringList versionTexts = makeVersions(count, rng);
    const QStringList specTexts = makeSpecifiers(count, rng);

    QJsonObject ours;
    PhaseTimer t;
    QVector<Version> versions;
    versions.reserve(count);
    for (const QString &text : versionTexts)
        versions.append(Version::parse(text).value());
    record(&ours, "parse", t);

    t.restart();
    int less = 0;
    for (int i = 0; i < count; ++i) {
        if (versions.at(i) < versions.at(int((qint64(i) * 7 + 1) % count)))
            ++less;
    }
    record(&ours, "compare", t);
    ours[QStringLiteral("less")] = less;

    t.restart();
    QVector<Specifier> specs;
    specs.reserve(count);
    for (const QString &text : specTexts)
        specs.append(Specifier::parse(text).value());
    record(&ours, "specparse", t);

    t.restart();
    int contained = 0;
    for (int i = 0; i < count; ++i) {
        if (specs.at(i).contains(versions.at(i)))
            ++contained;
    }
    record(&ours, "contains", t);
    ours[QStringLiteral("contained")] = contained;

    QTemporaryDir dir;
    const QString versionsPath = dir.filePath(QStringLiteral("versions.txt"));
    const QString specsPath = dir.filePath(QStringLiteral("specifiers.txt"));
    if (!dir.isValid() || !writeLines(versionsPath, versionTexts) || !writeLines(specsPath, specTexts)) {
        std::fprintf(stderr, "cannot write the inputs for Python\n");
        return 2;
    }
    QProcess python;
    python.start(test::oraclePython(),
                 {test::sourceDir() + QStringLiteral("/tests/bench/bench_pep440.py"), versionsPath, specsPath});
    if (!python.waitForFinished(-1) || python.exitCode() != 0) {
        std::fprintf(stderr, "python failed: %s\n", python.readAllStandardError().constData());
        return 2;
    }
    const QJsonObject theirs = QJsonDocument::fromJson(python.readAllStandardOutput()).object();

    std::printf("PEP 440 benchmark, %d items per phase (EnvLens vs python3-packaging)\n", count);
    std::printf("CPU ns per item (wall-time ratio in the last column)\n");
    std::printf("%-24s %12s %12s %10s %10s\n", "phase", "EnvLens ns", "packaging ns", "ratio", "wall ratio");
    const struct
    {
        const char *key;
        const char *label;
    } phases[] = {{"parse", "Version parse"},
                  {"compare", "Version compare"},
                  {"specparse", "Specifier parse"},
                  {"contains", "Specifier contains"}};
    double totalOurs = 0;
    double totalTheirs = 0;
    for (const auto &p : phases) {
        const QString wallKey = QLatin1String(p.key) + QLatin1String("_wall");
        const double a = ours.value(QLatin1String(p.key)).toDouble();
        const double b = theirs.value(QLatin1String(p.key)).toDouble();
        const double wallRatio = theirs.value(wallKey).toDouble() / ours.value(wallKey).toDouble();
        totalOurs += a;
        totalTheirs += b;
        std::printf("%-24s %12.1f %12.1f %9.1fx %9.1fx\n", p.label, a * 1e9 / count, b * 1e9 / count, b / a, wallRatio);
    }
    std::printf("%-24s %12.3f %12.3f %9.1fx\n", "total (CPU seconds)", totalOurs, totalTheirs, totalTheirs / totalOurs);
    const bool agree = ours.value(QStringLiteral("less")).toInt() == theirs.value(QStringLiteral("less")).toInt()
                       && ours.value(QStringLiteral("contained")).toInt()
                              == theirs.value(QStringLiteral("contained")).toInt();
    std::printf("checksums: less %d/%d, contained %d/%d -> %s\n", less, theirs.value(QStringLiteral("less")).toInt(),
                contained, theirs.value(QStringLiteral("contained")).toInt(), agree ? "agree" : "DISAGREE");
    return agree ? 0 : 1;
}
