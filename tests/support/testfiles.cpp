#include "testfiles.h"

#include "testpaths.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

namespace envlens::test {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

bool copyTree(const QString &from, const QString &to)
{
    if (!QDir().mkpath(to))
        return false;
    const QDir source(from);
    const auto entries = source.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QFileInfo &info : entries) {
        const QString target = to + QLatin1Char('/') + info.fileName();
        if (info.isDir() ? !copyTree(info.filePath(), target) : !QFile::copy(info.filePath(), target))
            return false;
        // Read-only sources (the shared corpus) must not give read-only copies to edit.
        if (!info.isDir())
            QFile::setPermissions(target, QFile::permissions(target) | QFile::WriteOwner);
    }
    return true;
}

QStringList corpusModelDirs()
{
    QStringList models;
    QDirIterator it(corpusDir(), {QStringLiteral("MLmodel")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        models.append(QFileInfo(it.next()).path());
    models.sort();
    return models;
}

CliRun runCli(const QStringList &args, int timeoutMs)
{
    QProcess process;
    process.start(cliPath(), args);
    CliRun run;
    // A process that never started reports a normal exit with code 0, hence the explicit wait.
    if (!process.waitForStarted() || !process.waitForFinished(timeoutMs))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace envlens::test
