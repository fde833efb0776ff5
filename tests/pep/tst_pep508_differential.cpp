// Differential test of the PEP 508 engine against Debian's python3-packaging: a seeded generator writes
// requirement strings and markers (valid and broken) with environments, one /usr/bin/python3 process answers
// them all (oracle_pep508.py), and every answer must match ours exactly: validity, syntax error message and
// column, name, extras, specifier, URL, str() and marker evaluation.
//
// ENVLENS_PEP508_CASES sets the number of generated strings (default 2000; CTest's full variant uses 45000),
// ENVLENS_PEP508_SEED the seed.

#include "pep/marker.h"
#include "pep/requirement.h"
#include "testpaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace envlens;
using namespace envlens::pep;

namespace {

class Generator
{
public:
    explicit Generator(quint32 seed) : m_random(seed) { }

    QString requirement()
    {
        QString s = maybe(0.15, ws()) + name() + maybe(0.2, ws());
        if (chance(0.3))
            s += extras() + maybe(0.2, ws());
        if (chance(0.2)) {
            s += QStringLiteral("@") + maybe(0.8, ws()) + url();
            if (chance(0.5))
                s += ws() + QStringLiteral(";") + maybe(0.5, ws()) + marker(2);
            else if (chance(0.1))
                s += ws();
        } else {
            if (chance(0.75))
                s += specifiers();
            if (chance(0.35))
                s += maybe(0.6, ws()) + QStringLiteral(";") + maybe(0.6, ws()) + marker(2);
        }
        s += maybe(0.05, pick({ QStringLiteral("\n"), QStringLiteral(" "), QStringLiteral("\t") }));
        return mutate(s);
    }

    QString markerText() { return mutate(marker(3)); }

    QJsonObject environment()
    {
        QJsonObject env;
        env[QStringLiteral("python_version")] = pick({ "2.7", "3.6", "3.8", "3.9", "3.10", "3.11", "3.12", "4" });
        env[QStringLiteral("python_full_version")]
            = pick({ "3.8.10", "3.10.12", "3.11.0rc1", "3.12.0a1", "3.9.7+", "3.7.0", "3.10.0" });
        env[QStringLiteral("os_name")] = pick({ "posix", "nt", "java" });
        env[QStringLiteral("sys_platform")] = pick({ "linux", "win32", "darwin", "cygwin", "linux2" });
        env[QStringLiteral("platform_system")] = pick({ "Linux", "Windows", "Darwin", "Java", "" });
        env[QStringLiteral("platform_machine")] = pick({ "x86_64", "AMD64", "arm64", "aarch64", "i686", "ppc64le" });
        env[QStringLiteral("platform_release")] = pick({ "5.15.0-91-generic", "10", "23.0.0", "6.1.0", "4.4.0+" });
        env[QStringLiteral("platform_version")] = pick({ "#1 SMP", "10.0.19045", "1.0", "Darwin Kernel" });
        env[QStringLiteral("platform_python_implementation")] = pick({ "CPython", "PyPy", "Jython" });
        env[QStringLiteral("implementation_name")] = pick({ "cpython", "pypy", "ironpython" });
        env[QStringLiteral("implementation_version")] = pick({ "3.10.12", "3.11.0b2", "7.3.1", "3.8.0.final" });
        env[QStringLiteral("extra")] = pick({ "", "test", "Dev_Tools", "security", "dev-tools", "s3" });
        return env;
    }

private:
    bool chance(double p) { return m_random.generateDouble() < p; }
    int below(int n) { return int(m_random.bounded(n)); }
    QString maybe(double p, const QString &text) { return chance(p) ? text : QString(); }
    QString pick(std::initializer_list<QString> options) { return *(options.begin() + below(int(options.size()))); }
    QString pick(std::initializer_list<const char *> options)
    {
        return QString::fromUtf8(*(options.begin() + below(int(options.size()))));
    }

    QString ws() { return pick({ " ", "  ", "\t", " \t " }); }

    QString name()
    {
        return pick({ "foo", "Foo_Bar", "a.b-c", "x1", "requests", "zope.interface", "A", "9lives", "foo-", "foo_",
            "_foo", "-bad", "foo.", "name..x", "torch", "scikit-learn", "PyYAML", "n\u00e9", "", "a-_.b" });
    }

    QString extras()
    {
        QString s = QStringLiteral("[") + maybe(0.3, ws());
        const int count = below(4);
        for (int i = 0; i < count; ++i) {
            if (i > 0)
                s += maybe(0.3, ws()) + (chance(0.92) ? QStringLiteral(",") : QString()) + maybe(0.3, ws());
            s += pick({ "security", "socks", "Dev_Tools", "a", "b.c", "tests", "x-", "1", "s3", "a", "-x" });
        }
        s += maybe(0.1, QStringLiteral(",")) + maybe(0.3, ws());
        return s + (chance(0.93) ? QStringLiteral("]") : QString());
    }

    QString version()
    {
        return pick({ "1.0", "1.0.*", "1.0a1", "1!2.0", "1.0+local", "v1.0", "1.0.post1", "1.0-1", "1.0.dev0", "1",
            "2.0rc1", "1.0a-", "abc", "1.*.0", "", "1.0 ", "3.8", "1.2.3.4", "0.9b", "1.0.0+cu118", "1.0c1",
            "1.0preview2", "1.0_r3", "2.0.post", "1.0-dev", "1.0.Dev1", "1.4.5.*", "V2", "1.0+ubuntu-1", "1.0+",
            "01.02", "1.0pre", "1.0rev1" });
    }

    QString specifier()
    {
        const QString op = pick({ "==", "!=", "<", "<=", ">", ">=", "~=", "===", "=", "=>", "~", "<>", "===" });
        return op + maybe(0.15, ws()) + version();
    }

    QString specifiers()
    {
        QString s;
        const int count = 1 + below(3);
        for (int i = 0; i < count; ++i) {
            if (i > 0)
                s += maybe(0.3, ws()) + (chance(0.9) ? QStringLiteral(",") : QString()) + maybe(0.4, ws());
            s += specifier();
        }
        if (chance(0.05))
            s += QStringLiteral(",");
        if (chance(0.25))
            s = QStringLiteral("(") + maybe(0.3, ws()) + s + maybe(0.3, ws())
                + (chance(0.93) ? QStringLiteral(")") : QString());
        return maybe(0.4, ws()) + s;
    }

    QString url()
    {
        return pick({ "https://example.org/pkg-1.0-py3-none-any.whl", "file:///tmp/x.whl", "file:/tmp/x",
            "file://localhost/x", "git+https://github.com/a/b.git@v1#egg=b", "ftp://h/p.tar.gz", "/abs/path",
            "https:///nohost", "http://[::1]/x", "http://[bad/x", "x:y", "FILE:///X",
            "HTTPS://Host/Path;params?q=1#frag", "https://user:pw@host:8080/p", "file:///a;b?c#d",
            "http://[127.0.0.1]/x", "http://[v1.x]/p", "file:", "file:/", "file://", "https:", "ssh://g@h/r",
            "./rel/path", "https://h/a b", "file:x", "file:///tmp/x?", "file:///tmp/x#" });
    }

    QString quoted()
    {
        QString value = pick({ "3.8", "3.10", "2.7", "linux", "win32", "Windows", "x86_64", "cpython", "3.8.*", "3",
            "3.6.0", "", "Dev_Tools", "test", "3.11.0rc1", "posix", "a'b", "~=3.8", "1.0+local", "dev-tools", "CPython",
            "5.15", "6.*", "lin", "\\x41", "\\n", "\\u00e9", "a\\\\b", "\\", "\\101", "\\N{DASH}", "x\\",
            "python_version", "extra" });
        const bool single = chance(0.4) || value.contains(QLatin1Char('"'));
        if (single && value.contains(QLatin1Char('\'')))
            value.remove(QLatin1Char('\''));
        const QString q = single ? QStringLiteral("'") : QStringLiteral("\"");
        return q + value + q;
    }

    QString variable()
    {
        return pick({ "python_version", "python_full_version", "os_name", "os.name", "sys_platform", "sys.platform",
            "platform_release", "platform_system", "platform_version", "platform.version", "platform_machine",
            "platform.machine", "platform_python_implementation", "platform.python_implementation",
            "python_implementation", "implementation_name", "implementation_version", "extra", "python_versions", "foo",
            "extra" });
    }

    QString operand() { return chance(0.5) ? variable() : quoted(); }

    QString markerOp()
    {
        return pick({ "==", "!=", "<", "<=", ">", ">=", "~=", "===", "in", "not in", "not  in", "notin", "=", "<>" });
    }

    QString marker(int depth)
    {
        QString s;
        const int atoms = 1 + below(depth > 0 ? 3 : 1);
        for (int i = 0; i < atoms; ++i) {
            if (i > 0)
                s += maybe(0.9, ws()) + pick({ "and", "or", "and", "or", "AND", "&&" }) + maybe(0.9, ws());
            if (depth > 0 && chance(0.25)) {
                s += QStringLiteral("(") + maybe(0.3, ws()) + marker(depth - 1) + maybe(0.3, ws())
                    + (chance(0.95) ? QStringLiteral(")") : QString());
            } else {
                s += operand() + maybe(0.7, ws()) + markerOp() + maybe(0.7, ws()) + operand();
            }
        }
        return s;
    }

    // A few strings get one random edit, to reach the error paths.
    QString mutate(QString s)
    {
        if (!chance(0.12) || s.isEmpty())
            return s;
        const int at = below(int(s.size()) + 1);
        const QString piece = pick({ "(", ")", "[", "]", ";", ",", "@", "=", "'", "\"", " ", "<", "~", "!", "*", "#" });
        switch (below(3)) {
        case 0:
            return s.insert(at, piece);
        case 1:
            return at < s.size() ? s.remove(at, 1) : s;
        default:
            return at < s.size() ? s.replace(at, 1, piece) : s + piece;
        }
    }

    QRandomGenerator m_random;
};

MarkerEnvironment toEnvironment(const QJsonObject &json, QString *extra)
{
    MarkerEnvironment env;
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (it.key() == QLatin1String("extra"))
            *extra = it.value().toString();
        else
            env.values.insert(it.key(), it.value().toString());
    }
    return env;
}

QJsonValue evaluationJson(const Marker &marker, const QJsonObject &envJson)
{
    QString extra;
    const MarkerEnvironment env = toEnvironment(envJson, &extra);
    const Result<bool> result = marker.evaluateChecked(env, extra);
    return result.ok() ? QJsonValue(result.value()) : QJsonValue(QJsonValue::Null);
}

QJsonObject failureJson(const Error &error)
{
    QJsonObject out { { QStringLiteral("ok"), false } };
    // Our syntax errors are exactly packaging's ParserSyntaxError messages, which all start with "Expected".
    const bool syntax = error.message.startsWith(QLatin1String("Expected"));
    out[QStringLiteral("syntax")] = syntax;
    if (syntax) {
        out[QStringLiteral("msg")] = error.message;
        out[QStringLiteral("col")] = error.column;
    }
    return out;
}

QJsonObject ourAnswer(const QJsonObject &caseJson)
{
    const QString text = caseJson[QStringLiteral("s")].toString();
    const QJsonArray envs = caseJson[QStringLiteral("envs")].toArray();
    QJsonArray evaluations;
    if (caseJson[QStringLiteral("t")].toString() == QLatin1String("marker")) {
        const Result<Marker> marker = Marker::parse(text);
        if (!marker.ok())
            return failureJson(marker.error());
        for (const QJsonValue &env : envs)
            evaluations.append(evaluationJson(*marker, env.toObject()));
        return { { QStringLiteral("ok"), true }, { QStringLiteral("str"), marker->toString() },
            { QStringLiteral("eval"), evaluations } };
    }
    const Result<Requirement> req = Requirement::parse(text);
    if (!req.ok())
        return failureJson(req.error());
    const std::optional<Marker> marker = req->marker();
    if (marker) {
        for (const QJsonValue &env : envs)
            evaluations.append(evaluationJson(*marker, env.toObject()));
    }
    return { { QStringLiteral("ok"), true }, { QStringLiteral("str"), req->toString() },
        { QStringLiteral("name"), req->name() },
        { QStringLiteral("extras"), QJsonArray::fromStringList(req->extras()) },
        { QStringLiteral("spec"), req->specifier().toString() }, { QStringLiteral("url"), req->url() },
        { QStringLiteral("marker"), marker ? QJsonValue(marker->toString()) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("eval"), evaluations } };
}

// Only what both sides state is compared: for non-syntax failures packaging's message is another exception's.
QJsonObject comparable(QJsonObject answer)
{
    if (!answer[QStringLiteral("ok")].toBool() && !answer[QStringLiteral("syntax")].toBool())
        answer.remove(QStringLiteral("msg"));
    return answer;
}

} // namespace

class TestPep508Differential : public QObject
{
    Q_OBJECT

private slots:
    void againstPackaging();
};

void TestPep508Differential::againstPackaging()
{
    const int count = qEnvironmentVariableIsSet("ENVLENS_PEP508_CASES")
        ? qEnvironmentVariableIntValue("ENVLENS_PEP508_CASES")
        : 2000;
    const quint32 seed = qEnvironmentVariableIsSet("ENVLENS_PEP508_SEED")
        ? quint32(qEnvironmentVariableIntValue("ENVLENS_PEP508_SEED"))
        : 508u;
    Generator generator(seed);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString casesPath = dir.filePath(QStringLiteral("cases.jsonl"));
    const QString answersPath = dir.filePath(QStringLiteral("answers.jsonl"));
    QList<QJsonObject> cases;
    {
        QFile file(casesPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < count; ++i) {
            const bool isMarker = i % 3 == 2;
            QJsonArray envs;
            for (int e = 0; e < (isMarker ? 3 : 1); ++e)
                envs.append(generator.environment());
            const QJsonObject c { { QStringLiteral("t"), isMarker ? QStringLiteral("marker") : QStringLiteral("req") },
                { QStringLiteral("s"), isMarker ? generator.markerText() : generator.requirement() },
                { QStringLiteral("envs"), envs } };
            cases.append(c);
            file.write(QJsonDocument(c).toJson(QJsonDocument::Compact) + '\n');
        }
    }

    QProcess python;
    python.start(test::oraclePython(),
        { test::sourceDir() + QStringLiteral("/tests/pep/oracle_pep508.py"), casesPath, answersPath });
    QVERIFY2(python.waitForFinished(600000), qPrintable(python.errorString()));
    QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());

    QFile answers(answersPath);
    QVERIFY(answers.open(QIODevice::ReadOnly));
    int index = 0;
    int mismatches = 0;
    int valid = 0;
    QString report;
    while (!answers.atEnd()) {
        const QByteArray line = answers.readLine();
        QVERIFY(index < cases.size());
        const QJsonObject expected = comparable(QJsonDocument::fromJson(line).object());
        const QJsonObject actual = comparable(ourAnswer(cases[index]));
        valid += expected[QStringLiteral("ok")].toBool() ? 1 : 0;
        if (expected != actual && ++mismatches <= 15) {
            report += QStringLiteral("\ncase %1: %2\n  packaging: %3\n  envlens:   %4")
                          .arg(index)
                          .arg(QString::fromUtf8(QJsonDocument(cases[index]).toJson(QJsonDocument::Compact)),
                              QString::fromUtf8(QJsonDocument(expected).toJson(QJsonDocument::Compact)),
                              QString::fromUtf8(QJsonDocument(actual).toJson(QJsonDocument::Compact)));
        }
        ++index;
    }
    QCOMPARE(index, int(cases.size()));
    qInfo("%d cases (seed %u), %d valid for packaging, %d mismatches", index, seed, valid, mismatches);
    QVERIFY2(mismatches == 0, qPrintable(QStringLiteral("%1 disagreements with packaging:").arg(mismatches) + report));
    // The generator must reach both sides of the grammar, or the comparison proves little.
    QVERIFY(valid > index / 5);
    QVERIFY(valid < index * 4 / 5);
}

QTEST_GUILESS_MAIN(TestPep508Differential)
#include "tst_pep508_differential.moc"
