// SPDX-License-Identifier: GPL-3.0-or-later
#include "Theme.h"

#include <QLabel>

namespace Theme {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor negative(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28);
}

QColor positive(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x81, 0xc7, 0x84) : QColor(0x2e, 0x7d, 0x32);
}

QColor warning(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0xcc, 0x80) : QColor(0xb2, 0x6a, 0x00);
}

QString styleSheet(const QPalette &palette)
{
    const QColor warn = warning(palette);
    const QColor error = negative(palette);
    return QStringLiteral(R"(
QFrame#card { background: palette(base); border: 1px solid palette(midlight); border-radius: 10px; }
QFrame#sidebar { background: palette(alternate-base); border: none; border-right: 1px solid palette(midlight); }
QTreeWidget#navigation { background: transparent; border: none; outline: 0; }
QTreeWidget#navigation::item { padding: 7px 6px; border-radius: 6px; }
QTreeWidget#navigation::item:selected { background: palette(highlight); color: palette(highlighted-text); }
QLabel[role="title"] { font-size: 20pt; font-weight: 600; }
QLabel[role="heading"] { font-size: 12pt; font-weight: 600; }
QLabel[role="secondary"] { color: palette(placeholder-text); }
QLabel[role="error"] { color: %1; }
QLabel[role="amount"] { font-size: 19pt; font-weight: 600; }
QLabel[role="notice"] { background: palette(alternate-base); border: 1px solid %2; border-radius: 6px; padding: 6px 10px; }
QTableView { gridline-color: palette(midlight); }
QPushButton#primaryButton { background: palette(highlight); color: palette(highlighted-text); border: 1px solid palette(highlight); border-radius: 4px; padding: 4px 14px; font-weight: 600; }
QPushButton#primaryButton:hover { background: palette(link); }
QPushButton#primaryButton:disabled { background: palette(mid); border-color: palette(mid); }
)")
        .arg(error.name(), warn.name());
}

namespace {
void setRole(QLabel *label, const char *role)
{
    label->setProperty("role", QString::fromLatin1(role));
}
} // namespace

void makeTitle(QLabel *label)
{
    setRole(label, "title");
}

void makeHeading(QLabel *label)
{
    setRole(label, "heading");
}

void makeSecondary(QLabel *label)
{
    setRole(label, "secondary");
    label->setWordWrap(true);
}

void makeError(QLabel *label)
{
    setRole(label, "error");
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
}

} // namespace Theme
