#include "pep/names.h"

#include <QTest>

using namespace envlens::pep;

class TestNames : public QObject
{
    Q_OBJECT

private slots:
    void normalize_data();
    void normalize();
    void validity_data();
    void validity();
};

void TestNames::normalize_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("normalized");
    // PEP 503's own examples plus separator runs.
    QTest::addRow("lower") << "friendly-bard"
                           << "friendly-bard";
    QTest::addRow("dot") << "Friendly.Bard"
                         << "friendly-bard";
    QTest::addRow("underscore") << "FRIENDLY_BARD"
                                << "friendly-bard";
    QTest::addRow("mixed run") << "friendly__-.bard"
                               << "friendly-bard";
    QTest::addRow("dashes run") << "Friendly-._.-Bard"
                                << "friendly-bard";
    QTest::addRow("PyYAML") << "PyYAML"
                            << "pyyaml";
    QTest::addRow("zope.interface") << "zope.interface"
                                    << "zope-interface";
    QTest::addRow("leading separator kept") << "_private"
                                            << "-private";
    QTest::addRow("empty") << ""
                           << "";
}

void TestNames::normalize()
{
    QFETCH(QString, name);
    QFETCH(QString, normalized);
    QCOMPARE(normalizeName(name), normalized);
    QVERIFY(sameName(name, normalized));
}

void TestNames::validity_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::addRow("simple") << "requests" << true;
    QTest::addRow("single char") << "A" << true;
    QTest::addRow("digits") << "9lives" << true;
    QTest::addRow("inner separators") << "a.b-c_d" << true;
    QTest::addRow("trailing dash") << "foo-" << false;
    QTest::addRow("leading dot") << ".foo" << false;
    QTest::addRow("space") << "foo bar" << false;
    QTest::addRow("non-ascii") << QStringLiteral("n\u00e9") << false;
    QTest::addRow("empty") << "" << false;
}

void TestNames::validity()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(isValidName(name), valid);
}

QTEST_GUILESS_MAIN(TestNames)
#include "tst_names.moc"
