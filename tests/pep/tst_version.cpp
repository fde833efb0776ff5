// PEP 440 versions: every normalisation rule of the PEP with its own examples, invalid forms with
// their reasons, the PEP's ordering example, local-label ordering and the accessors packaging offers.

#include "pep/version.h"

#include <QtTest>

using namespace envlens;
using namespace envlens::pep;

namespace {

QStringList strings(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out << QString::fromUtf8(item);
    return out;
}

} // namespace

class TestVersion : public QObject
{
    Q_OBJECT

private slots:
    void normalisation_data();
    void normalisation();
    void invalid_data();
    void invalid();
    void pepOrdering();
    void equality_data();
    void equality();
    void accessors();
    void parts();
    void dottedCapitalI();
};

void TestVersion::normalisation_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");

    // PEP 440, "Normalization".
    QTest::addRow("case") << "1.1RC1" << "1.1rc1";
    QTest::addRow("integer 00") << "00" << "0";
    QTest::addRow("integer 09000") << "09000" << "9000";
    QTest::addRow("integer in release") << "1.01.002" << "1.1.2";
    QTest::addRow("local alnum keeps zeros") << "1.0+foo0100" << "1.0+foo0100";
    QTest::addRow("local number loses zeros") << "1.0+0100" << "1.0+100";
    QTest::addRow("pre dot") << "1.1.a1" << "1.1a1";
    QTest::addRow("pre dash") << "1.1-a1" << "1.1a1";
    QTest::addRow("pre underscore") << "1.1_a1" << "1.1a1";
    QTest::addRow("pre number separator") << "1.0a.1" << "1.0a1";
    QTest::addRow("pre alpha") << "1.1alpha1" << "1.1a1";
    QTest::addRow("pre beta") << "1.1beta2" << "1.1b2";
    QTest::addRow("pre c") << "1.1c3" << "1.1rc3";
    QTest::addRow("pre pre") << "1.1pre4" << "1.1rc4";
    QTest::addRow("pre preview") << "1.1preview5" << "1.1rc5";
    QTest::addRow("pre upper") << "1.1PREVIEW5" << "1.1rc5";
    QTest::addRow("implicit pre number") << "1.2a" << "1.2a0";
    QTest::addRow("implicit pre number sep") << "1.2a." << "1.2a0";
    QTest::addRow("post dash") << "1.2-post2" << "1.2.post2";
    QTest::addRow("post joined") << "1.2post2" << "1.2.post2";
    QTest::addRow("post number separator") << "1.2.post.2" << "1.2.post2";
    QTest::addRow("post underscores") << "1.2_post_2" << "1.2.post2";
    QTest::addRow("post r") << "1.0-r4" << "1.0.post4";
    QTest::addRow("post rev") << "1.0-rev4" << "1.0.post4";
    QTest::addRow("implicit post number") << "1.2.post" << "1.2.post0";
    QTest::addRow("implicit post release") << "1.0-1" << "1.0.post1";
    QTest::addRow("pre then implicit post") << "1.0a-1" << "1.0a1"; // the dash belongs to the pre number
    QTest::addRow("pre then dash post") << "1.0a--1" << "1.0a0.post1";
    QTest::addRow("dev dash") << "1.2-dev2" << "1.2.dev2";
    QTest::addRow("dev joined") << "1.2dev2" << "1.2.dev2";
    QTest::addRow("dev number separator") << "1.2.dev.2" << "1.2.dev2";
    QTest::addRow("implicit dev number") << "1.2.dev" << "1.2.dev0";
    QTest::addRow("local dash") << "1.0+ubuntu-1" << "1.0+ubuntu.1";
    QTest::addRow("local underscore upper") << "1.0+UBUNTU_1" << "1.0+ubuntu.1";
    QTest::addRow("preceding v") << "v1.0" << "1.0";
    QTest::addRow("preceding V") << "V1.0" << "1.0";
    QTest::addRow("whitespace") << " \t1.0\n" << "1.0";
    QTest::addRow("unicode whitespace") << QStringLiteral("\u00a01.0\u3000") << "1.0";
    QTest::addRow("python whitespace 0x1c") << QStringLiteral("\x1c" "1.0\x1f") << "1.0";
    QTest::addRow("epoch") << "1!1.0" << "1!1.0";
    QTest::addRow("epoch zero") << "0!1.0" << "1.0";
    QTest::addRow("everything") << " v01!02.03rc04.post05.dev06+Ab-07 " << "1!2.3rc4.post5.dev6+ab.7";
    QTest::addRow("trailing zeros kept") << "1.0.0" << "1.0.0";
    QTest::addRow("post with pre") << "1.0b2-345" << "1.0b2.post345";
    QTest::addRow("post then dev") << "1.0.post456-dev34" << "1.0.post456.dev34";
    // Python's case-insensitive regex accepts the Kelvin sign for "k" in a local label; lower() maps it.
    QTest::addRow("kelvin local") << QStringLiteral("1.0+\u212a") << "1.0+k";
    QTest::addRow("18 digits") << "1.999999999999999999" << "1.999999999999999999";
    QTest::addRow("leading zeros do not count") << "0000000000000000000001" << "1";
}

void TestVersion::normalisation()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    const Result<Version> v = Version::parse(text);
    QVERIFY2(v, v ? "" : qPrintable(v.error().message));
    QCOMPARE(v->toString(), canonical);
    QVERIFY(Version::isValid(text));
    // The canonical form is a fixed point and names the same version.
    const Version again = Version::parse(canonical).value();
    QCOMPARE(again.toString(), canonical);
    QCOMPARE(again, *v);
}

void TestVersion::invalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason"); // a piece of the message

    QTest::addRow("empty") << "" << "empty";
    QTest::addRow("blank") << "   " << "empty";
    QTest::addRow("word") << "latest" << "release number";
    QTest::addRow("trailing dash") << "1.0-" << "unexpected '-'";
    QTest::addRow("empty local") << "1.0+" << "local label";
    QTest::addRow("double separator local") << "1.0+a..b" << "unexpected '.'";
    QTest::addRow("two posts") << "1.0.post1.post2" << "unexpected '.'";
    QTest::addRow("dev before post") << "1.0.dev1.post1" << "unexpected '.'";
    QTest::addRow("two pre") << "1.0a1b2" << "unexpected 'b'";
    QTest::addRow("epoch only") << "1!" << "after the epoch";
    QTest::addRow("operator") << ">=1.0" << "release number";
    QTest::addRow("inner space") << "1.0 1" << "unexpected ' '";
    QTest::addRow("wildcard") << "1.0.*" << "unexpected '.'";
    QTest::addRow("leading dot") << ".1" << "release number";
    QTest::addRow("two v") << "vv1.0" << "release number";
    QTest::addRow("unicode digit") << QStringLiteral("1.\u0661") << "unexpected '.'";
    QTest::addRow("19 digits") << "1.1234567890123456789" << "18 digits";
    QTest::addRow("long s post") << QStringLiteral("1.0.po\u017ft1") << "look-alike";
    QTest::addRow("dotless i preview") << QStringLiteral("1.0prev\u0131ew1") << "look-alike";
}

void TestVersion::invalid()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    const Result<Version> v = Version::parse(text);
    QVERIFY(!v);
    QVERIFY(!Version::isValid(text));
    QVERIFY2(v.error().message.contains(reason), qPrintable(v.error().message));
    QVERIFY(v.error().message.contains(text));
    QVERIFY(v.error().column >= 1);
}

void TestVersion::pepOrdering()
{
    // PEP 440, "Summary of permitted suffixes and relative ordering", extended with locals and epochs.
    const QStringList ordered = strings({
        "1.dev0",         "1.0.dev456",   "1.0a1",           "1.0a2.dev456",    "1.0a12.dev456",
        "1.0a12",         "1.0b1.dev456", "1.0b2",           "1.0b2.post345.dev456", "1.0b2.post345",
        "1.0rc1.dev456",  "1.0rc1",       "1.0",             "1.0+abc.5",       "1.0+abc.7",
        "1.0+5",          "1.0.post456.dev34", "1.0.post456", "1.0.15",         "1.1.dev1",
        "1.1",            "1.1.0.1",      "2",               "10",              "1!0.dev0",
        "1!0",            "2!0.1"});
    QVector<Version> versions;
    for (const QString &text : ordered)
        versions.append(Version::parse(text).value());
    for (int i = 0; i < versions.size(); ++i) {
        for (int j = 0; j < versions.size(); ++j) {
            const int expected = i < j ? -1 : (i > j ? 1 : 0);
            const int c = versions.at(i).compare(versions.at(j));
            QVERIFY2((c < 0 ? -1 : (c > 0 ? 1 : 0)) == expected,
                     qPrintable(ordered.at(i) + QStringLiteral(" vs ") + ordered.at(j)));
        }
    }
    // Local labels: strings before numbers, numbers numerically, a prefix before its extensions.
    const QStringList locals = strings({"1.0",     "1.0+0a",  "1.0+a",   "1.0+a.b", "1.0+a.0", "1.0+a.1",
                                "1.0+b",   "1.0+z9",  "1.0+0",   "1.0+2",   "1.0+10",  "1.0+10.a"});
    for (int i = 0; i + 1 < locals.size(); ++i)
        QVERIFY2(Version::parse(locals.at(i)).value() < Version::parse(locals.at(i + 1)).value(),
                 qPrintable(locals.at(i) + QStringLiteral(" < ") + locals.at(i + 1)));
}

void TestVersion::equality_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("equal");

    QTest::addRow("trailing zeros") << "1.0" << "1.0.0.0" << true;
    QTest::addRow("one and 1.0") << "1" << "1.0" << true;
    QTest::addRow("spelling") << "1.0ALPHA1" << "1.0a1" << true;
    QTest::addRow("local number zeros") << "1.0+abc.01" << "1.0+abc.1" << true;
    QTest::addRow("local case") << "1.0+ABC" << "1.0+abc" << true;
    QTest::addRow("local separators") << "1.0+a-b_c" << "1.0+a.b.c" << true;
    QTest::addRow("local vs none") << "1.0+0" << "1.0" << false;
    QTest::addRow("epoch") << "1!1.0" << "1.0" << false;
    QTest::addRow("zero epoch") << "0!1.0" << "1.0" << true;
    QTest::addRow("implicit numbers") << "1.0a" << "1.0a0" << true;
    QTest::addRow("post zero vs none") << "1.0.post0" << "1.0" << false;
    QTest::addRow("dev zero vs none") << "1.0.dev0" << "1.0" << false;
}

void TestVersion::equality()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, equal);
    const Version va = Version::parse(a).value();
    const Version vb = Version::parse(b).value();
    QCOMPARE(va == vb, equal);
    QCOMPARE(va != vb, !equal);
    if (equal)
        QCOMPARE(qHash(va), qHash(vb));
}

void TestVersion::accessors()
{
    const Version v = Version::parse(QStringLiteral("1!2.3.4a5.post6.dev7+Local.08")).value();
    QCOMPARE(v.epoch(), qint64(1));
    QCOMPARE(v.release(), (QVector<qint64>{2, 3, 4}));
    QVERIFY(v.pre());
    QCOMPARE(v.pre()->kind, Version::PreKind::Alpha);
    QCOMPARE(v.pre()->number, qint64(5));
    QCOMPARE(v.post(), std::optional<qint64>(6));
    QCOMPARE(v.dev(), std::optional<qint64>(7));
    QVERIFY(v.isPrerelease());
    QVERIFY(v.isPostrelease());
    QVERIFY(v.isDevrelease());
    QVERIFY(v.hasLocal());
    QCOMPARE(v.local(), QStringLiteral("local.8"));
    QCOMPARE(v.publicVersion().toString(), QStringLiteral("1!2.3.4a5.post6.dev7"));
    QCOMPARE(v.baseVersion().toString(), QStringLiteral("1!2.3.4"));
    QCOMPARE(v.major(), qint64(2));
    QCOMPARE(v.minor(), qint64(3));
    QCOMPARE(v.micro(), qint64(4));

    const Version one = Version::parse(QStringLiteral("7")).value();
    QCOMPARE(one.minor(), qint64(0));
    QCOMPARE(one.micro(), qint64(0));
    QVERIFY(!one.isPrerelease());
    QVERIFY(!one.pre());
    QVERIFY(!one.post());
    QVERIFY(!one.dev());
    QVERIFY(!one.hasLocal());
    // packaging: a post-release with a dev part is a pre-release.
    QVERIFY(Version::parse(QStringLiteral("1.0.post1.dev0")).value().isPrerelease());
    QCOMPARE(Version().toString(), QStringLiteral("0"));
}

void TestVersion::parts()
{
    const Version v = Version::fromParts(2, {1, 0}, Version::PreRelease{Version::PreKind::ReleaseCandidate, 3}, 4,
                                         std::nullopt, QStringLiteral("cu118"));
    QCOMPARE(v.toString(), QStringLiteral("2!1.0rc3.post4+cu118"));
    QCOMPARE(v, Version::parse(v.toString()).value());
}

void TestVersion::dottedCapitalI()
{
    // str.lower() turns U+0130 into "i" + U+0307; like packaging's, that string does not parse again.
    const Version v = Version::parse(QStringLiteral("1.0+\u0130")).value();
    QCOMPARE(v.toString(), QStringLiteral("1.0+i\u0307"));
    QVERIFY(!Version::isValid(v.toString()));
}

QTEST_GUILESS_MAIN(TestVersion)
#include "tst_version.moc"
