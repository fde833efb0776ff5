#include "checks/diagnostic.h"

#include <QTest>

using namespace envlens;

class TestDiagnostic : public QObject
{
    Q_OBJECT

private slots:
    void severityNames_data();
    void severityNames();
    void unknownSeverityName();
    void sortOrder_data();
    void sortOrder();
    void counts();
    void defaultFix();
    void atLeast_data();
    void atLeast();
};

void TestDiagnostic::severityNames_data()
{
    QTest::addColumn<Severity>("severity");
    QTest::addColumn<QString>("name");
    QTest::addRow("error") << Severity::Error << QStringLiteral("error");
    QTest::addRow("warning") << Severity::Warning << QStringLiteral("warning");
    QTest::addRow("info") << Severity::Info << QStringLiteral("info");
}

void TestDiagnostic::severityNames()
{
    QFETCH(Severity, severity);
    QFETCH(QString, name);
    QCOMPARE(severityName(severity), name);
    QCOMPARE(severityFromName(name), std::optional<Severity>(severity));
}

void TestDiagnostic::unknownSeverityName()
{
    QVERIFY(!severityFromName(QStringLiteral("Error")).has_value());
    QVERIFY(!severityFromName(QStringLiteral("note")).has_value());
    QVERIFY(!severityFromName(QString()).has_value());
}

static Diagnostic make(const char *id, const char *file, int line, int column)
{
    Diagnostic d;
    d.id = QString::fromLatin1(id);
    d.location = Location{QString::fromLatin1(file), line, column, QString()};
    return d;
}

void TestDiagnostic::sortOrder_data()
{
    QTest::addColumn<QVector<Diagnostic>>("input");
    QTest::addColumn<QStringList>("expected"); // "file:line:column:id"

    QTest::addRow("file first") << QVector<Diagnostic>{make("b", "requirements.txt", 1, 1), make("a", "MLmodel", 9, 1)}
                                << QStringList{QStringLiteral("MLmodel:9:1:a"),
                                               QStringLiteral("requirements.txt:1:1:b")};
    QTest::addRow("whole file before lines")
        << QVector<Diagnostic>{make("x", "conda.yaml", 3, 1), make("y", "conda.yaml", 0, 0)}
        << QStringList{QStringLiteral("conda.yaml:0:0:y"), QStringLiteral("conda.yaml:3:1:x")};
    QTest::addRow("line is numeric") << QVector<Diagnostic>{make("a", "r.txt", 10, 1), make("a", "r.txt", 9, 1)}
                                     << QStringList{QStringLiteral("r.txt:9:1:a"), QStringLiteral("r.txt:10:1:a")};
    QTest::addRow("column then id")
        << QVector<Diagnostic>{make("req-unpinned", "r.txt", 2, 5), make("req-duplicate", "r.txt", 2, 5),
                               make("req-conflict", "r.txt", 2, 1)}
        << QStringList{QStringLiteral("r.txt:2:1:req-conflict"), QStringLiteral("r.txt:2:5:req-duplicate"),
                       QStringLiteral("r.txt:2:5:req-unpinned")};
}

void TestDiagnostic::sortOrder()
{
    QFETCH(QVector<Diagnostic>, input);
    QFETCH(QStringList, expected);
    sortDiagnostics(input);
    QStringList actual;
    for (const Diagnostic &d : input)
        actual << QStringLiteral("%1:%2:%3:%4").arg(d.location.file).arg(d.location.line).arg(d.location.column).arg(d.id);
    QCOMPARE(actual, expected);
}

void TestDiagnostic::counts()
{
    QVector<Diagnostic> list(6);
    list[0].severity = Severity::Error;
    list[1].severity = Severity::Warning;
    list[2].severity = Severity::Warning;
    list[3].severity = Severity::Info;
    list[4].severity = Severity::Info;
    list[5].severity = Severity::Info;
    const DiagnosticCounts counts = countDiagnostics(list);
    QCOMPARE(counts.errors, 1);
    QCOMPARE(counts.warnings, 2);
    QCOMPARE(counts.infos, 3);
}

void TestDiagnostic::defaultFix()
{
    Diagnostic d;
    QCOMPARE(d.defaultFix(), nullptr);

    FixIt first;
    first.id = QStringLiteral("from-conda");
    FixIt second;
    second.id = QStringLiteral("from-requirements");
    second.isDefault = true;
    d.fixes = {first, second};
    QCOMPARE(d.defaultFix()->id, QStringLiteral("from-requirements"));
    QCOMPARE(d.fix(QStringLiteral("from-conda"))->id, QStringLiteral("from-conda"));
    QCOMPARE(d.fix(QStringLiteral("nope")), nullptr);

    d.fixes[1].isDefault = false;
    QCOMPARE(d.defaultFix()->id, QStringLiteral("from-conda")); // no flag: the first one
}

void TestDiagnostic::atLeast_data()
{
    QTest::addColumn<Severity>("severity");
    QTest::addColumn<Severity>("threshold");
    QTest::addColumn<bool>("expected");
    QTest::addRow("error reaches error") << Severity::Error << Severity::Error << true;
    QTest::addRow("warning misses error") << Severity::Warning << Severity::Error << false;
    QTest::addRow("info misses error") << Severity::Info << Severity::Error << false;
    QTest::addRow("error reaches warning") << Severity::Error << Severity::Warning << true;
    QTest::addRow("warning reaches warning") << Severity::Warning << Severity::Warning << true;
    QTest::addRow("info misses warning") << Severity::Info << Severity::Warning << false;
    QTest::addRow("info reaches info") << Severity::Info << Severity::Info << true;
}

void TestDiagnostic::atLeast()
{
    QFETCH(Severity, severity);
    QFETCH(Severity, threshold);
    QFETCH(bool, expected);
    QCOMPARE(isAtLeast(severity, threshold), expected);

    QVector<Diagnostic> list(2);
    list[0].severity = Severity::Info;
    list[1].severity = severity;
    QCOMPARE(anyAtLeast(list, threshold), expected || threshold == Severity::Info);
    QVERIFY(!anyAtLeast({}, threshold));
}

QTEST_APPLESS_MAIN(TestDiagnostic)
#include "tst_diagnostic.moc"
