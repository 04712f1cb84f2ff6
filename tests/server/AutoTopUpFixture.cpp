// SPDX-License-Identifier: GPL-3.0-or-later
#include "AutoTopUpFixture.h"

#include "ServerProcess.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>

using Reply = ApiTestClient::Reply;
using Project = ApiTestClient::Project;

Reply AutoTopUpFixture::callback(const QJsonObject &body) const
{
    const QByteArray raw = QJsonDocument(body).toJson(QJsonDocument::Compact);
    const QByteArray signature =
        QMessageAuthenticationCode::hash(raw, ServerProcess::PaymentSecret.toUtf8(), QCryptographicHash::Sha256).toHex();
    return m_api.postRaw(QStringLiteral("/api/v1/payments/callback"), raw, {}, {}, {{"X-Signature", signature}});
}

QJsonValue AutoTopUpFixture::cardTopUp(const Project &project, qint64 amount, bool saveCard)
{
    QJsonObject body{{QStringLiteral("amount"), amount}, {QStringLiteral("method"), QStringLiteral("card")}};
    if (saveCard)
        body.insert(QStringLiteral("save_card"), true);
    const Reply created = m_api.post(QStringLiteral("/api/v1/projects/%1/topups").arg(project.id), body,
                                     m_api.tokenFor(project.ownerEmail), ApiTestClient::newIdempotencyKey());
    if (created.status != 201)
        return {};
    return created.object().value(QStringLiteral("id"));
}

bool AutoTopUpFixture::saveCard(const Project &project, const QString &mask, qint64 amount)
{
    const QJsonValue id = cardTopUp(project, amount, true);
    if (id.isUndefined())
        return false;
    const Reply paid = callback(QJsonObject{{QStringLiteral("topup_id"), id},
                                            {QStringLiteral("status"), QStringLiteral("paid")},
                                            {QStringLiteral("card_token"), QStringLiteral("tok_secret_%1").arg(project.id)},
                                            {QStringLiteral("card_mask"), mask}});
    return paid.status == 200;
}

Reply AutoTopUpFixture::setAutoTopUp(const Project &project, bool enabled, qint64 threshold, qint64 amount)
{
    return m_api.put(QStringLiteral("/api/v1/projects/%1/auto-topup").arg(project.id),
               QJsonObject{{QStringLiteral("enabled"), enabled},
                           {QStringLiteral("threshold"), threshold},
                           {QStringLiteral("amount"), amount}},
               m_api.tokenFor(project.ownerEmail));
}

Reply AutoTopUpFixture::setAlert(const Project &project, const QJsonValue &threshold)
{
    return m_api.put(QStringLiteral("/api/v1/projects/%1/alerts").arg(project.id),
               QJsonObject{{QStringLiteral("low_balance_threshold"), threshold}}, m_api.tokenFor(project.ownerEmail));
}

QList<QJsonObject> AutoTopUpFixture::topUps(const Project &project, const QString &method)
{
    QList<QJsonObject> result;
    for (const QJsonObject &item :
         m_api.allItems(QStringLiteral("/api/v1/projects/%1/topups").arg(project.id), m_api.tokenFor(project.ownerEmail)))
        if (method.isEmpty() || item.value(QStringLiteral("method")).toString() == method)
            result.append(item);
    return result;
}

Reply AutoTopUpFixture::events(const Project &project, qint64 after, int wait, const QString &token)
{
    QString path = QStringLiteral("/api/v1/projects/%1/events?after=%2").arg(project.id).arg(after);
    if (wait > 0)
        path += QStringLiteral("&wait=%1").arg(wait);
    return m_api.get(path, token.isEmpty() ? m_api.tokenFor(project.ownerEmail) : token);
}

QStringList AutoTopUpFixture::eventTypes(const Project &project, const QString &token)
{
    QStringList types;
    const Reply page = events(project, 0, 0, token);
    for (const QJsonValue &item : page.object().value(QStringLiteral("items")).toArray())
        types.append(item[QStringLiteral("type")].toString());
    return types;
}
