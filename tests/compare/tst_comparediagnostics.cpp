#include "compare/comparediagnostics.h"

#include <QTest>

using namespace envlens;

namespace {

// "id@file:line message" per finding, ';'-separated; an empty string is no finding.
QVector<Diagnostic> parse(const QString &spec)
{
    QVector<Diagnostic> out;
    const QStringList items = spec.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &item : items) {
        Diagnostic d;
        const int at = int(item.indexOf(QLatin1Char('@')));
        const int colon = int(item.indexOf(QLatin1Char(':'), at));
        const int space = int(item.indexOf(QLatin1Char(' '), colon));
        d.id = item.left(at);
        d.location.file = item.mid(at + 1, colon - at - 1);
        d.location.line = item.mid(colon + 1, space - colon - 1).toInt();
        d.message = item.mid(space + 1);
        out.append(d);
    }
    return out;
}

QString format(const QVector<Diagnostic> &list)
{
    QStringList out;
    for (const Diagnostic &d : list)
        out << QStringLiteral("%1@%2:%3 %4").arg(d.id, d.location.file).arg(d.location.line).arg(d.message);
    return out.join(QLatin1Char(';'));
}

} // namespace

class TestCompareDiagnostics : public QObject
{
    Q_OBJECT

private slots:
    void compare_data();
    void compare();
};

void TestCompareDiagnostics::compare_data()
{
    QTest::addColumn<QString>("oldFindings");
    QTest::addColumn<QString>("newFindings");
    QTest::addColumn<QString>("introduced");
    QTest::addColumn<QString>("fixed");
    QTest::addColumn<QString>("kept");
    const auto row = [](const char *name, const char *before, const char *after, const char *introduced,
                         const char *fixed, const char *kept) {
        QTest::newRow(name) << QString::fromUtf8(before) << QString::fromUtf8(after) << QString::fromUtf8(introduced)
                            << QString::fromUtf8(fixed) << QString::fromUtf8(kept);
    };
    row("nothing", "", "", "", "", "");
    row("one fixed", "a@r.txt:1 m", "", "", "a@r.txt:1 m", "");
    row("one introduced", "", "a@r.txt:1 m", "a@r.txt:1 m", "", "");
    row("kept although it moved", "a@r.txt:1 m", "a@r.txt:7 m", "", "", "a@r.txt:7 m");
    row("kept with a new message", "python-mismatch@python_env.yaml:1 3.10 vs 3.11",
        "python-mismatch@python_env.yaml:1 3.10 vs 3.12", "", "", "python-mismatch@python_env.yaml:1 3.10 vs 3.12");
    row("same check, other file", "a@r.txt:1 m", "a@conda.yaml:1 m", "a@conda.yaml:1 m", "a@r.txt:1 m", "");
    row("exact matches first", "a@r.txt:1 x;a@r.txt:2 y", "a@r.txt:5 y", "", "a@r.txt:1 x", "a@r.txt:5 y");
    row("one of two kept", "a@r.txt:1 m;a@r.txt:2 m", "a@r.txt:1 m", "", "a@r.txt:2 m", "a@r.txt:1 m");
    row("two of one", "a@r.txt:1 m", "a@r.txt:1 m;a@r.txt:4 m", "a@r.txt:4 m", "", "a@r.txt:1 m");
    row("mixed", "a@r.txt:1 m;b@MLmodel:0 n", "b@MLmodel:0 n;c@code/x.py:3 o", "c@code/x.py:3 o", "a@r.txt:1 m",
        "b@MLmodel:0 n");
}

void TestCompareDiagnostics::compare()
{
    QFETCH(QString, oldFindings);
    QFETCH(QString, newFindings);
    QFETCH(QString, introduced);
    QFETCH(QString, fixed);
    QFETCH(QString, kept);
    const QVector<Diagnostic> before = parse(oldFindings);
    const QVector<Diagnostic> after = parse(newFindings);
    const DiagnosticComparison result = DiagnosticComparison::compare(before, after);
    QCOMPARE(format(result.introduced), introduced);
    QCOMPARE(format(result.fixed), fixed);
    QCOMPARE(format(result.kept), kept);
    QCOMPARE(result.kept.size() + result.introduced.size(), after.size());
    QCOMPARE(result.kept.size() + result.fixed.size(), before.size());
    // The other way round, introduced and fixed trade places.
    const DiagnosticComparison back = DiagnosticComparison::compare(after, before);
    QCOMPARE(back.introduced.size(), result.fixed.size());
    QCOMPARE(back.fixed.size(), result.introduced.size());
}

QTEST_MAIN(TestCompareDiagnostics)
#include "tst_comparediagnostics.moc"
