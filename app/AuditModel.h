// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiTypes.h"
#include "Jobs.h"
#include "PagedTableModel.h"

// The project's audit log (R34), newest first, paged lazily from GET /audit like the history:
// one server page per fetchMore(), inserted with one beginInsertRows. Filters (actor, action
// name or prefix, period) are applied by the server; changing them starts over. What an
// Administrator may not read (referral actions, R3) the server leaves out: the client adds nothing.
class AuditModel : public PagedTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, ActorColumn, ActionColumn, DetailsColumn, ColumnCount };
    enum Role { ActionRole = Qt::UserRole + 1, ActorIdRole, TimestampRole };
    static constexpr int DefaultPageSize = 100;

    explicit AuditModel(ApiClient *api, QObject *parent = nullptr);

    void setFilter(const AuditFilter &filter);
    AuditFilter filter() const { return m_filter; }
    const AuditEntry &entryAt(int row) const { return m_rows.at(row); }

    // "UniTalk staff", "Platform", or the user's e-mail (translated where it is a word).
    static QString actorText(const AuditEntry &entry);
    // The details object as translated "key: value" pairs in the server's key order; amounts in
    // minor units are shown as money of the project's currency.
    static QString detailsText(const AuditEntry &entry, const QString &currency, const QLocale &locale);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void requestPage() override;
    void clearRows() override { m_rows.clear(); }

    AuditFilter m_filter;
    QList<AuditEntry> m_rows;
};
