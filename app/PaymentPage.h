// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

// Which card payment pages (a top-up's payment_url) the client opens in the browser. The server's
// answer is not trusted blindly: a compromised or impersonated server could send the user to a
// look-alike page that asks for the card. Only https pages on the payment provider's hosts open;
// any other address is shown as text and left for the user to judge.
namespace PaymentPage {

// QSettings key: the provider's hosts (a string list), for a deployment with another provider.
inline const QString HostsSetting = QStringLiteral("payments/providerHosts");
// Environment override (comma-separated hosts), for tests and one-off runs; wins over the setting.
inline const char *const HostsEnvironment = "CABINET_PAYMENT_HOSTS";
inline const QStringList DefaultHosts{QStringLiteral("pay.unitalk.cloud")};

// The environment override, else the setting, else DefaultHosts; lower case.
QStringList providerHosts();
// https, no user name or password in the address, and the host exactly one of providerHosts().
bool mayOpen(const QUrl &url);

} // namespace PaymentPage
