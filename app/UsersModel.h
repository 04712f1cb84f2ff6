// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiTypes.h"
#include "Jobs.h"
#include "TranslatedTableModel.h"

#include <QPointer>

class ApiClient;

// The members of a project with their roles (R4: a user checks their own role here).
// The signed-in user's row is marked "(you)" and bold. Loads every page of the list.
class UsersModel : public TranslatedTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, EmailColumn, RoleColumn, ColumnCount };
    enum Role { IsCurrentUserRole = Qt::UserRole + 1, RoleNameRole };

    explicit UsersModel(ApiClient *api, QObject *parent = nullptr);

    void setProject(const QString &projectId, const QString &currentUserId);
    void reload();
    // Shows a list saved earlier (the offline cache, R25) while the server cannot be reached.
    void showSaved(const QList<Member> &members);
    bool isLoading() const { return !m_job.isNull(); }
    QString errorString() const { return m_error; }
    const Member &memberAt(int row) const { return m_members.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loadingChanged(bool loading);
    void loadFailed(const QString &message);
    void loaded();

private:
    void requestPage(const QString &cursor);

    ApiClient *m_api;
    QString m_projectId;
    QString m_currentUserId;
    QList<Member> m_members;
    QList<Member> m_incoming; // pages collected until the last one arrives
    QString m_error;
    QPointer<UsersJob> m_job;
};
