// bench_pep508: parse requirement strings shaped like real requirements.txt lines, print them back
// (str(Requirement)) and evaluate their markers against a target environment, then have /usr/bin/python3 with
// packaging do the same work (bench_pep508.py, one process) and print both timings and the ratio. The checksums
// of both sides must agree.
//
// Usage: bench_pep508 [count] (default 200000). Meaningful figures come from the release preset.

#include "pep/requirement.h"
#include "testpaths.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <random>

using namespace envlens;
using namespace envlens::pep;

namespace {

QStringList makeRequirements(int count)
{
    static const char *const names[] = { "numpy", "pandas", "scikit-learn", "torch", "mlflow", "requests", "PyYAML",
        "cloudpickle", "zope.interface", "typing_extensions" };
    static const char *const specs[]
        = { "", "==1.24.3", ">=1.0,<2", "~=2.31.0", "!=1.5.*,>=1.3", " (>=0.9)", "==2.0.1+cu118", ">=3.8" };
    static const char *const markers[] = { "", "; python_version < \"3.8\"", "; sys_platform == 'win32'",
        "; platform_machine == 'x86_64' and python_version >= '3.9'", "; extra == 'test'",
        "; (os_name == 'nt' or os_name == 'posix')" };
    std::mt19937 rng(508);
    auto pick = [&rng](int n) { return int(rng() % quint32(n)); };
    QStringList out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        QString line = QString::fromLatin1(names[pick(10)]);
        if (pick(8) == 0)
            line += QStringLiteral("[extra]");
        line += QString::fromLatin1(specs[pick(8)]);
        line += QString::fromLatin1(markers[pick(6)]);
        out << line;
    }
    return out;
}

double seconds(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 200000;
    const QStringList texts = makeRequirements(count);

    QElapsedTimer t;
    t.start();
    QVector<Requirement> reqs;
    reqs.reserve(count);
    for (const QString &text : texts) {
        Result<Requirement> parsed = Requirement::parse(text);
        if (!parsed.ok()) {
            std::fprintf(stderr, "unexpected parse failure: %s\n", qPrintable(text));
            return 1;
        }
        reqs.append(std::move(parsed.value()));
    }
    const double parse = seconds(t);

    t.restart();
    qint64 strlen = 0;
    for (const Requirement &req : std::as_const(reqs))
        strlen += req.toString().size();
    const double print = seconds(t);

    const MarkerEnvironment env = MarkerEnvironment::target(QStringLiteral("3.10.12"));
    t.restart();
    qint64 trueCount = 0;
    for (const Requirement &req : std::as_const(reqs)) {
        const std::optional<Marker> marker = req.marker();
        if (marker && marker->evaluate(env))
            ++trueCount;
    }
    const double evaluate = seconds(t);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("requirements.txt"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return 1;
    for (const QString &text : texts)
        file.write(text.toUtf8() + '\n');
    file.close();

    QProcess python;
    python.start(test::oraclePython(), { test::sourceDir() + QStringLiteral("/tests/bench/bench_pep508.py"), path });
    if (!python.waitForFinished(-1) || python.exitCode() != 0) {
        std::fprintf(stderr, "python failed: %s\n", python.readAllStandardError().constData());
        return 1;
    }
    const QJsonObject theirs = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
    const bool agree = qint64(theirs.value(QStringLiteral("strlen")).toDouble()) == strlen
        && qint64(theirs.value(QStringLiteral("true")).toDouble()) == trueCount;

    auto row = [](const char *what, double ours, double py) {
        std::printf("%-10s envlens %8.3f s   packaging %8.3f s   ratio %6.1fx\n", what, ours, py, py / ours);
    };
    std::printf("%d requirement strings\n", count);
    row("parse", parse, theirs.value(QStringLiteral("parse")).toDouble());
    row("str()", print, theirs.value(QStringLiteral("str")).toDouble());
    row("evaluate", evaluate, theirs.value(QStringLiteral("evaluate")).toDouble());
    std::printf("checksums %s (str length %lld, true markers %lld)\n", agree ? "agree" : "DIFFER",
        static_cast<long long>(strlen), static_cast<long long>(trueCount));
    return agree ? 0 : 1;
}
