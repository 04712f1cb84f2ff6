// SPDX-License-Identifier: GPL-3.0-or-later
#include "CreditFixture.h"

ApiTestClient::Project CreditFixture::createOnDay(int day, const QString &label, const QString &referredBy)
{
    const QDate today = m_api.serverNow().date();
    const QDate firstOfNextMonth = QDate(today.year(), today.month(), 1).addMonths(1);
    // 10:00 UTC is the same calendar day in every time zone from UTC-10 to UTC+13.
    const QDateTime at(firstOfNextMonth.addDays(day - 1), QTime(10, 0), Qt::UTC);
    if (!m_api.moveClock(at).ok())
        return {};
    m_createdAt = at;
    return m_api.createProject(label, ApiTestClient::uniqueEmail(label), referredBy);
}

bool CreditFixture::moveTo(int months, int days, qint64 seconds)
{
    return m_api.moveClock(m_createdAt.addMonths(months).addDays(days).addSecs(seconds)).ok();
}

ApiTestClient::Project CreditFixture::eligibleProject(qint64 limit, const QString &referredBy)
{
    ApiTestClient::Project project = createOnDay(1, QStringLiteral("credit"), referredBy);
    if (!project.isValid())
        return {};
    for (int topup = 0; topup < 3; ++topup) {
        if (m_api.topUpPaid(project, 200000).isEmpty())
            return {};
    }
    if (m_api.charge(project.id, QStringLiteral("api_call"), chargeForLimit(limit)).status != 201)
        return {};
    if (!moveTo(1, 0, 3600))
        return {};
    return project;
}

QJsonObject CreditFixture::eligibility(const ApiTestClient::Project &project)
{
    const ApiTestClient::Reply reply = m_api.get(QStringLiteral("/api/v1/projects/%1/credit/eligibility").arg(project.id),
                                                 m_api.tokenFor(project.ownerEmail));
    return reply.status == 200 ? reply.object() : QJsonObject{{QStringLiteral("error"), reply.describe()}};
}

QByteArray CreditFixture::creditBody(qint64 amount, const QByteArray &termJson)
{
    return R"({"amount":)" + QByteArray::number(amount) + R"(,"term_days":)" + termJson + "}";
}

ApiTestClient::Reply CreditFixture::request(const ApiTestClient::Project &project, const QByteArray &body)
{
    return m_api.postRaw(QStringLiteral("/api/v1/projects/%1/credit/requests").arg(project.id), body,
                         m_api.tokenFor(project.ownerEmail), ApiTestClient::newIdempotencyKey());
}

ApiTestClient::Reply CreditFixture::grant(const ApiTestClient::Project &project, const QByteArray &body)
{
    return m_api.postRaw(QStringLiteral("/api/v1/staff/projects/%1/credits").arg(project.id), body, m_api.staffToken(),
                         ApiTestClient::newIdempotencyKey());
}

bool CreditFixture::emptyMain(const ApiTestClient::Project &project)
{
    const qint64 main = ApiTestClient::money(m_api.balances(project), "main");
    return main == 0
        || m_api.adjust(project.id, -main, QStringLiteral("correction"), QStringLiteral("test setup")).status == 201;
}

QList<QJsonObject> CreditFixture::rowsOfKind(const ApiTestClient::Project &project, const QString &kind)
{
    QList<QJsonObject> rows;
    for (const QJsonObject &row : m_api.allTransactions(project)) {
        if (row.value(QStringLiteral("kind")).toString() == kind)
            rows << row;
    }
    return rows;
}
