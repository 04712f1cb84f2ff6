// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiTypes.h"
#include "Jobs.h"
#include "PagedTableModel.h"

// The referral balance's history (accruals, withdrawals and their reversals, R19-R21), newest
// first, paged lazily from GET /referral/transactions: one server page per fetchMore(), inserted
// with one beginInsertRows. Owner only: never created for any other role (R3).
class ReferralHistoryModel : public PagedTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, OperationColumn, DetailsColumn, StatusColumn, AmountColumn, BalanceAfterColumn, ColumnCount };
    enum Role {
        AmountRole = Qt::UserRole + 1, // qint64 minor units, signed
        KindRole,                      // accrual | withdrawal | withdrawal_reversal
        StatusRole,                    // withdrawal status: pending | completed | rejected
        DestinationRole,               // card | own_main | project
    };
    static constexpr int DefaultPageSize = 100;

    explicit ReferralHistoryModel(ApiClient *api, QObject *parent = nullptr);

    const ReferralEntry &entryAt(int row) const { return m_rows.at(row); }

    // Translated names of the referral kinds, destinations and payout statuses.
    static QString kindLabel(const QString &kind);
    static QString destinationLabel(const QString &destination);
    static QString statusLabel(const QString &status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void requestPage() override;
    void clearRows() override { m_rows.clear(); }
    QString displayText(const ReferralEntry &entry, int column) const;
    QString details(const ReferralEntry &entry) const;

    QList<ReferralEntry> m_rows;
};
