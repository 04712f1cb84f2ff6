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

QPalette darkPalette()
{
    QPalette palette;
    const QColor window(0x26, 0x28, 0x2b);
    const QColor base(0x1d, 0x1f, 0x21);
    const QColor text(0xe8, 0xea, 0xed);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x2c, 0x2f, 0x33));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x33, 0x36, 0x3a));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::Highlight, QColor(0x42, 0x8b, 0xe0));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x6a, 0xa9, 0xf0));
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x52));
    palette.setColor(QPalette::Midlight, QColor(0x3c, 0x3f, 0x44));
    palette.setColor(QPalette::Mid, QColor(0x50, 0x54, 0x59));
    palette.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    palette.setColor(QPalette::Shadow, Qt::black);
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x84, 0x89));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x84, 0x89));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x84, 0x89));
    return palette;
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
