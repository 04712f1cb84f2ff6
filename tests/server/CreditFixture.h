// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiTestClient.h"

#include <QDateTime>

// Projects with a past for the credit rules, built on the fake clock: eligibility (R13) needs
// tenure and top-ups, the limit (R14) full calendar months of charges. The clock only moves
// forward, so every project starts on a day of the month after the server's current one.
// Also the credit routes themselves, so the suites read as the rules they prove.
class CreditFixture
{
public:
    explicit CreditFixture(ApiTestClient &api)
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

    // GET credit/eligibility as the owner; on failure {"error": the exchange}.
    QJsonObject eligibility(const ApiTestClient::Project &project);
    // {"amount": amount, "term_days": termJson} with the term as raw JSON (to send wrong types).
    static QByteArray creditBody(qint64 amount, const QByteArray &termJson = "5");
    ApiTestClient::Reply request(const ApiTestClient::Project &project, const QByteArray &body); // as the owner
    ApiTestClient::Reply grant(const ApiTestClient::Project &project, const QByteArray &body);   // as staff
    static QJsonObject creditOf(const QJsonObject &balances) { return balances.value(QStringLiteral("credit")).toObject(); }
    // Takes main to exactly zero with a staff correction (not a charge: the spend stays put).
    bool emptyMain(const ApiTestClient::Project &project);
    QList<QJsonObject> rowsOfKind(const ApiTestClient::Project &project, const QString &kind);

private:
    ApiTestClient &m_api;
    QDateTime m_createdAt;
};
