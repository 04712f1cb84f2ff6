// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectivityMonitor.h"

#include "ApiClient.h"

#include <QNetworkReply>
#include <QNetworkRequest>

namespace {

// No HTTP answer at all: the server (or the way to it) is down. An HTTP error status, however
// bad, means the server is there. A cancelled request (the user moved on) says nothing.
bool serverUnreachable(QNetworkReply *reply)
{
    const bool httpAnswer = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid();
    return !httpAnswer && reply->error() != QNetworkReply::NoError
           && reply->error() != QNetworkReply::OperationCanceledError;
}

} // namespace

ConnectivityMonitor::ConnectivityMonitor(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
    m_probeTimer.setSingleShot(true);
    connect(&m_probeTimer, &QTimer::timeout, this, &ConnectivityMonitor::probe);
    connect(api, &ApiClient::replyFinished, this, &ConnectivityMonitor::noteReply);
}

void ConnectivityMonitor::noteReply(QNetworkReply *reply)
{
    if (serverUnreachable(reply))
        goOffline();
    else if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid())
        goOnline();
}

void ConnectivityMonitor::goOffline()
{
    if (isOffline())
        return;
    m_offlineSince = QDateTime::currentDateTime();
    m_delay = FirstProbeDelay;
    m_probeTimer.start(m_delay);
    emit offlineChanged(true);
}

void ConnectivityMonitor::goOnline()
{
    if (!isOffline())
        return;
    m_offlineSince = {};
    m_probeTimer.stop();
    if (QNetworkReply *probe = m_probe.data())
        probe->abort();
    emit offlineChanged(false);
    emit backOnline();
}

void ConnectivityMonitor::probe()
{
    QNetworkRequest request(m_api->baseUrl().resolved(QUrl(QStringLiteral("/api/v1/health"))));
    request.setTransferTimeout(5000);
    m_probe = m_probeNetwork.get(request);
    connect(m_probe, &QNetworkReply::finished, this, [this, reply = m_probe.data()] {
        reply->deleteLater();
        if (reply->error() == QNetworkReply::NoError) {
            goOnline();
            return;
        }
        if (!isOffline())
            return;
        m_delay = std::min(m_delay * 2, LongestProbeDelay);
        m_probeTimer.start(m_delay);
    });
}
