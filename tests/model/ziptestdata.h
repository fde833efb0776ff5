#pragma once

#include "testpaths.h"

#include <QDir>
#include <QProcess>
#include <QStringList>
#include <QTest>

namespace envlens::test {

// Builds the zip fixtures of tests/data/model/make_zips.py into `outDir` in one Python process;
// `corpusFolders` are also zipped, at the root and under one top folder (outDir/corpus/).
inline bool makeZipFixtures(const QString &outDir, const QStringList &corpusFolders = {})
{
    QProcess python;
    QStringList args{dataDir() + QStringLiteral("/model/make_zips.py"), outDir};
    args += corpusFolders;
    python.start(oraclePython(), args);
    if (!python.waitForFinished(120000) || python.exitCode() != 0) {
        qWarning("make_zips.py failed: %s", python.readAllStandardError().constData());
        return false;
    }
    return true;
}

// The corpus folders that hold an MLmodel (absolute paths, sorted).
inline QStringList corpusModelFolders()
{
    QStringList folders;
    const QDir corpus(corpusDir());
    for (const QString &group : corpus.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QDir groupDir(corpus.filePath(group));
        for (const QString &name : groupDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            if (QFile::exists(groupDir.filePath(name) + QStringLiteral("/MLmodel")))
                folders.append(groupDir.filePath(name));
        }
    }
    return folders;
}

} // namespace envlens::test
