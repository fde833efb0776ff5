#include "checkfixture.h"

#include "../model/ziptestdata.h"
#include "checks/catalogue.h"
#include "checks/checkrunner.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace envlens;
using namespace envlens::test;

// Every model of ../shared/corpus checked, compared with tests/data/checks/corpus-expected.txt
// (one `folder: severity id file:line` per finding; `folder: clean` for none). Run with
// ENVLENS_UPDATE_EXPECTED=1 to rewrite the file, then review the diff: it is the written-down
// judgement of what EnvLens must say about real models.
class TestCorpus : public QObject
{
    Q_OBJECT

private:
    static QString expectedPath() { return dataDir() + QStringLiteral("/checks/corpus-expected.txt"); }

    static QStringList findingsOf(const QString &folder)
    {
        const QString name = QDir(corpusDir()).relativeFilePath(folder);
        const auto model = loadModel(folder);
        if (!model)
            return {name + QStringLiteral(": cannot open")};
        QStringList lines;
        for (const Diagnostic &d : runChecks(*model, {})) {
            // An id outside the catalogue would break the public contract: make it fail loudly.
            const QString id = DiagnosticCatalogue::contains(d.id) ? d.id : QStringLiteral("NOT-IN-CATALOGUE:") + d.id;
            lines.append(QStringLiteral("%1: %2 %3 %4:%5")
                             .arg(name, severityName(d.severity), id, d.location.file)
                             .arg(d.location.line));
        }
        if (lines.isEmpty())
            lines.append(name + QStringLiteral(": clean"));
        return lines;
    }

    static QStringList readExpected(const QString &folderName)
    {
        QFile f(expectedPath());
        if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
            return {};
        QStringList lines;
        const QString prefix = folderName + QLatin1Char(':');
        for (const QByteArray &raw : f.readAll().split('\n')) {
            const QString line = QString::fromUtf8(raw).trimmed();
            if (line.startsWith(prefix))
                lines.append(line);
        }
        return lines;
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsSet("ENVLENS_UPDATE_EXPECTED")) {
            QStringList all{QStringLiteral("# Findings of `envlens-cli check` on ../shared/corpus (tst_corpus)."),
                            QStringLiteral("# folder: severity id file:line (line 0: the whole file)"),
                            QStringLiteral("# The corpus keeps metadata only (no weights), so artifact-missing is right "
                                           "wherever a flavor names a model file.")};
            for (const QString &folder : corpusModelFolders())
                all += findingsOf(folder);
            QFile f(expectedPath());
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(all.join(QLatin1Char('\n')).toUtf8() + '\n');
        }
    }

    void folder_data()
    {
        QTest::addColumn<QString>("folder");
        const QStringList folders = corpusModelFolders();
        QVERIFY(folders.size() >= 10);
        for (const QString &folder : folders)
            QTest::newRow(qPrintable(QDir(corpusDir()).relativeFilePath(folder))) << folder;
    }

    void folder()
    {
        QFETCH(QString, folder);
        const QString name = QDir(corpusDir()).relativeFilePath(folder);
        const QStringList expected = readExpected(name);
        QVERIFY2(!expected.isEmpty(), qPrintable(name + QStringLiteral(" is not in corpus-expected.txt")));
        QStringList actual = findingsOf(folder);
        QStringList sortedExpected = expected;
        actual.sort();
        sortedExpected.sort();
        QCOMPARE(actual, sortedExpected);
    }

    // The example model shipped with the app shows the four problems it was made for.
    void example()
    {
        const auto model = loadModel(examplesDir() + QStringLiteral("/iris-classifier"));
        QVERIFY(model);
        const QVector<Diagnostic> all = runChecks(*model, {});
        for (const char *id : {"req-conflict", "pip-mismatch", "python-mismatch", "import-undeclared"})
            QVERIFY2(!withId(all, QString::fromLatin1(id)).isEmpty(),
                     qPrintable(QStringLiteral("no %1 on iris-classifier:\n").arg(QLatin1String(id)) + dump(all)));
        const QVector<Diagnostic> conflict = withId(all, QStringLiteral("req-conflict"));
        QCOMPARE(conflict.first().location.file, QStringLiteral("requirements.txt"));
        QCOMPARE(conflict.first().location.line, 5);
        QCOMPARE(conflict.first().related.first().file, QStringLiteral("constraints.txt"));
        QCOMPARE(conflict.first().related.first().line, 2);
    }

    // A model as MLflow writes it today gives no error and no warning.
    void cleanModel()
    {
        const auto model = loadModel(cleanModelDir());
        QVERIFY(model);
        QVector<Diagnostic> serious;
        for (const Diagnostic &d : runChecks(*model, {})) {
            if (d.severity != Severity::Info)
                serious.append(d);
        }
        QVERIFY2(serious.isEmpty(), qPrintable(dump(serious)));
    }
};

QTEST_GUILESS_MAIN(TestCorpus)
#include "tst_corpus.moc"
