// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QPalette>

class QChart;

// The look shared by every chart (Qt Charts stays inside ui/charts/: it is deprecated from
// Qt 6.10, and Qt Graphs can replace this folder alone). Colours come from the palette, so
// charts read well in light and dark themes.
namespace ChartStyle {

// Background, title, legend, axis label and grid colours from the palette; numbers and dates
// on the axes formatted with the chart locale (the application's QLocale).
void apply(QChart *chart, const QPalette &palette);
// Series colours with enough contrast against the palette's base colour.
QList<QColor> seriesColors(const QPalette &palette);
// The colours of the axes and grid, re-applied to axes created after apply().
void styleAxes(QChart *chart, const QPalette &palette);

// Chart coordinates in major units. The ONLY conversion of money to double in the client:
// Qt Charts places points by qreal. Figures shown to people (tooltips) are formatted from the
// int64 minor units with Money::format, never from this value.
inline double axisCoordinate(qint64 minorUnits)
{
    return double(minorUnits) / 100.0;
}

} // namespace ChartStyle
