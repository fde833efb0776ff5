// Satisfiability of specifier clauses (the req-conflict engine): hand-checked tables, then random
// clause lists checked against brute force over a dense grid of versions. A "satisfiable" answer
// always comes with a witness that every clause admits; an "unsatisfiable" answer must leave the
// whole grid without one. The grid is finer than the clause versions (extra release numbers,
// pre/post/dev numbers and local labels between and around theirs) so that it holds the
// neighbours a witness would need. ENVLENS_SAT_CASES sets the number of random lists (default 400).

#include "pep/satisfiability.h"
#include "pep/specifier.h"

#include <QtTest>

#include <random>

using namespace envlens;
using namespace envlens::pep;

namespace {

QVector<Specifier> parseClauses(const QString &text)
{
    QVector<Specifier> out;
    const QStringList parts = text.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &p : parts)
        out.append(Specifier::parse(p).value());
    return out;
}

QVector<Version> denseGrid()
{
    const QVector<QVector<qint64>> releases = {{0}, {1}, {2}, {0, 1}, {0, 2}, {1, 1}, {1, 2}, {2, 1}, {2, 2},
                                               {0, 0, 1}, {0, 1, 1}, {1, 0, 1}, {1, 1, 1}, {0, 1, 2}, {1, 0, 2}};
    const QVector<std::optional<Version::PreRelease>> pres = {
        std::nullopt,
        Version::PreRelease{Version::PreKind::Alpha, 0},
        Version::PreRelease{Version::PreKind::Alpha, 1},
        Version::PreRelease{Version::PreKind::Alpha, 2},
        Version::PreRelease{Version::PreKind::ReleaseCandidate, 0},
        Version::PreRelease{Version::PreKind::ReleaseCandidate, 1}};
    const QVector<std::optional<qint64>> numbers = {std::nullopt, 0, 1, 2};
    const QStringList locals = {QString(), QStringLiteral("0a"), QStringLiteral("a"), QStringLiteral("a.0"),
                                QStringLiteral("1"), QStringLiteral("2")};
    QVector<Version> grid;
    for (qint64 epoch : {0, 1, 2}) {
        for (const auto &release : releases) {
            for (const auto &pre : pres) {
                for (const auto &post : numbers) {
                    for (const auto &dev : numbers) {
                        for (const QString &local : locals)
                            grid.append(Version::fromParts(epoch, release, pre, post, dev, local));
                    }
                }
            }
        }
    }
    return grid;
}

QString randomClause(std::mt19937 &rng)
{
    auto pick = [&](int n) { return int(rng() % quint32(n)); };
    auto one = [&](std::initializer_list<const char *> items) {
        return QString::fromLatin1(*(items.begin() + pick(int(items.size()))));
    };
    QString v = rng() % 6 == 0 ? QStringLiteral("1!") : QString();
    v += one({"0", "1", "1", "0.1", "1.0", "1.1", "1.0.0"});
    const QString op = one({"==", "!=", "<", "<=", ">", ">=", "~=", "===", "==", "!="});
    if ((op == QLatin1String("==") || op == QLatin1String("!=")) && pick(3) == 0)
        return op + v + QStringLiteral(".*");
    if (op == QLatin1String("~=")) {
        if (!v.contains(QLatin1Char('.')))
            v += QStringLiteral(".0");
        if (pick(4) == 0)
            return op + v + one({".c1", "a1", ".r1", ".pre.1.dev1", ".post1", ".0.c1.dev0"});
    }
    if (pick(3) == 0)
        v += one({"a1", "rc0", "a0"});
    if (pick(4) == 0)
        v += one({".post1", ".post0"});
    if (pick(4) == 0)
        v += one({".dev1", ".dev0"});
    if ((op == QLatin1String("==") || op == QLatin1String("!=") || op == QLatin1String("===")) && pick(4) == 0)
        v += one({"+a", "+1"});
    if (op == QLatin1String("===") && pick(5) == 0)
        v = one({"foo", "1.0A1", "1.0.0"});
    return op + v;
}

} // namespace

class TestSatisfiability : public QObject
{
    Q_OBJECT

private slots:
    void table_data();
    void table();
    void clashIndices_data();
    void clashIndices();
    void bruteForce();
};

void TestSatisfiability::table_data()
{
    QTest::addColumn<QString>("clauses"); // ';'-separated
    QTest::addColumn<bool>("satisfiable");

    QTest::addRow("nothing") << "" << true;
    QTest::addRow("range") << ">=1.0;<2.0" << true;
    QTest::addRow("disjoint") << ">=2.0;<1.0" << false;
    QTest::addRow("pin vs range") << "==1.5;>=2" << false;
    QTest::addRow("pin in range") << "==1.5;>=1,<2" << true;
    QTest::addRow("touching closed") << ">=1.0;<=1.0" << true;
    QTest::addRow("touching open") << ">1.0;<=1.0" << false;
    // >1.0 excludes 1.0.post1 and 1.0+local; <1.0.post1 leaves only 1.0 and its locals and post0.
    QTest::addRow("gt excludes posts") << ">1.0;<1.0.post1" << false;
    QTest::addRow("gt post admits later post") << ">1.0.post0;<1.0.post2" << true;
    // <2.0 excludes 2.0 pre-releases, so nothing between 2.0a1 and 2.0 is left.
    QTest::addRow("lt excludes pre") << ">=2.0a1;<2.0" << false;
    QTest::addRow("lt pre admits pre") << ">=2.0a1;<2.0b1" << true;
    QTest::addRow("lt zero") << "<0" << false;
    QTest::addRow("lt zero dev") << "<0.dev0" << false;
    QTest::addRow("lt zero a0") << "<0a0" << true; // 0.dev0
    QTest::addRow("local pin") << "==1.0+cu118;>=1.0" << true;
    QTest::addRow("local vs public pin") << "==1.0+cu118;==1.0" << true;
    QTest::addRow("two locals") << "==1.0+cu118;==1.0+cpu" << false;
    QTest::addRow("local vs gt") << "==1.0+cu118;>1.0" << false;
    QTest::addRow("local vs le") << "==1.0+cu118;<=1.0" << true;
    QTest::addRow("local vs lt") << "==1.0+cu118;<1.0" << false;
    QTest::addRow("not equal pin") << "==1.0;!=1.0" << false;
    QTest::addRow("not equal other local") << "==1.0;!=1.0+a" << true;
    QTest::addRow("triple hole") << ">=1.0;<=1.0;!=1.0" << false;
    QTest::addRow("wildcard") << "==1.4.*;>=1.4.2" << true;
    QTest::addRow("wildcard out") << "==1.4.*;>=1.5" << false;
    QTest::addRow("wildcard hole") << "==1.4.*;!=1.4.*" << false;
    QTest::addRow("not wildcard") << "!=1.*;>=1;<2" << false;
    QTest::addRow("not wildcard pre") << "!=1.*;>=1.0.dev0;<2.0a1" << true; // 2.0.dev0
    QTest::addRow("compatible") << "~=1.4.2;<1.5" << true;
    QTest::addRow("compatible out") << "~=1.4.2;>=1.5" << false;
    QTest::addRow("compatible major") << "~=2.2;==2.9" << true;
    QTest::addRow("compatible next") << "~=2.2;==3.0" << false;
    QTest::addRow("arbitrary") << "===1.0;>=1.0" << true;
    QTest::addRow("arbitrary not canonical") << "===1.0.0;==1.0" << true;
    QTest::addRow("arbitrary never") << "===foo" << false;
    QTest::addRow("arbitrary non canonical text") << "===1.0a" << false;
    QTest::addRow("arbitrary upper") << "===1.0A1" << true;
    QTest::addRow("arbitrary vs pin") << "===1.0;==2.0" << false;
    QTest::addRow("epoch") << ">=1!0;<1" << false;
    QTest::addRow("epoch zero wildcard") << "==0.*;>=5" << true; // 1!5: packaging's epoch padding quirk
    QTest::addRow("dev between") << ">1.0.dev0;<1.0a0" << true;   // 1.0.dev1
    QTest::addRow("local between") << ">=1.0;<1.0.post0;!=1.0" << false;
    // 1.0.post1.dev1 is above the first bound, but <1.0.post1 refuses pre-releases of 1.0 (dev counts).
    QTest::addRow("post dev") << ">1.0.post1.dev0;<1.0.post1" << false;
    QTest::addRow("post dev pre bound") << ">1.0.post1.dev0;<1.0.post2.dev0" << true; // 1.0.post1.dev1
}

void TestSatisfiability::table()
{
    QFETCH(QString, clauses);
    QFETCH(bool, satisfiable);
    QVector<Specifier> list;
    for (const QString &part : clauses.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList pieces = part.split(QLatin1Char(','));
        for (const QString &piece : pieces)
            list.append(Specifier::parse(piece).value());
    }
    QCOMPARE(isSatisfiable(list), satisfiable);
    const std::optional<Version> w = findWitness(list);
    QCOMPARE(w.has_value(), satisfiable);
    if (w) {
        for (const Specifier &s : std::as_const(list))
            QVERIFY2(s.contains(*w, true), qPrintable(s.toString() + QLatin1Char(' ') + w->toString()));
    }
    QCOMPARE(findClash(list).has_value(), !satisfiable);
}

void TestSatisfiability::clashIndices_data()
{
    QTest::addColumn<QString>("clauses");
    QTest::addColumn<QVector<int>>("expected");

    QTest::addRow("pair") << ">=1;<3;==5;!=2" << QVector<int>{1, 2};
    QTest::addRow("first pair wins") << ">=4;<3;<2" << QVector<int>{0, 1};
    QTest::addRow("lone clause") << ">=1;===nope;<2" << QVector<int>{1};
    QTest::addRow("triple") << ">=1.0;!=2;<=1.0;!=1.0" << QVector<int>{0, 2, 3};
}

void TestSatisfiability::clashIndices()
{
    QFETCH(QString, clauses);
    QFETCH(QVector<int>, expected);
    const std::optional<Clash> clash = findClash(parseClauses(clauses));
    QVERIFY(clash);
    QCOMPARE(clash->clauses, expected);
    QCOMPARE(clash->first, expected.value(0, -1));
    QCOMPARE(clash->second, expected.value(1, -1));
}

void TestSatisfiability::bruteForce()
{
    const QVector<Version> grid = denseGrid();
    const int cases = qEnvironmentVariableIsSet("ENVLENS_SAT_CASES") ? qEnvironmentVariableIntValue("ENVLENS_SAT_CASES")
                                                                     : 400;
    std::mt19937 rng(508);
    int unsatisfiable = 0;
    QStringList failures;
    for (int c = 0; c < cases; ++c) {
        QVector<Specifier> clauses;
        QStringList texts;
        const int count = 1 + int(rng() % 3);
        for (int i = 0; i < count; ++i) {
            const QString t = randomClause(rng);
            texts << t;
            clauses.append(Specifier::parse(t).value());
        }
        const std::optional<Version> w = findWitness(clauses);
        if (w) {
            for (const Specifier &s : std::as_const(clauses)) {
                if (!s.contains(*w, true))
                    failures << QStringLiteral("%1: witness %2 not admitted by %3").arg(texts.join(QLatin1Char(',')), w->toString(), s.toString());
            }
            continue;
        }
        ++unsatisfiable;
        for (const Version &v : grid) {
            if (std::all_of(clauses.begin(), clauses.end(), [&](const Specifier &s) { return s.contains(v, true); })) {
                failures << QStringLiteral("%1: judged unsatisfiable, but %2 is admitted").arg(texts.join(QLatin1Char(',')), v.toString());
                break;
            }
        }
        const std::optional<Clash> clash = findClash(clauses);
        if (!clash)
            failures << QStringLiteral("%1: no clash named").arg(texts.join(QLatin1Char(',')));
        else if (isSatisfiable([&] {
                     QVector<Specifier> core;
                     for (int i : clash->clauses)
                         core.append(clauses.at(i));
                     return core;
                 }()))
            failures << QStringLiteral("%1: the named clash is satisfiable").arg(texts.join(QLatin1Char(',')));
    }
    for (qsizetype i = 0; i < qMin<qsizetype>(failures.size(), 30); ++i)
        qWarning().noquote() << failures.at(i);
    qInfo("%d of %d random lists unsatisfiable, grid of %d versions", unsatisfiable, cases, int(grid.size()));
    QVERIFY(unsatisfiable > cases / 10);
    QVERIFY2(failures.isEmpty(), qPrintable(QString::number(failures.size()) + QStringLiteral(" disagreements")));
}

QTEST_GUILESS_MAIN(TestSatisfiability)
#include "tst_satisfiability.moc"
