// SPDX-License-Identifier: GPL-3.0-or-later
// render_icon SVG PNG SIZE: renders the app icon at one size for the hicolor theme (build time).
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    const QStringList arguments = QGuiApplication::arguments();
    bool sizeOk = false;
    const int size = arguments.value(3).toInt(&sizeOk);
    QSvgRenderer renderer(arguments.value(1));
    if (arguments.size() != 4 || !sizeOk || size <= 0 || !renderer.isValid()) {
        std::fprintf(stderr, "usage: render_icon ICON.svg OUT.png SIZE\n");
        return 2;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter);
    painter.end();
    return image.save(arguments.value(2), "PNG") ? 0 : 1;
}
