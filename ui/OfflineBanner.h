// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class ConnectivityMonitor;
class QLabel;

// "Offline since HH:MM" above the pages while the server cannot be reached (R25): the figures
// shown are the saved ones and money-moving actions wait for the server.
class OfflineBanner : public QFrame
{
    Q_OBJECT
public:
    explicit OfflineBanner(ConnectivityMonitor *monitor, QWidget *parent = nullptr);

    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void update();

    ConnectivityMonitor *m_monitor;
    QLabel *m_icon;
    QLabel *m_text;
};
