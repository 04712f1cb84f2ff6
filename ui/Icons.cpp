// SPDX-License-Identifier: GPL-3.0-or-later
#include "Icons.h"

#include <QFile>
#include <QIconEngine>
#include <QPainter>
#include <QSvgRenderer>

// Links the icon resources of the static library into every program that uses it.
static void initCabinetResources()
{
    Q_INIT_RESOURCE(cabinet);
}

namespace Icons {

namespace {

// Renders the SVG at whatever size and device pixel ratio is asked, so HiDPI stays crisp.
class SvgIconEngine : public QIconEngine
{
public:
    explicit SvgIconEngine(QByteArray svg)
        : m_svg(std::move(svg))
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        QSvgRenderer renderer(m_svg);
        if (mode == QIcon::Disabled)
            painter->setOpacity(0.4);
        renderer.render(painter, rect);
    }

    QIconEngine *clone() const override { return new SvgIconEngine(m_svg); }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        QPixmap pixmap(size * scale);
        pixmap.fill(Qt::transparent);
        {
            QPainter painter(&pixmap);
            paint(&painter, QRect(QPoint(), size * scale), mode, state);
        }
        pixmap.setDevicePixelRatio(scale);
        return pixmap;
    }

private:
    QByteArray m_svg;
};

} // namespace

QIcon icon(const QString &name, const QColor &color)
{
    static const bool resourcesReady = (initCabinetResources(), true);
    Q_UNUSED(resourcesReady)
    QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray svg = file.readAll();
    svg.replace("currentColor", color.name().toLatin1());
    return QIcon(new SvgIconEngine(svg));
}

QIcon icon(const QString &name, const QPalette &palette)
{
    return icon(name, palette.color(QPalette::WindowText));
}

QIcon applicationIcon()
{
    return icon(QStringLiteral("app"), QColor(0x1e, 0x63, 0xd6));
}

} // namespace Icons
