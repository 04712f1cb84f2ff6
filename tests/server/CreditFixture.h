// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiTestClient.h"

#include <QDateTime>

// Builds projects with a past on the fake clock: credit eligibility (R13) needs tenure and
// top-ups, and the limit (R14) needs full calendar months of charges. The clock only moves
// forward, so every project starts on a day of the month after the server's current one.
class CreditTimeline
{
public:
    explicit CreditTimeline(ApiTestClient &api)
        : m_api(api)
    {
    }

    // Moves the clock to 10:00 UTC on `day` of the next month and creates a project there.
    ApiTestClient::Project createOnDay(int day, const QString &label, const QString &referredBy = {});
    QDateTime createdAt() const { return m_createdAt; }
    // Moves the clock to createdAt + months + days + seconds.
    bool moveTo(int months, int days = 0, qint64 seconds = 0);

    // A project eligible for credit up to exactly `limit`: created on the 1st, three paid top-ups
    // of 2000.00 UAH, one api_call charge in the creation month sized so that
    // floor(charge * 30 / 100) == limit, and the clock moved an hour into the next month
    // (one full month of spend). Main holds 600000 minus that charge.
    ApiTestClient::Project eligibleProject(qint64 limit, const QString &referredBy = {});
    static qint64 chargeForLimit(qint64 limit) { return (limit * 100 + 29) / 30; }

    QString lastError() const { return m_api.lastError(); }

private:
    ApiTestClient &m_api;
    QDateTime m_createdAt;
};
