// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiTypes.h"
#include "Jobs.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QLocale>
#include <QPointer>

class ApiClient;

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
class TransactionsModel : public QAbstractTableModel
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

    // Starts over for another project (or none, with an empty id) and fetches the first page.
    void setProject(const QString &projectId, const QString &currency = QStringLiteral("UAH"));
    QString projectId() const { return m_projectId; }
    void setFilter(const TransactionFilter &filter);
    TransactionFilter filter() const { return m_filter; }
    void setPageSize(int rows) { m_pageSize = rows; }
    // Semantic colours for amounts; the UI picks them for the current (light or dark) palette.
    void setAmountColors(const QColor &negative, const QColor &positive);
    // Not owned; must outlive the model's use of it (null: server only).
    void setSavedHistory(SavedHistory *saved) { m_saved = saved; }
    // The rows on screen come from the offline cache, not the server.
    bool isShowingSavedHistory() const { return m_showingSaved; }

    void reload();
    // Fetches the page that failed again.
    void retry();
    bool isLoading() const { return !m_job.isNull(); }
    bool hasMore() const { return m_hasMore; }
    QString errorString() const { return m_error; }
    const Transaction &transactionAt(int row) const { return m_rows.at(row); }

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
    void onPage(const ApiResult<ListPage<Transaction>> &result);
    void cancelRequest();
    // Appends the next page of the saved history; false when it had nothing at all to show.
    bool loadSavedPage();
    void appendRows(const QList<Transaction> &items);
    QString displayText(const Transaction &entry, int column) const;

    ApiClient *m_api;
    QString m_projectId;
    QString m_currency;
    TransactionFilter m_filter;
    int m_pageSize = DefaultPageSize;
    QList<Transaction> m_rows;
    QString m_nextCursor;
    bool m_hasMore = false;
    QString m_error;
    QPointer<TransactionsPageJob> m_job;
    SavedHistory *m_saved = nullptr;
    bool m_showingSaved = false;
    QColor m_negativeColor;
    QColor m_positiveColor;
    QLocale m_locale;
};
