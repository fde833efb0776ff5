#pragma once

// Builds small models for the check family tests: tests/data/checks/clean-sklearn copied to a
// temporary folder with some files replaced, added or removed, then loaded like the CLI does.

#include "checks/checkcontext.h"
#include "checks/diagnostic.h"
#include "model/modelloader.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace envlens::test {

using FileOverrides = QMap<QString, QByteArray>;

// The value that removes a file of the base model.
inline QByteArray removed()
{
    return QByteArrayLiteral("\x01<removed>");
}

inline QString cleanModelDir()
{
    return dataDir() + QStringLiteral("/checks/clean-sklearn");
}

// Writes the base model plus overrides into dir; false on an I/O failure.
inline bool writeModel(const QString &dir, const FileOverrides &overrides, const QString &base = cleanModelDir())
{
    QMap<QString, QByteArray> files;
    if (!base.isEmpty()) {
        const QDir baseDir(base);
        for (const QString &name : baseDir.entryList(QDir::Files)) {
            QFile f(baseDir.filePath(name));
            if (!f.open(QIODevice::ReadOnly))
                return false;
            files.insert(name, f.readAll());
        }
    }
    for (auto it = overrides.constBegin(); it != overrides.constEnd(); ++it) {
        if (it.value() == removed())
            files.remove(it.key());
        else
            files.insert(it.key(), it.value());
    }
    for (auto it = files.constBegin(); it != files.constEnd(); ++it) {
        const QString path = dir + QLatin1Char('/') + it.key();
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            return false;
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(it.value()) != it.value().size())
            return false;
    }
    return true;
}

inline std::shared_ptr<const Model> loadModel(const QString &path, const LoadOptions &options = {})
{
    const auto model = ModelLoader::load(path, options);
    if (!model) {
        qWarning("cannot open %s: %s", qPrintable(path), qPrintable(model.error().toString()));
        return nullptr;
    }
    return model.value();
}

// A diagnostic as the tests compare it.
inline QString describe(const Diagnostic &d)
{
    return QStringLiteral("%1 %2 %3:%4 %5")
        .arg(d.id, severityName(d.severity), d.location.file)
        .arg(d.location.line)
        .arg(d.message);
}

inline QVector<Diagnostic> withId(const QVector<Diagnostic> &all, const QString &id)
{
    QVector<Diagnostic> found;
    for (const Diagnostic &d : all) {
        if (d.id == id)
            found.append(d);
    }
    return found;
}

inline QString dump(const QVector<Diagnostic> &all)
{
    QStringList lines;
    for (const Diagnostic &d : all)
        lines.append(describe(d));
    return lines.join(QLatin1Char('\n'));
}

// The columns every family test's _data() shares.
inline void addCheckColumns()
{
    QTest::addColumn<FileOverrides>("files");
    QTest::addColumn<QString>("platform");
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("fires");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
}

// A row that expects `id` with this severity, file and line (the first of its kind).
inline void addFires(const char *name, const FileOverrides &files, const QString &id, const QString &severity,
                     const QString &file, int line, const QString &platform = QStringLiteral("linux"))
{
    QTest::newRow(name) << files << platform << id << true << severity << file << line;
}

// A near-miss: `id` must not fire.
inline void addSilent(const char *name, const FileOverrides &files, const QString &id,
                      const QString &platform = QStringLiteral("linux"))
{
    QTest::newRow(name) << files << platform << id << false << QString() << QString() << 0;
}

// The base model is clean: the family reports nothing on it.
template<typename Family>
void checkCleanModelIsSilent(Family family)
{
    QTemporaryDir dir;
    QVERIFY(writeModel(dir.path(), {}));
    const auto model = loadModel(dir.path());
    QVERIFY(model);
    const QVector<Diagnostic> all = family(CheckContext::make(*model, {}));
    QVERIFY2(all.isEmpty(), qPrintable(dump(all)));
}

// Runs one check family on the model the current row builds and compares with the row.
template<typename Family>
void checkRow(Family family, QVector<Diagnostic> *all = nullptr)
{
    QFETCH(FileOverrides, files);
    QFETCH(QString, platform);
    QFETCH(QString, id);
    QFETCH(bool, fires);
    QFETCH(QString, severity);
    QFETCH(QString, file);
    QFETCH(int, line);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeModel(dir.path(), files));
    LoadOptions loadOptions;
    loadOptions.platform = platform;
    const auto model = loadModel(dir.path(), loadOptions);
    QVERIFY(model);
    CheckOptions options;
    options.platform = platform;
    const QVector<Diagnostic> diagnostics = family(CheckContext::make(*model, options));
    if (all)
        *all = diagnostics;
    const QVector<Diagnostic> found = withId(diagnostics, id);
    if (!fires) {
        QVERIFY2(found.isEmpty(), qPrintable(dump(found)));
        return;
    }
    QVERIFY2(!found.isEmpty(), qPrintable(QStringLiteral("no %1 among:\n").arg(id) + dump(diagnostics)));
    const Diagnostic &d = found.first();
    QCOMPARE(severityName(d.severity), severity);
    QCOMPARE(d.location.file, file);
    QCOMPARE(d.location.line, line);
    QVERIFY(!d.message.isEmpty());
}

} // namespace envlens::test

Q_DECLARE_METATYPE(envlens::test::FileOverrides)
