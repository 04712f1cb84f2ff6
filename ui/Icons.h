// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QPalette>
#include <QString>

// SVG icons from resources/icons (":/icons/<name>.svg"), drawn in the palette's text colour
// so they read well on light and dark themes, rendered sharp at every device pixel ratio.
namespace Icons {

QIcon icon(const QString &name, const QPalette &palette = QPalette());
QIcon icon(const QString &name, const QColor &color);
QIcon applicationIcon();

} // namespace Icons
