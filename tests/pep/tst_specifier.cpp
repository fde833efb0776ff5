// PEP 440 specifiers and specifier sets: parsing (valid and invalid, with reasons), containment
// with PEP 440's own examples and packaging's pre-release policy, the quirks of packaging 23.0 that
// EnvLens reproduces on purpose, equality, and the set's canonical string.

#include "pep/specifier.h"
#include "pep/specifierset.h"

#include <QtTest>

using namespace envlens;
using namespace envlens::pep;

Q_DECLARE_METATYPE(Specifier::Operator)

class TestSpecifier : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void invalid_data();
    void invalid();
    void contains_data();
    void contains();
    void containsText();
    void equality_data();
    void equality();
    void sets_data();
    void sets();
    void setContains_data();
    void setContains();
    void setErrorColumn();
};

void TestSpecifier::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<Specifier::Operator>("op");
    QTest::addColumn<QString>("versionText");
    QTest::addColumn<bool>("wildcard");
    QTest::addColumn<bool>("prereleases");

    using Op = Specifier::Operator;
    QTest::addRow("equal") << "==1.4" << "==1.4" << Op::Equal << "1.4" << false << false;
    QTest::addRow("spaces") << "  >= 2.0  " << ">=2.0" << Op::GreaterEqual << "2.0" << false << false;
    QTest::addRow("wildcard") << "==1.4.*" << "==1.4.*" << Op::Equal << "1.4.*" << true << false;
    QTest::addRow("not wildcard") << "!= 1.4.*" << "!=1.4.*" << Op::NotEqual << "1.4.*" << true << false;
    QTest::addRow("compatible") << "~=1.4.2" << "~=1.4.2" << Op::Compatible << "1.4.2" << false << false;
    QTest::addRow("arbitrary") << "===foo" << "===foo" << Op::Arbitrary << "foo" << false << false;
    QTest::addRow("arbitrary empty") << "===" << "===" << Op::Arbitrary << "" << false << false;
    QTest::addRow("arbitrary pre") << "===1.0a1" << "===1.0a1" << Op::Arbitrary << "1.0a1" << false << true;
    QTest::addRow("less") << "<2.0" << "<2.0" << Op::Less << "2.0" << false << false;
    QTest::addRow("less pre: not named") << "<2.0rc1" << "<2.0rc1" << Op::Less << "2.0rc1" << false << false;
    QTest::addRow("greater equal pre") << ">=2.0rc1" << ">=2.0rc1" << Op::GreaterEqual << "2.0rc1" << false << true;
    QTest::addRow("less equal dev") << "<=2.0.dev1" << "<=2.0.dev1" << Op::LessEqual << "2.0.dev1" << false << true;
    QTest::addRow("not equal pre: not named") << "!=2.0a1" << "!=2.0a1" << Op::NotEqual << "2.0a1" << false << false;
    QTest::addRow("local") << "==1.0+cu118" << "==1.0+cu118" << Op::Equal << "1.0+cu118" << false << false;
    QTest::addRow("kept spelling") << "==V1.0-1" << "==V1.0-1" << Op::Equal << "V1.0-1" << false << false;
    QTest::addRow("greater") << ">1.7" << ">1.7" << Op::Greater << "1.7" << false << false;
    QTest::addRow("epoch wildcard") << "==1!2.*" << "==1!2.*" << Op::Equal << "1!2.*" << true << false;
    // Spellings next to packaging's own, which Specifier packs into one word: the text comes back as written.
    QTest::addRow("implicit pre number") << "==1.0rc" << "==1.0rc" << Op::Equal << "1.0rc" << false << true;
    QTest::addRow("leading zero") << ">=01.2" << ">=01.2" << Op::GreaterEqual << "01.2" << false << false;
    QTest::addRow("pre leading zero") << ">=1.2a01" << ">=1.2a01" << Op::GreaterEqual << "1.2a01" << false << true;
    QTest::addRow("five numbers") << "<1.2.3.4.5" << "<1.2.3.4.5" << Op::Less << "1.2.3.4.5" << false << false;
    QTest::addRow("largest packed") << "~=16383.4095.4095.255rc511" << "~=16383.4095.4095.255rc511" << Op::Compatible
                                    << "16383.4095.4095.255rc511" << false << true;
    QTest::addRow("past packed") << "~=16384.4096.4096.256rc512" << "~=16384.4096.4096.256rc512" << Op::Compatible
                                 << "16384.4096.4096.256rc512" << false << true;
    QTest::addRow("arbitrary canonical") << "===2.0.1" << "===2.0.1" << Op::Arbitrary << "2.0.1" << false << false;
    QTest::addRow("equal beta") << "==2.0b1" << "==2.0b1" << Op::Equal << "2.0b1" << false << true;
}

void TestSpecifier::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    QFETCH(Specifier::Operator, op);
    QFETCH(QString, versionText);
    QFETCH(bool, wildcard);
    QFETCH(bool, prereleases);
    const Result<Specifier> s = Specifier::parse(text);
    QVERIFY2(s, s ? "" : qPrintable(s.error().message));
    QCOMPARE(s->toString(), canonical);
    QCOMPARE(s->op(), op);
    QCOMPARE(s->versionText(), versionText);
    QCOMPARE(s->hasWildcard(), wildcard);
    QCOMPARE(s->prereleases(), prereleases);
    QCOMPARE(s->version().has_value(), op != Specifier::Operator::Arbitrary || Version::isValid(versionText));
}

void TestSpecifier::invalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");

    QTest::addRow("compatible one number") << "~=1" << "two release numbers";
    QTest::addRow("compatible wildcard") << "~=1.0.*" << "wildcard";
    QTest::addRow("compatible local") << "~=1.0+a" << "local label";
    QTest::addRow("ordered local") << ">=1.0+local" << "local label";
    QTest::addRow("ordered wildcard") << ">=1.0.*" << "wildcard";
    QTest::addRow("wildcard after pre") << "==1.0a1.*" << "wildcard";
    QTest::addRow("no operator") << "1.0" << "operator";
    QTest::addRow("single equals") << "=1.0" << "operator";
    QTest::addRow("reversed") << "=>1.0" << "operator";
    QTest::addRow("no version") << "==" << "missing";
    QTest::addRow("arbitrary space") << "=== a b" << "not allowed";
    QTest::addRow("arbitrary paren") << "===1.0)" << "not allowed";
    QTest::addRow("space before wildcard") << "==1.0 .*" << "wildcard";
    QTest::addRow("bad version") << ">=1.0-" << "unexpected '-'";
    QTest::addRow("empty") << "" << "operator";
}

void TestSpecifier::invalid()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    const Result<Specifier> s = Specifier::parse(text);
    QVERIFY(!s);
    QVERIFY2(s.error().message.contains(reason), qPrintable(s.error().message));
    QVERIFY(s.error().column >= 1);
}

void TestSpecifier::contains_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("version");
    QTest::addColumn<int>("prereleases"); // -1 unset, 0 false, 1 true
    QTest::addColumn<bool>("contained");

    // PEP 440 "Version matching" and "Compatible release" examples.
    QTest::addRow("post exact") << "==1.1.post1" << "1.1.post1" << -1 << true;
    QTest::addRow("post not final") << "==1.1" << "1.1.post1" << -1 << false;
    QTest::addRow("post in wildcard") << "==1.1.*" << "1.1.post1" << -1 << true;
    QTest::addRow("padding") << "==1.1" << "1.1.0" << -1 << true;
    QTest::addRow("wildcard padding") << "==1.1.0.*" << "1.1" << -1 << true;
    QTest::addRow("wildcard prefix only") << "==1.1.*" << "1.10" << -1 << false;
    QTest::addRow("wildcard pre") << "==1.1.*" << "1.1a1" << 1 << true;
    QTest::addRow("compatible 2.2 3") << "~=2.2" << "2.3" << -1 << true;
    QTest::addRow("compatible 2.2 3.0") << "~=2.2" << "3.0" << -1 << false;
    QTest::addRow("compatible 1.4.5 1.4.6") << "~=1.4.5" << "1.4.6" << -1 << true;
    QTest::addRow("compatible 1.4.5 1.5") << "~=1.4.5" << "1.5" << -1 << false;
    QTest::addRow("compatible post") << "~=2.2.post3" << "2.2.post3" << -1 << true;
    QTest::addRow("compatible post next") << "~=2.2.post3" << "2.3" << -1 << true;
    // === compares spellings: no padding, no normalisation of the version's extras.
    QTest::addRow("arbitrary same") << "===2.0.1" << "2.0.1" << -1 << true;
    QTest::addRow("arbitrary padded") << "===2.0.1" << "2.0.1.0" << -1 << false;
    QTest::addRow("arbitrary local") << "===2.0.1" << "2.0.1+cu118" << -1 << false;
    QTest::addRow("arbitrary respelled") << "===2.0.1" << "v2.0.01" << -1 << true;
    QTest::addRow("arbitrary pre") << "===2.0rc1" << "2.0rc1" << -1 << true;
    QTest::addRow("arbitrary pre vs dev") << "===2.0rc1" << "2.0rc1.dev0" << 1 << false;
    QTest::addRow("compatible packed boundary") << "~=16383.4095" << "16383.4096" << -1 << true;
    QTest::addRow("compatible past packed") << "~=16384.4096" << "16385.0" << -1 << false;
    QTest::addRow("compatible post before") << "~=2.2.post3" << "2.2.post2" << -1 << false;
    QTest::addRow("compatible pre") << "~=1.4.5a4" << "1.4.5" << -1 << true;
    QTest::addRow("compatible pre out") << "~=1.4.5a4" << "1.5" << -1 << false;
    QTest::addRow("compatible 2.2.0") << "~=2.2.0" << "2.2.9" << -1 << true;
    QTest::addRow("compatible 2.2.0 2.3") << "~=2.2.0" << "2.3" << -1 << false;
    // Exclusive ordered comparisons.
    QTest::addRow("gt") << ">1.7" << "1.7.1" << -1 << true;
    QTest::addRow("gt excludes post") << ">1.7" << "1.7.0.post1" << -1 << false;
    QTest::addRow("gt excludes local") << ">1.7" << "1.7+local" << -1 << false;
    QTest::addRow("gt post admits post") << ">1.7.post2" << "1.7.0.post3" << -1 << true;
    QTest::addRow("gt post excludes local") << ">1.7.post2" << "1.7.0.post3+x" << -1 << false;
    QTest::addRow("lt excludes pre") << "<2.0" << "2.0rc1" << 1 << false;
    QTest::addRow("lt excludes dev") << "<2.0" << "2.0.dev0" << 1 << false;
    QTest::addRow("lt") << "<2.0" << "1.9" << -1 << true;
    QTest::addRow("lt local below") << "<2.0" << "1.9+x" << -1 << true;
    QTest::addRow("lt pre admits pre") << "<2.0rc2" << "2.0rc1" << 1 << true;
    QTest::addRow("le local") << "<=1.0" << "1.0+local" << -1 << true;
    QTest::addRow("ge local") << ">=1.0" << "1.0+local" << -1 << true;
    // Local versions.
    QTest::addRow("local public match") << "==1.0" << "1.0+cu118" << -1 << true;
    QTest::addRow("local spec needs local") << "==1.0+cu118" << "1.0" << -1 << false;
    QTest::addRow("local exact") << "==1.0+CU118" << "1.0+cu118" << -1 << true;
    QTest::addRow("not equal local") << "!=1.0" << "1.0+cu118" << -1 << false;
    // Arbitrary equality compares strings.
    QTest::addRow("arbitrary") << "===1.0" << "1.0" << -1 << true;
    QTest::addRow("arbitrary no padding") << "===1.0" << "1.0.0" << -1 << false;
    QTest::addRow("arbitrary no local") << "===1.0" << "1.0+x" << -1 << false;
    QTest::addRow("arbitrary case") << "===1.0RC1" << "1.0rc1" << -1 << true;
    QTest::addRow("arbitrary non canonical") << "===1.0-1" << "1.0.post1" << -1 << false;
    QTest::addRow("arbitrary foo") << "===foo" << "1.0" << -1 << false;
    // Pre-release policy.
    QTest::addRow("pre refused") << ">=1.0" << "1.1a1" << -1 << false;
    QTest::addRow("pre asked") << ">=1.0" << "1.1a1" << 1 << true;
    QTest::addRow("pre named") << ">=1.0a1" << "1.1a1" << -1 << true;
    QTest::addRow("pre named refused") << ">=1.0a1" << "1.1a1" << 0 << false;
    QTest::addRow("post dev is pre") << ">=1.0" << "1.0.post1.dev0" << -1 << false;
    QTest::addRow("not equal pre not named") << "!=1.0a1" << "1.0a2" << -1 << false;
    // packaging 23.0 quirks, reproduced on purpose.
    QTest::addRow("quirk: c spelling narrows ~=") << "~=1.0.c1" << "1.1" << -1 << false;
    QTest::addRow("quirk: rc spelling") << "~=1.0rc1" << "1.1" << 1 << true;
    QTest::addRow("quirk: epoch pads zeros") << "==0.*" << "1!5" << -1 << true;
    QTest::addRow("quirk: ~=0.2 admits epochs") << "~=0.2" << "2!7" << -1 << true;
    QTest::addRow("quirk: epoch wildcard no padding") << "==1!2.0.*" << "1!2" << -1 << false;
    QTest::addRow("epoch wildcard longer") << "==1!2.0.*" << "1!2.0.1" << -1 << true;
    QTest::addRow("quirk: epoch single fused pre") << "==1!2.*" << "1!2a1" << 1 << false;
    QTest::addRow("epoch single post") << "==1!2.*" << "1!2.post1" << -1 << true;
}

void TestSpecifier::contains()
{
    QFETCH(QString, spec);
    QFETCH(QString, version);
    QFETCH(int, prereleases);
    QFETCH(bool, contained);
    const Specifier s = Specifier::parse(spec).value();
    const std::optional<bool> pre = prereleases < 0 ? std::nullopt : std::optional<bool>(prereleases == 1);
    QCOMPARE(s.contains(Version::parse(version).value(), pre), contained);
    QCOMPARE(s.containsText(version, pre), contained);
}

void TestSpecifier::containsText()
{
    // Not a version: packaging raises, EnvLens says "not contained", even for === with the same text.
    QVERIFY(!Specifier::parse(QStringLiteral("===foo")).value().containsText(QStringLiteral("foo"), true));
    QVERIFY(!Specifier::parse(QStringLiteral(">=0")).value().containsText(QStringLiteral("latest")));
    QVERIFY(Specifier::parse(QStringLiteral(">=0")).value().containsText(QStringLiteral(" 1.0 ")));
}

void TestSpecifier::equality_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("equal");

    QTest::addRow("trailing zeros") << "==1.2.3" << "== 1.2.3.0" << true;
    QTest::addRow("other version") << "==1.2.3" << "==1.2.4" << false;
    QTest::addRow("other operator") << "==1.2.3" << "~=1.2.3" << false;
    QTest::addRow("compatible keeps zeros") << "~=1.2" << "~=1.2.0" << false;
    QTest::addRow("wildcard as text") << "==1.0.*" << "==1.0.0.*" << false;
    QTest::addRow("arbitrary canonical") << "===1.0" << "===1.0.0" << true;
    QTest::addRow("spelling") << ">=1.0a1" << ">=1.0ALPHA1" << true;
}

void TestSpecifier::equality()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, equal);
    QCOMPARE(Specifier::parse(a).value() == Specifier::parse(b).value(), equal);
}

void TestSpecifier::sets_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("prereleases"); // -1 none
    QTest::addColumn<QString>("pin");

    QTest::addRow("empty") << "" << "" << 0 << -1 << "";
    QTest::addRow("commas only") << " , ," << "" << 0 << -1 << "";
    QTest::addRow("sorted") << ">=1.0.0, !=1.0.1" << "!=1.0.1,>=1.0.0" << 2 << 0 << "";
    QTest::addRow("duplicate keeps first") << "==1.0,==1.0.0" << "==1.0" << 1 << 0 << "1.0";
    QTest::addRow("pin") << " == 2.1 " << "==2.1" << 1 << 0 << "2.1";
    QTest::addRow("local pin") << "==2.1+cpu" << "==2.1+cpu" << 1 << 0 << "2.1+cpu";
    QTest::addRow("wildcard is no pin") << "==2.*" << "==2.*" << 1 << 0 << "";
    QTest::addRow("pre named") << ">=1.0rc1,<2" << "<2,>=1.0rc1" << 2 << 1 << "";
}

void TestSpecifier::sets()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    QFETCH(int, size);
    QFETCH(int, prereleases);
    QFETCH(QString, pin);
    const Result<SpecifierSet> set = SpecifierSet::parse(text);
    QVERIFY2(set, set ? "" : qPrintable(set.error().message));
    QCOMPARE(set->toString(), canonical);
    QCOMPARE(set->size(), size);
    QCOMPARE(set->isEmpty(), size == 0);
    QCOMPARE(set->prereleases().has_value(), prereleases >= 0);
    if (prereleases >= 0)
        QCOMPARE(*set->prereleases(), prereleases == 1);
    QCOMPARE(set->exactPin() ? set->exactPin()->toString() : QString(), pin);
}

void TestSpecifier::setContains_data()
{
    QTest::addColumn<QString>("set");
    QTest::addColumn<QString>("version");
    QTest::addColumn<int>("prereleases");
    QTest::addColumn<bool>("contained");

    QTest::addRow("range in") << ">=1.0,<2.0" << "1.5" << -1 << true;
    QTest::addRow("range out") << ">=1.0,<2.0" << "2.0" << -1 << false;
    QTest::addRow("excluded") << ">=1.0,!=1.5" << "1.5" << -1 << false;
    QTest::addRow("empty admits final") << "" << "1.0" << -1 << true;
    QTest::addRow("empty refuses pre") << "" << "1.0a1" << -1 << false;
    QTest::addRow("empty pre asked") << "" << "1.0a1" << 1 << true;
    QTest::addRow("one names pre for all") << ">=1.0a1,!=1.1" << "1.2a1" << -1 << true;
    QTest::addRow("pre refused") << ">=1.0,<3" << "2.0b1" << -1 << false;
    QTest::addRow("pre asked") << ">=1.0,<3" << "2.0b1" << 1 << true;
}

void TestSpecifier::setContains()
{
    QFETCH(QString, set);
    QFETCH(QString, version);
    QFETCH(int, prereleases);
    QFETCH(bool, contained);
    const SpecifierSet s = SpecifierSet::parse(set).value();
    const std::optional<bool> pre = prereleases < 0 ? std::nullopt : std::optional<bool>(prereleases == 1);
    QCOMPARE(s.contains(Version::parse(version).value(), pre), contained);
    QCOMPARE(s.containsText(version, pre), contained);
}

void TestSpecifier::setErrorColumn()
{
    const Result<SpecifierSet> set = SpecifierSet::parse(QStringLiteral(">=1.0,  =>2"));
    QVERIFY(!set);
    QCOMPARE(set.error().column, 9);
    QVERIFY(set.error().message.contains(QStringLiteral("=>2")));
}

QTEST_GUILESS_MAIN(TestSpecifier)
#include "tst_specifier.moc"
