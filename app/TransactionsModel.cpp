// SPDX-License-Identifier: GPL-3.0-or-later
#include "TransactionsModel.h"

#include "ApiClient.h"
#include "Labels.h"
#include "Money.h"

TransactionsModel::TransactionsModel(ApiClient *api, QObject *parent)
    : QAbstractTableModel(parent)
    , m_api(api)
{
}

void TransactionsModel::setProject(const QString &projectId, const QString &currency)
{
    m_projectId = projectId;
    m_currency = currency;
    reload();
}

void TransactionsModel::setFilter(const TransactionFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void TransactionsModel::setAmountColors(const QColor &negative, const QColor &positive)
{
    m_negativeColor = negative;
    m_positiveColor = positive;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, AmountColumn), index(rowCount() - 1, AmountColumn), {Qt::ForegroundRole});
}

void TransactionsModel::cancelRequest()
{
    if (m_job) {
        m_job->abort();
        m_job.clear();
        emit loadingChanged(false);
    }
}

void TransactionsModel::reload()
{
    cancelRequest();
    beginResetModel();
    m_rows.clear();
    m_nextCursor.clear();
    m_error.clear();
    m_hasMore = !m_projectId.isEmpty();
    m_showingSaved = false;
    m_locale = QLocale();
    endResetModel();
    if (m_hasMore)
        requestPage();
}

void TransactionsModel::retry()
{
    if (m_error.isEmpty() || isLoading())
        return;
    m_error.clear();
    requestPage();
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
    m_job = m_api->transactions(m_projectId, m_filter, m_nextCursor, m_pageSize);
    connect(m_job, &TransactionsPageJob::finished, this, &TransactionsModel::onPage);
    emit loadingChanged(true);
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
    if (!result.ok()) {
        m_error = result.error.message;
        emit loadingChanged(false);
        emit loadFailed(m_error);
        return;
    }
    const QList<Transaction> &items = result.value->items;
    m_nextCursor = result.value->nextCursor;
    m_hasMore = !m_nextCursor.isEmpty();
    if (m_saved)
        m_saved->keep(items);
    appendRows(items);
    emit loadingChanged(false);
    emit pageLoaded(int(items.size()));
}

bool TransactionsModel::loadSavedPage()
{
    m_showingSaved = true;
    const QList<Transaction> items = m_saved->savedPage(m_filter, m_rows.isEmpty() ? nullptr : &m_rows.constLast(),
                                                        m_pageSize);
    m_hasMore = items.size() == m_pageSize;
    appendRows(items);
    return !items.isEmpty();
}

void TransactionsModel::appendRows(const QList<Transaction> &items)
{
    if (items.isEmpty())
        return;
    const int first = rowCount();
    beginInsertRows({}, first, first + int(items.size()) - 1);
    m_rows.append(items);
    endInsertRows();
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
        if (column == AmountColumn || column == BalanceAfterColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (column == AmountColumn && entry.amount < 0 && m_negativeColor.isValid())
            return m_negativeColor;
        if (column == AmountColumn && entry.amount > 0 && m_positiveColor.isValid())
            return m_positiveColor;
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
        return section == AmountColumn || section == BalanceAfterColumn
                   ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
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

bool TransactionsModel::canFetchMore(const QModelIndex &parent) const
{
    // After a failure the view must not retry in a loop: retry() is the user's choice.
    return !parent.isValid() && m_hasMore && !isLoading() && m_error.isEmpty() && !m_rows.isEmpty();
}

void TransactionsModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage();
}
