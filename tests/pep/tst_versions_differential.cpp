// Differential test of the PEP 440 engine against Debian's python3-packaging.
//
// A seeded generator writes version strings, version pairs, specifiers, specifier sets, containment
// questions (prereleases None/True/False) and clause lists for satisfiability to one file; a single
// /usr/bin/python3 process (oracle_pep440.py) answers them all, and every answer must match ours. Any disagreement
// fails with the case printed. ENVLENS_PEP440_CASES sets the number of cases (default 2000, the
// quick run; CTest's differential-full variant uses 70000) and ENVLENS_PEP440_SEED the seed (440).
//
// Documented deviations are not generated: numbers above 18 digits and "post"/"preview" spelled
// with Unicode look-alike letters (tst_version checks that we reject both with a reason). When
// packaging raises inside contains() (=== with a non-version string, prereleases unset), ours
// must answer false.

#include "pep/satisfiability.h"
#include "pep/specifier.h"
#include "pep/specifierset.h"
#include "pep/version.h"

#include "testpaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <random>

using namespace envlens;
using namespace envlens::pep;

namespace {

class Gen
{
public:
    explicit Gen(quint32 seed) : m_rng(seed) {}

    int pick(int n) { return int(m_rng() % quint32(n)); }
    bool chance(int percent) { return pick(100) < percent; }
    template<typename T>
    T one(std::initializer_list<T> items)
    {
        return *(items.begin() + pick(int(items.size())));
    }
    QString s(const char *text) { return QString::fromUtf8(text); }
    QString oneOf(std::initializer_list<const char *> items) { return QString::fromUtf8(one(items)); }

    QString sep() { return oneOf({"", "", "", ".", "-", "_"}); }
    QString number()
    {
        if (chance(10))
            return boundaryNumber();
        return oneOf({"0", "1", "1", "2", "3", "9", "10", "00", "01", "007", "123", "20230101"});
    }
    QString smallNumber() { return chance(4) ? boundaryNumber() : oneOf({"0", "0", "1", "1", "2", "00", "01"}); }
    // Both sides of every limit of Version's and Specifier's packed forms (version.h, specifier.cpp),
    // where a number moves a version or specifier to the general form.
    QString boundaryNumber()
    {
        return oneOf({"255", "256", "511", "512", "4095", "4096", "16383", "16384", "65534", "65535", "65536",
                      "1048575", "1048576", "33554430", "33554431"});
    }
    QString space() { return oneOf({" ", "\t", "\n", "\xc2\xa0", "\x1c", "\xe3\x80\x80", "  ", "\r\n"}); }

    QString release(int minCount, bool small)
    {
        const int count = minCount + pick(small ? 3 : 4);
        QStringList parts;
        for (int i = 0; i < count; ++i)
            parts << (small ? smallNumber() : number());
        return parts.join(QLatin1Char('.'));
    }

    QString preText(bool small)
    {
        QString t = sep() + oneOf({"a", "b", "c", "rc", "alpha", "beta", "pre", "preview", "A", "RC", "Alpha", "PreView",
                                   "BETA", "C"});
        t += sep();
        if (chance(70))
            t += small ? smallNumber() : number();
        return t;
    }

    QString postText(bool small)
    {
        if (chance(25))
            return QStringLiteral("-") + (small ? smallNumber() : number());
        QString t = sep() + oneOf({"post", "rev", "r", "POST", "Rev", "R", "post"});
        t += sep();
        if (chance(70))
            t += small ? smallNumber() : number();
        return t;
    }

    QString devText(bool small)
    {
        QString t = sep() + oneOf({"dev", "dev", "DEV", "Dev"}) + sep();
        if (chance(70))
            t += small ? smallNumber() : number();
        return t;
    }

    QString localText()
    {
        const int count = 1 + pick(3);
        QStringList parts;
        for (int i = 0; i < count; ++i)
            parts << oneOf({"abc", "1", "01", "0", "ubuntu", "cu118", "A", "b", "Z9", "00x", "2", "10", "\xe2\x84\xaa",
                            "a\xc5\xbf", "\xc4\xb1", "x\xc4\xb0"});
        QString t;
        for (int i = 0; i < parts.size(); ++i)
            t += (i ? oneOf({".", "-", "_"}) : QString()) + parts.at(i);
        return QStringLiteral("+") + t;
    }

    // A version spelling, valid by construction before corruption; small = close to the grid.
    QString version(bool small, bool allowLocal = true)
    {
        QString t;
        if (chance(8))
            t += oneOf({"v", "V"});
        if (chance(small ? 12 : 15))
            t += (small ? oneOf({"1", "1", "2"}) : number()) + QStringLiteral("!");
        t += release(1, small);
        if (chance(35))
            t += preText(small);
        if (chance(30))
            t += postText(small);
        if (chance(25))
            t += devText(small);
        if (allowLocal && chance(20))
            t += localText();
        return t;
    }

    QString corrupt(QString t)
    {
        const int ops = 1 + pick(2);
        for (int i = 0; i < ops; ++i) {
            const int at = t.isEmpty() ? 0 : pick(int(t.size()) + 1);
            switch (pick(4)) {
            case 0:
                if (!t.isEmpty() && at < t.size())
                    t.remove(at, 1);
                break;
            case 1:
                t.insert(at, oneOf({".", "-", "_", "+", "!", "*", "a", "x", " ", "1", "\xc3\xa9", "..", "v", "=", "@"}));
                break;
            case 2:
                if (at < t.size())
                    t.insert(at, t.at(at));
                break;
            default:
                t.insert(at, oneOf({"post", "dev", "rc", "+loc", ".*", "0!"}));
                break;
            }
        }
        return t;
    }

    QString versionCase()
    {
        if (chance(3))
            return oneOf({"", " ", "latest", "1..0", "1.0+", "+1", "1.0.", "1.0-", ".1", "1.0++a", "1.0+a..b", "1!",
                          "!1", "1.0a.", "1.0.dev.", "1.0-r", "1.0-1-1", "1.0_1", "1.0rc1.rc2", "1.0.postdev"});
        QString t = version(chance(40));
        if (chance(15))
            t = corrupt(t);
        if (chance(10))
            t = space() + t;
        if (chance(10))
            t += space();
        return t;
    }

    QString op()
    {
        return oneOf({"==", "==", "!=", "<", "<=", ">", ">=", "~=", "~=", "===", "=", "=>", ""});
    }

    QString specifier()
    {
        const QString o = op();
        QString v;
        const bool wildcard = (o == QLatin1String("==") || o == QLatin1String("!=")) ? chance(30) : chance(3);
        if (wildcard) {
            v = (chance(15) ? oneOf({"1!", "2!"}) : QString()) + release(1, true) + QStringLiteral(".*");
        } else if (o == QLatin1String("~=")) {
            v = (chance(10) ? QStringLiteral("1!") : QString()) + release(chance(90) ? 2 : 1, true);
            if (chance(50))
                v += oneOf({".c1", ".pre1", ".r1", ".RC1", ".POST1", "rc1", "a1", ".a1", ".dev1", ".post1", "-1",
                            "c1", ".rev1.dev0", ".pre.1.dev1", ".r.1.dev1", ".0.c1.dev0", "b1.post1", ".A1", "_a1"});
        } else if (o == QLatin1String("===")) {
            v = chance(60) ? version(true) : oneOf({"foo", "1.0", "1.0a1", "1.0.0", "1.0+local", "1.0A1", "",
                                                    "1.0)", "1.0;", "1!1.0", "1.0.post1"});
        } else {
            v = version(true, o == QLatin1String("==") || o == QLatin1String("!=") || chance(10));
        }
        QString t = o + (chance(15) ? space() : QString()) + v;
        if (chance(5))
            t = corrupt(t);
        if (chance(8))
            t = space() + t + (chance(50) ? space() : QString());
        return t;
    }

    QString specifierSet()
    {
        const int count = pick(4);
        QStringList parts;
        for (int i = 0; i < count; ++i) {
            if (i > 0 && chance(15)) {
                parts << parts.at(pick(i));
                continue;
            }
            parts << specifier();
        }
        if (count && chance(10))
            parts << oneOf({"", " "});
        QString t = parts.join(chance(30) ? QStringLiteral(", ") : QStringLiteral(","));
        return t;
    }

    // A clause over a small version space, so that random lists clash often.
    QString clause()
    {
        QString v = chance(15) ? QStringLiteral("1!") : QString();
        v += oneOf({"0", "1", "1", "0.1", "1.0", "1.1", "1.0.0", "2"});
        const QString o = oneOf({"==", "!=", "<", "<=", ">", ">=", "~=", "===", "==", "!="});
        if ((o == QLatin1String("==") || o == QLatin1String("!=")) && chance(30))
            return o + v + QStringLiteral(".*");
        if (o == QLatin1String("~=")) {
            if (!v.contains(QLatin1Char('.')))
                v += QStringLiteral(".0");
            if (chance(25))
                return o + v + oneOf({".c1", "a1", ".r1", ".pre.1.dev1", ".post1", ".0.c1.dev0"});
        }
        if (chance(30))
            v += oneOf({"a1", "rc0", "a0"});
        if (chance(25))
            v += oneOf({".post1", ".post0"});
        if (chance(25))
            v += oneOf({".dev1", ".dev0"});
        if ((o == QLatin1String("==") || o == QLatin1String("!=") || o == QLatin1String("===")) && chance(25))
            v += oneOf({"+a", "+1"});
        if (o == QLatin1String("===") && chance(20))
            v = oneOf({"foo", "1.0A1", "1.0.0"});
        return o + v;
    }

    QJsonValue prereleaseMode()
    {
        switch (pick(3)) {
        case 0:
            return QJsonValue(QJsonValue::Null);
        case 1:
            return true;
        default:
            return false;
        }
    }

private:
    std::mt19937 m_rng;
};

QJsonValue jsonOptionalBool(std::optional<bool> b)
{
    return b ? QJsonValue(*b) : QJsonValue(QJsonValue::Null);
}

std::optional<bool> toOptionalBool(const QJsonValue &v)
{
    return v.isBool() ? std::optional<bool>(v.toBool()) : std::nullopt;
}

QString show(const QJsonValue &v)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
}

} // namespace

class TestVersionsDifferential : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void versions();
    void comparisons();
    void specifiers();
    void containment();
    void specifierSets();
    void setContainment();
    void specifierEquality();
    void satisfiability();

private:
    QVector<QJsonArray> casesOf(const QString &kind, QVector<QJsonValue> *answers) const;
    void report(const QStringList &failures, int checked);

    QVector<QJsonArray> m_cases;
    QVector<QJsonValue> m_answers;
};

void TestVersionsDifferential::initTestCase()
{
    const int total = qEnvironmentVariableIsSet("ENVLENS_PEP440_CASES")
                          ? qEnvironmentVariableIntValue("ENVLENS_PEP440_CASES")
                          : 2000;
    const quint32 seed = qEnvironmentVariableIsSet("ENVLENS_PEP440_SEED")
                             ? quint32(qEnvironmentVariableIntValue("ENVLENS_PEP440_SEED"))
                             : 440U;
    Gen gen(seed);
    auto add = [&](QJsonArray c) { m_cases.append(c); };
    // Shares: 26% versions, 18% pairs, 10% specifiers, 26% containment, 5% sets, 12% set containment,
    // 3% specifier equality.
    for (int i = 0; i < total * 26 / 100; ++i)
        add({QStringLiteral("version"), gen.versionCase()});
    QStringList pool;
    for (int i = 0; i < 400; ++i) {
        const QString v = gen.version(true);
        if (Version::isValid(v))
            pool << v;
    }
    for (int i = 0; i < total * 18 / 100; ++i)
        add({QStringLiteral("compare"), pool.at(gen.pick(int(pool.size()))), pool.at(gen.pick(int(pool.size())))});
    QStringList specs;
    for (int i = 0; i < total * 10 / 100; ++i) {
        const QString s = gen.specifier();
        specs << s;
        add({QStringLiteral("spec"), s});
    }
    QStringList validSpecs;
    for (int i = 0; validSpecs.size() < 300 && i < 100000; ++i) {
        const QString s = gen.specifier();
        if (Specifier::parse(s))
            validSpecs << s;
    }
    for (int i = 0; i < total * 26 / 100; ++i) {
        add({QStringLiteral("contains"), validSpecs.at(gen.pick(int(validSpecs.size()))),
             pool.at(gen.pick(int(pool.size()))), gen.prereleaseMode()});
    }
    QStringList validSets;
    for (int i = 0; i < total * 5 / 100; ++i) {
        const QString s = gen.specifierSet();
        add({QStringLiteral("set"), s});
        if (SpecifierSet::parse(s))
            validSets << s;
    }
    for (int i = 0; validSets.size() < 200 && i < 100000; ++i) {
        const QString s = gen.specifierSet();
        if (SpecifierSet::parse(s))
            validSets << s;
    }
    for (int i = 0; i < total * 12 / 100; ++i) {
        add({QStringLiteral("setcontains"), validSets.at(gen.pick(int(validSets.size()))),
             pool.at(gen.pick(int(pool.size()))), gen.prereleaseMode()});
    }
    for (int i = 0; i < total * 3 / 100; ++i) {
        add({QStringLiteral("speceq"), validSpecs.at(gen.pick(int(validSpecs.size()))),
             validSpecs.at(gen.pick(int(validSpecs.size())))});
    }
    // Satisfiability (0.5%, at least 10 lists): our witness must satisfy packaging, and when we find
    // none, packaging must find none on its dense grid either.
    for (int i = 0; i < qMax(10, total / 200); ++i) {
        QJsonArray clauses;
        QVector<Specifier> list;
        for (int k = 1 + gen.pick(3); k > 0; --k) {
            const QString c = gen.clause();
            clauses.append(c);
            list.append(Specifier::parse(c).value());
        }
        const std::optional<Version> w = findWitness(list);
        add({QStringLiteral("sat"), clauses, w ? QJsonValue(w->toString()) : QJsonValue(QJsonValue::Null)});
    }
    QVERIFY(m_cases.size() >= total * 95 / 100);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString casesPath = dir.filePath(QStringLiteral("cases.jsonl"));
    {
        QFile file(casesPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (const QJsonArray &c : std::as_const(m_cases)) {
            file.write(QJsonDocument(c).toJson(QJsonDocument::Compact));
            file.write("\n");
        }
    }
    QProcess python;
    python.start(test::oraclePython(), {test::sourceDir() + QStringLiteral("/tests/pep/oracle_pep440.py"), casesPath});
    QVERIFY2(python.waitForStarted(), qPrintable(test::oraclePython()));
    QVERIFY(python.waitForFinished(600000));
    QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
    const QList<QByteArray> lines = python.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        if (line.isEmpty())
            continue;
        m_answers.append(QJsonDocument::fromJson(line).array().at(0));
    }
    QCOMPARE(m_answers.size(), m_cases.size());
    qInfo("%d cases answered by python3-packaging", int(m_cases.size()));
}

QVector<QJsonArray> TestVersionsDifferential::casesOf(const QString &kind, QVector<QJsonValue> *answers) const
{
    QVector<QJsonArray> out;
    for (qsizetype i = 0; i < m_cases.size(); ++i) {
        if (m_cases.at(i).at(0).toString() == kind) {
            out.append(m_cases.at(i));
            answers->append(m_answers.at(i));
        }
    }
    return out;
}

void TestVersionsDifferential::report(const QStringList &failures, int checked)
{
    for (qsizetype i = 0; i < qMin<qsizetype>(failures.size(), 40); ++i)
        qWarning().noquote() << failures.at(i);
    QVERIFY2(checked > 0, "no cases of this kind were generated");
    QVERIFY2(failures.isEmpty(),
             qPrintable(QStringLiteral("%1 of %2 cases disagree with packaging").arg(failures.size()).arg(checked)));
}

void TestVersionsDifferential::versions()
{
    QVector<QJsonValue> answers;
    const QVector<QJsonArray> cases = casesOf(QStringLiteral("version"), &answers);
    QStringList failures;
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const QString text = cases.at(i).at(1).toString();
        const Result<Version> v = Version::parse(text);
        QJsonValue ours(QJsonValue::Null);
        if (v) {
            ours = QJsonArray{v->toString(),
                              v->isPrerelease(),
                              v->isPostrelease(),
                              v->isDevrelease(),
                              v->hasLocal() ? QJsonValue(v->local()) : QJsonValue(QJsonValue::Null),
                              v->publicVersion().toString(),
                              v->baseVersion().toString(),
                              double(v->major()),
                              double(v->minor()),
                              double(v->micro()),
                              double(v->epoch())};
        }
        if (ours != answers.at(i)) {
            failures << QStringLiteral("version %1: ours %2%3, packaging %4")
                            .arg(show(text), show(ours), v ? QString() : QStringLiteral(" (") + v.error().message + QLatin1Char(')'),
                                 show(answers.at(i)));
        }
    }
    report(failures, int(cases.size()));
}

void TestVersionsDifferential::comparisons()
{
    QVector<QJsonValue> answers;
    const QVector<QJsonArray> cases = casesOf(QStringLiteral("compare"), &answers);
    QStringList failures;
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const Version a = Version::parse(cases.at(i).at(1).toString()).value();
        const Version b = Version::parse(cases.at(i).at(2).toString()).value();
        const int c = a.compare(b);
        const int sign = c < 0 ? -1 : (c > 0 ? 1 : 0);
        const bool operatorsAgree = (a < b) == (sign < 0) && (a == b) == (sign == 0) && (a > b) == (sign > 0)
                                    && (a <= b) == (sign <= 0) && (a >= b) == (sign >= 0) && (a != b) == (sign != 0)
                                    && (sign != 0 || qHash(a) == qHash(b));
        if (sign != answers.at(i).toInt() || !operatorsAgree)
            failures << QStringLiteral("compare %1 %2: ours %3, packaging %4")
                            .arg(show(cases.at(i).at(1)), show(cases.at(i).at(2)))
                            .arg(sign)
                            .arg(answers.at(i).toInt());
    }
    report(failures, int(cases.size()));
}

void TestVersionsDifferential::specifiers()
{
    QVector<QJsonValue> answers;
    const QVector<QJsonArray> cases = casesOf(QStringLiteral("spec"), &answers);
    QStringList failures;
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const QString text = cases.at(i).at(1).toString();
        const Result<Specifier> s = Specifier::parse(text);
        const QJsonValue expected = answers.at(i);
        bool agree = s.ok() == expected.isArray();
        if (agree && s) {
            const QJsonArray e = expected.toArray();
            agree = s->toString() == e.at(0).toString() && (!e.at(1).isBool() || s->prereleases() == e.at(1).toBool());
        }
        if (!agree)
            failures << QStringLiteral("specifier %1: ours %2, packaging %3")
                            .arg(show(text), s ? show(QJsonArray{s->toString(), s->prereleases()}) : s.error().message,
                                 show(expected));
    }
    report(failures, int(cases.size()));
}

void TestVersionsDifferential::containment()
{
    QVector<QJsonValue> answers;
    const QVector<QJsonArray> cases = casesOf(QStringLiteral("contains"), &answers);
    QStringList failures;
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const QJsonArray c = cases.at(i);
        const Specifier s = Specifier::parse(c.at(1).toString()).value();
        const Version v = Version::parse(c.at(2).toString()).value();
        const bool ours = s.contains(v, toOptionalBool(c.at(3)));
        const bool expected = answers.at(i).isBool() && answers.at(i).toBool();
        if (ours != expected || s.containsText(c.at(2).toString(), toOptionalBool(c.at(3))) != ours)
            failures << QStringLiteral("contains %1 %2 prereleases=%3: ours %4, packaging %5")
                            .arg(show(c.at(1)), show(c.at(2)), show(c.at(3)))
                            .arg(ours)
                            .arg(show(answers.at(i)));
    }
    report(failures, int(cases.size()));
}

void TestVersionsDifferential::specifierSets()
{
    QVector<QJsonValue> answers;
    const QVector<QJsonArray> cases = casesOf(QStringLiteral("set"), &answers);
    QStringList failures;
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const QString text = cases.at(i).at(1).toString();
        const Result<SpecifierSet> s = SpecifierSet::parse(text);
        const QJsonValue expected = answers.at(i);
        bool agree = s.ok() == expected.isArray();
        if (agree && s) {
            const QJsonArray e = expected.toArray();
            agree = s->toString() == e.at(0).toString()
                    && (e.at(1).isString() || jsonOptionalBool(s->prereleases()) == e.at(1));
        }
        if (!agree)
            failures << QStringLiteral("set %1: ours %2, packaging %3")
                            .arg(show(text),
                                 s ? show(QJsonArray{s->toString(), jsonOptionalBool(s->prereleases())})
                                   : s.error().message,
                                 show(expected));
    }
    report(failures, int(cases.size()));
}

void TestVersionsDifferential::setContainment()
{
    QVector<QJsonValue> answers;
    const QVector<QJsonArray> cases = casesOf(QStringLiteral("setcontains"), &answers);
    QStringList failures;
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const QJsonArray c = cases.at(i);
        const SpecifierSet s = SpecifierSet::parse(c.at(1).toString()).value();
        const Version v = Version::parse(c.at(2).toString()).value();
        const bool ours = s.contains(v, toOptionalBool(c.at(3)));
        const bool expected = answers.at(i).isBool() && answers.at(i).toBool();
        if (ours != expected)
            failures << QStringLiteral("set contains %1 %2 prereleases=%3: ours %4, packaging %5")
                            .arg(show(c.at(1)), show(c.at(2)), show(c.at(3)))
                            .arg(ours)
                            .arg(show(answers.at(i)));
    }
    report(failures, int(cases.size()));
}

void TestVersionsDifferential::specifierEquality()
{
    QVector<QJsonValue> answers;
    const QVector<QJsonArray> cases = casesOf(QStringLiteral("speceq"), &answers);
    QStringList failures;
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const QJsonArray c = cases.at(i);
        const bool ours = Specifier::parse(c.at(1).toString()).value() == Specifier::parse(c.at(2).toString()).value();
        if (ours != answers.at(i).toBool())
            failures << QStringLiteral("specifier equality %1 %2: ours %3").arg(show(c.at(1)), show(c.at(2))).arg(ours);
    }
    report(failures, int(cases.size()));
}

void TestVersionsDifferential::satisfiability()
{
    QVector<QJsonValue> answers;
    const QVector<QJsonArray> cases = casesOf(QStringLiteral("sat"), &answers);
    QStringList failures;
    int unsatisfiable = 0;
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const QJsonArray c = cases.at(i);
        const bool claimedSat = !c.at(2).isNull();
        unsatisfiable += claimedSat ? 0 : 1;
        const bool agree = claimedSat ? answers.at(i).toBool() : answers.at(i).isNull();
        if (!agree)
            failures << QStringLiteral("clauses %1, our witness %2: packaging says %3")
                            .arg(show(c.at(1)), show(c.at(2)), show(answers.at(i)));
    }
    qInfo("%d of %d clause lists unsatisfiable", unsatisfiable, int(cases.size()));
    report(failures, int(cases.size()));
}

QTEST_GUILESS_MAIN(TestVersionsDifferential)
#include "tst_versions_differential.moc"
