// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiJob.h"
#include "ApiTypes.h"
#include "TranslatedTableModel.h"

#include <QColor>
#include <QList>
#include <QLocale>
#include <QPointer>

class ApiClient;

// The lazy paging the histories share: one server page per fetchMore(), inserted with one
// beginInsertRows; reload() starts over from the first page; after a failure nothing more is
// fetched until retry(). Subclasses keep the rows and start the page job in requestPage().
class PagedTableModel : public TranslatedTableModel
{
    Q_OBJECT

public:
    // Starts over for the project (or none, with an empty id) and fetches the first page.
    void setProject(const QString &projectId, const QString &currency = QStringLiteral("UAH"));
    QString projectId() const { return m_projectId; }
    void setPageSize(int rows) { m_pageSize = rows; }
    // Semantic colours for amounts; the UI picks them for the current (light or dark) palette.
    void setAmountColors(const QColor &negative, const QColor &positive);

    void reload();
    // Fetches the page that failed again.
    void retry();
    bool isLoading() const { return !m_job.isNull(); }
    bool hasMore() const { return m_hasMore; }
    QString errorString() const { return m_error; }

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void loadingChanged(bool loading);
    void loadFailed(const QString &message);
    void pageLoaded(int rowsAdded);

protected:
    PagedTableModel(ApiClient *api, int pageSize, int amountColumn, int balanceAfterColumn, QObject *parent);

    void adoptLanguage() override { m_locale = QLocale(); }

    // Money columns are right-aligned, the others left, in the cells and their headers alike.
    QVariant alignment(int column) const;
    // The currency a row's answer named, else the project's (setProject).
    QString currencyOr(const QString &answered) const { return answered.isEmpty() ? m_currency : answered; }
    // A signed amount in the semantic colour of its sign, once the UI has set the colours.
    QVariant amountColor(qint64 amount) const;

    // Asks for the page after m_nextCursor (through watchPage()) or appends it at once.
    virtual void requestPage() = 0;
    // Forgets every row, inside the model reset of reload().
    virtual void clearRows() = 0;

    // The page job in flight: isLoading() until finishPage() or failPage().
    void watchPage(ApiJob *job);
    void failPage(const QString &message);

    template<typename Row>
    void appendRows(QList<Row> &rows, const QList<Row> &items)
    {
        if (items.isEmpty())
            return;
        const int first = rowCount();
        beginInsertRows({}, first, first + int(items.size()) - 1);
        rows.append(items);
        endInsertRows();
    }

    // The row of the item with this id, -1 when it is not loaded (the lists' twins share it).
    template<typename Row>
    static int rowOfId(const QList<Row> &rows, const QString &id)
    {
        for (int row = 0; row < rows.size(); ++row) {
            if (rows.at(row).id == id)
                return row;
        }
        return -1;
    }

    // Puts the server's answer for an item in its row, in place (no reset: the selection and the
    // scroll position stay); false when the item is not loaded.
    template<typename Row>
    bool replaceRow(QList<Row> &rows, const Row &item)
    {
        const int row = rowOfId(rows, item.id);
        if (row < 0)
            return false;
        rows[row] = item;
        emit dataChanged(index(row, 0), index(row, columnCount() - 1));
        return true;
    }

    // Appends the server's page to `rows`, or keeps the error for retry().
    template<typename Row>
    void finishPage(QList<Row> &rows, const ApiResult<ListPage<Row>> &result)
    {
        m_job.clear();
        if (!result.ok()) {
            failPage(result.error.message);
            return;
        }
        const QList<Row> &items = result.value->items;
        m_nextCursor = result.value->nextCursor;
        m_hasMore = !m_nextCursor.isEmpty();
        appendRows(rows, items);
        emit loadingChanged(false);
        emit pageLoaded(int(items.size()));
    }

    ApiClient *m_api;
    QString m_projectId;
    QString m_currency;
    int m_pageSize;
    QString m_nextCursor;
    bool m_hasMore = false;
    QPointer<ApiJob> m_job;
    QColor m_negativeColor;
    QColor m_positiveColor;
    QLocale m_locale;

private:
    int m_amountColumn;
    int m_balanceAfterColumn;
    QString m_error;
};
