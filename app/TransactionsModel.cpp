// SPDX-License-Identifier: GPL-3.0-or-later
#include "TransactionsModel.h"

#include "ApiClient.h"
#include "Labels.h"
#include "Money.h"

TransactionsModel::TransactionsModel(ApiClient *api, QObject *parent)
    : PagedTableModel(api, DefaultPageSize, AmountColumn, BalanceAfterColumn, parent)
{
}

void TransactionsModel::setFilter(const TransactionFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void TransactionsModel::clearRows()
{
    m_rows.clear();
    m_showingSaved = false;
}

void TransactionsModel::requestPage()
{
    if (m_saved && (m_showingSaved || m_saved->isOffline())) {
        // Offline, or already paging the saved rows: their order continues where the page ends.
        const int before = rowCount();
        loadSavedPage();
        emit pageLoaded(rowCount() - before);
        return;
    }
    auto *job = m_api->transactions(m_projectId, m_filter, m_nextCursor, m_pageSize);
    connect(job, &TransactionsPageJob::finished, this, &TransactionsModel::onPage);
    watchPage(job);
}

void TransactionsModel::onPage(const ApiResult<ListPage<Transaction>> &result)
{
    m_job.clear();
    const bool noAnswer = result.error.kind == ApiError::Kind::Network || result.error.kind == ApiError::Kind::Timeout;
    if (!result.ok() && m_saved && noAnswer) {
        // The server cannot be reached: go on with the saved rows, if there are any to show.
        const int before = rowCount();
        if (loadSavedPage() || before > 0) {
            emit loadingChanged(false);
            emit pageLoaded(rowCount() - before);
            return;
        }
        m_showingSaved = false;
    }
    if (result.ok() && m_saved)
        m_saved->keep(result.value->items);
    finishPage(m_rows, result);
}

bool TransactionsModel::loadSavedPage()
{
    m_showingSaved = true;
    const QList<Transaction> items = m_saved->savedPage(m_filter, m_rows.isEmpty() ? nullptr : &m_rows.constLast(),
                                                        m_pageSize);
    m_hasMore = items.size() == m_pageSize;
    appendRows(m_rows, items);
    return !items.isEmpty();
}

int TransactionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TransactionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TransactionsModel::displayText(const Transaction &entry, int column) const
{
    switch (column) {
    case DateColumn:
        return m_locale.toString(entry.at.toLocalTime(), QLocale::ShortFormat);
    case OperationColumn:
        return Labels::transactionKind(entry.kind);
    case CategoryColumn:
        return Labels::category(entry.category);
    case BalanceColumn:
        return Labels::balanceName(entry.balance);
    case AmountColumn:
        // An explicit plus makes incoming money as easy to tell apart as outgoing.
        return (entry.amount > 0 ? m_locale.positiveSign() : QString())
               + Money::format(entry.amount, m_currency, m_locale);
    case BalanceAfterColumn:
        return Money::format(entry.balanceAfter, m_currency, m_locale);
    case DescriptionColumn:
        return entry.description;
    default:
        return {};
    }
}

QVariant TransactionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Transaction &entry = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(entry, column);
    case Qt::ToolTipRole:
        return column == DescriptionColumn && !entry.description.isEmpty() ? QVariant(entry.description) : QVariant();
    case Qt::TextAlignmentRole:
        return alignment(column);
    case Qt::ForegroundRole:
        if (column == AmountColumn)
            return amountColor(entry.amount);
        if (column == BalanceAfterColumn && entry.balanceAfter < 0 && m_negativeColor.isValid())
            return m_negativeColor;
        return {};
    case AmountRole:
        return entry.amount;
    case KindRole:
        return entry.kind;
    case BalanceRole:
        return entry.balance;
    case TimestampRole:
        return entry.at;
    default:
        return {};
    }
}

QVariant TransactionsModel::headerData(int section, Qt::Orientation orientation, int role) const
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
    case OperationColumn:
        return tr("Operation");
    case CategoryColumn:
        return tr("Category");
    case BalanceColumn:
        return tr("Paid from");
    case AmountColumn:
        return tr("Amount");
    case BalanceAfterColumn:
        return tr("Balance after");
    case DescriptionColumn:
        return tr("Description");
    default:
        return {};
    }
}
