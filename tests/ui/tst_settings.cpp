#include "common/settings.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using envlens::Settings;

class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Settings::useTemporaryFile();
    }

    void usesATemporaryFile()
    {
        const QString file = Settings::instance().fileName();
        QVERIFY(!file.startsWith(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)));
        QVERIFY(!file.contains(QLatin1String("/.config/")));
    }

    void recentFilesAreMostRecentFirstAndUnique()
    {
        QTemporaryDir dir;
        Settings &settings = Settings::instance();
        settings.clearRecentFiles();
        QSignalSpy spy(&settings, &Settings::recentFilesChanged);
        const QString a = dir.filePath(QStringLiteral("a"));
        const QString b = dir.filePath(QStringLiteral("b.zip"));
        settings.addRecentFile(a);
        settings.addRecentFile(b);
        settings.addRecentFile(a);
        QCOMPARE(settings.recentFiles(), (QStringList{a, b}));
        QCOMPARE(spy.count(), 3);
        settings.removeRecentFile(b);
        QCOMPARE(settings.recentFiles(), QStringList{a});
    }

    void recentFilesAreCapped()
    {
        Settings &settings = Settings::instance();
        settings.clearRecentFiles();
        for (int i = 0; i < Settings::kMaxRecentFiles + 5; ++i)
            settings.addRecentFile(QStringLiteral("/tmp/model-%1").arg(i));
        QCOMPARE(settings.recentFiles().size(), Settings::kMaxRecentFiles);
        QCOMPARE(settings.recentFiles().first(), QStringLiteral("/tmp/model-%1").arg(Settings::kMaxRecentFiles + 4));
    }

    void typedValuesRoundTrip_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("platform");
        QTest::addColumn<int>("mask");
        QTest::addRow("korean, windows, errors only") << QStringLiteral("ko") << QStringLiteral("windows") << 1;
        QTest::addRow("system, linux, all") << QString() << QStringLiteral("linux") << 7;
        QTest::addRow("english, macos, no infos") << QStringLiteral("en") << QStringLiteral("macos") << 3;
    }

    void typedValuesRoundTrip()
    {
        QFETCH(QString, language);
        QFETCH(QString, platform);
        QFETCH(int, mask);
        Settings &settings = Settings::instance();
        settings.setLanguage(language);
        settings.setTargetPlatform(platform);
        settings.setDiagnosticsSeverityMask(mask);
        settings.setWindowGeometry(QByteArray("geometry-") + language.toUtf8());
        settings.sync();
        QCOMPARE(settings.language(), language);
        QCOMPARE(settings.targetPlatform(), platform);
        QCOMPARE(settings.diagnosticsSeverityMask(), mask);
        QCOMPARE(settings.windowGeometry(), QByteArray("geometry-") + language.toUtf8());
    }

    void lastDialogDirectoryFallsBackToHome()
    {
        Settings &settings = Settings::instance();
        settings.setLastDialogDirectory(QStringLiteral("/does/not/exist"));
        QCOMPARE(settings.lastDialogDirectory(), QDir::homePath());
        QTemporaryDir dir;
        settings.setLastDialogDirectory(dir.path());
        QCOMPARE(settings.lastDialogDirectory(), dir.path());
    }
};

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
