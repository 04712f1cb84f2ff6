// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReferralModels.h"

#include "ApiClient.h"
#include "Money.h"

ReferralHistoryModel::ReferralHistoryModel(ApiClient *api, QObject *parent)
    : PagedTableModel(api, DefaultPageSize, AmountColumn, BalanceAfterColumn, parent)
{
}

void ReferralHistoryModel::requestPage()
{
    auto *job = m_api->referralTransactions(m_projectId, m_nextCursor, m_pageSize);
    connect(job, &ReferralTransactionsPageJob::finished, this,
            [this](const ApiResult<ListPage<ReferralEntry>> &result) { finishPage(m_rows, result); });
    watchPage(job);
}

int ReferralHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReferralHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReferralHistoryModel::kindLabel(const QString &kind)
{
    if (kind == QLatin1String("accrual"))
        return tr("Commission");
    if (kind == QLatin1String("withdrawal"))
        return tr("Withdrawal");
    if (kind == QLatin1String("withdrawal_reversal"))
        return tr("Payout returned");
    return kind;
}

QString ReferralHistoryModel::destinationLabel(const QString &destination)
{
    if (destination == QLatin1String("card"))
        return tr("Bank card");
    if (destination == QLatin1String("own_main"))
        return tr("Own main balance");
    if (destination == QLatin1String("project"))
        return tr("Another project");
    return destination;
}

QString ReferralHistoryModel::statusLabel(const QString &status)
{
    if (status == QLatin1String("pending"))
        return tr("Pending");
    if (status == QLatin1String("completed"))
        return tr("Completed");
    if (status == QLatin1String("rejected"))
        return tr("Rejected");
    return status;
}

QString ReferralHistoryModel::details(const ReferralEntry &entry) const
{
    if (entry.kind == QLatin1String("accrual")) {
        const QString source = entry.sourceProjectName.isEmpty() ? entry.sourceProjectId : entry.sourceProjectName;
        return source.isEmpty() ? QString() : tr("From %1").arg(source);
    }
    const QString destination = destinationLabel(entry.destination);
    if (entry.destination == QLatin1String("card") && !entry.cardMasked.isEmpty())
        return tr("%1 %2").arg(destination, entry.cardMasked);
    if (entry.destination == QLatin1String("project") && !entry.targetProjectId.isEmpty())
        return tr("%1 No. %2").arg(destination, entry.targetProjectId);
    return destination;
}

QString ReferralHistoryModel::displayText(const ReferralEntry &entry, int column) const
{
    switch (column) {
    case DateColumn:
        return m_locale.toString(entry.at.toLocalTime(), QLocale::ShortFormat);
    case OperationColumn:
        return kindLabel(entry.kind);
    case DetailsColumn:
        return details(entry);
    case StatusColumn:
        return entry.kind == QLatin1String("withdrawal") ? statusLabel(entry.withdrawalStatus) : QString();
    case AmountColumn:
        return (entry.amount > 0 ? m_locale.positiveSign() : QString()) + Money::format(entry.amount, m_currency, m_locale);
    case BalanceAfterColumn:
        return Money::format(entry.balanceAfter, m_currency, m_locale);
    default:
        return {};
    }
}

QVariant ReferralHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReferralEntry &entry = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(entry, column);
    case Qt::TextAlignmentRole:
        return alignment(column);
    case Qt::ForegroundRole:
        return column == AmountColumn ? amountColor(entry.amount) : QVariant();
    case AmountRole:
        return entry.amount;
    case KindRole:
        return entry.kind;
    case StatusRole:
        return entry.withdrawalStatus;
    case DestinationRole:
        return entry.destination;
    default:
        return {};
    }
}

QVariant ReferralHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
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
    case DetailsColumn:
        return tr("Details");
    case StatusColumn:
        return tr("Status");
    case AmountColumn:
        return tr("Amount");
    case BalanceAfterColumn:
        return tr("Balance after");
    default:
        return {};
    }
}
