// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiTypes.h"

#include <QLocale>
#include <QString>

// The words of an event of the feed (R31), in the interface language, with its amounts as money:
// what the notification list and the desktop notification say.
namespace EventText {

QString title(const ProjectEvent &event);
QString message(const ProjectEvent &event, const QString &currency, const QLocale &locale = QLocale());

} // namespace EventText
