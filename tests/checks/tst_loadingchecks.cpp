#include "checkfixture.h"

#include "../model/ziptestdata.h"
#include "checks/loadingchecks.h"

#include <QTest>

using namespace envlens;
using namespace envlens::test;

class TestLoadingChecks : public QObject
{
    Q_OBJECT

private slots:
    // The unit itself: LoadIssues in, Diagnostics out; ids outside the catalogue stay out.
    void fromIssues_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("severity");
        QTest::addColumn<bool>("kept");
        QTest::newRow("unsafe-entry") << QStringLiteral("unsafe-entry") << QStringLiteral("warning") << true;
        QTest::newRow("symlink-outside") << QStringLiteral("symlink-outside") << QStringLiteral("warning") << true;
        QTest::newRow("file-too-large") << QStringLiteral("file-too-large") << QStringLiteral("warning") << true;
        QTest::newRow("file-encoding") << QStringLiteral("file-encoding") << QStringLiteral("warning") << true;
        QTest::newRow("entry-unreadable is not a catalogue id")
            << QStringLiteral("entry-unreadable") << QStringLiteral("warning") << false;
        QTest::newRow("a files id is not a loading id") << QStringLiteral("yaml-syntax") << QStringLiteral("error")
                                                        << false;
    }

    void fromIssues()
    {
        QFETCH(QString, id);
        QFETCH(QString, severity);
        QFETCH(bool, kept);
        const LoadIssues issues{{id, severity, QStringLiteral("why"), QStringLiteral("requirements.txt"), 0}};
        const QVector<Diagnostic> found = loadingDiagnostics(issues);
        QCOMPARE(found.size(), kept ? 1 : 0);
        if (!kept)
            return;
        QCOMPARE(found.first().id, id);
        QCOMPARE(severityName(found.first().severity), severity);
        QCOMPARE(found.first().location.file, QStringLiteral("requirements.txt"));
        QCOMPARE(found.first().message, QStringLiteral("why"));
    }

    void models_data()
    {
        addCheckColumns();
        const QString w = QStringLiteral("warning");
        addFires("file-encoding: BOM", {{QStringLiteral("requirements.txt"), "\xEF\xBB\xBFmlflow==2.22.1\n"}},
                 QStringLiteral("file-encoding"), w, QStringLiteral("requirements.txt"), 0);
        addFires("file-encoding: invalid UTF-8", {{QStringLiteral("conda.yaml"), "name: caf\xE9\ndependencies:\n- python=3.11.9\n"}},
                 QStringLiteral("file-encoding"), w, QStringLiteral("conda.yaml"), 0);
        addSilent("file-encoding: UTF-8 comment", {{QStringLiteral("requirements.txt"), "mlflow==2.22.1  # caf\xC3\xA9\n"}},
                  QStringLiteral("file-encoding"));
        addSilent("clean model: no symlink warning", {}, QStringLiteral("symlink-outside"));
        addSilent("clean model: nothing too large", {}, QStringLiteral("file-too-large"));
    }

    void models()
    {
        checkRow(runLoadingChecks);
    }

    void symlinkOutside()
    {
        QTemporaryDir dir;
        QVERIFY(writeModel(dir.path(), {}));
        QTemporaryDir outside;
        QFile target(outside.filePath(QStringLiteral("secret.txt")));
        QVERIFY(target.open(QIODevice::WriteOnly));
        target.write("x");
        target.close();
        QVERIFY(QFile::link(target.fileName(), dir.filePath(QStringLiteral("linked.txt"))));
        const auto model = loadModel(dir.path());
        QVERIFY(model);
        const QVector<Diagnostic> found =
            withId(runLoadingChecks(CheckContext::make(*model, {})), QStringLiteral("symlink-outside"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().severity, Severity::Warning);
        QCOMPARE(found.first().location.file, QStringLiteral("linked.txt"));
    }

    void fileTooLarge()
    {
        QTemporaryDir dir;
        QVERIFY(writeModel(dir.path(), {{QStringLiteral("requirements.txt"), QByteArray(4096, '#')}}));
        LoadOptions options;
        options.limits.maxTextFileBytes = 1024;
        const auto model = loadModel(dir.path(), options);
        QVERIFY(model);
        const QVector<Diagnostic> found =
            withId(runLoadingChecks(CheckContext::make(*model, {})), QStringLiteral("file-too-large"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().location.file, QStringLiteral("requirements.txt"));
    }

    void unsafeEntry()
    {
        QTemporaryDir dir;
        QVERIFY(makeZipFixtures(dir.path()));
        const auto model = loadModel(dir.filePath(QStringLiteral("unsafe-names.zip")));
        QVERIFY(model);
        const QVector<Diagnostic> found =
            withId(runLoadingChecks(CheckContext::make(*model, {})), QStringLiteral("unsafe-entry"));
        QVERIFY2(found.size() >= 3, qPrintable(dump(found)));
        for (const Diagnostic &d : found)
            QCOMPARE(d.severity, Severity::Warning);
        // The near-miss: a zip without such names.
        const auto plain = loadModel(dir.filePath(QStringLiteral("python-stored-root.zip")));
        QVERIFY(plain);
        QVERIFY(withId(runLoadingChecks(CheckContext::make(*plain, {})), QStringLiteral("unsafe-entry")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLoadingChecks)
#include "tst_loadingchecks.moc"
