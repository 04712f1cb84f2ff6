// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartStyle.h"

#include "Theme.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>
#include <QLocale>

namespace ChartStyle {

void apply(QChart *chart, const QPalette &palette)
{
    chart->setTheme(Theme::isDark(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundRoundness(8);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(palette.color(QPalette::Text));
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->setMargins(QMargins(6, 6, 6, 6));
    chart->setAnimationOptions(QChart::NoAnimation); // redraws of a year of points stay instant
    styleAxes(chart, palette);
}

void styleAxes(QChart *chart, const QPalette &palette)
{
    QColor grid = palette.color(QPalette::Text);
    grid.setAlpha(40);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsBrush(palette.color(QPalette::Text));
        axis->setTitleBrush(palette.color(QPalette::PlaceholderText));
        axis->setLinePenColor(grid);
        axis->setGridLineColor(grid);
        axis->setMinorGridLineVisible(false);
    }
}

QList<QColor> seriesColors(const QPalette &palette)
{
    if (Theme::isDark(palette))
        return {QColor(0x64, 0xb5, 0xf6), QColor(0xff, 0xb7, 0x4d), QColor(0x81, 0xc7, 0x84), QColor(0xe5, 0x73, 0x73),
                QColor(0xba, 0x68, 0xc8), QColor(0x4d, 0xd0, 0xe1), QColor(0xf0, 0x62, 0x92), QColor(0xaa, 0xd5, 0x6f),
                QColor(0xa1, 0x88, 0x7f)};
    return {QColor(0x15, 0x65, 0xc0), QColor(0xef, 0x6c, 0x00), QColor(0x2e, 0x7d, 0x32), QColor(0xc6, 0x28, 0x28),
            QColor(0x6a, 0x1b, 0x9a), QColor(0x00, 0x83, 0x8f), QColor(0xad, 0x14, 0x57), QColor(0x55, 0x8b, 0x2f),
            QColor(0x5d, 0x40, 0x37)};
}

} // namespace ChartStyle
