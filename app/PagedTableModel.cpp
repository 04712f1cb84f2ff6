// SPDX-License-Identifier: GPL-3.0-or-later
#include "PagedTableModel.h"

PagedTableModel::PagedTableModel(ApiClient *api, int pageSize, int amountColumn, int balanceAfterColumn,
                                 QObject *parent)
    : TranslatedTableModel(parent)
    , m_api(api)
    , m_pageSize(pageSize)
    , m_amountColumn(amountColumn)
    , m_balanceAfterColumn(balanceAfterColumn)
{
}

QVariant PagedTableModel::alignment(int column) const
{
    return column == m_amountColumn || column == m_balanceAfterColumn
               ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
               : QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
}

QVariant PagedTableModel::amountColor(qint64 amount) const
{
    if (amount < 0 && m_negativeColor.isValid())
        return m_negativeColor;
    if (amount > 0 && m_positiveColor.isValid())
        return m_positiveColor;
    return {};
}

void PagedTableModel::setProject(const QString &projectId, const QString &currency)
{
    m_projectId = projectId;
    m_currency = currency;
    reload();
}

void PagedTableModel::setAmountColors(const QColor &negative, const QColor &positive)
{
    m_negativeColor = negative;
    m_positiveColor = positive;
    if (rowCount() > 0)
        emit dataChanged(index(0, m_amountColumn), index(rowCount() - 1, m_amountColumn), {Qt::ForegroundRole});
}

void PagedTableModel::reload()
{
    if (m_job) {
        m_job->abort();
        m_job.clear();
        emit loadingChanged(false);
    }
    beginResetModel();
    clearRows();
    m_nextCursor.clear();
    m_error.clear();
    m_hasMore = !m_projectId.isEmpty();
    m_locale = QLocale();
    endResetModel();
    if (m_hasMore)
        requestPage();
}

void PagedTableModel::retry()
{
    if (m_error.isEmpty() || isLoading())
        return;
    m_error.clear();
    requestPage();
}

void PagedTableModel::watchPage(ApiJob *job)
{
    m_job = job;
    emit loadingChanged(true);
}

void PagedTableModel::failPage(const QString &message)
{
    m_error = message;
    emit loadingChanged(false);
    emit loadFailed(m_error);
}

bool PagedTableModel::canFetchMore(const QModelIndex &parent) const
{
    // After a failure the view must not retry in a loop: retry() is the user's choice.
    return !parent.isValid() && m_hasMore && !isLoading() && m_error.isEmpty() && rowCount() > 0;
}

void PagedTableModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage();
}
