// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiTypes.h"
#include "Page.h"

class ApiClient;
class QLabel;
class QTableWidget;
class StatusPanel;

// Finance > Referral Program (R18, R19): the referral balance, the commission rate, the
// project's referral code and the referred projects. Created for the Owner only: for any other
// role the page does not exist and GET /referral is never sent (R3).
class ReferralPage : public Page
{
    Q_OBJECT

public:
    ReferralPage(ApiClient *api, ProjectMembership project, QWidget *parent = nullptr);

    void refresh() override;
    QString balanceText() const;
    QString codeText() const;
    QString rateText() const;

private:
    void showReferral(const Referral &referral);

    ApiClient *m_api;
    ProjectMembership m_project;
    StatusPanel *m_status;
    QLabel *m_balance;
    QLabel *m_rate;
    QLabel *m_code;
    QTableWidget *m_referrals;
};
