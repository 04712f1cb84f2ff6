// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditModel.h"

#include "ApiClient.h"
#include "Labels.h"
#include "Money.h"
#include "Permissions.h"

#include <QJsonDocument>

AuditModel::AuditModel(ApiClient *api, QObject *parent)
    : PagedTableModel(api, DefaultPageSize, -1, -1, parent) // no money columns
{
}

void AuditModel::setFilter(const AuditFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void AuditModel::requestPage()
{
    auto *job = m_api->audit(m_projectId, m_filter, m_nextCursor, m_pageSize);
    connect(job, &AuditPageJob::finished, this,
            [this](const ApiResult<ListPage<AuditEntry>> &result) { finishPage(m_rows, result); });
    watchPage(job);
}

QString AuditModel::actorText(const AuditEntry &entry)
{
    if (entry.actorKind == QLatin1String("platform"))
        return tr("Platform");
    if (entry.actorKind == QLatin1String("staff"))
        return entry.actorEmail.isEmpty() ? tr("UniTalk staff") : tr("UniTalk staff (%1)").arg(entry.actorEmail);
    return entry.actorEmail.isEmpty() ? entry.actorId : entry.actorEmail;
}

QString AuditModel::detailsText(const AuditEntry &entry, const QString &currency, const QLocale &locale)
{
    QStringList parts;
    for (auto it = entry.details.constBegin(); it != entry.details.constEnd(); ++it) {
        const QString &key = it.key();
        const QJsonValue value = it.value();
        QString text;
        if (value.isDouble() && Labels::isMoneyDetail(key))
            text = Money::format(value.toInteger(), currency, locale); // minor units on the wire
        else if (value.isDouble())
            text = locale.toString(value.toInteger()); // ids and counts: integers on the wire
        else if (value.isString() && key == QLatin1String("category"))
            text = Labels::category(value.toString());
        else if (value.isString() && key == QLatin1String("role"))
            text = roleDisplayName(roleFromApi(value.toString()));
        else if (value.isString())
            text = value.toString();
        else if (value.isBool())
            text = value.toBool() ? tr("yes") : tr("no");
        else if (value.isNull())
            text = QStringLiteral("—");
        else
            text = QString::fromUtf8(QJsonDocument::fromVariant(value.toVariant()).toJson(QJsonDocument::Compact));
        parts.append(Labels::auditDetail(key) + QStringLiteral(": ") + text);
    }
    return parts.join(QStringLiteral(", "));
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &entry = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case DateColumn:
            return m_locale.toString(entry.at.toLocalTime(), QLocale::ShortFormat);
        case ActorColumn:
            return actorText(entry);
        case ActionColumn:
            // The server's own name stays in the tool tip: it is what the action filter matches.
            return role == Qt::ToolTipRole ? entry.action : Labels::auditAction(entry.action);
        case DetailsColumn:
            return detailsText(entry, m_currency, m_locale);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return alignment(index.column());
    case ActionRole:
        return entry.action;
    case ActorIdRole:
        return entry.actorId;
    case TimestampRole:
        return entry.at;
    default:
        return {};
    }
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
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
    case ActorColumn:
        return tr("Who");
    case ActionColumn:
        return tr("Action");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}
