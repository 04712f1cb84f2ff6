// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiTypes.h"
#include "Page.h"

// Shown instead of the finance pages to Supervisors, Managers and Operators (R4): they have
// no access to balances. No finance request is ever sent for them.
class NoFinanceAccessPage : public Page
{
    Q_OBJECT

public:
    explicit NoFinanceAccessPage(const ProjectMembership &project, QWidget *parent = nullptr);
};
