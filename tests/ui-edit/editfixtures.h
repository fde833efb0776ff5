#pragma once

#include "model/modelloader.h"

#include "testpaths.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <memory>

namespace envlens::test {

// Copies a fixture folder into `target` (created), every file writable.
inline bool copyTree(const QString &source, const QString &target)
{
    if (!QDir().mkpath(target))
        return false;
    QDirIterator it(source, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString destination = target + file.mid(source.size());
        if (!QDir().mkpath(QFileInfo(destination).absolutePath()) || !QFile::copy(file, destination))
            return false;
        QFile::setPermissions(destination, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    }
    return true;
}

inline QString fixturePath(const QString &name)
{
    return name == QLatin1String("iris-classifier") ? examplesDir() + QStringLiteral("/iris-classifier")
                                                    : dataDir() + QStringLiteral("/edit/") + name;
}

inline std::shared_ptr<const Model> loadModel(const QString &path)
{
    auto loaded = ModelLoader::load(path);
    if (!loaded) {
        qWarning("%s", qPrintable(loaded.error().toString()));
        return nullptr;
    }
    return loaded.value();
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace envlens::test
