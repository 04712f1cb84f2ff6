// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTimer>

class ApiClient;
class QNetworkReply;

// Knows whether the server can be reached (R25). Any request of the ApiClient that gets no HTTP
// answer at all (refused, host not found, connection dropped, or a server that accepts the
// connection but stays silent for a whole transfer timeout) turns it offline; from then on it
// probes GET /api/v1/health with a growing pause (2 s, 4 s, ... at most 60 s) and turns online
// again at the first answer, or as soon as any other request is answered.
class ConnectivityMonitor : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds FirstProbeDelay{2000};
    static constexpr std::chrono::milliseconds LongestProbeDelay{60000};

    explicit ConnectivityMonitor(ApiClient *api, QObject *parent = nullptr);

    bool isOffline() const { return m_offlineSince.isValid(); }
    QDateTime offlineSince() const { return m_offlineSince; }
    std::chrono::milliseconds nextProbeDelay() const { return m_delay; }

    // What an answer (or its absence) says about the server; called for every finished request.
    void noteReply(QNetworkReply *reply);
    // The server is known to be unreachable without a request of ours (the program started while
    // it was down, R25): offline from now on, probing as usual.
    void assumeOffline() { goOffline(); }

signals:
    void offlineChanged(bool offline);
    // The server answers again after an offline spell: time to catch up.
    void backOnline();

private:
    void goOffline();
    void goOnline();
    void probe();

    ApiClient *m_api;
    QNetworkAccessManager m_probeNetwork;
    QPointer<QNetworkReply> m_probe;
    QTimer m_probeTimer;
    QDateTime m_offlineSince;
    std::chrono::milliseconds m_delay = FirstProbeDelay;
};
