// SPDX-License-Identifier: GPL-3.0-or-later
#include "CreditTimeline.h"


ApiTestClient::Project CreditTimeline::createOnDay(int day, const QString &label, const QString &referredBy)
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

bool CreditTimeline::moveTo(int months, int days, qint64 seconds)
{
    return m_api.moveClock(m_createdAt.addMonths(months).addDays(days).addSecs(seconds)).ok();
}

ApiTestClient::Project CreditTimeline::eligibleProject(qint64 limit, const QString &referredBy)
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
