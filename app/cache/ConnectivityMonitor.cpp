// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectivityMonitor.h"

#include "ApiClient.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace {

// Qt ends a transfer timeout as a cancel (OperationCanceledError, as a user's cancel): it was the
// timeout when the request waited at least that long, for nothing since there is no HTTP answer.
bool silentForWholeTimeout(QNetworkReply *reply)
{
    const QVariant sentAt = reply->property(ApiClient::SentAtProperty);
    const int timeout = reply->request().transferTimeout();
    if (!sentAt.isValid() || timeout <= 0)
        return false;
    QElapsedTimer now;
    now.start();
    // Qt's timeout timer is a coarse one, which may fire up to 5 % early.
    return now.msecsSinceReference() - sentAt.toLongLong() >= timeout - timeout / 10;
}

// No HTTP answer at all: the server (or the way to it) is down, or silent. An HTTP error status,
// however bad, means the server is there. A cancelled request (the user moved on) says nothing.
bool serverUnreachable(QNetworkReply *reply)
{
    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid() || reply->error() == QNetworkReply::NoError)
        return false;
    if (reply->error() == QNetworkReply::OperationCanceledError)
        return silentForWholeTimeout(reply);
    return true;
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
