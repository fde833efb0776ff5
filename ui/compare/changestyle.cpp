#include "compare/changestyle.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

namespace envlens {

namespace {

QPixmap badge(DiffChange change, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(size / 16.0, size / 16.0);
    p.setPen(Qt::NoPen);
    p.setBrush(ChangeStyle::color(change));
    p.drawEllipse(QRectF(1, 1, 14, 14));
    p.setPen(QPen(Qt::white, 1.9, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    switch (change) {
    case DiffChange::Added:
        p.drawLine(QPointF(8, 4.5), QPointF(8, 11.5));
        p.drawLine(QPointF(4.5, 8), QPointF(11.5, 8));
        break;
    case DiffChange::Removed:
        p.drawLine(QPointF(4.5, 8), QPointF(11.5, 8));
        break;
    case DiffChange::Upgraded:
        p.drawPolyline(QPolygonF({ QPointF(4.5, 8.5), QPointF(8, 5), QPointF(11.5, 8.5) }));
        p.drawLine(QPointF(8, 5), QPointF(8, 12));
        break;
    case DiffChange::Downgraded:
        p.drawPolyline(QPolygonF({ QPointF(4.5, 7.5), QPointF(8, 11), QPointF(11.5, 7.5) }));
        p.drawLine(QPointF(8, 4), QPointF(8, 11));
        break;
    case DiffChange::Changed:
    case DiffChange::Modified: {
        QPainterPath wave;
        wave.moveTo(4, 9);
        wave.cubicTo(QPointF(6, 5), QPointF(10, 11), QPointF(12, 7));
        p.drawPath(wave);
        break;
    }
    case DiffChange::Unchanged:
        break;
    }
    return pixmap;
}

} // namespace

QString ChangeStyle::label(DiffChange change)
{
    switch (change) {
    case DiffChange::Unchanged:
        return tr("Unchanged");
    case DiffChange::Added:
        return tr("Added");
    case DiffChange::Removed:
        return tr("Removed");
    case DiffChange::Upgraded:
        return tr("Upgraded");
    case DiffChange::Downgraded:
        return tr("Downgraded");
    case DiffChange::Changed:
        return tr("Changed");
    case DiffChange::Modified:
        return tr("Modified");
    }
    return QString();
}

// Colours that read on light and dark palettes alike (the same family as Icons').
QColor ChangeStyle::color(DiffChange change)
{
    switch (change) {
    case DiffChange::Added:
        return QColor(0x2e, 0x9e, 0x5b);
    case DiffChange::Removed:
        return QColor(0xd9, 0x3a, 0x3a);
    case DiffChange::Upgraded:
        return QColor(0x2d, 0x7d, 0xd2);
    case DiffChange::Downgraded:
        return QColor(0xc0, 0x6a, 0x10);
    case DiffChange::Changed:
    case DiffChange::Modified:
        return QColor(0x8a, 0x5c, 0xc8);
    case DiffChange::Unchanged:
        break;
    }
    return QColor();
}

QColor ChangeStyle::background(DiffChange change, const QPalette &palette, qreal strength)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor accent = color(change);
    if (!accent.isValid())
        return base;
    // Dark palettes need a stronger tint to be seen at all.
    const qreal t = base.lightness() < 128 ? qMin(1.0, strength * 1.8) : strength;
    return QColor::fromRgbF(base.redF() * (1 - t) + accent.redF() * t, base.greenF() * (1 - t) + accent.greenF() * t,
        base.blueF() * (1 - t) + accent.blueF() * t);
}

QIcon ChangeStyle::icon(DiffChange change)
{
    if (change == DiffChange::Unchanged)
        return QIcon();
    QIcon icon;
    for (int size : { 16, 32, 48 })
        icon.addPixmap(badge(change, size));
    return icon;
}

int ChangeStyle::rank(DiffChange change)
{
    switch (change) {
    case DiffChange::Removed:
        return 0;
    case DiffChange::Downgraded:
        return 1;
    case DiffChange::Changed:
    case DiffChange::Modified:
        return 2;
    case DiffChange::Upgraded:
        return 3;
    case DiffChange::Added:
        return 4;
    case DiffChange::Unchanged:
        return 5;
    }
    return 6;
}

} // namespace envlens
