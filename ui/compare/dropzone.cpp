#include "compare/dropzone.h"

#include "common/modeldrop.h"

#include <QDragEnterEvent>
#include <QDropEvent>

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

void DropZone::setHovered(bool hovered)
{
    // A dashed outline says "drop here"; the hover tint says "this will be accepted".
    setStyleSheet(hovered ? QStringLiteral("QLabel { border: 2px dashed palette(highlight); "
                                           "background: palette(alternate-base); padding: 2px; }")
                          : QStringLiteral("QLabel { border: 2px dashed palette(mid); padding: 2px; }"));
}

void DropZone::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedModelPaths(event->mimeData()).isEmpty()) {
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
    const QStringList paths = droppedModelPaths(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    emit pathsDropped(paths);
}

} // namespace envlens
