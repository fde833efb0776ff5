#include "model/modeldiscovery.h"
#include "model/modelsource.h"
#include "model/wheelname.h"
#include "ziptestdata.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <sys/types.h>

using namespace envlens;

namespace {

const QByteArray kRequirements("mlflow==2.12.1\nscikit-learn==1.3.2\n");

quint32 crc32Of(const QByteArray &data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char c : data) {
        crc ^= quint8(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

} // namespace

class TestModelSource : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString zip(const QString &name) const { return m_dir.filePath(name + QStringLiteral(".zip")); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(test::makeZipFixtures(m_dir.path()));
    }

    void writers_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("root");
        QTest::addRow("python deflated, one top folder") << "python-deflated" << "my-model/";
        QTest::addRow("python stored, at the root") << "python-stored-root" << "";
        QTest::addRow("info-zip") << "infozip" << "my-model/";
        QTest::addRow("info-zip streamed (data descriptors)") << "infozip-streamed" << "my-model/";
        QTest::addRow("info-zip zip64") << "infozip-zip64" << "my-model/";
        QTest::addRow("java jar") << "jar" << "";
        QTest::addRow("7-zip style") << "sevenzip-style" << "my-model/";
        QTest::addRow("windows backslashes") << "windows-backslash" << "my-model/";
        QTest::addRow("python zip64") << "python-zip64" << "";
        QTest::addRow("mlruns layout") << "mlruns" << "mlruns/1/models/m-0123456789abcdef0123456789abcdef/artifacts/";
        QTest::addRow("databricks metadata copy and __MACOSX") << "metadata-copy" << "m/";
    }

    void writers()
    {
        QFETCH(QString, name);
        QFETCH(QString, root);
        auto source = ModelSource::open(zip(name));
        QVERIFY2(source.ok(), qPrintable(source.ok() ? QString() : source.error().toString()));
        QCOMPARE(source.value()->kind(), SourceKind::Zip);
        QVERIFY(source.value()->issues().isEmpty());
        const auto chosen = chooseModelRoot(*source.value(), QString());
        QVERIFY2(chosen.ok(), qPrintable(chosen.ok() ? QString() : chosen.error().toString()));
        QCOMPARE(chosen.value(), root);

        const SourceEntry *requirements = source.value()->entry(root + QStringLiteral("requirements.txt"));
        QVERIFY(requirements);
        QCOMPARE(requirements->size, qint64(kRequirements.size()));
        QVERIFY(requirements->hasCrc);
        QCOMPARE(requirements->crc32, crc32Of(kRequirements));
        const auto bytes = source.value()->read(requirements->path, 1024);
        QVERIFY2(bytes.ok(), qPrintable(bytes.ok() ? QString() : bytes.error().toString()));
        QCOMPARE(bytes.value(), kRequirements);

        const auto mlmodel = source.value()->read(root + QStringLiteral("MLmodel"), 1024);
        QVERIFY(mlmodel.ok());
        QVERIFY(mlmodel.value().startsWith("artifact_path: model\n"));
        const SourceEntry *code = source.value()->entry(root + QStringLiteral("code/helpers.py"));
        QVERIFY(code);
        QVERIFY(!code->isDir);
        QCOMPARE(source.value()->read(code->path, 1024).value(), QByteArray("import numpy as np\nfrom sklearn import svm\n"));
    }

    void infozipFromStdin()
    {
        // `echo x | zip - -`: a streamed entry named "-" whose sizes follow the data.
        auto source = ModelSource::open(zip(QStringLiteral("infozip-stdin")));
        QVERIFY(source.ok());
        QCOMPARE(source.value()->entries().size(), 1);
        QCOMPARE(source.value()->read(QStringLiteral("-"), 16).value(), QByteArray("x\n"));
        QVERIFY(!chooseModelRoot(*source.value(), QString()).ok());
    }

    void badArchives_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("stage"); // where it fails: open, choose or read
        QTest::addColumn<QString>("message");
        QTest::addRow("empty file") << "empty-file" << "open" << "the file is empty (0 bytes)";
        QTest::addRow("empty archive") << "empty-archive" << "open" << "the zip archive is empty";
        QTest::addRow("not a zip") << "not-a-zip" << "open" << "not a zip archive";
        QTest::addRow("truncated") << "truncated" << "open" << "truncated or corrupt";
        QTest::addRow("no MLmodel") << "no-mlmodel" << "choose" << "holds no MLmodel file";
        QTest::addRow("several models") << "several-models" << "choose"
                                         << "holds 2 models; choose one with --model: model-a/, model-b/";
        QTest::addRow("encrypted") << "encrypted" << "read" << "encrypted";
        QTest::addRow("crc mismatch") << "crc-corrupt" << "read" << "CRC-32 does not match";
        QTest::addRow("unsupported method") << "unsupported-method" << "read" << "compression method 99";
    }

    void badArchives()
    {
        QFETCH(QString, name);
        QFETCH(QString, stage);
        QFETCH(QString, message);
        QElapsedTimer timer;
        timer.start();
        auto source = ModelSource::open(zip(name));
        QString error;
        if (!source) {
            error = source.error().message;
            QCOMPARE(source.error().file, zip(name));
            QCOMPARE(QStringLiteral("open"), stage);
        } else {
            const auto root = chooseModelRoot(*source.value(), QString());
            if (!root) {
                error = root.error().message;
                QCOMPARE(QStringLiteral("choose"), stage);
            } else {
                QCOMPARE(QStringLiteral("read"), stage);
                const auto read = source.value()->read(root.value() + QStringLiteral("requirements.txt"), 1 << 20);
                QVERIFY(!read.ok());
                error = read.error().message;
            }
        }
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY(timer.elapsed() < 1000);
    }

    void chooseWithSubpath_data()
    {
        QTest::addColumn<QString>("subpath");
        QTest::addColumn<QString>("root");
        QTest::addColumn<QString>("error");
        QTest::addRow("folder") << "model-b" << "model-b/" << "";
        QTest::addRow("trailing slash") << "model-a/" << "model-a/" << "";
        QTest::addRow("backslash") << "model-a\\" << "model-a/" << "";
        QTest::addRow("missing") << "model-c" << "" << "no MLmodel file at model-c/";
        QTest::addRow("escaping") << "../x" << "" << "escapes";
    }

    void chooseWithSubpath()
    {
        QFETCH(QString, subpath);
        QFETCH(QString, root);
        QFETCH(QString, error);
        auto source = ModelSource::open(zip(QStringLiteral("several-models")));
        QVERIFY(source.ok());
        const auto chosen = chooseModelRoot(*source.value(), subpath);
        QCOMPARE(chosen.ok(), error.isEmpty());
        if (chosen)
            QCOMPARE(chosen.value(), root);
        else
            QVERIFY2(chosen.error().message.contains(error), qPrintable(chosen.error().message));
    }

    void unsafeNames()
    {
        auto source = ModelSource::open(zip(QStringLiteral("unsafe-names")));
        QVERIFY(source.ok());
        QStringList flagged;
        for (const LoadIssue &issue : source.value()->issues()) {
            QCOMPARE(issue.id, QStringLiteral("unsafe-entry"));
            QCOMPARE(issue.severity, QStringLiteral("warning"));
            flagged.append(issue.file);
        }
        QCOMPARE(flagged, (QStringList{QStringLiteral("../evil.txt"), QStringLiteral("/etc/evil.txt"),
                                       QStringLiteral("C:/evil.txt"), QStringLiteral("code/../../evil.py")}));
        for (const SourceEntry &entry : source.value()->entries())
            QVERIFY2(!entry.path.contains(QLatin1String("evil")), qPrintable(entry.path));
        QCOMPARE(chooseModelRoot(*source.value(), QString()).value(), QString());
    }

    void normaliseNames_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<bool>("safe");
        QTest::addColumn<QString>("normalised");
        QTest::addRow("plain") << "a/b.txt" << true << "a/b.txt";
        QTest::addRow("backslash") << "a\\b\\c.py" << true << "a/b/c.py";
        QTest::addRow("directory") << "code/" << true << "code";
        QTest::addRow("dot and doubled slash") << "./a//b" << true << "a/b";
        QTest::addRow("parent") << "../a" << false << "";
        QTest::addRow("inner parent") << "a/../b" << false << "";
        QTest::addRow("absolute") << "/a" << false << "";
        QTest::addRow("windows absolute") << "\\a" << false << "";
        QTest::addRow("drive letter") << "c:\\a" << false << "";
        QTest::addRow("drive relative") << "D:a" << false << "";
    }

    void normaliseNames()
    {
        QFETCH(QString, raw);
        QFETCH(bool, safe);
        QFETCH(QString, normalised);
        const std::optional<QString> name = normaliseEntryName(raw);
        QCOMPARE(name.has_value(), safe);
        if (name)
            QCOMPARE(*name, normalised);
    }

    void caps()
    {
        LoadLimits limits;
        limits.maxEntries = 3;
        const auto tooMany = ModelSource::open(zip(QStringLiteral("python-deflated")), limits);
        QVERIFY(!tooMany.ok());
        QVERIFY(tooMany.error().message.contains(QLatin1String("more than the limit of 3")));

        auto source = ModelSource::open(zip(QStringLiteral("bombs")));
        QVERIFY(source.ok());
        const auto big = source.value()->read(QStringLiteral("requirements.txt"), 8 << 20);
        QVERIFY(!big.ok());
        QVERIFY2(big.error().message.contains(QLatin1String("over the read limit")), qPrintable(big.error().message));
        const SourceEntry *bomb = source.value()->entry(QStringLiteral("code/bomb.py"));
        QVERIFY(bomb);
        QVERIFY(bomb->size / qMax<qint64>(1, bomb->compressedSize) > 200);
    }

    void folderSymlinks()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QTemporaryDir outside;
        QFile secret(outside.filePath(QStringLiteral("secret.txt")));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write("secret");
        secret.close();
        QFile mlmodel(dir.filePath(QStringLiteral("MLmodel")));
        QVERIFY(mlmodel.open(QIODevice::WriteOnly));
        mlmodel.write("flavors: {}\n");
        mlmodel.close();
        QVERIFY(QFile::link(secret.fileName(), dir.filePath(QStringLiteral("requirements.txt"))));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("MLmodel")), dir.filePath(QStringLiteral("inside-link"))));
        QVERIFY(QFile::link(dir.path(), dir.filePath(QStringLiteral("loop"))));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("nowhere")), dir.filePath(QStringLiteral("dangling"))));
        QVERIFY(::mkfifo(QFile::encodeName(dir.filePath(QStringLiteral("fifo"))).constData(), 0600) == 0);

        QElapsedTimer timer;
        timer.start();
        auto source = ModelSource::open(dir.path());
        QVERIFY(source.ok());
        QCOMPARE(source.value()->kind(), SourceKind::Folder);
        QStringList flagged;
        for (const LoadIssue &issue : source.value()->issues()) {
            QCOMPARE(issue.id, QStringLiteral("symlink-outside"));
            flagged.append(issue.file);
        }
        flagged.sort();
        QCOMPARE(flagged, (QStringList{QStringLiteral("dangling"), QStringLiteral("requirements.txt")}));
        const auto outsideRead = source.value()->read(QStringLiteral("requirements.txt"), 1024);
        QVERIFY(!outsideRead.ok());
        QCOMPARE(source.value()->read(QStringLiteral("inside-link"), 1024).value(), QByteArray("flavors: {}\n"));
        QVERIFY(source.value()->entry(QStringLiteral("loop"))->isDir);
        QVERIFY(!source.value()->entry(QStringLiteral("loop/MLmodel")));
        QVERIFY(!source.value()->read(QStringLiteral("fifo"), 1024).ok());
        QCOMPARE(chooseModelRoot(*source.value(), QString()).value(), QString());
        QVERIFY(timer.elapsed() < 1000);
        QCOMPARE(source.value()->fingerprint().items.size(), 5); // directories are not fingerprinted
    }

    void wheelNames_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("version");
        QTest::addRow("simple") << "wheels/foo_bar-1.2.3-py3-none-any.whl" << "foo-bar" << "1.2.3";
        QTest::addRow("build tag") << "numpy-1.26.4-1-cp310-cp310-manylinux_2_17_x86_64.whl" << "numpy" << "1.26.4";
        QTest::addRow("not a wheel") << "foo-1.0.tar.gz" << "" << "";
        QTest::addRow("too few parts") << "foo-1.0-py3.whl" << "" << "";
        QTest::addRow("bad build tag") << "foo-1.0-x-py3-none-any.whl" << "" << "";
    }

    void wheelNames()
    {
        QFETCH(QString, file);
        QFETCH(QString, name);
        QFETCH(QString, version);
        const std::optional<WheelName> wheel = parseWheelName(file);
        QCOMPARE(wheel.has_value(), !name.isEmpty());
        if (wheel) {
            QCOMPARE(wheel->name, name);
            QCOMPARE(wheel->version, version);
        }
    }
};

QTEST_GUILESS_MAIN(TestModelSource)
#include "tst_modelsource.moc"
