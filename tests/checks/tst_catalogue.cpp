#include "checks/catalogue.h"

#include "testpaths.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace envlens;

namespace {

struct SpecRow
{
    QString id;
    QString severity; // first word of the severity column
    QString family;
};

// Section headings of spec/diagnostics.md mapped to the family names of the catalogue.
QString familyOfHeading(const QString &heading)
{
    static const QList<QPair<QString, QString>> map = {
        {QStringLiteral("Loading"), QStringLiteral("loading")},
        {QStringLiteral("Files and structure"), QStringLiteral("files")},
        {QStringLiteral("Requirements"), QStringLiteral("requirements")},
        {QStringLiteral("Consistency between files"), QStringLiteral("consistency")},
        {QStringLiteral("Code in code/"), QStringLiteral("code")},
        {QStringLiteral("Locked requirements"), QStringLiteral("lock")},
    };
    for (const auto &pair : map) {
        if (heading.startsWith(pair.first))
            return pair.second;
    }
    return QString();
}

QVector<SpecRow> parseSpec(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    static const QRegularExpression row(QStringLiteral("^\\| `([a-z0-9-]+)` \\| ([a-z]+)"));
    QVector<SpecRow> rows;
    QString family;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("## ")))
            family = familyOfHeading(line.mid(3));
        const QRegularExpressionMatch match = row.match(line);
        if (match.hasMatch())
            rows.append({match.captured(1), match.captured(2), family});
    }
    return rows;
}

} // namespace

class TestCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void matchesSpec();
    void idsAreUnique();
    void textsArePresent();
    void lookup();
};

void TestCatalogue::matchesSpec()
{
    const QVector<SpecRow> spec = parseSpec(test::sharedDir() + QStringLiteral("/spec/diagnostics.md"));
    QVERIFY2(spec.size() >= 30, "spec/diagnostics.md could not be read or parsed");

    const QVector<CatalogueEntry> entries = DiagnosticCatalogue::entries();
    QStringList specIds;
    for (const SpecRow &row : spec)
        specIds << row.id;
    QCOMPARE(DiagnosticCatalogue::ids(), specIds);

    for (int i = 0; i < spec.size(); ++i) {
        QCOMPARE(severityName(entries[i].defaultSeverity), spec[i].severity);
        QCOMPARE(familyName(entries[i].family), spec[i].family);
    }
}

void TestCatalogue::idsAreUnique()
{
    const QStringList ids = DiagnosticCatalogue::ids();
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
}

void TestCatalogue::textsArePresent()
{
    for (const CatalogueEntry &entry : DiagnosticCatalogue::entries()) {
        QVERIFY2(!entry.title.isEmpty() && !entry.title.contains(QLatin1Char('\n')), qPrintable(entry.id));
        QVERIFY2(entry.help.size() > entry.title.size(), qPrintable(entry.id));
        QVERIFY2(!DiagnosticCatalogue::familyTitle(entry.family).isEmpty(), qPrintable(entry.id));
    }
}

void TestCatalogue::lookup()
{
    QVERIFY(DiagnosticCatalogue::contains(QStringLiteral("req-conflict")));
    QVERIFY(!DiagnosticCatalogue::contains(QStringLiteral("req-conflicts")));
    const auto entry = DiagnosticCatalogue::entry(QStringLiteral("pip-mismatch"));
    QVERIFY(entry.has_value());
    QCOMPARE(entry->id, QStringLiteral("pip-mismatch"));
    QCOMPARE(entry->defaultSeverity, Severity::Error);
    QCOMPARE(entry->family, DiagnosticFamily::Consistency);
    QVERIFY(!DiagnosticCatalogue::entry(QString()).has_value());
}

QTEST_APPLESS_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
