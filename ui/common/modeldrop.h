#pragma once

#include <QStringList>

class QMimeData;

namespace envlens {

// The dragged local paths that can be opened as a model (folders, zips, MLmodel files), absolute;
// the main window and the compare view's drop zones accept the same things.
QStringList droppedModelPaths(const QMimeData *mime);

} // namespace envlens
