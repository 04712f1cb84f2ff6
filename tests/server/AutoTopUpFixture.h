// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiTestClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

// The routes of issue 12 (R27-R31) as the suites call them: the payment provider's signed
// callback, the saved card, auto top-up, alerts and the event feed. Reads are the owner's
// unless a token is given.
class AutoTopUpFixture
{
public:
    explicit AutoTopUpFixture(ApiTestClient &api)
        : m_api(api)
    {
    }

    // POST /payments/callback signed with the test payment secret.
    ApiTestClient::Reply callback(const QJsonObject &body) const;

    // A card top-up of `amount` created by the owner, with save_card when asked; its id (empty on failure).
    QJsonValue cardTopUp(const ApiTestClient::Project &project, qint64 amount, bool saveCard);
    // A paid card top-up that saves the card with this mask (R27); false on failure.
    bool saveCard(const ApiTestClient::Project &project, const QString &mask = QStringLiteral("**** **** **** 4242"),
                  qint64 amount = 100);
    ApiTestClient::Reply setAutoTopUp(const ApiTestClient::Project &project, bool enabled, qint64 threshold,
                                      qint64 amount);
    ApiTestClient::Reply setAlert(const ApiTestClient::Project &project, const QJsonValue &threshold);

    // GET .../topups items (newest first), optionally only those of one method.
    QList<QJsonObject> topUps(const ApiTestClient::Project &project, const QString &method = {});
    // GET .../events?after=&wait= as `token` (the owner's when empty).
    ApiTestClient::Reply events(const ApiTestClient::Project &project, qint64 after = 0, int wait = 0,
                                const QString &token = {});
    // The types of every event of the feed, oldest first.
    QStringList eventTypes(const ApiTestClient::Project &project, const QString &token = {});

private:
    ApiTestClient &m_api;
};
