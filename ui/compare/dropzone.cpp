#include "compare/dropzone.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

namespace envlens {

DropZone::DropZone(const QString &text, QWidget *parent) : QLabel(text, parent)
{
    setObjectName(QStringLiteral("compareDropZone"));
    setTextFormat(Qt::PlainText);
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setAcceptDrops(true);
    setMinimumHeight(fontMetrics().height() + 12);
    setFrameShape(QFrame::Box);
    setFrameShadow(QFrame::Plain);
    setAccessibleName(tr("Drop zone for a model to compare"));
    setHovered(false);
}

QStringList DropZone::modelPaths(const QMimeData *mime)
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

void DropZone::setHovered(bool hovered)
{
    // A dashed outline says "drop here"; the hover tint says "this will be accepted".
    setStyleSheet(hovered ? QStringLiteral("QLabel { border: 2px dashed palette(highlight); "
                                           "background: palette(alternate-base); padding: 2px; }")
                          : QStringLiteral("QLabel { border: 2px dashed palette(mid); padding: 2px; }"));
}

void DropZone::dragEnterEvent(QDragEnterEvent *event)
{
    if (!modelPaths(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
        setHovered(true);
    }
}

void DropZone::dragLeaveEvent(QDragLeaveEvent *event)
{
    QLabel::dragLeaveEvent(event);
    setHovered(false);
}

void DropZone::dropEvent(QDropEvent *event)
{
    setHovered(false);
    const QStringList paths = modelPaths(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    emit pathsDropped(paths);
}

} // namespace envlens
