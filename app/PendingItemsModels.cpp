// SPDX-License-Identifier: GPL-3.0-or-later
#include "PendingItemsModels.h"

#include "ApiClient.h"
#include "Labels.h"
#include "Money.h"

TopUpsModel::TopUpsModel(ApiClient *api, QObject *parent)
    : PagedTableModel(api, DefaultPageSize, AmountColumn, -1, parent)
{
}

void TopUpsModel::requestPage()
{
    auto *job = m_api->topUps(m_projectId, m_nextCursor, m_pageSize);
    connect(job, &TopUpsJob::finished, this,
            [this](const ApiResult<ListPage<TopUp>> &result) { finishPage(m_rows, result); });
    watchPage(job);
}

int TopUpsModel::rowOf(const QString &id) const
{
    return rowOfId(m_rows, id);
}

void TopUpsModel::replaceItem(const TopUp &topUp)
{
    const int row = rowOf(topUp.id);
    if (row < 0)
        return;
    TopUp updated = topUp;
    if (!updated.createdAt.isValid()) // an answer without the date keeps the listed one
        updated.createdAt = m_rows.at(row).createdAt;
    replaceRow(m_rows, updated);
}

bool TopUpsModel::isCancellable(const TopUp &topUp, const QString &userId, bool isOwner)
{
    return topUp.status == QLatin1String("pending") && topUp.method == QLatin1String("invoice")
           && (isOwner || topUp.createdBy.isEmpty() || topUp.createdBy == userId);
}

int TopUpsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TopUpsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TopUpsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TopUp &topUp = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return topUp.createdAt.isValid() ? m_locale.toString(topUp.createdAt.toLocalTime(), QLocale::ShortFormat)
                                             : QString();
        case MethodColumn:
            return Labels::topUpMethod(topUp.method);
        case NumberColumn:
            return topUp.invoiceNumber;
        case AmountColumn:
            return Money::format(topUp.amount, currencyOr(topUp.currency), m_locale);
        case StatusColumn:
            return Labels::topUpStatus(topUp.status);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return alignment(index.column());
    case IdRole:
        return topUp.id;
    case StatusRole:
        return topUp.status;
    case MethodRole:
        return topUp.method;
    default:
        return {};
    }
}

QVariant TopUpsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return alignment(section);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case MethodColumn:
        return tr("Method");
    case NumberColumn:
        return tr("Invoice No.");
    case AmountColumn:
        return tr("Amount");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

CreditRequestsModel::CreditRequestsModel(ApiClient *api, QObject *parent)
    : PagedTableModel(api, DefaultPageSize, AmountColumn, -1, parent)
{
}

void CreditRequestsModel::requestPage()
{
    auto *job = m_api->creditRequests(m_projectId, m_nextCursor, m_pageSize);
    connect(job, &CreditRequestsPageJob::finished, this,
            [this](const ApiResult<ListPage<CreditRequestItem>> &result) { finishPage(m_rows, result); });
    watchPage(job);
}

int CreditRequestsModel::rowOf(const QString &id) const
{
    return rowOfId(m_rows, id);
}

void CreditRequestsModel::replaceItem(const CreditRequestItem &item)
{
    replaceRow(m_rows, item);
}

int CreditRequestsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CreditRequestsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CreditRequestsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CreditRequestItem &item = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return m_locale.toString(item.createdAt.toLocalTime(), QLocale::ShortFormat);
        case AmountColumn:
            return Money::format(item.amount, currencyOr(item.currency), m_locale);
        case TermColumn:
            return tr("%n day(s)", nullptr, item.termDays);
        case StatusColumn:
            return Labels::creditRequestStatus(item.status);
        case DecisionColumn: {
            const QString when = item.decidedAt.isValid()
                                     ? m_locale.toString(item.decidedAt.toLocalTime(), QLocale::ShortFormat)
                                     : QString();
            if (item.note.isEmpty())
                return when;
            return when.isEmpty() ? item.note : tr("%1 · %2").arg(when, item.note);
        }
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return alignment(index.column());
    case IdRole:
        return item.id;
    case StatusRole:
        return item.status;
    default:
        return {};
    }
}

QVariant CreditRequestsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return alignment(section);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Requested");
    case AmountColumn:
        return tr("Amount");
    case TermColumn:
        return tr("Term");
    case StatusColumn:
        return tr("Status");
    case DecisionColumn:
        return tr("Decision");
    default:
        return {};
    }
}
