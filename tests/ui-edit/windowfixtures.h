#pragma once

#include "browse/mainwindow.h"
#include "browse/modeltab.h"

#include <QSignalSpy>

namespace envlens::test {

// Opens a model in the window and waits for it: the tab once loaded, nullptr otherwise.
inline ModelTab *openModel(MainWindow &window, const QString &path)
{
    QSignalSpy spy(&window, &MainWindow::modelLoadFinished);
    ModelTab *tab = window.openPath(path);
    if (!spy.wait(20000) || tab->state() != ModelTab::State::Loaded)
        return nullptr;
    return tab;
}

} // namespace envlens::test
