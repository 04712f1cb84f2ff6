// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the ledger suites: readable QCOMPARE output for ledger types, and UTC instants built
// with Qt's own calendar (independent of the ledger's civil-time code under test).

#include "Money.h"

#include <QDateTime>
#include <QString>
#include <QTimeZone>
#include <QtTest>

#include <string>
#include <string_view>

namespace ledger {
// Found by QTest through argument-dependent lookup. (Enums with a ledger::toString returning
// std::string_view cannot be QCOMPAREd directly: compare qs(toString(...)) instead.)
inline char *toString(const Money &money)
{
    return qstrdup(formatUah(money).c_str());
}
} // namespace ledger

inline ledger::Money kop(qint64 minorUnits)
{
    return ledger::Money::fromMinor(minorUnits);
}

inline QString qs(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

// Seconds since the epoch of a UTC civil time, through QDateTime.
inline qint64 utc(int year, int month, int day, int hour = 0, int minute = 0, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), QTimeZone::utc()).toSecsSinceEpoch();
}
