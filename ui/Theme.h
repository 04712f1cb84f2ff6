// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QPalette>
#include <QString>

class QLabel;
class QWidget;

// Semantic colours, adjusted for light and dark palettes (everything else uses palette roles),
// and the few shared looks of the application.
namespace Theme {

bool isDark(const QPalette &palette);
QColor negative(const QPalette &palette); // money going out, debts, errors
QColor positive(const QPalette &palette); // money coming in
QColor warning(const QPalette &palette);  // credit due soon, keyring notice
// A dark Fusion palette (cabinet --dark; screenshots and tests of the dark theme).
QPalette darkPalette();

// The application-wide style sheet: cards, sidebar, headings. Built from palette() roles only.
QString styleSheet(const QPalette &palette);

// Marks a label as a page title / section heading / secondary text (styled by styleSheet()).
void makeTitle(QLabel *label);
void makeHeading(QLabel *label);
void makeSecondary(QLabel *label);
void makeError(QLabel *label);

} // namespace Theme
