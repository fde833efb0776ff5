#include "common/modeldrop.h"

#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

namespace envlens {

QStringList droppedModelPaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    const auto urls = mime->urls();
    for (const QUrl &url : urls) {
        if (!url.isLocalFile())
            continue;
        const QFileInfo info(url.toLocalFile());
        const bool zip = info.fileName().endsWith(QLatin1String(".zip"), Qt::CaseInsensitive);
        if (info.isDir() || (info.isFile() && (zip || info.fileName() == QLatin1String("MLmodel"))))
            paths << info.absoluteFilePath();
    }
    return paths;
}

} // namespace envlens
