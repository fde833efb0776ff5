#include "common/icons.h"

#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace envlens {

namespace {

// Colours chosen to read on light and dark palettes alike.
const QColor kBlue(0x2d, 0x7d, 0xd2);
const QColor kRed(0xd9, 0x3a, 0x3a);
const QColor kAmber(0xf0, 0xa8, 0x20);
const QColor kGreen(0x2e, 0x9e, 0x5b);
const QColor kFolder(0xe3, 0xab, 0x3b);
const QColor kBrown(0xa0, 0x6b, 0x3a);
const QColor kPurple(0x8a, 0x5c, 0xc8);
const QColor kTeal(0x1f, 0x9a, 0x9a);
const QColor kGray(0x6e, 0x77, 0x80);
const QColor kPaper(0xf4, 0xf5, 0xf6);

void drawPage(QPainter &p, const QColor &accent)
{
    QPainterPath page;
    page.moveTo(3, 1);
    page.lineTo(10, 1);
    page.lineTo(13, 4);
    page.lineTo(13, 15);
    page.lineTo(3, 15);
    page.closeSubpath();
    p.setPen(QPen(kGray, 0.8));
    p.setBrush(kPaper);
    p.drawPath(page);
    p.setPen(QPen(accent, 1.2, Qt::SolidLine, Qt::RoundCap));
    for (int y = 6; y <= 12; y += 3)
        p.drawLine(QPointF(5, y), QPointF(11, y));
}

void drawCircleBadge(QPainter &p, const QColor &colour)
{
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawEllipse(QRectF(1, 1, 14, 14));
    p.setPen(QPen(Qt::white, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
}

void drawLens(QPainter &p, const QColor &colour, qreal width)
{
    p.setPen(QPen(colour, width, Qt::SolidLine, Qt::RoundCap));
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(QRectF(2.5, 2.5, 8, 8));
    p.drawLine(QPointF(9.5, 9.5), QPointF(13.5, 13.5));
}

void drawFolder(QPainter &p, const QColor &colour)
{
    QPainterPath folder;
    folder.moveTo(1, 3);
    folder.lineTo(6, 3);
    folder.lineTo(7.5, 4.5);
    folder.lineTo(15, 4.5);
    folder.lineTo(15, 14);
    folder.lineTo(1, 14);
    folder.closeSubpath();
    p.setPen(QPen(colour.darker(130), 0.8));
    p.setBrush(colour);
    p.drawPath(folder);
    p.setBrush(colour.lighter(120));
    p.drawRect(QRectF(1, 6.5, 14, 7.5));
}

void drawBox(QPainter &p, const QColor &colour)
{
    const QPolygonF top({QPointF(8, 1), QPointF(15, 4.5), QPointF(8, 8), QPointF(1, 4.5)});
    const QPolygonF left({QPointF(1, 4.5), QPointF(8, 8), QPointF(8, 15), QPointF(1, 11.5)});
    const QPolygonF right({QPointF(8, 8), QPointF(15, 4.5), QPointF(15, 11.5), QPointF(8, 15)});
    p.setPen(QPen(colour.darker(150), 0.6));
    p.setBrush(colour.lighter(130));
    p.drawPolygon(top);
    p.setBrush(colour);
    p.drawPolygon(left);
    p.setBrush(colour.darker(120));
    p.drawPolygon(right);
}

void drawPadlock(QPainter &p, const QColor &colour)
{
    p.setPen(QPen(colour.darker(130), 1.6));
    p.setBrush(Qt::NoBrush);
    p.drawArc(QRectF(4.5, 1.5, 7, 8), 0, 180 * 16);
    p.drawLine(QPointF(4.5, 5.5), QPointF(4.5, 7.5));
    p.drawLine(QPointF(11.5, 5.5), QPointF(11.5, 7.5));
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawRoundedRect(QRectF(2.5, 7, 11, 8), 1.5, 1.5);
}

void drawChevron(QPainter &p, bool down)
{
    p.setPen(QPen(kGray, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    const qreal a = down ? 5.5 : 10.5;
    const qreal b = down ? 10.5 : 5.5;
    p.drawPolyline(QPolygonF({QPointF(3, a), QPointF(8, b), QPointF(13, a)}));
}

void paintIcon(QPainter &p, Icons::Id id)
{
    switch (id) {
    case Icons::App:
    case Icons::Model: {
        p.setPen(Qt::NoPen);
        p.setBrush(kBlue);
        p.drawRoundedRect(QRectF(0.5, 0.5, 15, 15), 3.5, 3.5);
        drawLens(p, Qt::white, 1.6);
        p.setPen(QPen(Qt::white, 1.0, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(4.8, 5.5), QPointF(8.2, 5.5));
        p.drawLine(QPointF(4.8, 7.5), QPointF(7.2, 7.5));
        break;
    }
    case Icons::OpenFolder:
    case Icons::Folder:
        drawFolder(p, kFolder);
        break;
    case Icons::OpenZip:
    case Icons::Archive:
        drawBox(p, kBrown);
        p.setPen(QPen(kPaper, 1.0, Qt::DotLine));
        p.drawLine(QPointF(8, 8.5), QPointF(8, 14.5));
        break;
    case Icons::TextFile:
        drawPage(p, kGray);
        break;
    case Icons::PythonFile:
        drawPage(p, kBlue);
        p.setPen(Qt::NoPen);
        p.setBrush(kAmber);
        p.drawEllipse(QRectF(8.5, 10, 4, 4));
        break;
    case Icons::EnvironmentFile:
        drawPage(p, kGreen);
        break;
    case Icons::Package:
        drawBox(p, kTeal);
        break;
    case Icons::Flavor: {
        QPolygonF hexagon;
        for (int i = 0; i < 6; ++i) {
            static const qreal xs[] = {8, 14.5, 14.5, 8, 1.5, 1.5};
            static const qreal ys[] = {1, 4.5, 11.5, 15, 11.5, 4.5};
            hexagon << QPointF(xs[i], ys[i]);
        }
        p.setPen(QPen(kPurple.darker(130), 0.8));
        p.setBrush(kPurple);
        p.drawPolygon(hexagon);
        p.setPen(Qt::NoPen);
        p.setBrush(Qt::white);
        p.drawEllipse(QRectF(5.5, 5.5, 5, 5));
        break;
    }
    case Icons::Constraint:
        drawPadlock(p, kGray);
        break;
    case Icons::Locked:
        drawPadlock(p, kAmber);
        break;
    case Icons::Error:
        drawCircleBadge(p, kRed);
        p.drawLine(QPointF(5.2, 5.2), QPointF(10.8, 10.8));
        p.drawLine(QPointF(10.8, 5.2), QPointF(5.2, 10.8));
        break;
    case Icons::Warning: {
        p.setPen(QPen(kAmber.darker(120), 0.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(kAmber);
        p.drawPolygon(QPolygonF({QPointF(8, 1), QPointF(15.2, 14.5), QPointF(0.8, 14.5)}));
        p.setPen(QPen(QColor(0x30, 0x25, 0x10), 1.8, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(8, 5.5), QPointF(8, 9.5));
        p.drawPoint(QPointF(8, 12.3));
        break;
    }
    case Icons::Info:
        drawCircleBadge(p, kBlue);
        p.drawLine(QPointF(8, 7), QPointF(8, 11.5));
        p.drawPoint(QPointF(8, 4.5));
        break;
    case Icons::Ok:
        drawCircleBadge(p, kGreen);
        p.drawPolyline(QPolygonF({QPointF(4.5, 8.2), QPointF(7, 10.7), QPointF(11.5, 5.5)}));
        break;
    case Icons::Find:
        drawLens(p, kGray, 1.8);
        break;
    case Icons::Next:
        drawChevron(p, true);
        break;
    case Icons::Previous:
        drawChevron(p, false);
        break;
    case Icons::Close:
        p.setPen(QPen(kGray, 1.6, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(4, 4), QPointF(12, 12));
        p.drawLine(QPointF(12, 4), QPointF(4, 12));
        break;
    case Icons::Example:
        drawPage(p, kPurple);
        p.setPen(Qt::NoPen);
        p.setBrush(kAmber);
        p.drawEllipse(QRectF(9, 9, 6, 6));
        break;
    case Icons::GoToLine:
        drawPage(p, kGray);
        p.setPen(QPen(kBlue, 1.8, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(4.5, 9), QPointF(11.5, 9));
        break;
    }
}

// Draws on a 16x16 grid scaled to whatever size Qt asks for, so the icon is crisp on HiDPI.
class VectorIconEngine : public QIconEngine
{
public:
    explicit VectorIconEngine(Icons::Id id) : m_id(id) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const qreal side = qMin(rect.width(), rect.height());
        painter->translate(rect.x() + (rect.width() - side) / 2.0, rect.y() + (rect.height() - side) / 2.0);
        painter->scale(side / 16.0, side / 16.0);
        if (mode == QIcon::Disabled)
            painter->setOpacity(0.4);
        paintIcon(*painter, m_id);
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    QIconEngine *clone() const override { return new VectorIconEngine(m_id); }

private:
    Icons::Id m_id;
};

const char *themeName(Icons::Id id)
{
    switch (id) {
    case Icons::OpenFolder: return "document-open-folder";
    case Icons::OpenZip: return "document-open";
    case Icons::Folder: return "folder";
    case Icons::Archive: return "application-zip";
    case Icons::TextFile: return "text-plain";
    case Icons::PythonFile: return "text-x-python";
    case Icons::Error: return "dialog-error";
    case Icons::Warning: return "dialog-warning";
    case Icons::Info: return "dialog-information";
    case Icons::Find: return "edit-find";
    case Icons::Next: return "go-down-search";
    case Icons::Previous: return "go-up-search";
    case Icons::Close: return "window-close";
    case Icons::GoToLine: return "go-jump";
    default: return nullptr;  // our own drawings carry meaning a theme icon would not
    }
}

} // namespace

QIcon Icons::bundled(Id id) { return QIcon(new VectorIconEngine(id)); }

QIcon Icons::icon(Id id)
{
    const char *name = themeName(id);
    return name ? QIcon::fromTheme(QLatin1String(name), bundled(id)) : bundled(id);
}

} // namespace envlens
