// SPDX-License-Identifier: GPL-3.0-or-later
#include "UsersModel.h"

#include "ApiClient.h"

#include <QFont>

#include <utility>

UsersModel::UsersModel(ApiClient *api, QObject *parent)
    : TranslatedTableModel(parent)
    , m_api(api)
{
}

void UsersModel::setProject(const QString &projectId, const QString &currentUserId)
{
    m_projectId = projectId;
    m_currentUserId = currentUserId;
    reload();
}

void UsersModel::reload()
{
    if (m_job) {
        m_job->abort();
        m_job.clear();
    }
    m_error.clear();
    m_incoming.clear();
    if (m_projectId.isEmpty()) {
        beginResetModel();
        m_members.clear();
        endResetModel();
        emit loadingChanged(false);
        return;
    }
    requestPage({});
    emit loadingChanged(true);
}

void UsersModel::showSaved(const QList<Member> &members)
{
    beginResetModel();
    m_members = members;
    endResetModel();
}

void UsersModel::requestPage(const QString &cursor)
{
    m_job = m_api->users(m_projectId, cursor);
    connect(m_job, &UsersJob::finished, this, [this](const ApiResult<ListPage<Member>> &result) {
        m_job.clear();
        if (!result.ok()) {
            m_error = result.error.message;
            emit loadingChanged(false);
            emit loadFailed(m_error);
            return;
        }
        m_incoming.append(result.value->items);
        if (!result.value->nextCursor.isEmpty()) {
            requestPage(result.value->nextCursor);
            return;
        }
        // The whole list replaces the old one at once, so the view never shows half of it.
        beginResetModel();
        m_members = std::exchange(m_incoming, {});
        endResetModel();
        emit loadingChanged(false);
        emit loaded();
    });
}

int UsersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int UsersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UsersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Member &member = m_members.at(index.row());
    const bool isYou = !m_currentUserId.isEmpty() && member.id == m_currentUserId;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: {
            const QString name = member.name.isEmpty() ? member.email : member.name;
            return isYou ? tr("%1 (you)").arg(name) : name;
        }
        case EmailColumn:
            return member.email;
        case RoleColumn:
            return roleDisplayName(member.role);
        default:
            return {};
        }
    case Qt::FontRole:
        if (isYou) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::AccessibleDescriptionRole:
        return isYou ? tr("This is you") : QVariant();
    case IsCurrentUserRole:
        return isYou;
    case RoleNameRole:
        return roleToApi(member.role);
    default:
        return {};
    }
}

QVariant UsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("E-mail");
    case RoleColumn:
        return tr("Role");
    default:
        return {};
    }
}
