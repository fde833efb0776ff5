#pragma once

#include <QLabel>
#include <QStringList>

class QMimeData;

namespace envlens {

/** A labelled area that accepts model folders, zips and MLmodel files dragged onto it. */
class DropZone : public QLabel
{
    Q_OBJECT

public:
    explicit DropZone(const QString &text, QWidget *parent = nullptr);

Q_SIGNALS:
    void pathsDropped(const QStringList &paths);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void setHovered(bool hovered);
};

} // namespace envlens
