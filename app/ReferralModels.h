// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiTypes.h"
#include "Jobs.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QLocale>
#include <QPointer>

class ApiClient;

// The referral balance's history (accruals, withdrawals and their reversals, R19-R21), newest
// first, paged lazily from GET /referral/transactions: one server page per fetchMore(), inserted
// with one beginInsertRows. Owner only: never created for any other role (R3).
class ReferralHistoryModel : public QAbstractTableModel
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

    // Starts over for the project (or none, with an empty id) and fetches the first page.
    void setProject(const QString &projectId, const QString &currency = QStringLiteral("UAH"));
    void setPageSize(int rows) { m_pageSize = rows; }
    void setAmountColors(const QColor &negative, const QColor &positive);
    void reload();
    void retry();
    bool isLoading() const { return !m_job.isNull(); }
    bool hasMore() const { return m_hasMore; }
    QString errorString() const { return m_error; }
    const ReferralEntry &entryAt(int row) const { return m_rows.at(row); }

    // Translated names of the referral kinds, destinations and payout statuses.
    static QString kindLabel(const QString &kind);
    static QString destinationLabel(const QString &destination);
    static QString statusLabel(const QString &status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void loadingChanged(bool loading);
    void loadFailed(const QString &message);
    void pageLoaded(int rowsAdded);

private:
    void requestPage();
    void onPage(const ApiResult<ListPage<ReferralEntry>> &result);
    QString displayText(const ReferralEntry &entry, int column) const;
    QString details(const ReferralEntry &entry) const;

    ApiClient *m_api;
    QString m_projectId;
    QString m_currency;
    int m_pageSize = DefaultPageSize;
    QList<ReferralEntry> m_rows;
    QString m_nextCursor;
    bool m_hasMore = false;
    QString m_error;
    QPointer<ReferralTransactionsPageJob> m_job;
    QColor m_negativeColor;
    QColor m_positiveColor;
    QLocale m_locale;
};
