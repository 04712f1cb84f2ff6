// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TransactionsModel.h"

class OfflineController;

// The Balance page's history behind the offline controller (R25): what the server sends is kept
// in the current project's cache, and while the server cannot be reached the TransactionsModel
// pages through the cached rows instead (read-only, same order and filters as the server).
class OfflineHistory : public SavedHistory
{
public:
    explicit OfflineHistory(OfflineController *offline);

    bool isOffline() const override;
    QList<Transaction> savedPage(const TransactionFilter &filter, const Transaction *after, int limit) override;
    void keep(const QList<Transaction> &entries) override;

private:
    OfflineController *m_offline;
};
