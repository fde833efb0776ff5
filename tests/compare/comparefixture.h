#pragma once

#include "diff/modeldiff.h"
#include "model/modelloader.h"
#include "testpaths.h"

#include <QProcess>
#include <QString>

#include <memory>

// Model pairs of the compare view's tests: our fixtures and real corpus models.
namespace envlens::test {

inline QString compareFixture(const char *name)
{
    return dataDir() + QStringLiteral("/compare/") + QLatin1String(name);
}

inline QString corpusModel(const char *name)
{
    return corpusDir() + QLatin1Char('/') + QLatin1String(name);
}

inline std::shared_ptr<const Model> loadModel(const QString &path)
{
    const auto model = ModelLoader::load(path);
    if (!model) {
        qWarning("%s", qPrintable(model.error().toString()));
        return nullptr;
    }
    return model.value();
}

// Zips a folder with the oracle Python (what MLflow users' tools write).
inline bool zipFolder(const QString &folder, const QString &zipPath)
{
    QProcess python;
    python.start(oraclePython(),
        { QStringLiteral("-c"),
            QStringLiteral("import os,sys,zipfile\n"
                           "src,dst=sys.argv[1:3]\n"
                           "with zipfile.ZipFile(dst,'w',zipfile.ZIP_DEFLATED) as z:\n"
                           "  for root,_,names in os.walk(src):\n"
                           "    for n in sorted(names):\n"
                           "      p=os.path.join(root,n)\n"
                           "      z.write(p,os.path.relpath(p,src))\n"),
            folder, zipPath });
    return python.waitForFinished(60000) && python.exitStatus() == QProcess::NormalExit && python.exitCode() == 0;
}

} // namespace envlens::test
