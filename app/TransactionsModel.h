// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiTypes.h"
#include "Jobs.h"
#include "PagedTableModel.h"

// Where the history comes from while the server cannot be reached: the offline cache (R25).
class SavedHistory
{
public:
    virtual ~SavedHistory() = default;
    // True while the server is known to be unreachable: pages then come from savedPage().
    virtual bool isOffline() const = 0;
    // Up to `limit` saved entries matching `filter`, newest first, older than `after` in
    // (time, id) order, or from the newest when `after` is null.
    virtual QList<Transaction> savedPage(const TransactionFilter &filter, const Transaction *after, int limit) = 0;
    // Rows the server has just sent; the ledger is immutable (R22), so keeping them is always right.
    virtual void keep(const QList<Transaction> &entries) = 0;
};

// The history of Finance > Balance, newest first, paged lazily from the server: one
// server page per fetchMore(), inserted with one beginInsertRows, so a project with a
// million entries opens at once. Filters (period, balance, kind) are applied by the server:
// changing them resets the model and fetches again.
// With a SavedHistory, pages the server sends are kept, and while the server cannot be reached
// (offline, or a page gets no answer) the pages come from the saved history instead, read-only,
// paged the same way; reload() asks the server again.
class TransactionsModel : public PagedTableModel
{
    Q_OBJECT

public:
    enum Column {
        DateColumn,
        OperationColumn,
        CategoryColumn,
        BalanceColumn, // which balance paid (R26)
        AmountColumn,
        BalanceAfterColumn,
        DescriptionColumn,
        ColumnCount
    };
    enum Role {
        AmountRole = Qt::UserRole + 1, // qint64 minor units, signed
        KindRole,                      // API kind
        BalanceRole,                   // API balance name
        TimestampRole,                 // QDateTime (UTC)
    };
    static constexpr int DefaultPageSize = 200;

    explicit TransactionsModel(ApiClient *api, QObject *parent = nullptr);

    void setFilter(const TransactionFilter &filter);
    TransactionFilter filter() const { return m_filter; }
    // Not owned; must outlive the model's use of it (null: server only).
    void setSavedHistory(SavedHistory *saved) { m_saved = saved; }
    // The rows on screen come from the offline cache, not the server.
    bool isShowingSavedHistory() const { return m_showingSaved; }

    const Transaction &transactionAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void requestPage() override;
    void clearRows() override;
    void onPage(const ApiResult<ListPage<Transaction>> &result);
    // Appends the next page of the saved history; false when it had nothing at all to show.
    bool loadSavedPage();
    QString displayText(const Transaction &entry, int column) const;

    TransactionFilter m_filter;
    QList<Transaction> m_rows;
    SavedHistory *m_saved = nullptr;
    bool m_showingSaved = false;
};
