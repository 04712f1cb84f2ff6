// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiTypes.h"
#include "Jobs.h"
#include "PagedTableModel.h"

// Finance > Top-ups & requests (issue 12): the project's top-ups (invoice, card, auto) and its
// credit requests, each with its status, newest first, paged lazily like the history. A row the
// user cancelled is replaced in place by the server's answer (replaceItem), without a reload.
class TopUpsModel : public PagedTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, MethodColumn, NumberColumn, AmountColumn, StatusColumn, ColumnCount };
    enum DataRole { IdRole = Qt::UserRole + 1, StatusRole, MethodRole };
    static constexpr int DefaultPageSize = 100;

    explicit TopUpsModel(ApiClient *api, QObject *parent = nullptr);

    const TopUp &itemAt(int row) const { return m_rows.at(row); }
    int rowOf(const QString &id) const;
    void replaceItem(const TopUp &topUp);
    // A pending invoice may be cancelled by the member who asked for it, or by the Owner (card and
    // auto payments are settled by the provider). The server decides; this only offers the button.
    static bool isCancellable(const TopUp &topUp, const QString &userId, bool isOwner);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void requestPage() override;
    void clearRows() override { m_rows.clear(); }

    QList<TopUp> m_rows;
};

class CreditRequestsModel : public PagedTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, AmountColumn, TermColumn, StatusColumn, DecisionColumn, ColumnCount };
    enum DataRole { IdRole = Qt::UserRole + 1, StatusRole };
    static constexpr int DefaultPageSize = 100;

    explicit CreditRequestsModel(ApiClient *api, QObject *parent = nullptr);

    const CreditRequestItem &itemAt(int row) const { return m_rows.at(row); }
    int rowOf(const QString &id) const;
    void replaceItem(const CreditRequestItem &item);
    static bool isCancellable(const CreditRequestItem &item, const QString &userId, bool isOwner)
    {
        return item.status == QLatin1String("pending") && (isOwner || item.requestedBy.isEmpty() || item.requestedBy == userId);
    }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void requestPage() override;
    void clearRows() override { m_rows.clear(); }

    QList<CreditRequestItem> m_rows;
};
