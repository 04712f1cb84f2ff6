// SPDX-License-Identifier: GPL-3.0-or-later
#include "PaymentPage.h"

#include <QSettings>

namespace PaymentPage {

QStringList providerHosts()
{
    QStringList hosts;
    if (qEnvironmentVariableIsSet(HostsEnvironment))
        hosts = qEnvironmentVariable(HostsEnvironment).split(QLatin1Char(','), Qt::SkipEmptyParts);
    else
        hosts = QSettings().value(HostsSetting, DefaultHosts).toStringList();
    for (QString &host : hosts)
        host = host.trimmed().toLower();
    hosts.removeAll(QString());
    return hosts;
}

bool mayOpen(const QUrl &url)
{
    return url.isValid() && url.scheme() == QLatin1String("https") && url.userInfo().isEmpty()
           && providerHosts().contains(url.host().toLower());
}

} // namespace PaymentPage
