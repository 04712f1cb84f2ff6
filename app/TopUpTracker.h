// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiTypes.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

class ApiClient;
class TopUpsJob;

// Follows a card top-up after the payment page was opened: polls GET /topups until the
// top-up is no longer pending (paid or cancelled) or the time limit passes.
class TopUpTracker : public QObject
{
    Q_OBJECT

public:
    TopUpTracker(ApiClient *api, QString projectId, QString topUpId, QObject *parent = nullptr);

    void setInterval(std::chrono::milliseconds interval) { m_timer.setInterval(interval); }
    void setTimeLimit(std::chrono::milliseconds limit) { m_limit = limit; }
    void start();
    void stop();
    bool isRunning() const { return m_timer.isActive() || m_job; }

signals:
    void statusChanged(const TopUp &topUp); // every status seen, including "pending"
    void finished(const TopUp &topUp);      // paid or cancelled
    void pollFailed(const QString &message); // polling goes on after a failed poll
    void timedOut();

private:
    void poll();

    ApiClient *m_api;
    QString m_projectId;
    QString m_topUpId;
    QString m_lastStatus;
    QTimer m_timer;
    std::chrono::milliseconds m_limit{std::chrono::minutes(30)};
    std::chrono::steady_clock::time_point m_startedAt;
    QPointer<TopUpsJob> m_job;
};
