#pragma once

#include "edit/editoperation.h"
#include "model/modelloader.h"

#include "testfiles.h"
#include "testpaths.h"

#include <QTest>

#include <memory>

namespace envlens::test {

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

// One edit operation, as the tests spell them.
inline EditOperation op(EditOperation::Kind kind, const QString &text = QString(), const QStringList &lines = {})
{
    EditOperation operation;
    operation.kind = kind;
    operation.text = text;
    operation.lines = lines;
    return operation;
}

} // namespace envlens::test
