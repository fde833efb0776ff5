#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Small file and process helpers that many test executables need.
namespace envlens::test {

QByteArray readFile(const QString &path); // empty when unreadable
bool copyTree(const QString &from, const QString &to); // the copies are writable by their owner
// Every folder of the shared corpus holding an MLmodel, sorted.
QStringList corpusModelDirs();

struct CliRun
{
    int exitCode = -1; // -1: not started, crashed or timed out
    QByteArray out;
    QByteArray err;
    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
};

CliRun runCli(const QStringList &args, int timeoutMs = 60000);

} // namespace envlens::test
